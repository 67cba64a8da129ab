// 信息报送: once a response that reports upward is activated, the 首报 is due within the plan's 30
// minutes; it is drafted from the plan's template, approved by the leader where the level asks for
// it, and recorded as sent (how, when, to whom); the 续报 clock then runs an hour from it and the
// console reminds when it runs out. The sent reports are listed on the printed incident summary.
import { expect, test, type Page } from '@playwright/test';
import { ConsolePage, IncidentPage, IntakePage, type Registration } from './pages';
import { NotificationCentre } from './notificationPages';
import { ReportsPanel } from './reportPages';
import { DATA_PRIVACY, FUEL_DISPUTE_BY_PHONE } from '../fixtures/registrations';

const SHOTS = 'test-results/screenshots';
const at = (local: string) => new Date(`${local}:00+08:00`);

/** The leader registers the case at 10:00, accepts it, grades it and activates the response. */
async function activated(page: Page, registration: Registration, grade: Record<string, string>) {
  await page.clock.setFixedTime(at('2026-11-23T10:00'));
  const console = new ConsolePage(page);
  const incident = new IncidentPage(page);
  await console.open();
  await console.signIn('王建国');
  await new IntakePage(page).open();
  const { incident: number } = await new IntakePage(page).register(registration);
  await incident.openFromBoard(number);
  await incident.run('确认有效，予以受理');
  await incident.run('确认分级', grade);
  await incident.run('启动应急响应');
  return { console, incident, number };
}

test('petrol station, level 1: the 首报 is approved and sent 20 minutes after activation, and the 续报 is called for an hour later', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const { incident, number } = await activated(page, FUEL_DISPUTE_BY_PHONE, { 级别: '一级', 理由: '站内围观人数增加，有记者到场' });
  const reports = new ReportsPanel(page);
  await expect(reports.panel()).toContainText('预案：一级、二级启动响应后 30 分钟内首报，此后每 1 小时续报，结案后 24 小时内终报。');
  await expect(reports.clocks()).toContainText('首报 应于 2026-11-23 10:30 前报送 剩余 30分钟');

  // The draft starts from the plan's template, filled in from the incident; bad input changes nothing.
  await reports.panel().getByRole('button', { name: '起草首报' }).click();
  const form = reports.form('起草首报');
  await expect(form.getByLabel('标题', { exact: true })).toHaveValue('关于“城东加油站加油数量争议”的首报');
  await expect(form.getByLabel('正文', { exact: true })).toHaveValue(new RegExp(`事件编号 ${number}`));
  await expect(form.getByLabel('正文', { exact: true })).toHaveValue(/于 2026-11-23 10:00 启动应急响应/);
  await form.getByLabel('标题', { exact: true }).fill('');
  await form.getByRole('checkbox', { name: '应急领导小组' }).uncheck();
  await form.getByRole('button', { name: '保存草稿' }).click();
  await expect(reports.fieldError(form, '标题')).toHaveText('此项必填');
  await expect(form.getByRole('alert').filter({ hasText: '请至少选择一个报送对象' })).toBeVisible();
  await expect(form.getByText('请修正标出的项目后再保存。')).toBeVisible();
  await form.screenshot({ path: `${SHOTS}/report-form-errors-zh.png` });
  await form.getByRole('button', { name: '取消' }).click();
  await expect(reports.panel()).toContainText('尚未起草报告。');
  await expect(incident.timeline()).not.toContainText('起草首报');

  await reports.draft('首报', ['市场监管部门']);
  const first = reports.report('首报');
  await expect(first).toContainText('应急领导小组、市场监管部门');
  await expect(first).toContainText('须经组长或副组长审批后报送');
  // A level-1 report is not sent before the leader approves it: no 报送 until then.
  await expect(first.getByRole('button', { name: '报送', exact: true })).toHaveCount(0);
  await first.getByRole('button', { name: '提交审批' }).click();
  await expect(first).toContainText('待审批');
  await page.clock.setFixedTime(at('2026-11-23T10:15'));
  await first.getByRole('button', { name: '批准' }).click();
  await expect(first).toContainText('王建国 于 2026-11-23 10:15 批准');

  await page.clock.setFixedTime(at('2026-11-23T10:20'));
  await reports.send('首报', '电话', '应急领导小组 王组长；区市场监管局 李科长');
  await expect(first).toContainText('2026-11-23 10:20 以电话报送，接收人：应急领导小组 王组长；区市场监管局 李科长（报送人 王建国）');
  await expect(reports.clocks()).toContainText('首报 应于 2026-11-23 10:30 前报送 已于 2026-11-23 10:20 报送');
  await expect(reports.clocks()).toContainText('续报（第1次） 应于 2026-11-23 11:20 前报送');
  await expect(incident.timeline()).toContainText('以电话向应急领导小组、市场监管部门报送首报');
  await reports.panel().screenshot({ path: `${SHOTS}/reports-panel-zh.png` });

  // An hour after the 首报 the 续报 is due: the console raises it.
  await page.clock.setFixedTime(at('2026-11-23T11:21'));
  const centre = new NotificationCentre(page);
  await centre.open();
  await expect(centre.item(`${number} 续报已超时`)).toBeVisible({ timeout: 30_000 });
  await expect(centre.item(`${number} 续报已超时`)).toContainText('续报应于 2026-11-23 11:20 前报送，现已超时');
  await page
    .getByRole('link', { name: `事件 ${number}` })
    .first()
    .click();
  await expect(reports.clocks()).toContainText('续报（第1次） 应于 2026-11-23 11:20 前报送 已超时 1分钟');

  // The printed report and the incident summary's list of what was sent.
  await first.getByRole('link', { name: '打印报告' }).click();
  const sheet = page.getByRole('article', { name: '首报' });
  await expect(sheet).toContainText('关于“城东加油站加油数量争议”的首报');
  await expect(sheet).toContainText('王建国 于 2026-11-23 10:15 批准');
  await expect(sheet).toContainText('2026-11-23 10:20 以电话报送');
  await page.screenshot({ path: `${SHOTS}/report-print-zh.png`, fullPage: true });
  await page.getByRole('link', { name: '← 返回事件' }).click();
  await page.getByRole('link', { name: '打印摘要' }).click();
  const summary = page.getByRole('region', { name: '信息报送记录' });
  await expect(summary.getByRole('row').filter({ hasText: '首报' })).toContainText('应急领导小组、市场监管部门');
  await expect(summary.getByRole('row').filter({ hasText: '首报' })).toContainText('电话');
});

