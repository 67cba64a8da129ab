// A version approved to be in force from a later hour takes over at that hour without a reload:
// the plan page says so, and the next complaint registered opens under it.
import { expect, test } from '@playwright/test';
import { ConsolePage, IncidentPage, IntakePage } from './pages';
import { PlanVersionsPage } from './planVersionPages';

test('a version approved for 11:00 takes over at 11:00 on the open console', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-04T10:00:00+08:00') });
  const console = new ConsolePage(page);
  const plan = new PlanVersionsPage(page);
  await console.open();
  await console.signIn('王建国');
  await plan.open();
  await plan.startRevision();
  await plan.setLimit('受理', '48');
  await plan.submit();
  await plan.decision().getByLabel('生效时间').fill('2026-12-04T11:00');
  await plan.approve();
  await expect(plan.version(2)).toContainText('已批准');
  await expect(page.getByText('现行：第 1 版')).toBeVisible();

  // No change to the plans and no reload: the console's own clock reaches 11:00.
  await page.clock.fastForward('01:00:00');
  // An hour without a key or a click: the seat locked itself meanwhile.
  await console.unlock();
  await expect(page.getByText('现行：第 2 版，自 2026-12-04 11:00 起施行')).toBeVisible();

  const intake = new IntakePage(page);
  await intake.open();
  const { incident: number } = await intake.register({
    channel: '现场来访',
    category: '景区游客安全',
    urgency: '一般',
    name: '林先生',
    phone: '13911112222',
    subject: '索道排队秩序混乱',
    place: '北山景区索道站',
    content: '索道排队时间过长，现场秩序混乱，游客有意见。',
    expected: '改进排队管理',
  });
  await new IncidentPage(page).openFromBoard(number);
  await expect(page.getByText('按预案第 2 版')).toBeVisible();
});
