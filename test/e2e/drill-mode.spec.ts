// Rehearsal mode: unmistakable on screen, and what is registered in a drill never reaches live work.
import { expect, test } from '@playwright/test';
import { dashboardTotal, ModeSwitch } from './drillPages';
import { ConsolePage, IntakePage, type Registration } from './pages';

const SHOTS = 'test-results/screenshots';
const live: Registration = {
  channel: '24小时热线',
  category: '产品质量',
  urgency: '一般',
  name: '正式顾客',
  phone: '13900001111',
  subject: '某型号电热水壶底座漏电',
  place: '线上商城',
  content: '使用两周后底座漏电，插电时有麻手感。',
  expected: '退货退款',
};
const drill: Registration = {
  ...live,
  category: '加油站数质量',
  name: '演练车主',
  subject: '加油站加油数量争议（演练）',
  place: '某加油站',
  content: '车主称加油机显示与实际油量不符，现场围观。',
};

test('a drill is marked on every screen and its records stay out of live work', async ({ page }) => {
  const console = new ConsolePage(page);
  const intake = new IntakePage(page);
  const mode = new ModeSwitch(page);
  await console.open();
  await console.signIn('陈晓');
  await intake.open();
  const liveNumbers = await intake.register(live);
  await console.nav('指挥台').click();
  const liveTotal = await dashboardTotal(page);
  expect(liveTotal).toBe(1);
  await expect(mode.banner()).toBeHidden();
  await expect(page).not.toHaveTitle(/【演练】/);

  // Changing one's mind leaves the console where it was.
  await page.getByRole('banner').getByRole('button', { name: '进入演练模式' }).click();
  await page.screenshot({ path: `${SHOTS}/drill-confirm-zh.png` });
  await page.getByRole('alertdialog', { name: '切换模式' }).getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('alertdialog', { name: '切换模式' })).toBeHidden();
  await expect(mode.banner()).toBeHidden();

  await mode.enterDrill();
  await expect(page).toHaveTitle(/^(\(\d+\) )?【演练】/);
  await expect(page.getByText('操作员: 陈晓')).toBeVisible();
  await intake.open();
  await expect(mode.banner()).toBeVisible();
  const drillNumbers = await intake.register(drill);
  await console.nav('事件看板').click();
  await expect(page.getByRole('link', { name: drillNumbers.incident })).toBeVisible();
  await expect(page.getByText(drill.subject).first()).toBeVisible();
  await expect(page.getByText(live.subject)).toHaveCount(0);

  await console.nav('指挥台').click();
  await expect.poll(() => dashboardTotal(page)).toBe(1);
  await page.screenshot({ path: `${SHOTS}/drill-dashboard-zh.png`, fullPage: true });
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('note').filter({ hasText: 'DRILL MODE' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/drill-dashboard-en.png`, fullPage: true });
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');

  // A reload in the middle of a drill stays in the drill, the sign-in already says so.
  await page.reload();
  await expect(mode.banner()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/drill-operator-picker-zh.png` });
  await console.signIn('陈晓');
  // So does the wall display.
  await page.goto('/#/bigscreen');
  await expect(mode.banner()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/drill-bigscreen-zh.png` });
  await page.keyboard.press('Escape');
  // Leaving the wall display locks the seat: the person at it gives the password to go on.
  await console.unlock();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await expect(mode.banner()).toBeVisible();
  await expect(page).toHaveTitle(/^(\(\d+\) )?【演练】/);

  await mode.returnToLive();
  await expect(page).not.toHaveTitle(/【演练】/);
  await console.nav('事件看板').click();
  await expect(page.getByRole('link', { name: liveNumbers.incident })).toBeVisible();
  await expect(page.getByText(drill.subject)).toHaveCount(0);
  await console.nav('指挥台').click();
  await expect.poll(() => dashboardTotal(page)).toBe(liveTotal);

  // …and a reload in live work stays live.
  await page.reload();
  await console.signIn('陈晓');
  await expect(page.getByRole('banner').getByRole('button', { name: '进入演练模式' })).toBeVisible();
  await expect(mode.banner()).toBeHidden();
});
