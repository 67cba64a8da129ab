// Every screen of the console checked with axe-core against WCAG 2.1 A and AA: no serious or
// critical violation. Screens that show one record are visited with a real one (an incident
// registered here, its complainant, a team, the plan; in rehearsal mode a run, a scenario and a
// notice), so what is checked is a screen with content, not an empty "not found". A route added
// to renderer/App.tsx and missing here fails the first test.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { QuickPathForm } from './acknowledgementPages';
import { DrillNoticeList } from './drillNoticePages';
import { ModeSwitch, TrainerConsole } from './drillPages';
import { ConsolePage, IncidentPage, IntakePage, type Registration } from './pages';
import { PetitionPage, PetitionsPage, petitionOf } from './petitionPages';
import { ReportsPanel } from './reportPages';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The live screens, as App.tsx writes their paths; `:name` is filled with a record seeded below. */
const LIVE_ROUTES = [
  '/',
  '/intake',
  '/intake/attach/:incidentId',
  '/board',
  '/incidents/:id',
  '/incidents/:id/summary',
  '/incidents/:closedId/review',
  '/incidents/:closedId/review/print',
  '/complaints/:complaintId/acknowledgement',
  '/inbox',
  '/inbox/:teamId',
  '/organisation',
  '/roster',
  '/contacts',
  '/plan',
  '/plan/templates',
  '/plan/print/:planId',
  '/exchange',
  '/notifications',
  '/settings',
  '/resources',
  '/statistics',
  '/calendar',
  '/opinion',
  '/callbacks',
  '/programme',
  '/petitions',
  '/petitions/:petitionId',
  '/petitions/:petitionId/print/:paper',
  '/intake/from-opinion/:opinionIds',
  '/incidents/:id/reports/:reportId/print',
  '/incidents/:archivedId/dossier',
  '/calendar/:year',
  // The wall display, outside the shell (App.tsx's Seat).
  '/bigscreen',
];
/** Rehearsal mode's own screens (App.tsx's DrillScreens). */
const DRILL_ROUTES = [
  '/drill',
  '/drill/runs/:runId',
  '/drill/runs/:runId/evaluation',
  '/drill/runs/:runId/report',
  '/drill/scenarios',
  '/drill/scenarios/:scenarioId',
  '/drill/notices',
  '/drill/notices/:noticeId',
  '/drill/notices/:noticeId/print',
];

/** A route's address with its parameters filled in. */
function address(route: string, ids: Record<string, string>): string {
  return route.replace(/:(\w+)/g, (_, name: string) => {
    const id = ids[name];
    if (!id) throw new Error(`no seeded record for :${name} in ${route}`);
    return id;
  });
}

/** Every path App.tsx routes, with its parameters named `:param`. */
function appPaths(): string[] {
  const source = readFileSync(new URL('../../renderer/App.tsx', import.meta.url), 'utf8');
  return [...source.matchAll(/<Route path="([^"]+)"/g)].map((match) => match[1]!).filter((path) => !path.endsWith('/*?'));
}

const gasStation: Registration = {
  channel: '24小时热线',
  category: '加油站数质量',
  urgency: '紧急',
  name: '周建华',
  phone: '13812345678',
  subject: '城东加油站加油数量争议',
  place: '城东加油站',
  content: '加油后发现实际加油量与油箱容量明显不符，现场围观群众聚集。',
  expected: '现场核验加油机计量，退还差额',
  people: 12,
};

const overcharged: Registration = {
  channel: '现场来访',
  category: '服务质量',
  urgency: '一般',
  name: '李芳',
  phone: '13712345678',
  subject: '门店收银多收费用',
  place: '城西门店',
  content: '结账时发现小票金额比标价多收了12元，要求核对并退还。',
  expected: '退还多收的12元',
};
const settledOnTheSpot = {
  result: '当场核对小票与价签，确认收银员误按价格，退还多收的12元。',
  feedback: '已向投诉人说明多收原因并当面退款致歉。',
  satisfaction: '满意' as const,
};

