// 单位自定停工日: the office enters its own closure days on the year view, the leader approves them,
// and a working-day clock skips them only under a plan set to count them. A drill shows the
// office's calendar as approved in live work and may not change it.
import { expect, test } from '@playwright/test';
import { CalendarPage, CONTRACT_INTO_NEXT_YEAR } from './calendarPages';
import { ModeSwitch } from './drillPages';
import { ConsolePage, IncidentPage, IntakePage } from './pages';
import { PlanVersionsPage } from './planVersionPages';

const SHOTS = 'test-results/screenshots';

test('a closure day moves a working-day clock only once the plan counts it and the leader approves it', async ({ page }) => {
  // Monday 2026-11-23: a 3-working-day investigation ends at 24:00 of Thursday 11-26.
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+08:00'));
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('陈晓');
  const calendar = new CalendarPage(page);
  const closures = page.getByRole('region', { name: '单位自定停工日' });

  // The plan in force does not count closure days: the year view says so.
  await calendar.open();
  await expect(closures.getByRole('note').first()).toHaveText('本预案的时限不计单位自定停工日；如需计入，请在预案中设置。');
  // …and offers no entry: the office keeps closure days only under a plan that counts them.
  await expect(closures.getByRole('button', { name: '录入停工日' })).toHaveCount(0);

  // The leader revises the plan to count them and approves it from now.
  await console.switchOperator('王建国');
  const plan = new PlanVersionsPage(page);
  await plan.open();
  await plan.startRevision();
  await plan
    .editor()
    .getByLabel(/工作日时限同时扣除本单位经批准的停工日/)
    .check();
  await plan.submit();
  await plan.approve();
  await expect(plan.version(2)).toContainText('已批准');

  // Monday 2026-11-23: a 3-working-day investigation under v2 ends at 24:00 of Thursday 11-26.
  await console.switchOperator('陈晓');
  const intake = new IntakePage(page);
  await intake.open();
  const numbers = await intake.register(CONTRACT_INTO_NEXT_YEAR);
  const incident = new IncidentPage(page);
  await incident.openFromBoard(numbers.incident);
  await expect(page.getByText('按预案第 2 版')).toBeVisible();
  await incident.run('确认有效，予以受理');
  const investigation = page.getByRole('listitem', { name: '调查核实' });
  await expect(investigation).toContainText('期限 2026-11-26 24:00');
  await calendar.open();
  await expect(closures.getByRole('note').first()).toHaveText('现行预案的工作日期限跳过已批准的单位自定停工日。');
  await expect(closures.getByRole('button', { name: '录入停工日' })).toBeVisible();

  // A closure running into next year is refused on its field, and nothing is saved.
  await calendar.enterClosures([
    { name: '搬迁', first: '2026-11-25', last: '2026-11-25' },
    { name: '年终盘点停业', first: '2026-12-31', last: '2027-01-02' },
  ]);
  await calendar.closuresForm().getByRole('button', { name: '保存草稿' }).click();
  await expect(calendar.closuresForm().getByText('日期不在本年之内。')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/calendar-closures-entry-zh.png`, fullPage: true });
  await calendar.closuresForm().getByRole('group', { name: '停工日 2' }).getByLabel('停工首日').fill('2026-12-30');
  await calendar.closuresForm().getByRole('group', { name: '停工日 2' }).getByLabel('停工末日').fill('2026-12-31');
  await calendar.closuresForm().getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByText('已保存2026年停工日草稿，待领导小组组长批准。')).toBeVisible();
  await expect(page.getByRole('table', { name: '待批准的停工日' })).toContainText('2026-12-30 至 2026-12-31');
  await expect(page.getByRole('button', { name: '批准2026年停工日' })).toBeDisabled();
  await expect(page.getByText('只有领导小组组长可以批准停工日。')).toBeVisible();

  await console.switchOperator('王建国');
  await page.getByRole('button', { name: '批准2026年停工日' }).click();
  await expect(page.getByText('已批准2026年停工日；1个事件的期限随之调整。')).toBeVisible();
  await expect(page.getByRole('table', { name: '2026年停工日' })).toContainText('搬迁');
  await expect(calendar.month('11月').getByRole('cell', { name: '2026-11-25 单位停工日（搬迁）' })).toBeVisible();
  await expect(page.getByRole('list', { name: '图例' })).toContainText('单位停工日');
  await page.screenshot({ path: `${SHOTS}/calendar-closures-zh.png`, fullPage: true });

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('region', { name: 'Office closure days' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'November', exact: true }).getByRole('cell', { name: '2026-11-25 office closure (搬迁)' }),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/calendar-closures-en.png`, fullPage: true });
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');

  // 11-24 (1); 11-25 closed for the move; 11-26 (2), 11-27 (3).
  await incident.openFromBoard(numbers.incident);
  await expect(investigation).toContainText('期限 2026-11-27 24:00');
  await console.nav('组织机构').click();
  await expect(page.getByText('批准2026年单位自定停工日，1个事件的期限随之调整')).toBeVisible();

  // A drill shows the office's calendar as approved in live work, and may not change it.
  await new ModeSwitch(page).enterDrill();
  await calendar.open();
  await expect(page.getByRole('table', { name: '2026年停工日' })).toContainText('搬迁');
  await expect(calendar.month('11月').getByRole('cell', { name: '2026-11-25 单位停工日（搬迁）' })).toBeVisible();
  await expect(closures.getByText('演练模式下不能录入或批准节假日安排')).toBeVisible();
  await expect(page.getByRole('button', { name: /停工日$/ })).toHaveCount(0);
});