test('data privacy, level 2: the 首报 goes without approval, the 续报 follows, and the panel reads in English', async ({ page }) => {
  test.setTimeout(150_000);
  await activated(page, DATA_PRIVACY, { 级别: '二级' });
  const reports = new ReportsPanel(page);
  await expect(reports.clocks()).toContainText('首报 应于 2026-11-23 10:30 前报送');
  await reports.draft('首报', ['网信办', '公安机关']);
  const first = reports.report('首报');
  await expect(first).not.toContainText('审批');
  await expect(first.getByRole('button', { name: '提交审批' })).toHaveCount(0);
  await page.clock.setFixedTime(at('2026-11-23T10:20'));
  await reports.send('首报', '政务信息平台', '市网信办 值班室；区公安分局 网安大队');
  await expect(reports.clocks()).toContainText('续报（第1次） 应于 2026-11-23 11:20 前报送');

  await page.clock.setFixedTime(at('2026-11-23T11:10'));
  await reports.draft('续报（第1次）');
  await reports.send('续报（第1次）', '电子邮件', '市网信办 值班室');
  await expect(reports.clocks()).toContainText('续报（第2次） 应于 2026-11-23 12:10 前报送');
  await expect(new IncidentPage(page).timeline()).toContainText('以电子邮件向应急领导小组报送第1次续报');

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  const english = new ReportsPanel(page, 'Reports upward');
  await expect(english.clocks()).toContainText('Follow-up report no. 2 due by 2026-11-23 12:10');
  await expect(english.report('First report')).toContainText('2026-11-23 10:20 by government information platform');
  await english.panel().screenshot({ path: `${SHOTS}/reports-panel-en.png` });
});
