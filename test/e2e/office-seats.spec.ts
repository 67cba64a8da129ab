// Several seats of one office (设置 → 办公室服务器): each browser context is a PC with its own store,
// all joined to one office server (`npm run office-server` on a throwaway PostgreSQL). The duty
// desk registers, the leader activates at his desk, the publicity lead signs at hers, and each sees
// the others' work; a seat cut off from the office keeps working and its registrations get office
// numbers when it is back; two seats acting on one incident at once get the office's decision.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { FUEL_DISPUTE } from '../fixtures/registrations';
import { kill, oneTimeCode, startServer } from '../server/officeProcess';
import { freePort, startCluster, type Cluster } from '../server/pgCluster';
import { ModeSwitch, TrainerConsole } from './drillPages';
import {
  ConsolePage,
  IncidentInstructions,
  IncidentPage,
  InstructionInbox,
  IntakePage,
  LEADER,
  PASSWORD,
  type Registration,
} from './pages';

const SHOTS = 'test-results/screenshots';

let cluster: Cluster;
let server: ChildProcess;
let address: string;
const contexts: BrowserContext[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startCluster();
  const port = await freePort();
  server = await startServer(cluster.url, port);
  address = `127.0.0.1:${port}`;
});

test.afterAll(async () => {
  for (const context of contexts) await context.close();
  if (server) kill(server);
  cluster?.stop();
});

/** A PC of the office: its own browser profile (store), with the console open. */
async function newSeat(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await page.goto('/');
  return page;
}

/** The leader (signed in) joins this seat to the office with a fresh one-time code for `name`. */
async function join(page: Page, name: string, expected: RegExp) {
  const { code } = oneTimeCode(cluster.url, name);
  await new ConsolePage(page).nav('设置').click();
  const panel = page.getByRole('region', { name: '办公室服务器' });
  await panel.getByLabel('服务器地址').fill(address);
  await panel.getByLabel('一次性代码').fill(code);
  await panel.getByRole('button', { name: '连接并预览' }).click();
  await expect(panel).toContainText(expected);
  // Whoever joins signs in at the office with it.
  await panel.getByLabel(/的密码（加入后在办公室服务器上登录）/).fill(PASSWORD);
  await panel.screenshot({ path: `${SHOTS}/office-join-preview-zh.png` });
  await panel.getByRole('button', { name: '加入办公室' }).click();
  await expect(panel.getByRole('status').filter({ hasText: '已作为' })).toContainText(`已作为“${name}”加入办公室`);
  await expect(page.locator('.office-chip')).toHaveText('办公室：已同步');
}

const complaintOf = (subject: string): Registration => ({ ...FUEL_DISPUTE, subject });

