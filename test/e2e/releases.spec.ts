// 信息发布: the publicity team drafts a statement from the plan's holding statement, the leader
// returns it with a comment, it is revised and approved, and only then released on a channel.
import { expect, test } from '@playwright/test';
import { ConsolePage, IncidentPage, IntakePage, type Registration } from './pages';
import { ReleasesPanel } from './releasePages';

const SHOTS = 'test-results/screenshots';
const TITLE = '关于“加油数量不足”的情况说明';

const fuelDispute: Registration = {
  channel: '24小时热线',
  category: '加油站数质量',
  urgency: '紧急',
  name: '周先生',
  phone: '13912345678',
  subject: '加油数量不足',
  place: '城东加油站',
  content: '加满油箱后发现加油量与油箱容量不符，现场有群众围观并有记者拍摄。',
  expected: '核实计量并退还差额',
};

test('drafts a statement, is returned, revised, approved and released; a later edit needs approval again', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:00:00+08:00'));
  const console = new ConsolePage(page);
  const incident = new IncidentPage(page);
  const releases = new ReleasesPanel(page);

  await console.open();
  await console.signIn('陈晓');
  await new IntakePage(page).open();
  const numbers = await new IntakePage(page).register(fuelDispute);
  await incident.openFromBoard(numbers.incident);
  // The office clerk is not on the publicity team: no statement to start.
  await expect(releases.panel()).toContainText('尚无发布口径');
  await expect(releases.panel().getByRole('button', { name: '新建口径' })).toHaveCount(0);

  // 冯雪 (publicity team) starts from the plan's holding statement, filled with the incident.
  await console.switchOperator('冯雪');
  let form = await releases.startNew();
  await expect(form.getByLabel('口径标题', { exact: true })).toHaveValue(TITLE);
  const template = form.getByLabel('口径内容', { exact: true });
  await expect(template).toHaveValue(/^2026年11月23日，城东加油站发生“加油数量不足”一事。/);
  await expect(template).toHaveValue(/本单位高度重视/);
  await expect(template).not.toHaveValue(/\{\{/);
  await releases.panel().screenshot({ path: `${SHOTS}/releases-new-zh.png` });
  // An empty statement is refused at the field and nothing is saved.
  await releases.fillStatement(form, { text: '' });
  await form.getByRole('button', { name: '保存草稿' }).click();
  await expect(form.getByText('口径内容不能为空。')).toBeVisible();
  await form.getByRole('button', { name: '取消' }).click();
  await expect(releases.panel()).toContainText('尚无发布口径');

  form = await releases.startNew();
  const first = '今日上午，城东加油站发生加油数量争议。公司已成立工作组赶赴现场调查核实。';
  await releases.fillStatement(form, { text: first });
  await form.getByRole('button', { name: '保存草稿' }).click();
  await expect(releases.status(TITLE)).toHaveText('草稿');
  await expect(releases.statement(TITLE)).toContainText('第1稿');
  await releases.command(TITLE, '提交审批');
  await expect(releases.status(TITLE)).toHaveText('待审批');
  // The writer does not decide on her own statement.
  await expect(releases.statement(TITLE).getByRole('button', { name: '批准' })).toHaveCount(0);
  await expect(releases.statement(TITLE).getByRole('button', { name: '修改' })).toHaveCount(0);

  // The leader returns it; a return without a comment is refused.
  await console.switchOperator('王建国');
  await releases.decide(TITLE, '退回', '');
  await expect(releases.commandForm(TITLE, '退回').getByText('退回时请填写意见。')).toBeVisible();
  // Said once, under the field (not again as a banner).
  await expect(releases.statement(TITLE).getByText('退回时请填写意见。')).toHaveCount(1);
  await releases.commandForm(TITLE, '退回').getByRole('textbox').fill('请补充已退还差额和计量检定的安排');
  await releases.commandForm(TITLE, '退回').getByRole('button', { name: '确定' }).click();
  await expect(releases.status(TITLE)).toHaveText('已退回');

  // 冯雪 sees why, revises (version 2) and submits again.
  await console.switchOperator('冯雪');
  await expect(releases.statement(TITLE)).toContainText('退回意见：请补充已退还差额和计量检定的安排');
  await expect(releases.statement(TITLE).getByRole('button', { name: '发布' })).toHaveCount(0);
  const second = `${first}经核实，已向当事人退还差额，并邀请技术监督局对加油机进行计量检定。`;
  await releases.revise(TITLE, second);
  await expect(releases.status(TITLE)).toHaveText('草稿');
  await expect(releases.statement(TITLE)).toContainText('第2稿');
  await releases.command(TITLE, '提交审批');
  await expect(releases.status(TITLE)).toHaveText('待审批');

  await console.switchOperator('王建国');
  await releases.decide(TITLE, '批准', '同意发布');
  await expect(releases.status(TITLE)).toHaveText('已批准');
  await expect(releases.statement(TITLE)).toContainText('王建国 已批准第2稿');

  // Released on 官方微博 at the default time (now): exactly the approved words, on the record.
  await console.switchOperator('冯雪');
  await releases.publish(TITLE, '官方微博');
  await expect(releases.status(TITLE)).toHaveText('已发布');
  await expect(releases.statement(TITLE)).toContainText('2026-11-23 09:00 经官方微博发布 · 第2稿 · 冯雪 发布 · 王建国 批准');
  const history = await releases.history(TITLE);
  await expect(history.getByRole('listitem')).toHaveCount(7);
  await expect(history.getByRole('listitem').nth(0)).toContainText(first);
  await expect(history.getByRole('listitem').nth(2)).toContainText('王建国 于 2026-11-23 09:00 退回第1稿');
  await expect(history.getByRole('listitem').nth(2)).toContainText('意见：请补充已退还差额和计量检定的安排');
  await expect(history.getByRole('listitem').nth(3)).toContainText(second);
  await expect(history.getByRole('listitem').nth(5)).toContainText('王建国 于 2026-11-23 09:00 批准第2稿');
  await expect(history.getByRole('listitem').nth(6)).toContainText('冯雪 于 2026-11-23 09:00 经官方微博发布第2稿');
  await expect(incident.timeline()).toContainText(`退回口径“${TITLE}”第1稿`);
  await expect(incident.timeline()).toContainText(`经官方微博发布口径“${TITLE}”（第2稿）`);
  await releases.panel().screenshot({ path: `${SHOTS}/releases-released-zh.png` });

  // A correction after release is a new version and waits for approval before it can go out.
  await releases.revise(TITLE, `${second}（更正：检定时间为明日上午）`);
  await expect(releases.status(TITLE)).toHaveText('草稿');
  await expect(releases.statement(TITLE)).toContainText('第3稿');
  await expect(releases.statement(TITLE).getByRole('button', { name: '发布' })).toHaveCount(0);
  await expect(releases.statement(TITLE)).toContainText('经官方微博发布 · 第2稿');

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('region', { name: 'Public statements' })).toContainText('Version 3');
  await page.getByRole('region', { name: 'Public statements' }).screenshot({ path: `${SHOTS}/releases-en.png` });
});
