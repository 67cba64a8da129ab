// The notification centre in the browser host: a level-1 incident is announced (desktop notice
// and bell), listed with its number, acknowledged with who and when; a deadline coming up shows
// a due-soon notice once its lead time is reached; an alert missed while the console was closed
// says when it was raised and when it was due.
import { expect, test, type Page } from '@playwright/test';
import { ModeSwitch } from './drillPages';
import { NotificationBell, NotificationCentre } from './notificationPages';
import { ConsolePage, IncidentPage, IntakePage, type Registration } from './pages';

const SHOTS = 'test-results/screenshots';

const productDefect: Registration = {
  channel: '24小时热线',
  category: '产品质量',
  urgency: '紧急',
  name: '刘芳',
  phone: '13698765432',
  address: '城南区湖滨路8号',
  subject: '电热水壶漏电',
  place: '城南门店',
  content: '购买的电热水壶使用两次后外壳带电，家中老人被电击，已有多名顾客在社交媒体反映同样问题。',
  expected: '召回同批次产品，赔偿医疗费用并公开说明',
  people: 1,
  amount: 2000,
};

declare global {
  interface Window {
    __shownNotices?: string[];
  }
}

/** Records every desktop notice the page creates, so the test can count them. */
async function recordDesktopNotices(page: Page) {
  await page.addInitScript(() => {
    const Native = window.Notification;
    const shown: string[] = [];
    window.__shownNotices = shown;
    class Recorded extends Native {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        shown.push(title);
      }
    }
    Object.defineProperty(window, 'Notification', { value: Recorded, configurable: true });
  });
}

const HOUR = 3_600_000;

