// The command dashboard and the wall display, checked against what the database holds.
import { expect, test, type Page } from '@playwright/test';
import { ConsolePage, IncidentInstructions, IncidentPage, IntakePage, type Registration } from './pages';

const SHOTS = 'test-results/screenshots';
const base: Registration = {
  channel: '24小时热线',
  category: '产品质量',
  urgency: '一般',
  name: '顾客',
  phone: '13900001111',
  subject: '某型号电热水壶底座漏电',
  place: '线上商城',
  content: '使用两周后底座漏电，插电时有麻手感。',
  expected: '退货退款',
};

/** Live incidents by level and phase, counted straight from IndexedDB. */
async function matrixFromDatabase(page: Page) {
  return page.evaluate(async () => {
    const phases: Record<string, string> = {
      registered: 'intake',
      verified: 'intake',
      graded: 'intake',
      investigating: 'handling',
      solution: 'handling',
      approval: 'handling',
      communicating: 'negotiation',
      implementing: 'negotiation',
      escalated: 'negotiation',
      feedback: 'closing',
      evaluating: 'closing',
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('complaint-console');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const incidents = await new Promise<{ level: number | null; state: string }[]>((resolve) => {
      const request = db.transaction('incidents').objectStore('incidents').getAll();
      request.onsuccess = () => resolve(request.result as { level: number | null; state: string }[]);
    });
    db.close();
    const counts: Record<string, number> = {};
    for (const i of incidents) {
      const phase = phases[i.state];
      if (phase) counts[`${i.level ?? 'none'}:${phase}`] = (counts[`${i.level ?? 'none'}:${phase}`] ?? 0) + 1;
    }
    return counts;
  });
}

async function matrixOnScreen(page: Page) {
  const table = page.getByRole('table', { name: '在办事件（按级别和阶段）' });
  const counts: Record<string, number> = {};
  for (const level of ['1', '2', '3', 'none']) {
    const cells = await table.locator(`tr[data-level="${level}"] td`).allTextContents();
    ['intake', 'handling', 'negotiation', 'closing'].forEach((phase, i) => {
      const n = Number(cells[i]);
      if (n) counts[`${level}:${phase}`] = n;
    });
  }
  return counts;
}

test('the dashboard counts exactly what the database holds and follows changes without reload', async ({ page, context }) => {
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('陈晓');
  const intake = new IntakePage(page);
  const incident = new IncidentPage(page);
  await intake.open();
  const a = await intake.register({ ...base, name: '甲' });
  await intake.register({ ...base, name: '乙', subject: '景区索道排队纠纷', category: '景区游客安全' });
  await intake.register({ ...base, name: '丙', subject: '会员App疑似泄露用户手机号', category: '数据隐私' });
  await incident.openFromBoard(a.incident);
  await incident.run('确认有效，予以受理');
  await incident.run('确认分级', { 级别: '二级', 理由: '涉及多个部门' });
  await incident.run('启动应急响应');

  await console.nav('指挥台').click();
  await expect(page.getByRole('table', { name: '在办事件（按级别和阶段）' })).toBeVisible();
  await expect.poll(() => matrixOnScreen(page)).toEqual(await matrixFromDatabase(page));
  expect(await matrixOnScreen(page)).toEqual({ '2:handling': 1, 'none:intake': 2 });
  await expect(page.getByRole('region', { name: '今日投诉（按小时）' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/dashboard-zh.png`, fullPage: true });

  // A registration in another window shows here within a second.
  const desk = await context.newPage();
  await new ConsolePage(desk).open();
  await new ConsolePage(desk).signIn('陈晓');
  const deskIntake = new IntakePage(desk);
  await deskIntake.open();
  await deskIntake.register({ ...base, name: '丁', subject: '加油站加油数量争议', category: '加油站数质量' });
  await expect(page.locator('tr[data-level="none"] td.total')).toHaveText('3', { timeout: 1_500 });
  expect(await matrixOnScreen(page)).toEqual(await matrixFromDatabase(page));

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Command dashboard' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/dashboard-en.png`, fullPage: true });
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: '指挥台' })).toBeVisible();
});

test('the wall display fits 1920×1080 on every panel and returns with Esc, locking the seat', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('陈晓');
  const intake = new IntakePage(page);
  await intake.open();
  for (const name of ['甲', '乙', '丙', '丁'])
    await intake.register({ ...base, name, subject: `${name}反映电热水壶底座漏电，要求退货并赔偿` });
  // A level-1 incident with its standard instructions fills the overdue / due-soon strip.
  const urgent = await intake.register({
    ...base,
    name: '戊',
    subject: '电动自行车电池批量鼓包，多名车主到门店聚集，电视台记者到场采访',
    media: true,
  });
  const incident = new IncidentPage(page);
  await incident.openFromBoard(urgent.incident);
  await incident.run('确认有效，予以受理');
  await incident.run('确认分级', { 级别: '一级' });
  await console.switchOperator('王建国');
  await incident.run('启动应急响应');
  await new IncidentInstructions(page).issueStandard();
  await console.nav('指挥台').click();
  await page.getByRole('link', { name: '大屏模式' }).click();
  for (const slide of ['总览', '统计', '工作组']) {
    await expect(page.locator('.slide-dots li.current')).toHaveText(slide);
    if (slide === '总览')
      await expect(page.getByRole('list', { name: '超时与即将到期（2小时内）' })).toContainText(`${urgent.incident} 信息收集组指令`);
    const overflow = await page.evaluate(() => {
      const body = document.querySelector('.bigscreen-body')!;
      const root = document.documentElement;
      return {
        page: root.scrollWidth > window.innerWidth || root.scrollHeight > window.innerHeight,
        body: body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1,
      };
    });
    expect(overflow, slide).toEqual({ page: false, body: false });
    await page.screenshot({ path: `${SHOTS}/bigscreen-${slide}.png` });
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
  // The wall display never locks by itself; leaving it does, so the console behind it asks who is there.
  await console.unlock();
  await expect(page.getByRole('heading', { name: '指挥台', exact: true })).toBeVisible();
});

test('keyboard: Alt+N opens a new complaint, / searches the board, ? lists the shortcuts', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('陈晓');
  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('heading', { name: '受理登记' })).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: '搜索编号、投诉人、事由或地点' })).toBeFocused();
  await page.getByRole('searchbox', { name: '搜索编号、投诉人、事由或地点' }).press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: '键盘快捷键' })).toContainText('受理登记（新投诉）');
});
