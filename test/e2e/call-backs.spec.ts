// 回访: a closed incident is owed a call-back the plan's 7 days after closing; the console reminds
// on the day, lists it on the 回访 page, and the call is recorded on the incident (how, when,
// whether the complainant was reached, their satisfaction); the page sums satisfaction by month.
import { expect, test, type Page } from '@playwright/test';
import { ConsolePage, IncidentPage, IntakePage, type Registration } from './pages';
import { NotificationCentre } from './notificationPages';
import { DATA_PRIVACY, FUEL_DISPUTE_BY_PHONE } from '../fixtures/registrations';

const SHOTS = 'test-results/screenshots';
const at = (local: string) => new Date(`${local}:00+08:00`);

/** Registered, handled and closed on 2026-11-23 by the leader (level 3: no approval step). */
async function closedIncident(page: Page, registration: Registration) {
  await page.clock.setFixedTime(at('2026-11-23T10:00'));
  const console = new ConsolePage(page);
  const incident = new IncidentPage(page);
  await console.open();
  await console.signIn('王建国');
  await new IntakePage(page).open();
  const { incident: number } = await new IntakePage(page).register(registration);
  await incident.openFromBoard(number);
  await incident.run('确认有效，予以受理');
  await incident.run('确认分级', { 级别: '三级', 理由: '已在处理，影响可控' });
  await incident.run('启动应急响应');
  await incident.run('完成调查', { 调查结论: '查明原因' });
  await incident.run('提交解决方案', { '解决方案（道歉、赔偿、整改等）': '致歉并整改' });
  await incident.addCommunication('电话告知投诉人方案，投诉人同意', registration.name);
  await incident.run('协商一致，开始实施');
  await incident.run('实施完成');
  await incident.run('记录反馈', { 向投诉人反馈的结果及理由: '已按方案处理并致歉' });
  await incident.run('记录满意度', { 投诉人满意度: '满意' });
  await page.clock.setFixedTime(at('2026-11-23T16:00'));
  await incident.run('关闭事件');
  await incident.expectStage('已关闭');
  return { incident, number };
}

const panel = (page: Page) => page.getByRole('region', { name: '回访', exact: true });

async function record(page: Page, fields: { method: string; reached: boolean; satisfaction?: string; result: string }) {
  await panel(page).getByRole('button', { name: '记录回访' }).click();
  const form = panel(page).getByRole('form', { name: '记录回访' });
  await form.getByLabel('回访方式', { exact: true }).selectOption({ label: fields.method });
  if (!fields.reached) await form.getByLabel('已联系上投诉人').uncheck();
  if (fields.satisfaction) await form.getByLabel('满意度', { exact: true }).selectOption({ label: fields.satisfaction });
  await form.getByLabel('回访情况', { exact: true }).fill(fields.result);
  await form.getByRole('button', { name: '保存回访记录' }).click();
  await expect(form).toHaveCount(0);
}

test('petrol station: the call-back falls due 7 days after closing, is reminded, listed and recorded as satisfied', async ({ page }) => {
  test.setTimeout(150_000);
  const { incident, number } = await closedIncident(page, FUEL_DISPUTE_BY_PHONE);
  await expect(panel(page).getByRole('status')).toHaveText('应于 2026-11-30 16:00 回访');

  // A week later: the console opened that day reminds of the call-back.
  await page.clock.setFixedTime(at('2026-11-30T16:05'));
  await page.reload();
  await new ConsolePage(page).signIn('王建国');
  const centre = new NotificationCentre(page);
  await centre.open();
  await expect(centre.item(`${number} 回访到期`)).toBeVisible({ timeout: 30_000 });
  await new ConsolePage(page).nav('回访').click();
  const due = page.getByRole('table', { name: '待回访事件' });
  await expect(due.getByRole('row').filter({ hasText: number })).toContainText('2026-11-30 16:00');
  await page.screenshot({ path: `${SHOTS}/call-backs-page-due-zh.png`, fullPage: true });
  await due.getByRole('link', { name: number }).click();
  await expect(panel(page).getByRole('status')).toContainText('已超过回访日期 5分钟');

  // Bad input: said at its fields, nothing recorded.
  await panel(page).getByRole('button', { name: '记录回访' }).click();
  const form = panel(page).getByRole('form', { name: '记录回访' });
  await form.getByRole('button', { name: '保存回访记录' }).click();
  await expect(form.locator('.field', { has: page.getByLabel('回访方式', { exact: true }) }).getByRole('alert')).toHaveText('请选择');
  await expect(form.locator('.field', { has: page.getByLabel('满意度', { exact: true }) }).getByRole('alert')).toHaveText('请选择');
  await expect(form.locator('.field', { has: page.getByLabel('回访情况', { exact: true }) }).getByRole('alert')).toHaveText('此项必填');
  await form.screenshot({ path: `${SHOTS}/call-back-form-errors-zh.png` });
  await form.getByRole('button', { name: '取消' }).click();
  await expect(panel(page)).toContainText('尚无回访记录。');

  await record(page, { method: '电话', reached: true, satisfaction: '满意', result: '投诉人表示差额已退还，加油机已检修，满意。' });
  await expect(panel(page).getByRole('status')).toHaveText('已于 2026-11-30 16:05 回访');
  await expect(panel(page).getByRole('list', { name: '回访记录' })).toContainText('2026-11-30 16:05 电话回访（王建国）：满意');
  await expect(incident.timeline()).toContainText('以电话回访投诉人，满意度：满意');
  await panel(page).screenshot({ path: `${SHOTS}/call-backs-panel-zh.png` });

  await new ConsolePage(page).nav('回访').click();
  await expect(page.getByText('目前没有待回访的事件。')).toBeVisible();
  const summary = page.getByRole('table', { name: '满意度汇总' });
  await expect(summary.getByRole('row').filter({ hasText: '2026-11' })).toContainText(/1\s*1\s*1\s*0\s*0\s*100\.0%/);
});

test('data privacy: a call that does not reach the complainant is tried again the next day, and the summary counts both', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await closedIncident(page, DATA_PRIVACY);
  await page.clock.setFixedTime(at('2026-11-30T16:30'));
  await page.reload();
  await new ConsolePage(page).signIn('王建国');
  await expect(panel(page).getByRole('status')).toContainText('应于 2026-11-30 16:00 回访');
  await record(page, { method: '电话', reached: false, result: '电话无人接听' });
  await expect(panel(page).getByRole('status')).toHaveText('应于 2026-12-01 16:30 回访');

  await page.clock.setFixedTime(at('2026-12-01T17:00'));
  await record(page, { method: '上门', reached: true, satisfaction: '基本满意', result: '已当面说明整改情况，希望加强信息保护。' });
  await expect(panel(page).getByRole('status')).toHaveText('已于 2026-12-01 17:00 回访');

  await new ConsolePage(page).nav('回访').click();
  const summary = page.getByRole('table', { name: '满意度汇总' });
  await expect(summary.getByRole('row').filter({ hasText: '2026-11' })).toContainText(/1\s*0\s*0\s*0\s*0\s*—/);
  await expect(summary.getByRole('row').filter({ hasText: '2026-12' })).toContainText(/1\s*1\s*0\s*1\s*0\s*100\.0%/);
  await expect(summary.getByRole('row').filter({ hasText: '合计' })).toContainText(/2\s*1\s*0\s*1\s*0\s*100\.0%/);

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Call-backs', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Satisfaction by month' })).toContainText('Mostly satisfied');
  await page.screenshot({ path: `${SHOTS}/call-backs-page-en.png`, fullPage: true });
});
