// Page models: what a person sees and does, by role and label, so a changed screen is fixed here.
import { expect, type Locator, type Page } from '@playwright/test';
import { FUEL_DISPUTE } from '../fixtures/registrations';

export type Registration = {
  channel: string;
  category: string;
  urgency: string;
  name: string;
  phone: string;
  idNumber?: string;
  address?: string;
  subject: string;
  place: string;
  content: string;
  expected: string;
  people?: number;
  amount?: number;
  media?: boolean;
};

/** The password every person ends up with in a test's console, and the one-time one the leader sets. */
export const PASSWORD = 'Duty-Desk-2026';
export const ONE_TIME_PASSWORD = 'Once-2026-01';
/** The sample organisation's leader, who sets the first password. */
export const LEADER = '王建国';
const SIGN_IN_TITLE = '登录';
const FIRST_RUN = '首次使用：设置组长账户';

const answering = new WeakSet<Page>();

export class ConsolePage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/');
  }

  /**
   * Signs `name` in at this window as a person does: on a new console the leader (王建国) first sets
   * their password; someone without an account has one opened by the leader (组织机构 → 账户) with a
   * one-time password, which they change at their first sign-in. Every person ends with PASSWORD.
   */
  async signIn(name: string) {
    const p = this.page;
    this.answerPasswordPrompts();
    const firstRun = p.getByRole('heading', { name: FIRST_RUN });
    await expect(p.getByRole('heading', { name: new RegExp(`^(${SIGN_IN_TITLE}|${FIRST_RUN})$`) })).toBeVisible();
    if (await firstRun.isVisible()) {
      await p.getByLabel('设置密码').fill(PASSWORD);
      await p.getByLabel('再次输入密码').fill(PASSWORD);
      await p.getByRole('button', { name: '创建并登录' }).click();
      await expect(p.getByText(`操作员: ${LEADER}`).filter({ visible: true })).toBeVisible();
      if (name === LEADER) return;
      await this.signOut();
    }
    await p.getByRole('radio', { name: new RegExp(name) }).check();
    if (await p.getByRole('note').filter({ hasText: '尚未开设账户' }).isVisible()) {
      await this.openAccountFor(name);
      await p.getByRole('radio', { name: new RegExp(name) }).check();
      await p.getByLabel('密码', { exact: true }).fill(ONE_TIME_PASSWORD);
      await p.getByRole('button', { name: '登录', exact: true }).click();
      await p.getByLabel('当前密码').fill(ONE_TIME_PASSWORD);
      await p.getByLabel('新密码', { exact: true }).fill(PASSWORD);
      await p.getByLabel('再次输入新密码').fill(PASSWORD);
      await p.getByRole('button', { name: '修改密码并进入' }).click();
    } else {
      await p.getByLabel('密码', { exact: true }).fill(PASSWORD);
      await p.getByRole('button', { name: '登录', exact: true }).click();
    }
    await expect(p.getByText(`操作员: ${name}`).filter({ visible: true })).toBeVisible();
  }

  /**
   * The person at the seat gives their password when the console asks again (再次验证 before a
   * grave action), as they would; a test of the prompt itself stops this first.
   */
  answerPasswordPrompts() {
    if (answering.has(this.page)) return;
    answering.add(this.page);
    void this.page.addLocatorHandler(this.page.getByRole('dialog', { name: '请再次输入密码' }), async (dialog) => {
      await dialog.getByLabel('密码').fill(PASSWORD);
      await dialog.getByRole('button', { name: '确认' }).click();
    });
  }

  async stopAnsweringPasswordPrompts() {
    answering.delete(this.page);
    await this.page.removeLocatorHandler(this.page.getByRole('dialog', { name: '请再次输入密码' }));
  }

  /** The leader opens an account for `name` with the one-time password, then signs out again. */
  async openAccountFor(name: string) {
    const p = this.page;
    const where = new URL(p.url()).hash;
    await this.signIn(LEADER);
    await this.nav('组织机构').click();
    const accounts = p.getByRole('region', { name: '账户' });
    await accounts.getByRole('button', { name: `开设账户 ${name}` }).click();
    await accounts.getByRole('textbox', { name: `${name} 的一次性密码` }).fill(ONE_TIME_PASSWORD);
    await accounts.getByRole('button', { name: '保存' }).click();
    await expect(accounts.getByRole('status')).toContainText(`已为 ${name} 开设账户`);
    // Back where the test was, so the person signing in next finds the same screen.
    await p.evaluate((hash) => {
      window.location.hash = hash;
    }, where);
    await this.signOut();
  }

  /** The leader makes `name` the office's 导调员 (组织机构 → 人员名单), who then runs rehearsals. */
  async appointTrainer(name: string) {
    const p = this.page;
    await this.signIn(LEADER);
    await this.nav('组织机构').click();
    const row = p.getByRole('region', { name: '人员名单' }).getByRole('row').filter({ hasText: name });
    await row.getByRole('button', { name: '编辑' }).click();
    const form = p.getByRole('form', { name: `编辑人员：${name}` });
    await form.getByLabel('领导小组职务', { exact: true }).selectOption({ label: '导调员' });
    await form.getByRole('button', { name: '保存' }).click();
    await expect(form).toHaveCount(0);
    await this.signOut();
  }

  /** The seat locked itself (the clock ran on without a key or a click): the person gives their password. */
  async unlock() {
    const p = this.page;
    await expect(p.getByRole('heading', { name: '席位已锁定' })).toBeVisible();
    await p.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await p.getByRole('button', { name: '解锁' }).click();
    await expect(p.getByRole('heading', { name: '席位已锁定' })).toHaveCount(0);
  }

  async signOut() {
    await this.page.getByRole('button', { name: '退出登录' }).click();
    await expect(this.page.getByRole('heading', { name: SIGN_IN_TITLE, exact: true })).toBeVisible();
  }

  /** Another person takes the seat: the one signed in signs out first. */
  async switchOperator(name: string) {
    await this.signOut();
    await this.signIn(name);
  }

  nav(name: string): Locator {
    return this.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name });
  }
}

