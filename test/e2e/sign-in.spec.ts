// Signing in as the office does it: the leader's first run, a member's one-time password changed
// at first sign-in, five wrong passwords locking the account, the seat locking itself when left,
// the password asked again before full personal data is shown, and what a member may not do.
import { expect, test } from '@playwright/test';
import { FUEL_DISPUTE } from '../fixtures/registrations';
import { ConsolePage, IncidentPage, IntakePage, memberGradesLevelOne, PASSWORD } from './pages';
import { SettingsPage } from './settingsPages';

const SHOTS = 'test-results/screenshots';
const START = new Date('2026-11-23T09:00:00+08:00');

test('first run: the leader sets a password, opens an account for a member, who must change the one-time password', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open();
  await expect(page.getByRole('heading', { name: '首次使用：设置组长账户' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/sign-in-first-run-zh.png` });
  // Two passwords that differ, then one too short: nothing is created.
  await page.getByLabel('设置密码').fill('Zhihui-2026!');
  await page.getByLabel('再次输入密码').fill('Zhihui-2026?');
  await page.getByRole('button', { name: '创建并登录' }).click();
  await expect(page.getByRole('alert')).toHaveText('两次输入的密码不一致。');
  await page.getByLabel('设置密码').fill('short');
  await page.getByLabel('再次输入密码').fill('short');
  await page.getByRole('button', { name: '创建并登录' }).click();
  await expect(page.getByRole('alert')).toHaveText('密码至少 8 个字符。');
  await page.getByLabel('设置密码').fill('Zhihui-2026!');
  await page.getByLabel('再次输入密码').fill('Zhihui-2026!');
  await page.getByRole('button', { name: '创建并登录' }).click();
  await expect(page.getByText('操作员: 王建国')).toBeVisible();

  // 组织机构 → 账户: an account for 赵敏 with a one-time password.
  await console.nav('组织机构').click();
  const accounts = page.getByRole('region', { name: '账户' });
  await expect(accounts.getByRole('row').filter({ hasText: '赵敏' })).toContainText('未开设');
  await accounts.getByRole('button', { name: '开设账户 赵敏' }).click();
  await accounts.getByRole('textbox', { name: '赵敏 的一次性密码' }).fill('Once-4821');
  await accounts.getByRole('button', { name: '保存' }).click();
  await expect(accounts.getByRole('status')).toHaveText('已为 赵敏 开设账户。请把一次性密码当面告知本人。');
  await expect(accounts.getByRole('row').filter({ hasText: '赵敏' })).toContainText('待本人修改密码');
  await page.screenshot({ path: `${SHOTS}/accounts-panel-zh.png`, fullPage: true });
  await console.signOut();

  // 赵敏 signs in with it and cannot go on before choosing her own.
  await page.getByRole('radio', { name: /赵敏/ }).check();
  await page.getByLabel('密码', { exact: true }).fill('Once-4821');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('heading', { name: '请修改密码' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/sign-in-change-password-zh.png` });
  await page.getByLabel('当前密码').fill('Once-4821');
  await page.getByLabel('新密码', { exact: true }).fill('Once-4821');
  await page.getByLabel('再次输入新密码').fill('Once-4821');
  await page.getByRole('button', { name: '修改密码并进入' }).click();
  await expect(page.getByRole('alert')).toHaveText('新密码不能与当前密码相同。');
  await page.getByLabel('新密码', { exact: true }).fill('Publicity-77');
  await page.getByLabel('再次输入新密码').fill('Publicity-77');
  await page.getByRole('button', { name: '修改密码并进入' }).click();
  await expect(page.getByText('操作员: 赵敏')).toBeVisible();

  // The one-time password no longer signs in; her own does.
  await console.signOut();
  await page.getByRole('radio', { name: /赵敏/ }).check();
  await page.getByLabel('密码', { exact: true }).fill('Once-4821');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('密码不正确。再错 4 次账户将被锁定。');
  await page.getByLabel('密码', { exact: true }).fill('Publicity-77');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByText('操作员: 赵敏')).toBeVisible();
});

test('five wrong passwords lock the account, even against the right one, and the lock is on the audit', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('陈晓');
  await console.signOut();
  await page.getByRole('radio', { name: /陈晓/ }).check();
  for (let i = 1; i <= 4; i += 1) {
    await page.getByLabel('密码', { exact: true }).fill(`wrong-pass-${i}`);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText(`密码不正确。再错 ${5 - i} 次账户将被锁定。`);
  }
  await page.getByLabel('密码', { exact: true }).fill('wrong-pass-5');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('因连续输错密码，账户已锁定至');
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('账户已锁定至');
  await expect(page.getByText('操作员: 陈晓')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/sign-in-locked-zh.png` });

  // The leader sees the lock and the failures in the sign-in log.
  await console.signIn('王建国');
  await console.nav('组织机构').click();
  const accounts = page.getByRole('region', { name: '账户' });
  await expect(accounts.getByRole('row').filter({ hasText: '陈晓' })).toContainText('锁定至');
  await expect(accounts.getByRole('list', { name: '登录记录' })).toContainText('陈晓 的账户因连续输错密码被锁定至');
});

test('the seat locks itself after ten idle minutes and hides the board until the password is given', async ({ page }) => {
  await page.clock.install({ time: START });
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('陈晓');
  const intake = new IntakePage(page);
  await intake.open();
  const numbers = await intake.register(FUEL_DISPUTE);
  await console.nav('事件看板').click();
  const row = page.getByRole('row').filter({ hasText: numbers.incident });
  await expect(row).toContainText('城东加油站');

  // Nine minutes without a key or a click: still open. Eleven: locked, the board gone from view.
  await page.clock.fastForward('09:00');
  await expect(row).toBeVisible();
  await page.clock.fastForward('02:00');
  await expect(page.getByRole('heading', { name: '席位已锁定' })).toBeVisible();
  await expect(row).toBeHidden();
  // The hidden screens stay in the page for the person's return; none of their text is shown.
  await expect(page.getByText('城东加油站').filter({ visible: true })).toHaveCount(0);
  await expect(page.getByText('周建华').filter({ visible: true })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/seat-locked-zh.png` });

  // A wrong password keeps it locked; the right one brings back the same screen.
  await page.getByLabel('密码').fill('not-my-password');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByRole('alert')).toContainText('密码不正确');
  await expect(row).toBeHidden();
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(row).toContainText('城东加油站');
});

