// Page models: what a person sees and does, by role and label, so a changed screen is fixed here.
import { expect, type Locator, type Page } from '@playwright/test';

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

export class ConsolePage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/');
  }

  async chooseOperator(name: string) {
    await this.page.getByRole('radio', { name: new RegExp(name) }).check();
    await this.page.getByRole('button', { name: '进入指挥台' }).click();
    await expect(this.page.getByText(`操作员: ${name}`)).toBeVisible();
  }

  async switchOperator(name: string) {
    await this.page.getByRole('button', { name: '切换' }).click();
    await this.chooseOperator(name);
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

  async addCommunication(summary: string, person: string) {
    const panel = this.page.getByRole('region', { name: '沟通记录' });
    await panel.getByRole('button', { name: '添加沟通记录' }).click();
    await panel.getByLabel('沟通对象', { exact: true }).fill(person);
    await panel.getByLabel('沟通内容', { exact: true }).fill(summary);
    await panel.getByRole('button', { name: '保存记录' }).click();
    await expect(panel.getByText(summary)).toBeVisible();
  }
}
