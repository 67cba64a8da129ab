// 舆情监测 before any incident: the monitoring team logs what it finds, the console gives each item
// its warning level by the plan's rule (reach, spread, media pickup) and raises orange and red at
// once; an item becomes an incident through the intake, or a cluster is attached to an existing
// incident by its number. The dashboard and the statistics page count opinion by level.
import { expect, test, type Page } from '@playwright/test';
import { ConsolePage, IncidentPage, IntakePage } from './pages';
import { NotificationCentre } from './notificationPages';
import { DATA_PRIVACY, FUEL_DISPUTE_BY_PHONE } from '../fixtures/registrations';

const SHOTS = 'test-results/screenshots';

type Item = { platform: string; reach: string; spread?: string; media?: boolean; summary: string; foundAt: string };

async function logWatched(page: Page, item: Item) {
  await page.getByRole('button', { name: '登记舆情' }).click();
  const form = page.getByRole('form', { name: '登记舆情' });
  await form.getByLabel('平台', { exact: true }).selectOption({ label: item.platform });
  await form.getByLabel('倾向', { exact: true }).selectOption({ label: '负面' });
  await form.getByLabel('估计触达（人次）', { exact: true }).fill(item.reach);
  if (item.spread) await form.getByLabel('转发评论数（选填）', { exact: true }).fill(item.spread);
  if (item.media) await form.getByLabel('已被新闻媒体转载或跟进').check();
  await form.getByLabel('发现时间', { exact: true }).fill(item.foundAt);
  await form.getByLabel('内容摘要', { exact: true }).fill(item.summary);
  await form.getByRole('button', { name: '保存舆情' }).click();
  await expect(form).toHaveCount(0);
}

const watched = (page: Page) => page.getByRole('table', { name: '待研判舆情（未关联事件）' });

test('petrol station: an item logged with no incident is warned orange, alerted, and made an incident', async ({ page }) => {
  test.setTimeout(150_000);
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+08:00'));
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('王建国');
  await console.nav('舆情监测').click();
  await expect(page.getByRole('heading', { name: '舆情监测', level: 1 })).toBeVisible();
  await expect(page.getByText('目前没有未关联事件的舆情。')).toBeVisible();

  // Bad input: marked at its field, nothing logged.
  await page.getByRole('button', { name: '登记舆情' }).click();
  const form = page.getByRole('form', { name: '登记舆情' });
  await form.getByLabel('转发评论数（选填）', { exact: true }).fill('很多');
  await form.getByRole('button', { name: '保存舆情' }).click();
  await expect(form.locator('.field', { has: page.getByLabel('转发评论数（选填）', { exact: true }) }).getByRole('alert')).toHaveText(
    '请填写不小于 0 的整数，如 350 或 1.2万',
  );
  await form.getByRole('button', { name: '取消' }).click();
  await expect(page.getByText('目前没有未关联事件的舆情。')).toBeVisible();

  await logWatched(page, {
    platform: '抖音',
    reach: '6万',
    spread: '800',
    summary: '抖音短视频称城东加油站加油机少加油，现场有人围观',
    foundAt: '2026-11-23T09:40',
  });
  await expect(page.getByRole('status').filter({ hasText: '已登记舆情' })).toHaveText('已登记舆情：橙色预警。');
  const row = watched(page).getByRole('row').filter({ hasText: '抖音短视频称城东加油站' });
  await expect(row).toContainText('橙色预警');
  await expect(row).toContainText('60,000 人次');
  await expect(row).toContainText('转发评论 800');
  await page.screenshot({ path: `${SHOTS}/opinion-watch-zh.png`, fullPage: true });

  // Orange and above alert at once.
  const centre = new NotificationCentre(page);
  await centre.open();
  await expect(centre.item('舆情橙色预警')).toContainText('抖音，估计触达 60,000 人次', { timeout: 30_000 });

  // The dashboard counts it, and says it waits without an incident.
  await console.nav('指挥台').click();
  const panel = page.getByRole('region', { name: '舆情预警（近 7 天）' });
  await expect(panel.getByRole('list', { name: '按预警级别' })).toContainText('橙色预警 1');
  await expect(panel).toContainText('未关联事件 1 条');

  // 立为事件: the intake starts from the item; once registered, the item is the incident's.
  await console.nav('舆情监测').click();
  await row.getByRole('checkbox').check();
  await page.getByRole('button', { name: '立为事件' }).click();
  await expect(page.getByRole('note')).toHaveText('来自舆情监测的 1 条信息将在登记后关联到新事件。');
  await expect(page.getByLabel('投诉内容（事情经过）', { exact: true })).toHaveValue(
    '抖音：抖音短视频称城东加油站加油机少加油，现场有人围观（60,000 人次）',
  );
  await expect(page.getByLabel('受理渠道', { exact: true })).toHaveValue('social-media');
  const intake = new IntakePage(page);
  const { incident: number } = await intake.register({ ...FUEL_DISPUTE_BY_PHONE, channel: '社交媒体' });
  await expect(page.getByRole('status').filter({ hasText: '已登记' })).toContainText(`已将 1 条舆情关联到事件 ${number}。`);
  await new IncidentPage(page).openFromBoard(number);
  const opinion = page.getByRole('region', { name: '舆情监测', exact: true });
  await expect(opinion.getByRole('table', { name: '舆情记录' })).toContainText('橙色预警');
  await expect(new IncidentPage(page).timeline()).toContainText('关联舆情 1 条（负面估计触达 60,000 人次）');
  await console.nav('舆情监测').click();
  await expect(page.getByText('目前没有未关联事件的舆情。')).toBeVisible();
  await expect(page.getByRole('table', { name: '近期已关联事件的舆情' })).toContainText(number);
});

