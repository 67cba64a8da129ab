// Two windows of one console are always in the same mode: a switch in either moves both at once,
// a reload keeps the mode the console is in, and drill work never lands among live records.
import { expect, test, type Page } from '@playwright/test';
import { ModeSwitch } from './drillPages';
import { ConsolePage, IntakePage, type Registration } from './pages';

const live: Registration = {
  channel: '24小时热线',
  category: '产品质量',
  urgency: '一般',
  name: '正式顾客',
  phone: '13900002222',
  subject: '某型号电饭煲内胆涂层脱落',
  place: '线上商城',
  content: '使用一个月后内胆涂层成片脱落。',
  expected: '更换新品',
};
const drill: Registration = {
  ...live,
  name: '演练顾客',
  subject: '景区高峰期游客排队纠纷（演练）',
  place: '某景区',
  content: '黄金周入口排队过长，游客与工作人员发生争执。',
};

const SWITCHED_TO_DRILL = '控制台已在另一个窗口进入演练模式';
const SWITCHED_TO_LIVE = '控制台已在另一个窗口返回正式模式';

async function boardShows(page: Page, subject: string) {
  await new ConsolePage(page).nav('事件看板').click();
  return page.getByText(subject);
}

test('two windows switch mode together and each reload keeps the mode the console is in', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  const consoleA = new ConsolePage(a);
  const consoleB = new ConsolePage(b);
  const modeA = new ModeSwitch(a);
  const modeB = new ModeSwitch(b);
  await consoleA.open();
  await consoleA.signIn('陈晓');
  await consoleB.open();
  await consoleB.signIn('陈晓');
  await new IntakePage(a).open();
  await new IntakePage(a).register(live);
  // A third window is still at the sign-in, preselected with whoever sat there last.
  const c = await context.newPage();
  await new ConsolePage(c).open();
  await expect(c.getByRole('heading', { name: '登录', exact: true })).toBeVisible();

  // Window B is half-way through a registration when window A enters the drill.
  const intakeB = new IntakePage(b);
  await intakeB.open();
  await b.getByLabel('姓名', { exact: true }).fill('尚未保存的姓名');
  await modeA.enterDrill();

  // B follows at once, without a reload, and says why its unsaved entry is gone.
  await expect(modeB.banner()).toBeVisible();
  await expect(b).toHaveTitle(/^(\(\d+\) )?【演练】/);
  const notice = b.getByRole('alert').filter({ hasText: SWITCHED_TO_DRILL });
  await expect(notice).toBeVisible();
  await expect(b.getByText('操作员: 陈晓')).toBeVisible();
  await expect(b.getByLabel('姓名', { exact: true })).toHaveValue('');
  await notice.getByRole('button', { name: '知道了' }).click();
  await expect(notice).toBeHidden();
  // The window at the sign-in follows too, and still asks who is signing in.
  await expect(new ModeSwitch(c).banner()).toBeVisible();
  await expect(c.getByRole('heading', { name: '登录', exact: true })).toBeVisible();
  await expect(c.getByRole('navigation', { name: '主导航' })).toHaveCount(0);
  await c.close();
  // The window that switched has nothing to explain.
  await expect(a.getByRole('alert').filter({ hasText: SWITCHED_TO_DRILL })).toHaveCount(0);

  // A reload of B stays in the drill; the sign-in already says so.
  await b.reload();
  await expect(modeB.banner()).toBeVisible();
  await consoleB.signIn('陈晓');
  await expect(modeB.banner()).toBeVisible();

  // What B registers now is drill data: A (in the drill too) sees it, live work never does.
  await intakeB.open();
  await intakeB.register(drill);
  await expect(await boardShows(a, drill.subject)).not.toHaveCount(0);
  await expect(await boardShows(a, live.subject)).toHaveCount(0);

  // Ordinary work in B did not move the console back: a reload of A is still in the drill.
  await a.reload();
  await expect(modeA.banner()).toBeVisible();
  await consoleA.signIn('陈晓');

  // B returns to live work; A follows without a reload.
  await modeB.returnToLive();
  await expect(modeA.banner()).toBeHidden();
  await expect(a.getByRole('banner').getByRole('button', { name: '进入演练模式' })).toBeVisible();
  await expect(a.getByRole('alert').filter({ hasText: SWITCHED_TO_LIVE })).toBeVisible();
  await expect(a).not.toHaveTitle(/【演练】/);
  await expect(await boardShows(a, live.subject)).not.toHaveCount(0);
  await expect(await boardShows(a, drill.subject)).toHaveCount(0);

  // Each reload is live.
  for (const [page, console, mode] of [
    [a, consoleA, modeA],
    [b, consoleB, modeB],
  ] as const) {
    await page.reload();
    await console.signIn('陈晓');
    await expect(page.getByRole('banner').getByRole('button', { name: '进入演练模式' })).toBeVisible();
    await expect(mode.banner()).toBeHidden();
    await expect(await boardShows(page, drill.subject)).toHaveCount(0);
  }
});