test('one picture across seats: registered at the duty desk, activated by the leader, signed by the publicity lead', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // The duty desk: its accounts are opened before it joins, so the office has them.
  const duty = await newSeat(browser);
  const dutyConsole = new ConsolePage(duty);
  await dutyConsole.signIn('赵敏');
  await dutyConsole.switchOperator('陈晓');
  await dutyConsole.switchOperator(LEADER);
  // Bad input changes nothing: an address that is not one is said at its field.
  await dutyConsole.nav('设置').click();
  const panel = duty.getByRole('region', { name: '办公室服务器' });
  await panel.getByLabel('服务器地址').fill('http://');
  await panel.getByRole('button', { name: '连接并预览' }).click();
  await expect(panel.getByText('请填写服务器地址，例如 192.168.1.20:8443。')).toBeVisible();
  await expect(panel.locator('.field', { has: duty.getByLabel('一次性代码') })).toContainText('此项必填');
  // A fingerprint that is not one is said at its field, and nothing is asked of the server.
  await panel.getByLabel('服务器地址').fill(address);
  await panel.getByLabel('一次性代码').fill('AAAA-BBBB-CCCC');
  await panel.getByLabel('证书指纹（https 地址）').fill('AB:CD');
  await panel.getByRole('button', { name: '连接并预览' }).click();
  await expect(panel.getByText('证书指纹应为 64 位十六进制数（可带冒号），如 AB:CD:…，且服务器地址须以 https:// 开头。')).toBeVisible();
  await expect(panel.getByRole('alert').filter({ hasText: '办公室服务器不接受' })).toHaveCount(0);
  await panel.screenshot({ path: `${SHOTS}/office-join-form-zh.png` });
  await panel.getByLabel('证书指纹（https 地址）').fill('');
  // A code the office never gave is refused in its words.
  await panel.getByLabel('服务器地址').fill(address);
  await panel.getByLabel('一次性代码').fill('AAAA-BBBB-CCCC');
  await panel.getByRole('button', { name: '连接并预览' }).click();
  await expect(panel.getByRole('alert')).toContainText('办公室服务器不接受这个一次性代码');
  await join(duty, '值班席', /办公室服务器上还没有数据：本席位的预案、组织和 \d+ 条记录将上传/);
  await duty.screenshot({ path: `${SHOTS}/office-joined-zh.png` });

  // The leader's desk and the publicity lead's take the office's picture.
  const leader = await newSeat(browser);
  const leaderConsole = new ConsolePage(leader);
  await leaderConsole.signIn(LEADER);
  await join(leader, '领导席', /办公室服务器上已有 \d+ 条数据：本席位将改用办公室的预案、组织和记录/);
  const publicity = await newSeat(browser);
  const publicityConsole = new ConsolePage(publicity);
  await publicityConsole.signIn(LEADER);
  await join(publicity, '宣传组席', /本席位将改用办公室的预案、组织和记录/);
  // 赵敏's account came from the office.
  await publicityConsole.switchOperator('赵敏');

  // The duty officer registers and grades.
  await dutyConsole.switchOperator('陈晓');
  const intake = new IntakePage(duty);
  await intake.open();
  const numbers = await intake.register(FUEL_DISPUTE);
  const dutyIncident = new IncidentPage(duty);
  await dutyIncident.openFromBoard(numbers.incident);
  await dutyIncident.run('确认有效，予以受理');
  await dutyIncident.run('确认分级', { 级别: '一级', 理由: '现场群众聚集且记者到场，可能引发媒体关注' });
  await dutyIncident.expectStage('待启动响应');

  // The leader, at his own desk, finds it on the board and activates the response.
  const leaderIncident = new IncidentPage(leader);
  await leaderIncident.openFromBoard(numbers.incident);
  await leaderIncident.expectStage('待启动响应');
  await leaderIncident.run('启动应急响应', { 备注: '成立专项处理小组' });
  await leaderIncident.expectStage('调查核实');
  // The duty desk sees it within a second.
  await expect(duty.locator('.header-badges')).toContainText('调查核实', { timeout: 1_000 });
  await new IncidentInstructions(leader).issueStandard();

  // The publicity lead signs her team's instruction at her desk.
  const inbox = new InstructionInbox(publicity);
  await inbox.open('宣传引导组');
  const toSign = inbox.item('待签收', '宣传引导组');
  await expect(toSign).toContainText(numbers.incident);
  await inbox.command(toSign, '签收');
  await expect(inbox.item('办理中', '宣传引导组')).toBeVisible();

  // The duty desk sees 已签收 on the incident.
  const dutyInstructions = new IncidentInstructions(duty);
  await expect(dutyInstructions.item('宣传引导组')).toContainText('已签收');
  await expect(dutyInstructions.item('信息收集组')).toContainText('待签收');
  await duty.screenshot({ path: `${SHOTS}/office-duty-sees-signed-zh.png` });

  // Cut off from the office, the duty desk keeps registering; the leader's desk registers meanwhile.
  await duty.context().setOffline(true);
  await intake.open();
  const first = await intake.register(complaintOf('离线登记：城东加油站油品质量'));
  const second = await intake.register(complaintOf('离线登记：城东加油站发票'));
  await expect(duty.locator('.office-chip')).toHaveText('办公室：未连接（2 项待发送）');
  // Its receipt, printed meanwhile, says the number is the desk's own until the office confirms it.
  const dutyIncidentPage = new IncidentPage(duty);
  await dutyIncidentPage.openFromBoard(first.incident);
  await duty.getByRole('link', { name: '受理回执' }).first().click();
  await expect(duty.getByRole('main')).toContainText(`${first.complaint}（暂编：本席位尚未连上办公室服务器`);
  await duty.screenshot({ path: `${SHOTS}/office-provisional-receipt-zh.png` });
  await duty.locator('.topbar').screenshot({ path: `${SHOTS}/office-offline-chip-zh.png` });
  await new IntakePage(leader).open();
  const meanwhile = await new IntakePage(leader).register(complaintOf('领导席登记：城西加油站'));
  expect(meanwhile.complaint).toBe(first.complaint);

  // Back in touch: both arrive with office numbers, none twice, and every seat has them.
  await duty.context().setOffline(false);
  await expect(duty.locator('.office-chip')).toHaveText('办公室：已同步', { timeout: 15_000 });
  // The receipt now shows the office's number, with no mark.
  await expect(duty.getByRole('main')).not.toContainText('暂编');
  await dutyConsole.nav('事件看板').click();
  const board = duty.getByRole('main');
  await expect(board).toContainText('离线登记：城东加油站发票');
  await leaderConsole.nav('事件看板').click();
  await expect(leader.getByRole('main')).toContainText('离线登记：城东加油站油品质量');
  await expect(leader.getByRole('main')).toContainText('离线登记：城东加油站发票');
  const shown = await leader.getByRole('main').getByRole('link', { name: /^SJ-/ }).allTextContents();
  expect(new Set(shown).size).toBe(shown.length);
  expect(shown).toContain(meanwhile.incident);
  expect(second.complaint).not.toBe('');
});