export class IntakePage {
  constructor(readonly page: Page) {}

  async open() {
    await new ConsolePage(this.page).nav('受理登记').click();
    await expect(this.page.getByRole('heading', { name: '受理登记' })).toBeVisible();
  }

  async fill(r: Registration) {
    const p = this.page;
    await p.getByLabel('受理渠道', { exact: true }).selectOption({ label: r.channel });
    await p.getByLabel('投诉分类', { exact: true }).selectOption({ label: r.category });
    await p.getByLabel('紧急程度', { exact: true }).selectOption({ label: r.urgency });
    await p.getByLabel('姓名', { exact: true }).fill(r.name);
    await p.getByLabel('联系电话', { exact: true }).fill(r.phone);
    if (r.idNumber !== undefined) await p.getByLabel('身份证号（选填）', { exact: true }).fill(r.idNumber);
    if (r.address !== undefined) await p.getByLabel('地址', { exact: true }).fill(r.address);
    await p.getByLabel('涉及产品或服务', { exact: true }).fill(r.subject);
    await p.getByLabel('发生地点', { exact: true }).fill(r.place);
    await p.getByLabel('投诉内容（事情经过）', { exact: true }).fill(r.content);
    await p.getByLabel('期望解决方式', { exact: true }).fill(r.expected);
    if (r.people !== undefined) await p.getByLabel('涉及人数', { exact: true }).fill(String(r.people));
    if (r.amount !== undefined) await p.getByLabel('涉及金额（元）', { exact: true }).fill(String(r.amount));
    if (r.media) await p.getByLabel('已引起媒体关注', { exact: true }).check();
  }

  async save() {
    await this.page.getByRole('button', { name: '保存登记' }).click();
  }

  /** Saves and returns the numbers the console assigned. */
  async register(r: Registration): Promise<{ complaint: string; incident: string }> {
    await this.fill(r);
    const status = this.page.getByRole('status').filter({ hasText: '已登记' });
    // An earlier confirmation stays on screen until the next save replaces it.
    const before = (await status.count()) > 0 ? await status.textContent() : null;
    await this.save();
    await expect(status).toBeVisible();
    if (before) await expect(status).not.toHaveText(before);
    const text = (await status.textContent()) ?? '';
    const [, complaint, incident] = /投诉编号 (\S+)，事件编号 (\S+?)(?:查看|$|\s)/.exec(text) ?? [];
    return { complaint: complaint ?? '', incident: incident ?? '' };
  }

