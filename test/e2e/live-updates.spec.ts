// Two windows on one console: a registration made in one shows on the other's board without reload.
import { expect, test } from '@playwright/test';
import { ConsolePage, IntakePage } from './pages';

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
  const numbers = await intake.register({
    channel: '社交媒体',
    category: '数据隐私',
    urgency: '较紧急',
    name: '林女士',
    phone: '13600001234',
    subject: '会员App疑似泄露用户手机号',
    place: '线上',
    content: '多名用户在社交媒体反映注册会员后频繁接到骚扰电话，怀疑信息泄露。',
    expected: '查明原因并公开说明',
    people: 12,
  });

  const row = board.getByRole('row').filter({ hasText: numbers.incident });
  await expect(row).toBeVisible();
  await expect(row).toContainText('1 人投诉 · 涉及 12 人');
  await expect(row).toContainText('群体投诉');
});