/** The serious and critical violations on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}): ${node.target.join(' ')} ${node.html.slice(0, 200)} — ${node.failureSummary?.split('\n').join(' ')}`,
      ),
    );
}

/** Goes to a screen by its address without reloading (a reload would ask for the operator again). */
async function visit(page: Page, route: string) {
  await page.evaluate((hash) => (window.location.hash = hash), `#${route}`);
  await expect.soft(page.getByRole('heading', { level: 1 }).first(), `the screen at ${route}`).toBeVisible();
  // Live queries fill a screen in steps: check it once the page has stopped changing (a ticking
  // clock never stops, so at most 3 s).
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let quiet = setTimeout(done, 300);
        const limit = setTimeout(done, 3_000);
        const observer = new MutationObserver(() => {
          clearTimeout(quiet);
          quiet = setTimeout(done, 300);
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        function done() {
          observer.disconnect();
          clearTimeout(quiet);
          clearTimeout(limit);
          resolve();
        }
      }),
  );
}

async function expectAccessible(page: Page, route: string) {
  await visit(page, route);
  expect.soft(await seriousViolations(page), `axe on ${route}`).toEqual([]);
}

/** The id at the end of the current address (#/incidents/<id>…). */
function idIn(href: string | null, before: string): string {
  const match = new RegExp(`${before}/([^/?#]+)`).exec(href ?? '');
  if (!match) throw new Error(`no id after ${before} in ${href}`);
  return match[1]!;
}

test('checks every screen the console routes', () => {
  const checked = [...LIVE_ROUTES, ...DRILL_ROUTES].map((route) => route.replace(/:\w+/g, ':param'));
  const routed = appPaths().map((path) => path.replace(/:\w+/g, ':param'));
  expect(routed.length).toBeGreaterThan(20);
  expect(routed.filter((path) => !checked.includes(path))).toEqual([]);
});

