// What the leading group sees and may do around a level-1 incident: the special task force only
// while the incident is open, the grade card after an override, and instructions awaiting 采纳.
import { expect, test, type Page } from '@playwright/test';
import { ConsolePage, IncidentInstructions, IncidentPage, InstructionInbox, IntakePage } from './pages';
import { FUEL_DISPUTE_BY_PHONE } from '../fixtures/registrations';

const SHOTS = 'test-results/screenshots';

const fuelDispute = FUEL_DISPUTE_BY_PHONE;

/** A level-1 incident (graded above the suggestion, by the leader) taken through to its close. */
async function closeLevelOne(page: Page, incident: IncidentPage) {
  await incident.run('启动应急响应');
  await incident.run('完成调查', { 调查结论: '加油机计量误差超出允许范围，少加油2.1升' });
  await incident.run('提交解决方案', { '解决方案（道歉、赔偿、整改等）': '退还差额，书面道歉，检修该加油机' });
  await incident.run('批准方案');
  await incident.addCommunication('电话告知周建华调查结论和解决方案，投诉人同意', '周建华');
  await incident.run('协商一致，开始实施');
  await incident.run('实施完成');
  await incident.run('记录反馈', { 向投诉人反馈的结果及理由: '已退还差额并致歉，加油机已检修' });
  await incident.run('记录满意度', { 投诉人满意度: '满意' });
  await incident.run('关闭事件');
  await incident.expectStage('已关闭');
}

/** The leader registers the fuel dispute, accepts it and grades it level 1 above the suggestion. */
async function leaderGradesLevelOne(page: Page) {
  const console = new ConsolePage(page);
  const incident = new IncidentPage(page);
  await console.open();
  await console.signIn('王建国');
  await new IntakePage(page).open();
  const { incident: number } = await new IntakePage(page).register(fuelDispute);
  await incident.openFromBoard(number);
  await incident.run('确认有效，予以受理');
  // Marked urgent: the rules suggest level 2 (national III); the leader grades it level 1.
  await incident.run('确认分级', { 级别: '一级', 理由: '站内围观人数增加，存在舆情风险' });
  return { console, incident, number };
}

test('a closed level-1 incident no longer offers to form its special task force', async ({ page }) => {
  const { incident } = await leaderGradesLevelOne(page);
  const taskForce = page.getByRole('region', { name: '专项处理小组' });
  await expect(taskForce.getByRole('button', { name: '组建专项处理小组' })).toBeVisible();

  await closeLevelOne(page, incident);
  await expect(taskForce).toContainText('尚未组建专项处理小组');
  await expect(taskForce).toContainText('事件已结束');
  await expect(taskForce.getByRole('button')).toHaveCount(0);
  await taskForce.screenshot({ path: `${SHOTS}/task-force-closed-zh.png` });
});

test('after an override to level 1 the grading card reads level 1 and its national grade, beside the suggestion', async ({ page }) => {
  await leaderGradesLevelOne(page);
  const card = page.getByRole('region', { name: '分级建议' });
  await expect(card).toContainText('建议：二级 国家分级 III');
  await expect(card).toContainText('当前：一级 国家分级 I/II');
  await expect(card).toContainText('预案标准（一级）：严重损害声誉');
  await expect(card).toContainText('立即报告领导小组，由组长启动一级响应');
  await expect(card).not.toContainText('需多个部门协同');
  await expect(card.locator('.badge.level-red')).toHaveText('一级');
  await card.screenshot({ path: `${SHOTS}/grading-override-zh.png` });
});

test('the sign-in list says who leads which team', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('王建国');
  await console.signOut();
  const picker = page.getByRole('radiogroup', { name: '登录人' });
  await expect(picker.getByRole('radio', { name: /张丽/ })).toHaveAccessibleName(/信息收集组组长/);
  await expect(picker.getByRole('radio', { name: /王建国/ })).not.toHaveAccessibleName(/信息收集组|处置协调组|宣传引导组|后勤保障组/);
  for (const team of ['处置协调组组长', '宣传引导组组长', '后勤保障组组长']) await expect(picker).toContainText(team);
  await page.screenshot({ path: `${SHOTS}/operator-picker-leads-zh.png` });
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('radio', { name: /张丽/ })).toHaveAccessibleName(/Lead of the Information team/);
  await page.screenshot({ path: `${SHOTS}/operator-picker-leads-en.png` });
});

