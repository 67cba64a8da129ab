// The console speaks Chinese by default; English is one choice away and is remembered.
import { expect, test } from '@playwright/test';
import { ConsolePage, PASSWORD } from './pages';

test('switches to English and back, and remembers the choice after a reload', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('陈晓');
  await console.signOut();
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/sign-in-en.png' });
  await page.getByRole('radio', { name: /陈晓/ }).check();
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Register' }).click();
  await expect(page.getByLabel('Channel')).toBeVisible();
  await page.getByRole('button', { name: 'Save registration' }).click();
  await expect(page.getByText('Please correct the marked fields before saving.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Plan' }).click();
  await expect(page.getByText('Working days follow the State Council holiday arrangements')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/plan-en.png', fullPage: true });

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('heading', { name: '投诉应急预案' })).toBeVisible();
  await expect(page.getByText('二级投诉')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/plan-zh.png', fullPage: true });
});