test('two seats act on one incident at once: the office takes the first and tells the second in its words', async () => {
  test.setTimeout(240_000);
  const [duty, leader] = contexts.slice(0, 2).map((context) => context.pages()[0]!);
  const dutyConsole = new ConsolePage(duty!);
  const intake = new IntakePage(duty!);
  await intake.open();
  const numbers = await intake.register(complaintOf('两席位同时处理：城北加油站'));
  const leaderIncident = new IncidentPage(leader!);
  await leaderIncident.openFromBoard(numbers.incident);
  const dutyIncident = new IncidentPage(duty!);
  await dutyIncident.openFromBoard(numbers.incident);

  // Both act while neither hears from the office; the leader's reaches it first.
  await duty!.context().setOffline(true);
  await leader!.context().setOffline(true);
  await dutyIncident.run('不予受理', { 类型: '特殊投诉（恶意、重复、不属受理范围）', 理由: '重复来电，已在处理' });
  await leaderIncident.run('确认有效，予以受理');
  await expect(duty!.locator('.office-chip')).toHaveText('办公室：未连接（1 项待发送）');
  await expect(leader!.locator('.office-chip')).toHaveText('办公室：未连接（1 项待发送）');
  await leader!.context().setOffline(false);
  await expect(leader!.locator('.office-chip')).toHaveText('办公室：已同步', { timeout: 15_000 });
  await duty!.context().setOffline(false);

  // The duty officer is told, and the seat shows the office's incident again.
  const refusal = duty!.locator('.office-refusals');
  await expect(refusal).toContainText('办公室服务器未接受你', { timeout: 15_000 });
  await expect(refusal).toContainText('事件处置步骤');
  await expect(refusal).toContainText('本席位已恢复为办公室的记录');
  await dutyIncident.expectStage('待分级');
  // Its own entry on the timeline went with it; the leader's stays.
  await expect(dutyIncident.timeline()).not.toContainText('重复来电，已在处理');
  await expect(dutyIncident.timeline()).toContainText('审查确认：有效投诉，予以受理');
  await expect(duty!.locator('.office-chip')).toHaveText('办公室：已同步');
  await duty!.screenshot({ path: `${SHOTS}/office-refused-zh.png` });
  await refusal.getByRole('button', { name: '知道了' }).click();
  await expect(refusal).toHaveCount(0);
  await dutyConsole.nav('事件看板').click();
});