test('the leader finds the results reported by the teams under 待我采纳 and accepts them there', async ({ page }) => {
  const { console, incident, number } = await leaderGradesLevelOne(page);
  const inbox = new InstructionInbox(page);
  await incident.run('启动应急响应');
  await new IncidentInstructions(page).issueStandard();

  // Two teams report their results.
  for (const [lead, team, result] of [
    ['张丽', '信息收集组', '已核实：车主1人，诉求为核验计量并退差额'],
    ['刘洋', '处置协调组', '已联系技术监督局，约定明日上午到站检定'],
  ] as const) {
    await console.switchOperator(lead);
    await inbox.open(team);
    await inbox.command(inbox.item('待签收', team), '签收');
    await inbox.command(inbox.item('办理中', team), '反馈结果', result);
    await expect(inbox.item('已反馈', team)).toContainText(result);
  }

  // The leader opens the inbox and lands on what waits for him, across the teams.
  await console.switchOperator('王建国');
  await console.nav('指令收件箱').click();
  await expect(page.getByLabel('收件对象', { exact: true })).toHaveValue('to-accept');
  const waiting = page.getByRole('region', { name: '待我采纳' });
  await expect(waiting.getByRole('listitem', { name: /组$/ })).toHaveCount(2);
  const info = waiting.getByRole('listitem', { name: '信息收集组', exact: true });
  await expect(info).toContainText(number);
  await expect(info).toContainText('已核实：车主1人');
  await expect(waiting.getByRole('listitem', { name: '处置协调组', exact: true })).toContainText('技术监督局');
  await page.screenshot({ path: `${SHOTS}/inbox-to-accept-zh.png`, fullPage: true });

  await inbox.command(info, '采纳');
  await expect(waiting.getByRole('listitem', { name: /组$/ })).toHaveCount(1);
  await expect(info).toHaveCount(0);
  await incident.openFromBoard(number);
  await expect(incident.timeline()).toContainText('采纳信息收集组的指令反馈');

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await page.getByRole('link', { name: 'Instruction inbox', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Awaiting my acceptance' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/inbox-to-accept-en.png`, fullPage: true });
});

test('a group complaint records each complainant’s feedback and satisfaction, and closes when all are satisfied', async ({ page }) => {
  const console = new ConsolePage(page);
  const incident = new IncidentPage(page);
  await console.open();
  await console.signIn('王建国');
  await new IntakePage(page).open();
  const first = await new IntakePage(page).register({ ...fuelDispute, urgency: '一般' });
  await incident.openFromBoard(first.incident);
  await page.getByRole('link', { name: '登记关联投诉' }).click();
  await page.getByLabel('受理渠道', { exact: true }).selectOption({ label: '24小时热线' });
  await page.getByLabel('紧急程度', { exact: true }).selectOption({ label: '一般' });
  await page.getByLabel('姓名', { exact: true }).fill('钱芳');
  await page.getByLabel('联系电话', { exact: true }).fill('13900003333');
  await page.getByLabel('投诉内容（事情经过）', { exact: true }).fill('同一加油机加油量不足。');
  await page.getByLabel('期望解决方式', { exact: true }).fill('退还差额');
  await new IntakePage(page).save();
  await page.getByRole('link', { name: '查看事件' }).click();

  await incident.run('确认有效，予以受理');
  await incident.run('确认分级', { 级别: '三级' });
  await incident.run('启动应急响应');
  await incident.run('完成调查', { 调查结论: '加油机计量误差超出允许范围' });
  await incident.run('提交解决方案', { '解决方案（道歉、赔偿、整改等）': '按各自加油记录退还差额并致歉' });
  await incident.addCommunication('电话告知两位投诉人方案，均同意', '周建华、钱芳');
  await incident.run('协商一致，开始实施');
  await incident.run('实施完成');

  const complainants = page.getByRole('region', { name: /投诉人/ }).filter({ has: page.getByRole('listitem') });
  const zhou = complainants.getByRole('listitem').filter({ hasText: '周建华' });
  const qian = complainants.getByRole('listitem').filter({ hasText: '钱芳' });
  const feedBack = async (who: typeof zhou, text: string) => {
    await who.getByRole('button', { name: /反馈/ }).click();
    await who.getByLabel('向投诉人反馈的结果及理由', { exact: true }).fill(text);
    await who.getByRole('button', { name: '确定' }).click();
  };
  await feedBack(zhou, '已退还周建华差额 15.6 元并致歉');
  await expect(zhou).toContainText('已退还周建华差额 15.6 元并致歉');
  await expect(qian).toContainText('尚未反馈');
  await incident.expectStage('反馈');
  await feedBack(qian, '已退还钱芳差额 9.8 元并致歉');
  await incident.expectStage('评估');

  const answer = async (who: typeof zhou, value: '满意' | '不满意') => {
    await who.getByRole('button', { name: /满意度/ }).click();
    await who.getByLabel('投诉人满意度', { exact: true }).selectOption({ label: value });
    await who.getByRole('button', { name: '确定' }).click();
  };
  await answer(zhou, '满意');
  await answer(qian, '不满意');
  await expect(qian).toContainText('不满意');
  await expect(zhou).not.toContainText('不满意');
  await page
    .getByRole('region', { name: /投诉人/ })
    .filter({ has: page.getByRole('listitem') })
    .screenshot({
      path: `${SHOTS}/complainant-results-zh.png`,
    });
  await incident.run('关闭事件');
  await expect(incident.refusal()).toContainText('不满意');
  await answer(qian, '满意');
  await incident.run('关闭事件');
  await incident.expectStage('已关闭');
  await expect(incident.timeline()).toContainText(`记录投诉人（${first.complaint}）满意度：满意`);

  // The printed review reports each complainant's result, names masked.
  await page.goto(page.url().replace(/#\/incidents\/([^/]+)$/, '#/incidents/$1/review/print'));
  const report = page.getByRole('article', { name: '总结报告' });
  await expect(report).toContainText(/反馈与满意度（周\S*）已退还\S+差额 15\.6 元并致歉；满意/);
  await expect(report).toContainText(/反馈与满意度（钱\S*）已退还\S+差额 9\.8 元并致歉；满意/);
  await expect(report).not.toContainText('钱芳');
  await report
    .getByText(/反馈与满意度（钱/)
    .locator('xpath=ancestor::table[1]')
    .screenshot({ path: `${SHOTS}/review-complainant-results-zh.png` });
});