test('data privacy: a cluster of items, one picked up by media, is attached to the incident by its number', async ({ page }) => {
  test.setTimeout(150_000);
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+08:00'));
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('王建国');
  await new IntakePage(page).open();
  const { incident: number } = await new IntakePage(page).register(DATA_PRIVACY);

  await console.nav('舆情监测').click();
  await logWatched(page, {
    platform: '微博',
    reach: '3000',
    media: true,
    summary: '本地媒体转载网友爆料：会员App泄露手机号',
    foundAt: '2026-11-23T09:00',
  });
  await logWatched(page, { platform: '论坛', reach: '800', summary: '论坛帖子称注册会员后接到推销电话', foundAt: '2026-11-23T09:20' });
  await expect(watched(page).getByRole('row').filter({ hasText: '本地媒体转载' })).toContainText('橙色预警');
  await expect(watched(page).getByRole('row').filter({ hasText: '论坛帖子' })).toContainText('蓝色预警');

  for (const text of ['本地媒体转载', '论坛帖子'])
    await watched(page).getByRole('row').filter({ hasText: text }).getByRole('checkbox').check();
  const attach = page.getByRole('form', { name: '关联到事件' });
  await attach.getByLabel('事件编号', { exact: true }).fill('SJ-19990101-0001');
  await attach.getByRole('button', { name: '关联到事件' }).click();
  await expect(attach.getByRole('alert')).toHaveText('找不到该编号的事件，请核对。');
  await expect(
    watched(page)
      .getByRole('row')
      .filter({ has: page.getByRole('cell') }),
  ).toHaveCount(2);
  await attach.getByLabel('事件编号', { exact: true }).fill(number);
  await attach.getByRole('button', { name: '关联到事件' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已关联' })).toHaveText(`已关联到事件 ${number}。`);
  await expect(page.getByText('目前没有未关联事件的舆情。')).toBeVisible();

  await new IncidentPage(page).openFromBoard(number);
  await expect(new IncidentPage(page).timeline()).toContainText('关联舆情 2 条（负面估计触达 3,800 人次）');

  await console.nav('统计分析').click();
  const stats = page.getByRole('region', { name: '舆情', exact: true });
  await expect(stats.getByRole('list', { name: '按预警级别' })).toContainText('橙色预警 1');
  await expect(stats.getByRole('list', { name: '按预警级别' })).toContainText('蓝色预警 1');
  await expect(stats).toContainText('共 2 条');
  await stats.screenshot({ path: `${SHOTS}/opinion-statistics-zh.png` });

  await console.nav('舆情监测').click();
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Public-opinion watch', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Recent items attached to incidents' })).toContainText('Orange warning');
  await page.screenshot({ path: `${SHOTS}/opinion-watch-en.png`, fullPage: true });
});