test('a drill the trainer starts reaches the other seat in rehearsal mode only', async () => {
  test.setTimeout(240_000);
  const [duty, leader] = contexts.slice(0, 2).map((context) => context.pages()[0]!) as [Page, Page];
  // The leader runs the rehearsal from his desk.
  await new ModeSwitch(leader).enterDrill();
  const trainer = new TrainerConsole(leader);
  const run = await trainer.create('加油站加油数量纠纷');
  expect(run).toMatch(/^YL-\d{8}-\d{2}$/);
  await trainer.button('开始演练').click();
  await expect(trainer.inject(1)).toContainText('已注入 T+0');
  const link = trainer.inject(1).getByRole('link', { name: /^查看事件 YL-SJ-/ });
  const incident = ((await link.textContent()) ?? '').replace('查看事件 ', '');

  // The duty desk, still live, sees nothing of it.
  const dutyConsole = new ConsolePage(duty);
  await dutyConsole.nav('事件看板').click();
  await expect(duty.getByRole('main')).toContainText('两席位同时处理：城北加油站');
  await expect(duty.getByRole('main')).not.toContainText('YL-SJ-');
  // In rehearsal mode it has the trainer's drill, under way, with its injected incident.
  await new ModeSwitch(duty).enterDrill();
  await dutyConsole.nav('事件看板').click();
  await expect(duty.getByRole('link', { name: incident })).toBeVisible({ timeout: 15_000 });
  await expect(duty.getByRole('main')).not.toContainText('两席位同时处理：城北加油站');
  await duty.screenshot({ path: `${SHOTS}/office-drill-other-seat-zh.png` });
  await new ModeSwitch(duty).returnToLive();
  await new ModeSwitch(leader).returnToLive();

  // The office server's panel and the top bar in English, at the leader's desk.
  await leader.getByRole('combobox', { name: '语言' }).selectOption('en');
  await leader.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
  const panel = leader.getByRole('region', { name: 'Office server' });
  await expect(panel).toContainText('This seat is “领导席” of the office');
  await expect(panel).toContainText('In step with the server.');
  await expect(leader.locator('.office-chip')).toHaveText('Office: in step');
  await panel.getByRole('button', { name: 'Leave the office' }).click();
  await expect(panel).toContainText('After leaving, this seat keeps its data as a local copy');
  await leader.screenshot({ path: `${SHOTS}/office-panel-en.png` });
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await leader.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
});

test('a seat whose session the office no longer holds asks for the password, then sends the work that waited', async () => {
  test.setTimeout(240_000);
  const [duty, leader] = contexts.slice(0, 2).map((context) => context.pages()[0]!) as [Page, Page];
  // The office ends every session (an administrator's revocation, or two weeks unused).
  const pool = cluster.pool();
  await pool.query('UPDATE public.sessions SET ended_at = now() WHERE ended_at IS NULL');
  await pool.end();
  const intake = new IntakePage(duty);
  await intake.open();
  await intake.register(complaintOf('会话失效后登记：城南加油站'));
  // The work waits, and the person at the seat is asked for the password the office needs.
  const banner = duty.locator('.office-awaits');
  await expect(banner).toContainText('您在本席位的操作正等待送到办公室服务器：服务器需要核验您的身份，请输入密码。', { timeout: 15_000 });
  await expect(duty.locator('.office-chip')).toHaveText('办公室：1 项待核验身份后发送');
  await banner.scrollIntoViewIfNeeded();
  await duty.screenshot({ path: `${SHOTS}/office-awaits-sign-in-zh.png` });
  // The same request in English.
  await duty.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(banner).toContainText(
    'Your work at this seat is waiting to reach the office server: the server needs to check who you are.',
  );
  await expect(duty.locator('.office-chip')).toHaveText('Office: 1 waiting for a password check');
  await banner.scrollIntoViewIfNeeded();
  await duty.screenshot({ path: `${SHOTS}/office-awaits-sign-in-en.png` });
  await duty.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  // A wrong password is said in the office's words and sends nothing; another round with the office meanwhile takes nothing typed away.
  await banner.getByLabel('密码').fill('not-the-password');
  await duty.evaluate(() => window.dispatchEvent(new Event('online')));
  await duty.waitForTimeout(500);
  await expect(banner.getByLabel('密码')).toHaveValue('not-the-password');
  await banner.getByRole('button', { name: '核验并发送' }).click();
  await expect(banner).toContainText('密码不正确');
  await banner.getByLabel('密码').fill(PASSWORD);
  await banner.getByRole('button', { name: '核验并发送' }).click();
  await expect(banner).toHaveCount(0, { timeout: 15_000 });
  await expect(duty.locator('.office-chip')).toHaveText('办公室：已同步');
  await new ConsolePage(leader).nav('事件看板').click();
  await expect(leader.getByRole('main')).toContainText('会话失效后登记：城南加油站');
});