  fieldError(label: string): Locator {
    return this.page.locator('.field', { has: this.page.getByLabel(label, { exact: true }) }).getByRole('alert');
  }
}

export class IncidentPage {
  constructor(readonly page: Page) {}

  async openFromBoard(number: string) {
    await new ConsolePage(this.page).nav('事件看板').click();
    await this.page.getByRole('link', { name: number }).click();
    await expect(this.page.getByRole('heading', { name: new RegExp(number) })).toBeVisible();
  }

  actions(): Locator {
    return this.page.getByRole('region', { name: '可执行的操作' });
  }

  /** Chooses an action, fills its fields (by label) and confirms. */
  async run(command: string, fields: Record<string, string> = {}) {
    await this.actions().getByRole('button', { name: command, exact: true }).click();
    const form = this.actions().getByRole('form', { name: command });
    for (const [label, value] of Object.entries(fields)) {
      const field = form.getByLabel(label, { exact: true });
      if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption({ label: value });
      else await field.fill(value);
    }
    await form.getByRole('button', { name: '确定' }).click();
  }

  refusal(): Locator {
    return this.actions().getByRole('alert');
  }

  async expectStage(stage: string) {
    await expect(this.page.locator('.header-badges')).toContainText(stage);
  }

  timeline(): Locator {
    return this.page.getByRole('list', { name: '时间线' });
  }

  /** Records a contact; with the complainant unless another party (沟通方) is named. */
  async addCommunication(summary: string, person: string, party?: string) {
    const panel = this.page.getByRole('region', { name: '沟通记录' });
    await panel.getByRole('button', { name: '添加沟通记录' }).click();
    if (party) await panel.getByLabel('沟通方', { exact: true }).selectOption({ label: party });
    await panel.getByLabel('沟通对象', { exact: true }).fill(person);
    await panel.getByLabel('沟通内容', { exact: true }).fill(summary);
    await panel.getByRole('button', { name: '保存记录' }).click();
    await expect(panel.getByText(summary)).toBeVisible();
  }
}

/** 组织机构: the leading group, teams and people. */
export class OrganisationPage {
  constructor(readonly page: Page) {}

  async open() {
    await new ConsolePage(this.page).nav('组织机构').click();
    await expect(this.page.getByRole('heading', { name: '组织机构', level: 1 })).toBeVisible();
  }

  team(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  personRow(name: string): Locator {
    return this.page.getByRole('region', { name: '人员名单' }).getByRole('row').filter({ hasText: name });
  }

  /** Fills a person's fields and saves; returns the form (gone once saved, there with errors if refused). */
  async editPerson(name: string, fields: Record<string, string>): Promise<Locator> {
    const form = this.page.getByRole('form', { name: `编辑人员：${name}` });
    if ((await form.count()) === 0) await this.personRow(name).getByRole('button', { name: '编辑' }).click();
    for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value);
    await form.getByRole('button', { name: '保存' }).click();
    return form;
  }

  /** Opens a team's editor and returns the form. */
  async editTeam(name: string): Promise<Locator> {
    await this.team(name).getByRole('button', { name: '编辑' }).click();
    return this.page.getByRole('form', { name: `编辑${name}` });
  }
}

/** 值班表: the week of shifts. */
export class RosterPage {
  constructor(readonly page: Page) {}

  async open() {
    await new ConsolePage(this.page).nav('值班表').click();
    await expect(this.page.getByRole('heading', { name: '值班表', level: 1 })).toBeVisible();
  }