test('another person at a locked seat signs in fresh; the first person’s unsaved form waits for them', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open();
  // 陈晓 has an account already (the leader opened it).
  await console.signIn('陈晓');
  await console.switchOperator('王建国');
  const intake = new IntakePage(page);
  await intake.open();
  await page.getByRole('textbox', { name: '姓名', exact: true }).fill('周建华');
  await page.getByRole('textbox', { name: '发生地点', exact: true }).fill('城东加油站');
  await page.getByRole('button', { name: '锁定' }).click();
  await page.getByRole('button', { name: '以其他身份登录' }).click();
  await console.signIn('陈晓');
  // A fresh console for 陈晓: the half-typed registration is not hers to see.
  await intake.open();
  await expect(page.getByRole('textbox', { name: '姓名', exact: true })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: '发生地点', exact: true })).toHaveValue('');
  // She leaves the window on another screen; his come back where he left them.
  await console.nav('事件看板').click();
  await console.signOut();
  await console.signIn('王建国');
  await expect(page.getByRole('heading', { name: '受理登记' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: '姓名', exact: true })).toHaveValue('周建华');
  await expect(page.getByRole('textbox', { name: '发生地点', exact: true })).toHaveValue('城东加油站');
});

test('full personal data is shown only after the password is given again, five minutes after sign-in', async ({ page }) => {
  await page.clock.install({ time: START });
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('王建国');
  await console.stopAnsweringPasswordPrompts();
  const intake = new IntakePage(page);
  await intake.open();
  const numbers = await intake.register(FUEL_DISPUTE);
  await page.clock.fastForward('06:00');
  await new IncidentPage(page).openFromBoard(numbers.incident);
  await expect(page.getByText('138****5678')).toBeVisible();

  // Cancelled: nothing is shown, and the refusal says why.
  await page.getByRole('button', { name: '查看完整个人信息' }).click();
  const dialog = page.getByRole('dialog', { name: '请再次输入密码' });
  await expect(dialog).toContainText('请输入 王建国 的密码');
  await page.screenshot({ path: `${SHOTS}/reauth-dialog-zh.png` });
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('alert')).toContainText('这项操作需要再次输入密码确认身份');
  await expect(page.getByText('13812345678')).toHaveCount(0);

  // Given: the data is shown, and the viewing is on the timeline.
  await page.getByRole('button', { name: '查看完整个人信息' }).click();
  await dialog.getByLabel('密码').fill(PASSWORD);
  await dialog.getByRole('button', { name: '确认' }).click();
  await expect(page.getByText('13812345678')).toBeVisible();
  await expect(dialog).toHaveCount(0);
});

test('a member can neither activate a level-1 response nor restore a backup', async ({ page }) => {
  const { incident } = await memberGradesLevelOne(page);
  await incident.run('启动应急响应');
  await expect(incident.refusal()).toContainText('一级响应须由组长或副组长启动');
  await incident.expectStage('待启动响应');

  const settings = new SettingsPage(page);
  await settings.open();
  const time = await settings.backupNow();
  await expect(settings.restoreButton(time)).toBeDisabled();
  await expect(settings.restoreLock()).toContainText('不能恢复备份');
});

test('a disabled account is signed out at once, also in a window where that person is at work', async ({ context }) => {
  const desk = await context.newPage();
  const office = await context.newPage();
  const duty = new ConsolePage(desk);
  const leader = new ConsolePage(office);
  await duty.open();
  await duty.signIn('陈晓');
  await leader.open();
  await leader.signIn('王建国');
  await leader.nav('组织机构').click();
  const accounts = office.getByRole('region', { name: '账户' });
  await accounts.getByRole('button', { name: '停用 陈晓' }).click();
  await expect(accounts.getByRole('status')).toHaveText('已停用 陈晓 的账户。');
  // The duty desk's window is back at the sign-in, and 陈晓 cannot sign in again.
  await expect(desk.getByRole('heading', { name: '登录', exact: true })).toBeVisible();
  await expect(desk.getByRole('navigation', { name: '主导航' })).toHaveCount(0);
  await desk.getByRole('radio', { name: /陈晓/ }).check();
  await desk.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await desk.getByRole('button', { name: '登录', exact: true }).click();
  await expect(desk.getByRole('alert')).toHaveText('此账户已停用。请联系组长。');
});
