// What a new user tripped over on a 1280×720 screen: a saved registration's numbers and a refused
// save's first error out of view, the grade suggestion below the form, a chart named with a raw
// placeholder and cutting its figure, the board cutting the subject, and a squeezed limits table.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ConsolePage, IncidentPage, IntakePage, type Registration } from './pages';
import { OpinionPanel } from './opinionPages';
import { ReviewScreen } from './reviewPages';

const SHOTS = 'test-results/screenshots';

test.use({ viewport: { width: 1280, height: 720 } });

const fuelDispute: Registration = {
  channel: '24小时热线',
  category: '加油站数质量',
  urgency: '一般',
  name: '周建华',
  phone: '13812345678',
  subject: '城东加油站加油数量争议，车主称加油机少加油并要求现场核验',
  place: '城东加油站',
  content: '加油后发现实际加油量与油箱容量明显不符，要求核验加油机计量。',
  expected: '现场核验加油机计量，退还差额',
  people: 1,
  amount: 120,
};

async function signIn(page: Page, at = '2026-11-23T09:00:00+08:00') {
  await page.clock.setFixedTime(new Date(at));
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('王建国');
  return console;
}

test('intake brings the saved numbers into view, puts the cursor on the first wrong field and keeps the grade suggestion beside the form', async ({
  page,
}) => {
  await signIn(page);
  const intake = new IntakePage(page);
  await intake.open();
  const preview = page.getByRole('complementary', { name: '分级建议' });

  // Typing the last facts of a long form: the suggestion stays in view beside it, and follows.
  await intake.fill(fuelDispute);
  const media = page.getByLabel('已引起媒体关注', { exact: true });
  await media.check();
  await expect(media).toBeInViewport();
  await expect(preview).toBeInViewport();
  await expect(preview).toContainText('已引起媒体关注（一级）');
  const form = await page.getByRole('form', { name: '受理登记' }).boundingBox();
  const aside = await preview.boundingBox();
  expect(aside!.x).toBeGreaterThanOrEqual(form!.x + form!.width);
  await page.screenshot({ path: `${SHOTS}/intake-1280-typing.png` });

  // A refused save: the cursor is on the first field marked, and it can be seen.
  await page.getByLabel('姓名', { exact: true }).fill('');
  await page.getByLabel('联系电话', { exact: true }).fill('12345');
  await page.getByLabel('期望解决方式', { exact: true }).focus();
  await intake.save();
  await expect(intake.fieldError('姓名')).toHaveText('此项必填');
  const name = page.getByLabel('姓名', { exact: true });
  await expect(name).toBeFocused();
  await expect(name).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/intake-1280-refused.png` });

  // Saved: the numbers are in view, not a screen above the button that was pressed.
  await name.fill(fuelDispute.name);
  await page.getByLabel('联系电话', { exact: true }).fill(fuelDispute.phone);
  await page.getByRole('button', { name: '保存登记' }).scrollIntoViewIfNeeded();
  await intake.save();
  const saved = page.getByRole('status').filter({ hasText: '已登记' });
  await expect(saved).toContainText('事件编号 SJ-20261123-0001');
  await expect(saved).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/intake-1280-saved.png` });
});

/** Whether the text in an element is drawn on more than one line. */
const wraps = (cell: Locator) =>
  cell.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
  });

/** Texts and bars drawn outside the chart's own box, which the screen cuts off. */
const cutOff = (chart: Locator) =>
  chart.evaluate((figure) => {
    // The drawing is the largest svg; the legend's icons are small ones of their own.
    const svg = [...figure.querySelectorAll('svg')].reduce((a, b) =>
      b.clientWidth * b.clientHeight > a.clientWidth * a.clientHeight ? b : a,
    );
    const box = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('text, .recharts-bar-rectangle path')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return (
          r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
        );
      })
      .map((el) => el.textContent || el.tagName);
  });

test('the dashboard names its on-time chart with the number of days and shows a full 100% beside its longest bar', async ({ page }) => {
  const console = await signIn(page);
  const intake = new IntakePage(page);
  await intake.open();
  const { incident: number } = await intake.register(fuelDispute);
  const incident = new IncidentPage(page);
  await incident.openFromBoard(number);
  await incident.run('确认有效，予以受理');
  await incident.expectStage('待分级');

  await console.nav('指挥台').click();
  const panel = page.getByRole('region', { name: '各阶段按时完成率（近30天，%）' });
  await expect(panel).toBeVisible();
  await expect(page.locator('[aria-label*="{{"]')).toHaveCount(0);
  const chart = panel.getByRole('figure');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.getByText('100%')).toBeVisible();
  expect(await cutOff(chart)).toEqual([]);
  await panel.screenshot({ path: `${SHOTS}/dashboard-on-time-1280.png` });
});

