// 演练计划与培训: the petrol-station drill put in the year's plan is reminded in the notification
// centre 7 days before (a second, data-privacy drill left unheld falls overdue), its attendance is
// recorded per team, an improvement measure it found stays on the dashboard until marked done, a
// training session shows in a person's record, and the year is counted per team. Bad input is
// said at its field and changes nothing. Looked at in zh-CN and en.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ConsolePage } from './pages';
import { NotificationCentre } from './notificationPages';
import { ModeSwitch } from './drillPages';
import { PlanVersionsPage } from './planVersionPages';

const SHOTS = 'test-results/screenshots';
const at = (local: string) => new Date(`${local}:00+08:00`);
const FUEL = '加油站加油数量纠纷';
const PRIVACY = '用户数据泄露联名信访与舆情';

async function openProgramme(page: Page) {
  await new ConsolePage(page).nav('演练计划与培训').click();
  await expect(page.getByRole('heading', { name: '演练计划与培训', level: 1 })).toBeVisible();
}

async function signInAt(page: Page, local: string) {
  await page.clock.setFixedTime(at(local));
  await page.reload();
  await new ConsolePage(page).signIn('王建国');
}

const planForm = (page: Page) => page.getByRole('form', { name: '列入计划' });
const fieldError = (form: Locator, label: string) =>
  form.locator('.field', { has: form.page().getByLabel(label, { exact: true }) }).getByRole('alert');
const planRow = (page: Page, scenario: string) =>
  page.getByRole('table', { name: '2027 年演练计划' }).getByRole('row').filter({ hasText: scenario });

async function planDrill(page: Page, fields: { scenario: string; day: string; teams: string[]; organiser?: string }) {
  const form = planForm(page);
  await form.getByLabel('演练脚本').selectOption({ label: fields.scenario });
  await form.getByLabel('计划日期').fill(fields.day);
  for (const team of fields.teams) await form.getByRole('checkbox', { name: team }).check();
  if (fields.organiser) await form.getByLabel('组织人').selectOption({ label: fields.organiser });
  await form.getByRole('button', { name: '列入计划' }).click();
  await expect(form.getByRole('status')).toHaveText(`已将“${fields.scenario}”列入 ${fields.day} 的演练计划。`);
}

