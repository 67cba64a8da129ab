// Two windows on one console: a registration made in one shows on the other's board without reload.
import { expect, test } from '@playwright/test';
import { ConsolePage, IntakePage } from './pages';
import { DATA_PRIVACY } from '../fixtures/registrations';

test('a complaint registered in one window appears on the board of another without reload', async ({ context }) => {
  const board = await context.newPage();
  const desk = await context.newPage();
  for (const page of [board, desk]) {
    await new ConsolePage(page).open();
    await new ConsolePage(page).signIn('陈晓');
  }
  await new ConsolePage(board).nav('事件看板').click();
  await expect(board.getByText('还没有登记任何投诉。')).toBeVisible();

  const intake = new IntakePage(desk);
  await intake.open();
  const numbers = await intake.register(DATA_PRIVACY);

  const row = board.getByRole('row').filter({ hasText: numbers.incident });
  await expect(row).toBeVisible();
  await expect(row).toContainText('1 人投诉 · 涉及 12 人');
  await expect(row).toContainText('群体投诉');
});
