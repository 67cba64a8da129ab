// The console speaks Chinese by default; English is one choice away and is remembered.
import { expect, test } from '@playwright/test';

test('switches to English and back, and remembers the choice after a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '选择当班操作员' })).toBeVisible();
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Who is at the console?' })).toBeVisible();
  await page.getByRole('radio', { name: /陈晓/ }).check();
  await page.getByRole('button', { name: 'Open the console' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Register' }).click();
  await expect(page.getByLabel('Channel')).toBeVisible();
  await page.getByRole('button', { name: 'Save registration' }).click();
  await expect(page.getByText('Please correct the marked fields before saving.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Plan' }).click();
  await expect(page.getByText('Working days follow the State Council holiday arrangements')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/plan-en.png', fullPage: true });

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Who is at the console?' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await page.getByRole('button', { name: '进入指挥台' }).click();
  await expect(page.getByRole('heading', { name: '投诉应急预案' })).toBeVisible();
  await expect(page.getByText('二级投诉')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/plan-zh.png', fullPage: true });
});