test('petrol station: planned, reminded, attended per team, its measure on the dashboard until done, training in a person’s record', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.clock.setFixedTime(at('2027-03-01T10:00'));
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('王建国');
  await openProgramme(page);
  await expect(page.getByText('2027 年尚无演练计划。')).toBeVisible();

  // Bad input: no scenario, no date, no team; then a date outside the plan's year. Nothing is planned.
  const form = planForm(page);
  await form.getByRole('button', { name: '列入计划' }).click();
  await expect(fieldError(form, '演练脚本')).toHaveText('请选择演练脚本');
  await expect(fieldError(form, '计划日期')).toHaveText('请输入有效日期');
  await expect(form.getByRole('group', { name: '参演小组' }).getByRole('alert')).toHaveText('请至少选择一个参演小组');
  await expect(form.getByRole('alert').filter({ hasText: '请修正标出的项目后再列入计划。' })).toBeVisible();
  await form.getByLabel('演练脚本').selectOption({ label: FUEL });
  await form.getByLabel('计划日期').fill('2028-01-10');
  await form.getByRole('checkbox', { name: '信息收集组' }).check();
  await form.getByRole('button', { name: '列入计划' }).click();
  await expect(fieldError(form, '计划日期')).toHaveText('日期须在计划年度内');
  await expect(fieldError(form, '演练脚本')).toHaveCount(0);
  await form.screenshot({ path: `${SHOTS}/programme-plan-errors-zh.png` });
  await expect(page.getByText('2027 年尚无演练计划。')).toBeVisible();
  await form.getByRole('checkbox', { name: '信息收集组' }).uncheck();

  await planDrill(page, { scenario: FUEL, day: '2027-03-15', teams: ['信息收集组', '处置协调组'], organiser: '李明' });
  await planDrill(page, { scenario: PRIVACY, day: '2027-03-10', teams: ['宣传引导组'] });
  await expect(planRow(page, FUEL)).toContainText('信息收集组、处置协调组');
  await expect(planRow(page, FUEL)).toContainText('李明');
  await expect(planRow(page, FUEL)).toContainText('计划中');

  // Seven days before, the console opened that day reminds of it.
  await signInAt(page, '2027-03-08T09:00');
  const centre = new NotificationCentre(page);
  await centre.open();
  await expect(centre.item(`演练计划：${FUEL}将于 2027-03-15 举行`)).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: `${SHOTS}/programme-reminder-zh.png`, fullPage: true });
  await openProgramme(page);
  await expect(planRow(page, FUEL)).toContainText('即将举行');

  // On the drill's day: the data-privacy drill planned for the 10th was never held.
  await signInAt(page, '2027-03-15T17:00');
  await centre.open();
  await expect(centre.item(`演练计划：${PRIVACY}（2027-03-10）尚未举行`)).toBeVisible({ timeout: 30_000 });
  await openProgramme(page);
  await expect(planRow(page, PRIVACY)).toContainText('逾期未举行');

  // Attendance per team; someone not in the organisation is refused and nothing changes.
  await planRow(page, FUEL).getByRole('button', { name: '记录出勤' }).click();
  const attendance = page.getByRole('form', { name: '记录出勤' });
  await expect(attendance.getByRole('group', { name: '信息收集组' })).toContainText('张丽');
  await expect(attendance.getByRole('group', { name: '处置协调组' })).toContainText('郑浩');
  await attendance.getByRole('group', { name: '处置协调组' }).getByRole('checkbox', { name: '郑浩' }).uncheck();
  await attendance.getByLabel('另加参演人员（姓名，用逗号分隔）').fill('陈晓，张三');
  await attendance.getByRole('button', { name: '保存出勤' }).click();
  await expect(fieldError(attendance, '另加参演人员（姓名，用逗号分隔）')).toHaveText('有人员不在组织机构中，请核对姓名');
  await attendance.screenshot({ path: `${SHOTS}/programme-attendance-errors-zh.png` });
  await expect(planRow(page, FUEL)).toContainText('即将举行');
  await attendance.getByLabel('另加参演人员（姓名，用逗号分隔）').fill('陈晓');
  await attendance.getByRole('button', { name: '保存出勤' }).click();
  await expect(attendance.getByRole('status')).toHaveText('已记录出勤：到 4 人，缺 1 人。');
  await expect(planRow(page, FUEL)).toContainText('已举行');
  await expect(planRow(page, FUEL)).toContainText('到 4 人，缺 1 人');

  // An improvement measure the drill found: on the dashboard until marked done.
  await planRow(page, FUEL).getByRole('button', { name: '改进措施' }).click();
  const measure = page.getByRole('form', { name: '添加改进措施' });
  await measure.getByLabel('改进措施', { exact: true }).fill('将加油站计量纠纷应对口径纳入值班手册');
  await measure.getByLabel('责任人').selectOption({ label: '刘洋' });
  await measure.getByLabel('完成期限').fill('2027-04-15');
  await measure.getByRole('button', { name: '添加改进措施' }).click();
  await expect(measure.getByRole('status')).toHaveText('已添加改进措施。');
  await console.nav('指挥台').click();
  const onDashboard = page.getByRole('region', { name: '演练改进措施' });
  await expect(onDashboard).toContainText('将加油站计量纠纷应对口径纳入值班手册');
  await expect(onDashboard).toContainText(`${FUEL}（2027-03-15）`);
  await expect(onDashboard).toContainText('责任人 刘洋');
  await onDashboard.screenshot({ path: `${SHOTS}/programme-dashboard-zh.png` });
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  const inEnglish = page.getByRole('region', { name: 'Drill improvement measures' });
  await expect(inEnglish).toContainText('Fuel-quantity dispute at a petrol station (2027-03-15) · by 刘洋 · due 2027-04-15');
  await inEnglish.screenshot({ path: `${SHOTS}/programme-dashboard-en.png` });
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await onDashboard.getByRole('button', { name: '标记完成' }).click();
  await expect(onDashboard).toHaveCount(0);

  // Training: an empty topic is refused and nothing is recorded; then a session with two attendees.
  await openProgramme(page);
  const training = page.getByRole('form', { name: '记录培训' });
  await training.getByLabel('授课人').fill('李明');
  await training.getByRole('checkbox', { name: '张丽' }).check();
  await training.getByRole('button', { name: '记录培训' }).click();
  await expect(fieldError(training, '培训主题')).toHaveText('请填写培训主题');
  await expect(page.getByText('2027 年尚无培训记录。')).toBeVisible();
  await training.getByLabel('培训主题').fill('投诉升级为突发事件的分级与报告');
  await training.getByLabel('培训材料（名称或存放位置）').fill('《投诉应急预案》第三章');
  await training.getByRole('checkbox', { name: '吴婷' }).check();
  await training.getByRole('button', { name: '记录培训' }).click();
  await expect(training.getByRole('status')).toHaveText('已记录培训“投诉升级为突发事件的分级与报告”，参训 2 人。');
  await expect(page.getByRole('table', { name: '2027 年培训' })).toContainText('张丽、吴婷');

  // A person's record.
  const record = page.getByRole('region', { name: '个人培训与演练记录' });
  await record.getByLabel('人员').selectOption({ label: '吴婷' });
  await expect(record.getByRole('region', { name: '参加的培训' })).toContainText('2027-03-15 投诉升级为突发事件的分级与报告（授课：李明）');
  await expect(record.getByRole('region', { name: '参加的演练' })).toContainText(`2027-03-15 ${FUEL}`);
  await record.getByLabel('人员').selectOption({ label: '郑浩' });
  await expect(record.getByRole('region', { name: '参加的演练' })).toContainText('尚未参加演练。');

  // Per team: drills planned and held, present and absent, training attendances and members trained.
  const stats = page.getByRole('table', { name: '按小组统计（2027 年）' });
  await expect(stats.getByRole('row').filter({ hasText: '信息收集组' })).toContainText(/1\s*1\s*2\s*0\s*2\s*2\/2/);
  await expect(stats.getByRole('row').filter({ hasText: '处置协调组' })).toContainText(/1\s*1\s*1\s*1\s*0\s*0\/2/);
  await expect(stats.getByRole('row').filter({ hasText: '宣传引导组' })).toContainText(/1\s*0\s*0\s*0\s*0\s*0\/2/);
  await page.screenshot({ path: `${SHOTS}/programme-page-zh.png`, fullPage: true });
  await page.getByRole('region', { name: '按小组统计（2027 年）' }).screenshot({ path: `${SHOTS}/programme-stats-zh.png` });
  await record.screenshot({ path: `${SHOTS}/programme-record-zh.png` });

  // In English: the same screen, in words, no raw ids.
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Drills & training', level: 1 })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Drill plan 2027' }).getByRole('row').filter({ hasText: 'Fuel-quantity dispute at a petrol station' }),
  ).toContainText('4 present, 1 absent');
  await expect(page.getByRole('table', { name: 'By team (2027)' })).toContainText('Information team');
  await page.getByRole('region', { name: 'A person’s training and drill record' }).getByLabel('Person').selectOption({ label: '吴婷' });
  await page.screenshot({ path: `${SHOTS}/programme-page-en.png`, fullPage: true });
  await page.getByRole('region', { name: 'By team (2027)' }).screenshot({ path: `${SHOTS}/programme-stats-en.png` });
  await page.getByRole('region', { name: 'A person’s training and drill record' }).screenshot({ path: `${SHOTS}/programme-record-en.png` });
  await page.getByRole('navigation', { name: /.+/ }).getByRole('link', { name: 'Notifications' }).click();
  await page.getByRole('tab', { name: /^All/ }).click();
  await expect(page.getByRole('listitem', { name: 'Drill plan: Fuel-quantity dispute at a petrol station on 2027-03-15' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/programme-notifications-en.png`, fullPage: true });
  await expect(page.locator('main')).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);

  // In 演练 mode the page says the programme is the office's live record and offers nothing.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await new ModeSwitch(page).enterDrill();
  await openProgramme(page);
  await expect(page.getByRole('status')).toContainText('只在正式模式中查看和记录');
  await expect(page.getByRole('form', { name: '列入计划' })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/programme-in-drill-zh.png` });
});