/** An instant as the centre shows it: "2026-11-26 07:15", China time. */
function chinaText(ms: number): string {
  return new Date(ms + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ');
}

/** The deadline the incident page shows for a stage, as an instant. */
async function deadlineOf(page: Page, stage: string): Promise<number> {
  const clock = page.getByRole('listitem', { name: stage });
  // Shown once the stage's clock has started (the command that starts it may still be landing).
  await expect(clock).toContainText(/期限 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  const due = (await clock.textContent()) ?? '';
  const deadline = chinaTime(/期限 (\d{4}-\d{2}-\d{2} \d{2}:\d{2})/.exec(due)?.[1] ?? '');
  expect(Number.isFinite(deadline)).toBe(true);
  return deadline;
}

/** "2026-11-26 24:00" (plan-local, China time) as an instant. */
function chinaTime(text: string): number {
  const [date, time] = text.trim().split(' ') as [string, string];
  if (time === '24:00') return Date.parse(`${date}T00:00:00+08:00`) + 86_400_000;
  return Date.parse(`${date}T${time}:00+08:00`);
}

test.use({ permissions: ['notifications'] });

test('announces a level-1 incident, lists it with its number, records who acknowledged it, and warns before a deadline', async ({
  page,
}) => {
  await recordDesktopNotices(page);
  const console = new ConsolePage(page);
  const intake = new IntakePage(page);
  const incident = new IncidentPage(page);
  const bell = new NotificationBell(page);
  const centre = new NotificationCentre(page);

  await console.open();
  await console.signIn('陈晓');
  await bell.expectWaiting(0);
  await intake.open();
  const { incident: number } = await intake.register(productDefect);
  await incident.openFromBoard(number);
  await incident.run('确认有效，予以受理');

  await console.switchOperator('王建国');
  await incident.run('确认分级', { 级别: '一级', 理由: '顾客受伤且社交媒体已有传播，可能引发媒体关注' });
  await incident.expectStage('待启动响应');

  // The bell counts it, the desktop notice shows it once, the tab title carries the count.
  await bell.expectWaiting(1);
  await expect(page).toHaveTitle('(1) 应急指挥台');
  const title = `一级事件 ${number}`;
  await expect.poll(() => page.evaluate(() => window.__shownNotices ?? [])).toEqual([title]);
  await bell.open();
  await expect(bell.item(title)).toContainText('一级事件');
  await expect(bell.item(title)).toContainText(`事件 ${number}`);
  await page.screenshot({ path: `${SHOTS}/notifications-bell-zh.png` });

  // The centre lists it with the incident's number, never its id.
  await bell.dropdown().getByRole('link', { name: '查看全部' }).click();
  await expect(page.getByRole('heading', { name: '通知中心', level: 1 })).toBeVisible();
  const item = centre.item(title);
  await expect(item).toContainText('已定为一级投诉，请立即报告领导小组并启动一级响应');
  await expect(item.getByRole('link', { name: `事件 ${number}` })).toBeVisible();
  await expect(item).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  await page.screenshot({ path: `${SHOTS}/notifications-centre-zh.png`, fullPage: true });

  await centre.acknowledge(title);
  await bell.expectWaiting(0);
  // The tab counts what the bell counts.
  await expect(page).toHaveTitle('应急指挥台');
  await expect(page.getByText('没有未确认的通知。')).toBeVisible();
  await centre.show('全部');
  await expect(centre.item(title)).toContainText(/王建国 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 确认/);
  await expect(centre.item(title).getByRole('button', { name: '确认', exact: true })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/notifications-history-zh.png` });

  // The acknowledgement is on the incident's record too; the number link opens it.
  await centre
    .item(title)
    .getByRole('link', { name: `事件 ${number}` })
    .click();
  await expect(page.getByRole('heading', { name: new RegExp(number) })).toBeVisible();
  await expect(incident.timeline()).toContainText('确认一级事件通知');

  // Two hours before the investigation deadline (the default lead time), a due-soon notice.
  const deadline = await deadlineOf(page, '调查核实');
  await page.clock.setFixedTime(new Date(deadline - 2 * HOUR + 60_000));
  await page.reload();
  await console.signIn('王建国');
  await expect(page.getByRole('heading', { name: new RegExp(number) })).toBeVisible();
  const soon = `${number} 调查核实即将到期`;
  await expect.poll(() => page.evaluate(() => window.__shownNotices ?? []), { timeout: 20_000 }).toContain(soon);
  await centre.open();
  await expect(centre.item(soon)).toContainText('调查核实期限为');
  // Raised a minute after its instant, with the console open: on time, so no second time shown.
  await expect(centre.item(soon)).toContainText(`提醒时间 ${chinaText(deadline - 2 * HOUR + 60_000)}`);
  await expect(centre.item(soon)).not.toContainText('应于');
  // The 30-minute report to the leading group ran out long before: overdue, and urgent, raised
  // only now (the console's clock jumped past it), and it says so.
  await expect(centre.item(`${number} 报告领导小组已超时`)).toBeVisible();
  await expect(centre.item(`${number} 报告领导小组已超时`)).toContainText(/应于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 提醒/);
  await bell.expectWaiting(2);
  // The due-soon and the overdue report wait for acknowledgement: two, in the bell and the tab.
  await expect(page).toHaveTitle('(2) 应急指挥台');
  await bell.open();
  await page.screenshot({ path: `${SHOTS}/notifications-bell-due-soon-zh.png` });
  await page.keyboard.press('Escape');
  await expect(bell.dropdown()).toHaveCount(0);

  // The same centre in English: words translated, numbers as they are.
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
  await expect(centre.item(`${number}: Investigation due soon`)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/notifications-centre-en.png`, fullPage: true });
  await page.getByRole('button', { name: 'Notifications: 2 unacknowledged' }).click();
  await expect(bell.dropdown()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/notifications-bell-en.png` });
});

test('an alert missed while the console was closed shows when it was raised and when it was due', async ({ page }) => {
  const console = new ConsolePage(page);
  const intake = new IntakePage(page);
  const incident = new IncidentPage(page);
  const bell = new NotificationBell(page);
  const centre = new NotificationCentre(page);

  await console.open();
  await console.signIn('陈晓');
  await intake.open();
  const { incident: number } = await intake.register(productDefect);
  await incident.openFromBoard(number);
  await incident.run('确认有效，予以受理');

  // The investigation's due-soon alert is due two hours before its deadline; the console is
  // next opened an hour and a half after that (say, the PC was off overnight).
  const deadline = await deadlineOf(page, '调查核实');
  const dueSoonAt = deadline - 2 * HOUR;
  const openedAt = dueSoonAt + 90 * 60_000;
  await page.clock.setFixedTime(new Date(openedAt));
  await page.reload();
  await console.signIn('陈晓');
  await centre.open();
  const soon = centre.item(`${number} 调查核实即将到期`);
  await expect(soon).toBeVisible({ timeout: 20_000 });
  // Raised when the console was there to raise it, not when it was due; and the due time besides.
  await expect(soon).toContainText(`提醒时间 ${chinaText(openedAt)}`);
  await expect(soon).toContainText(`应于 ${chinaText(dueSoonAt)} 提醒`);
  await page.screenshot({ path: `${SHOTS}/notifications-late-zh.png`, fullPage: true });

  await bell.open();
  await expect(bell.item(`${number} 调查核实即将到期`)).toContainText(`应于 ${chinaText(dueSoonAt)} 提醒`);
  await page.keyboard.press('Escape');

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(centre.item(`${number}: Investigation due soon`)).toContainText(`Alerted ${chinaText(openedAt)}`);
  await expect(centre.item(`${number}: Investigation due soon`)).toContainText(`Alert was due ${chinaText(dueSoonAt)}`);
  await page.screenshot({ path: `${SHOTS}/notifications-late-en.png`, fullPage: true });
});

test('a live level-1 incident keeps repeating while a trainer runs a drill', async ({ page }) => {
  await recordDesktopNotices(page);
  await page.clock.install({ time: new Date('2026-11-23T10:00:00+08:00') });
  const console = new ConsolePage(page);
  const intake = new IntakePage(page);
  const incident = new IncidentPage(page);
  const mode = new ModeSwitch(page);

  await console.open();
  await console.signIn('陈晓');
  await intake.open();
  const { incident: number } = await intake.register(productDefect);
  await incident.openFromBoard(number);
  await incident.run('确认有效，予以受理');
  await console.switchOperator('王建国');
  await incident.run('确认分级', { 级别: '一级', 理由: '顾客受伤且社交媒体已有传播，可能引发媒体关注' });
  const title = `一级事件 ${number}`;
  await expect.poll(() => page.evaluate(() => window.__shownNotices ?? [])).toEqual([title]);

  // Nobody acknowledges it; a trainer switches this window to 演练.
  await mode.enterDrill();
  // The default repeat is every 10 minutes. The first repeat was registered before the switch;
  // every later one is registered only once the one before is recorded, drill or not.
  // (Its live deadlines are told too: the 30-minute report to the leading group runs out meanwhile.)
  const levelOneNotices = () => page.evaluate((wanted) => (window.__shownNotices ?? []).filter((shown) => shown === wanted), title);
  for (const told of [2, 3, 4]) {
    await page.clock.fastForward('10:00');
    await page.clock.fastForward('01:00');
    await expect.poll(levelOneNotices, { timeout: 20_000 }).toEqual(Array<string>(told).fill(title));
  }
  // Nobody touched the console meanwhile: the seat locked itself, and the alerts went on behind the lock.
  await expect(page.getByRole('heading', { name: '席位已锁定' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__shownNotices ?? [])).toContain(`${number} 报告领导小组已超时`);
});