test('every live screen has no serious or critical accessibility violation', async ({ page }) => {
  test.setTimeout(240_000);
  const console = new ConsolePage(page);
  await console.open();
  await expect(page.getByRole('button', { name: '创建并登录' })).toBeVisible();
  expect.soft(await seriousViolations(page), 'axe on the first run').toEqual([]);
  await console.signIn('陈晓');
  await console.signOut();
  await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible();
  expect.soft(await seriousViolations(page), 'axe on the sign-in').toEqual([]);
  await console.signIn('陈晓');
  // The board before anything is registered shows an invitation instead of rows.
  await expectAccessible(page, '/board');

  await new IntakePage(page).open();
  const { incident: number } = await new IntakePage(page).register(gasStation);
  const complaintId = idIn(await page.getByRole('status').getByRole('link', { name: '受理回执' }).getAttribute('href'), 'complaints');
  await new IncidentPage(page).openFromBoard(number);
  const incidentId = idIn(page.url(), 'incidents');
  // A second complaint settled at the desk: a closed incident, so its review can be written.
  await new IntakePage(page).open();
  await new IntakePage(page).fill(overcharged);
  const quick = new QuickPathForm(page);
  await quick.fill(settledOnTheSpot);
  await quick.settle();
  const closedId = idIn(await page.getByRole('status').getByRole('link', { name: '查看事件' }).getAttribute('href'), 'incidents');

  await visit(page, '/inbox');
  const teamSelect = page.getByLabel('收件对象', { exact: true });
  await teamSelect.selectOption({ index: 1 });
  const teamId = idIn(page.url(), 'inbox');

  await visit(page, '/plan');
  const planId = idIn(await page.locator('a[href*="/plan/print/"]').first().getAttribute('href'), 'plan/print');

  // A report upward: the incident graded level 2, its response activated and its 首报 drafted.
  await new IncidentPage(page).openFromBoard(number);
  await new IncidentPage(page).run('确认有效，予以受理');
  await new IncidentPage(page).run('确认分级', { 级别: '二级', 理由: '群体投诉，现场聚集' });
  await new IncidentPage(page).run('启动应急响应');
  await new ReportsPanel(page).draft('首报');
  const reportId = idIn(await page.getByRole('link', { name: '打印报告' }).getAttribute('href'), 'reports');
  // An item watched before any incident, taken towards one (立为事件 opens the intake with it).
  await visit(page, '/opinion');
  await page.getByRole('button', { name: '登记舆情' }).click();
  const opinion = page.getByRole('form', { name: '登记舆情' });
  await opinion.getByLabel('平台', { exact: true }).selectOption({ label: '微博' });
  await opinion.getByLabel('倾向', { exact: true }).selectOption({ label: '负面' });
  await opinion.getByLabel('估计触达（人次）', { exact: true }).fill('6000');
  await opinion.getByLabel('内容摘要', { exact: true }).fill('网友称加油站少加油');
  await opinion.getByRole('button', { name: '保存舆情' }).click();
  await page.getByRole('checkbox', { name: /网友称加油站少加油/ }).check();
  await page.getByRole('button', { name: '立为事件' }).click();
  const opinionIds = idIn(page.url(), 'intake/from-opinion');

  // The settled incident archived: its 卷宗 is a screen of its own.
  await visit(page, `/incidents/${closedId}`);
  // Filed complete: the call-back made first.
  const calls = page.getByRole('region', { name: '回访', exact: true });
  await calls.getByRole('button', { name: '记录回访' }).click();
  await calls.getByLabel('回访方式', { exact: true }).selectOption({ label: '电话' });
  await calls.getByLabel('满意度', { exact: true }).selectOption({ label: '满意' });
  await calls.getByLabel('回访情况', { exact: true }).fill('投诉人表示满意。');
  await calls.getByRole('button', { name: '保存回访记录' }).click();
  await expect(calls.getByRole('status')).toContainText('已于');
  await page.getByRole('region', { name: '归档', exact: true }).getByRole('button', { name: '归档' }).click();
  await expect(page.getByRole('region', { name: '归档', exact: true }).getByRole('status')).toContainText('已归档');

  // A petition accepted and answered, so its 答复意见书 prints.
  const petitions = new PetitionsPage(page);
  await petitions.open();
  await petitions.register(petitionOf(gasStation, '2026-01-01T09:00'));
  const petitionId = idIn(page.url(), 'petitions');
  const petition = new PetitionPage(page);
  await petition.step('受理决定', { 受理决定: '受理' }, '保存决定');
  await petition.step('答复', { 意见: '已核验加油机计量并退还差额。' }, '保存意见');

  const ids = {
    id: incidentId,
    petitionId,
    paper: 'answer',
    incidentId,
    closedId,
    archivedId: closedId,
    complaintId,
    teamId,
    planId,
    reportId,
    opinionIds,
    year: '2027',
  };
  for (const route of LIVE_ROUTES) await expectAccessible(page, address(route, ids));
});

test('every rehearsal screen has no serious or critical accessibility violation', async ({ page }) => {
  test.setTimeout(180_000);
  const console = new ConsolePage(page);
  await console.open();
  await console.appointTrainer('陈晓');
  await console.signIn('陈晓');
  await new ModeSwitch(page).enterDrill();
  const trainer = new TrainerConsole(page);
  await trainer.create('加油站加油数量纠纷');
  const runId = idIn(page.url(), 'drill/runs');
  // Started and finished at once: the evaluation and its report exist only for a finished run.
  await trainer.button('开始演练').click();
  await trainer.finish();

  await visit(page, '/drill/scenarios');
  const scenarioId = idIn(await page.locator('a[href*="/drill/scenarios/"]').first().getAttribute('href'), 'drill/scenarios');

  const notices = new DrillNoticeList(page);
  await notices.open();
  await notices.create();
  await notices.form().fill({ startsAt: '2026-11-27T09:00', endsAt: '2026-11-27T11:30', place: '城东加油站', personInCharge: '陈晓' });
  await notices.form().save();
  await expect(page).toHaveURL(/#\/drill\/notices\/[0-9a-f-]{36}$/);
  const noticeId = idIn(page.url(), 'drill/notices');

  const ids = { runId, scenarioId, noticeId };
  for (const route of DRILL_ROUTES) await expectAccessible(page, address(route, ids));
  // A notice not yet saved has a form of its own.
  await expectAccessible(page, '/drill/notices/new');
});