test('data privacy: the plan’s reminder days, changed to 3 in a revision, move the drill’s reminder', async ({ page }) => {
  test.setTimeout(150_000);
  await page.clock.setFixedTime(at('2027-03-01T10:00'));
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('王建国');
  const plan = new PlanVersionsPage(page);
  await plan.open();
  await plan.startRevision();
  const days = plan.editor().getByLabel('演练计划提前提醒天数', { exact: true });
  await expect(days).toHaveValue('7');
  await days.fill('3');
  await days
    .locator('xpath=ancestor::*[contains(@class, "plan-thresholds")][1]')
    .screenshot({ path: `${SHOTS}/programme-plan-editor-zh.png` });
  await plan.saveDraft();
  await expect(plan.editor().getByRole('status')).toHaveText('草稿已保存。');
  await plan.submit();
  await plan.approve();
  await plan.diff().getByLabel('对比版本', { exact: true }).selectOption({ label: '第 1 版' });
  await plan.diff().getByLabel('与', { exact: true }).selectOption({ label: '第 2 版' });
  await expect(
    plan
      .diff()
      .getByRole('table')
      .getByRole('row', { name: /演练计划提前提醒天数/ }),
  ).toHaveText(/7\s*3$/);

  await openProgramme(page);
  await expect(page.getByText('按预案在演练日前 3 天提醒')).toBeVisible();
  await planDrill(page, { scenario: PRIVACY, day: '2027-03-20', teams: ['宣传引导组', '信息收集组'], organiser: '赵敏' });

  // Four days before: not yet (the old 7 days would have reminded on the 13th).
  await signInAt(page, '2027-03-16T09:00');
  await openProgramme(page);
  await expect(planRow(page, PRIVACY)).toContainText('计划中');
  // Three days before: reminded.
  await signInAt(page, '2027-03-17T09:00');
  const centre = new NotificationCentre(page);
  await centre.open();
  await expect(centre.item(`演练计划：${PRIVACY}将于 2027-03-20 举行`)).toBeVisible({ timeout: 30_000 });
  await openProgramme(page);
  await expect(planRow(page, PRIVACY)).toContainText('即将举行');

  // Held on the day: one member absent, the duty officer taking part besides the teams.
  await signInAt(page, '2027-03-20T16:00');
  await openProgramme(page);
  await planRow(page, PRIVACY).getByRole('button', { name: '记录出勤' }).click();
  const attendance = page.getByRole('form', { name: '记录出勤' });
  const publicity = attendance.getByRole('group', { name: '宣传引导组' });
  const absent = (await publicity.getByRole('checkbox').first().locator('xpath=..').textContent())!.trim();
  await publicity.getByRole('checkbox', { name: absent }).uncheck();
  await attendance.getByLabel('另加参演人员（姓名，用逗号分隔）').fill('陈晓');
  await attendance.getByRole('button', { name: '保存出勤' }).click();
  await expect(attendance.getByRole('status')).toHaveText(/^已记录出勤：到 \d+ 人，缺 1 人。$/);
  const recorded = (await attendance.getByRole('status').textContent())!;
  await expect(planRow(page, PRIVACY)).toContainText('已举行');
  await attendance.getByRole('button', { name: '关闭' }).click();

  // A correction starts from what was recorded: the absentee still absent, the duty officer listed as present.
  await planRow(page, PRIVACY).getByRole('button', { name: '记录出勤' }).click();
  const again = page.getByRole('form', { name: '记录出勤' });
  await expect(again.getByRole('group', { name: '宣传引导组' }).getByRole('checkbox', { name: absent })).not.toBeChecked();
  await expect(again.getByRole('group', { name: '此前登记的其他人员' }).getByRole('checkbox', { name: '陈晓' })).toBeChecked();
  await expect(again.getByLabel('另加参演人员（姓名，用逗号分隔）')).toHaveValue('');
  await again.getByRole('button', { name: '保存出勤' }).click();
  await expect(again.getByRole('status')).toHaveText(recorded);
});
