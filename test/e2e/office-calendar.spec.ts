// 节假日安排 kept by the office: a clock waiting for next year's arrangement gets its date when the
// office enters the year and the leader approves it. The 2027 dates are a plausible arrangement
// (元旦 01-01 – 01-03), not the State Council's notice.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CalendarPage, CONTRACT_INTO_NEXT_YEAR } from './calendarPages';
import { ConsolePage, IncidentPage, IntakePage } from './pages';

test('enter the 2027 arrangement and watch a 日历数据缺失 clock get its date', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-30T10:00:00+08:00'));
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('陈晓');
  const intake = new IntakePage(page);
  await intake.open();
  const numbers = await intake.register(CONTRACT_INTO_NEXT_YEAR);
  const incident = new IncidentPage(page);
  await incident.openFromBoard(numbers.incident);
  await incident.run('确认有效，予以受理');
  const investigation = page.getByRole('listitem', { name: '调查核实' });
  await expect(investigation).toContainText('日历数据缺失');

  // The dashboard says next year is missing and leads to the form.
  await console.nav('指挥台').click();
  await page.getByRole('status', { name: '2027年节假日安排尚未载入' }).getByRole('link', { name: '去录入' }).click();
  const calendar = new CalendarPage(page);
  await expect(calendar.status()).toContainText('2027年节假日安排尚未载入');

  // A Friday is no make-up working day: said on its field, nothing saved.
  await calendar.enter(
    2027,
    [
      { name: '元旦', first: '2027-01-01', last: '2027-01-03' },
      { name: '春节', first: '2027-02-06', last: '2027-02-14' },
    ],
    ['2027-01-30', '2027-02-19'],
  );
  await calendar.save();
  await expect(calendar.form().getByText('调休上班日必须是星期六或星期日。')).toBeVisible();
  await expect(calendar.form().getByLabel('调休上班日 2')).toHaveAttribute('aria-invalid', 'true');
  await expect(calendar.status()).toContainText('尚未载入');
  await page.screenshot({ path: 'test-results/screenshots/calendar-entry-zh.png', fullPage: true });
  await calendar.form().getByLabel('调休上班日 2').fill('2027-02-20');
  await calendar.save();
  await expect(page.getByText('已保存2027年安排草稿，待领导小组组长批准。')).toBeVisible();
  await expect(calendar.status()).toContainText('草稿：陈晓');

  // The draft counts for nothing yet, and only the leader may approve it.
  await expect(calendar.approveButton(2027)).toBeDisabled();
  await expect(page.getByText('只有领导小组组长可以批准节假日安排。')).toBeVisible();
  await expect(calendar.month('1月').getByRole('cell', { name: '2027-01-01 元旦（放假）' })).toBeVisible();
  await expect(calendar.month('1月').getByRole('cell', { name: '2027-01-30 调休上班（春节）' })).toBeVisible();

  await page.screenshot({ path: 'test-results/screenshots/calendar-draft-zh.png', fullPage: true });

  await console.switchOperator('王建国');
  await calendar.approveButton(2027).click();
  await expect(page.getByText('已批准2027年节假日安排；1个事件的期限已确定。')).toBeVisible();
  await expect(calendar.status()).toContainText('王建国于 2026-12-30 10:00 批准');

  // 12-31 (1); 元旦 off; 01-04 (2), 01-05 (3): the investigation ends at 24:00 of 2027-01-05.
  await incident.openFromBoard(numbers.incident);
  await expect(investigation).toContainText('期限 2027-01-05 24:00');
  await expect(investigation).not.toContainText('日历数据缺失');
  await console.nav('指挥台').click();
  await expect(page.getByRole('status', { name: '2027年节假日安排尚未载入' })).toHaveCount(0);
});

test('shows a year of holidays and make-up days in Chinese and English', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-30T10:00:00+08:00'));
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('陈晓');
  const calendar = new CalendarPage(page);
  await calendar.open();
  await expect(calendar.status()).toContainText('官方数据');
  await expect(calendar.month('2月').getByRole('cell', { name: '2026-02-14 调休上班（春节）' })).toBeVisible();
  await expect(page.getByRole('table', { name: '2026年放假安排' }).getByRole('row', { name: /春节/ })).toContainText('9天');
  await page.screenshot({ path: 'test-results/screenshots/calendar-year-zh.png', fullPage: true });

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Holiday calendar', level: 1 })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'February', exact: true }).getByRole('cell', { name: '2026-02-17 Spring Festival (day off)' }),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/calendar-year-en.png', fullPage: true });
  await page.getByRole('link', { name: 'Next year' }).click();
  await expect(calendar.status()).toContainText('The 2027 arrangement is not loaded');
  await page.getByRole('button', { name: 'Enter 2027' }).click();
  await page.getByRole('button', { name: 'Save draft' }).click();
  const form = page.getByRole('form', { name: 'Enter a holiday arrangement' });
  await expect(form.getByText('Some entries need correcting, as marked. Nothing was changed.')).toBeVisible();
  await expect(form.getByText('Enter the holiday name.')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/calendar-entry-en.png', fullPage: true });
});

test('reads a year from a file into the form and refuses a file that is not an arrangement', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-30T10:00:00+08:00'));
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('陈晓');
  const calendar = new CalendarPage(page);
  await calendar.open(2027);
  await calendar.importFile({ name: 'holidays.json', buffer: Buffer.from('{"year": "2027"}') });
  await expect(page.getByRole('alert')).toContainText('文件不是有效的节假日安排');
  await expect(calendar.form()).toHaveCount(0);

  await calendar.importFile({ name: 'holidays-2027.json', buffer: readFileSync('test/fixtures/calendar-2027.json') });
  await expect(page.getByText('已读入文件中的 2027年安排，请核对后保存为草稿。')).toBeVisible();
  await expect(calendar.form().getByRole('group', { name: '放假安排 7' }).getByLabel('节日名称')).toHaveValue('国庆节');
  await calendar.save();
  await expect(calendar.status()).toContainText('草稿：陈晓');
  await expect(calendar.month('10月').getByRole('cell', { name: '2027-10-09 调休上班（国庆节）' })).toBeVisible();
  await console.nav('组织机构').click();
  await expect(page.getByText('从文件导入2027年节假日安排（草稿）')).toBeVisible();
});