test('the opinion trend draws its last period whole, bar and label', async ({ page }) => {
  await signIn(page, '2026-11-23T10:00:00+08:00');
  const intake = new IntakePage(page);
  await intake.open();
  const { incident: number } = await intake.register(fuelDispute);
  await new IncidentPage(page).openFromBoard(number);
  const opinion = new OpinionPanel(page);
  await opinion.log({
    platform: '新闻网站',
    sentiment: '负面',
    reach: '50000',
    foundAt: '2026-11-22T08:00',
    summary: '本地新闻网站报道加油站计量投诉。',
  });
  await opinion.log({
    platform: '微博',
    sentiment: '负面',
    reach: '6000',
    foundAt: '2026-11-23T08:15',
    summary: '网友发帖称加油机少加油。',
  });
  await opinion.log({ platform: '抖音', sentiment: '负面', reach: '4000', summary: '短视频拍摄加油现场争执。' });
  const chart = opinion.trend().getByRole('figure');
  await chart.scrollIntoViewIfNeeded();
  await expect(opinion.trend()).toContainText('11-23 10:00');
  expect(await cutOff(chart)).toEqual([]);
  await opinion.trend().screenshot({ path: `${SHOTS}/opinion-trend-1280.png` });
});

test('the board gives the subject the room and writes the next deadline’s date as text', async ({ page }) => {
  const console = await signIn(page);
  const intake = new IntakePage(page);
  await intake.open();
  const subject = '城东加油站加油数量争议，要求核验计量';
  const { incident: number } = await intake.register({ ...fuelDispute, subject });
  await console.nav('事件看板').click();
  const board = page.getByRole('table', { name: '事件看板' });
  const row = board.getByRole('row').filter({ hasText: number });
  const title = row.getByText(subject, { exact: true });
  await expect(title).toBeVisible();
  // The whole subject is drawn inside its cell, not cut at the cell's edge.
  expect(
    await title.evaluate((el) => {
      const cell = el.closest('[role="cell"]')!.getBoundingClientRect();
      return el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().right <= cell.right;
    }),
  ).toBe(true);
  const width = async (name: string) => (await board.getByRole('columnheader', { name }).boundingBox())!.width;
  expect(await width('事由')).toBeGreaterThan(1.5 * (await width('下一时限')));
  // Registered Monday 09:00: acceptance is due within a day, and the date is on screen, not in a tooltip.
  await expect(row.getByText('截止 11-24 09:00')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/board-1280.png` });
});

test('the review shows the time-limit table across the page, each time on one line', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, '2026-11-23T09:00:00+08:00');
  const intake = new IntakePage(page);
  const incident = new IncidentPage(page);
  await intake.open();
  const { incident: number } = await intake.register(fuelDispute);
  await incident.openFromBoard(number);
  await page.clock.setFixedTime(new Date('2026-11-23T11:00:00+08:00'));
  await incident.run('确认有效，予以受理');
  await incident.run('确认分级', { 级别: '三级' });
  await incident.run('启动应急响应');
  await incident.run('完成调查', { 调查结论: '加油机计量误差超出允许范围，少加油2.1升' });
  await incident.run('提交解决方案', { '解决方案（道歉、赔偿、整改等）': '退还差额，书面道歉，检修该加油机' });
  await incident.addCommunication('电话告知周建华调查结论和解决方案，投诉人同意', '周建华');
  await incident.run('协商一致，开始实施');
  await incident.run('实施完成');
  await incident.run('记录反馈', { 向投诉人反馈的结果及理由: '已退还差额并致歉，加油机已检修' });
  await incident.run('记录满意度', { 投诉人满意度: '满意' });
  await incident.run('关闭事件');
  await incident.expectStage('已关闭');
  const review = new ReviewScreen(page);
  await review.openFromIncident();

  const limits = review.limits();
  await limits.scrollIntoViewIfNeeded();
  await expect(limits.getByRole('row', { name: /^受理/ })).toContainText('按时完成');
  // Not squeezed: the table fits its panel without scrolling sideways, and no time breaks in two.
  expect(await limits.evaluate((table) => table.parentElement!.scrollWidth <= table.parentElement!.clientWidth)).toBe(true);
  for (const cell of await limits.getByRole('cell', { name: /^2026-11-23 \d\d:\d\d$/ }).all()) expect(await wraps(cell)).toBe(false);
  await page.screenshot({ path: `${SHOTS}/review-1280.png` });
  await limits.screenshot({ path: `${SHOTS}/review-limits-1280.png` });
});
