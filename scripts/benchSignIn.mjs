// Signing in for the benchmarks, as a person does it on the sign-in screen: the leader's first
// run, an account opened by the leader with a one-time password, changed at the first sign-in.
// The benchmarks time what comes after; signing in is set up once per store.

export const BENCH_PASSWORD = 'Duty-Desk-2026';
const ONE_TIME = 'Once-2026-01';
export const BENCH_LEADER = '王建国';

/** Chooses `name` and types the password: what is left is the click on 登录. */
export async function choosePerson(page, name) {
  await page.getByRole('radio', { name: new RegExp(name) }).check();
  await page.getByLabel('密码', { exact: true }).fill(BENCH_PASSWORD);
}

/** Gives the password again now (锁定, then 解锁), so the next grave action does not ask for it. */
export async function proveAgain(page) {
  await page.getByRole('button', { name: '锁定' }).click();
  await page.getByLabel('密码', { exact: true }).fill(BENCH_PASSWORD);
  await page.getByRole('button', { name: '解锁' }).click();
  await page.getByRole('heading', { name: '席位已锁定' }).waitFor({ state: 'detached' });
}

/** Signs `name` in at `page` (already on the sign-in screen) and waits for the console's frame. */
export async function signIn(page, name) {
  await choosePerson(page, name);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByText(`操作员: ${name}`).first().waitFor();
}

/**
 * Makes sure the leader and each of `names` have an account with BENCH_PASSWORD, on a fresh page
 * of the store's context; leaves no one signed in.
 */
export async function ensureAccounts(context, base, names) {
  const page = await context.newPage();
  try {
    await openAccounts(page, base, names);
  } finally {
    await page.close();
  }
}

/** The same on `page` itself (a page with a context of its own), which ends on the sign-in screen. */
export async function openAccounts(page, base, names) {
  await page.goto(`${base}/#/`);
  const firstRun = page.getByRole('heading', { name: '首次使用：设置组长账户' });
  const signInTitle = page.getByRole('heading', { name: '登录', exact: true });
  await firstRun.or(signInTitle).first().waitFor({ timeout: 600_000 });
  if (await firstRun.isVisible()) {
    await page.getByLabel('设置密码').fill(BENCH_PASSWORD);
    await page.getByLabel('再次输入密码').fill(BENCH_PASSWORD);
    await page.getByRole('button', { name: '创建并登录' }).click();
  } else await signIn(page, BENCH_LEADER);
  await page.getByText(`操作员: ${BENCH_LEADER}`).first().waitFor({ timeout: 600_000 });
  await page.goto(`${base}/#/organisation`);
  const accounts = page.getByRole('region', { name: '账户' });
  const opened = [];
  for (const name of names.filter((n) => n !== BENCH_LEADER)) {
    const open = accounts.getByRole('button', { name: `开设账户 ${name}` });
    await accounts.getByRole('row').filter({ hasText: name }).first().waitFor();
    if (!(await open.isVisible())) continue;
    await open.click();
    await accounts.getByRole('textbox', { name: `${name} 的一次性密码` }).fill(ONE_TIME);
    await accounts.getByRole('button', { name: '保存' }).click();
    await accounts
      .getByRole('status')
      .filter({ hasText: `已为 ${name} 开设账户` })
      .waitFor();
    opened.push(name);
  }
  // The benchmark's pages sit without a key or a click for long stretches (clicks made in the
  // page are not a person's): the seat locks after two hours instead of ten minutes (the
  // leader's setting).
  await page.goto(`${base}/#/settings`);
  const preferences = page.getByRole('form', { name: '提醒与托盘' });
  await preferences.getByLabel('无操作自动锁定（分钟）').fill('120');
  await preferences.getByRole('button', { name: '保存设置' }).click();
  await page.getByText('设置已保存。').first().waitFor();
  for (const name of opened) {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('radio', { name: new RegExp(name) }).check();
    await page.getByLabel('密码', { exact: true }).fill(ONE_TIME);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByLabel('当前密码').fill(ONE_TIME);
    await page.getByLabel('新密码', { exact: true }).fill(BENCH_PASSWORD);
    await page.getByLabel('再次输入新密码').fill(BENCH_PASSWORD);
    await page.getByRole('button', { name: '修改密码并进入' }).click();
    await page.getByText(`操作员: ${name}`).first().waitFor();
  }
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('heading', { name: '登录', exact: true }).waitFor();
}