  async addShift(s: { date: string; person: string; post: '带班领导' | '值班员'; preset?: string; start?: string; end?: string }) {
    const form = this.page.getByRole('form', { name: '添加值班' });
    // The previous shift's form closes once it is saved.
    await expect(form).toHaveCount(0);
    await this.page.getByRole('button', { name: '添加值班', exact: true }).click();
    await form.getByLabel('值班日期', { exact: true }).fill(s.date);
    await form.getByLabel('值班人员', { exact: true }).selectOption({ label: s.person });
    await form.getByLabel('岗位', { exact: true }).selectOption({ label: s.post });
    if (s.preset) await form.getByRole('button', { name: s.preset }).click();
    if (s.start) await form.getByLabel('开始时间', { exact: true }).fill(s.start);
    if (s.end) await form.getByLabel('结束时间', { exact: true }).fill(s.end);
    await form.getByRole('button', { name: '保存' }).click();
    return form;
  }

  row(date: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(date) }) });
  }

  onDutyNow(): Locator {
    return this.page.getByRole('region', { name: '当前值班' });
  }
}

/** 应急联系名单: internal people and outside bodies. */
export class ContactsPage {
  constructor(readonly page: Page) {}

  async open() {
    await new ConsolePage(this.page).nav('应急联系名单').click();
    await expect(this.page.getByRole('heading', { name: '应急联系名单', level: 1 })).toBeVisible();
  }

  async search(text: string) {
    await this.page.getByRole('searchbox', { name: '搜索姓名、单位、电话或类别' }).fill(text);
  }

  internal(): Locator {
    return this.page.getByRole('region', { name: '内部人员' });
  }

  external(): Locator {
    return this.page.getByRole('region', { name: '外部单位' });
  }
}

/** Gives a command on one instruction card: one click, or a text and 确定 for those that need one. */
async function instructionCommand(item: Locator, command: string, text?: string, label = '内容') {
  await item.getByRole('button', { name: command, exact: true }).click();
  if (text === undefined) return;
  const form = item.getByRole('form', { name: command });
  await form.getByLabel(label, { exact: true }).fill(text);
  await form.getByRole('button', { name: '确定' }).click();
}

/** 指令 on the incident page: the list, the issue form and the one-click standard instructions. */
export class IncidentInstructions {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.getByRole('region', { name: '指令', exact: true });
  }

  items(): Locator {
    return this.panel().getByRole('list', { name: '指令', exact: true }).getByRole('listitem').and(this.page.locator('.instruction'));
  }

  item(receiver: string): Locator {
    return this.panel().getByRole('listitem', { name: receiver, exact: true });
  }

  standard(): Locator {
    return this.panel().getByRole('group', { name: '下达标准指令' });
  }

  async issueStandard() {
    await this.standard().getByRole('button', { name: '下达标准指令' }).click();
    await expect(this.standard()).toHaveCount(0);
  }

  async command(receiver: string, command: string, text?: string, label?: string) {
    await instructionCommand(this.item(receiver), command, text, label);
  }
}

/** 指令收件箱: a team's instructions grouped 待签收 / 办理中 / 已反馈 / 已办结. */
export class InstructionInbox {
  constructor(readonly page: Page) {}

  async open(team: string) {
    await new ConsolePage(this.page).nav('指令收件箱').click();
    await expect(this.page.getByRole('heading', { name: '指令收件箱' })).toBeVisible();
    await this.page.getByLabel('收件对象', { exact: true }).selectOption({ label: team });
  }

  group(name: '待签收' | '办理中' | '已反馈' | '已办结'): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  item(group: '待签收' | '办理中' | '已反馈' | '已办结', receiver: string): Locator {
    return this.group(group).getByRole('listitem', { name: receiver, exact: true });
  }

  async command(item: Locator, command: string, text?: string, label?: string) {
    await instructionCommand(item, command, text, label);
  }
}

/**
 * A member (赵敏) signed in registers the petrol-station dispute, accepts it and grades it level 1:
 * where the tests of what a member may not do begin. The incident is left open on its page.
 */
export async function memberGradesLevelOne(page: Page) {
  const console = new ConsolePage(page);
  const incident = new IncidentPage(page);
  await console.open();
  await console.signIn('赵敏');
  const intake = new IntakePage(page);
  await intake.open();
  const numbers = await intake.register(FUEL_DISPUTE);
  await incident.openFromBoard(numbers.incident);
  await incident.run('确认有效，予以受理');
  await incident.run('确认分级', { 级别: '一级', 理由: '现场群众聚集且记者到场，可能引发媒体关注' });
  return { console, incident, numbers };
}
