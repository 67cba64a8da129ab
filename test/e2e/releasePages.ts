// Page model of 信息发布 on the incident page: statements, their actions and their record.
import { expect, type Locator, type Page } from '@playwright/test';

export class ReleasesPanel {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.getByRole('region', { name: '信息发布', exact: true });
  }

  statement(title: string): Locator {
    return this.panel().getByRole('list', { name: '信息发布', exact: true }).getByRole('listitem', { name: title, exact: true });
  }

  newForm(): Locator {
    return this.panel().getByRole('form', { name: '新建口径' });
  }

  /** Opens 新建口径 and returns its form, prefilled from the plan's holding statement. */
  async startNew(): Promise<Locator> {
    await this.panel().getByRole('button', { name: '新建口径' }).click();
    await expect(this.newForm()).toBeVisible();
    return this.newForm();
  }

  async fillStatement(form: Locator, fields: { title?: string; text?: string }) {
    if (fields.title !== undefined) await form.getByLabel('口径标题', { exact: true }).fill(fields.title);
    if (fields.text !== undefined) await form.getByLabel('口径内容', { exact: true }).fill(fields.text);
  }

  /** A one-click command (提交审批) or the button that opens a command's form. */
  async command(title: string, name: string) {
    await this.statement(title).getByRole('button', { name, exact: true }).click();
  }

  commandForm(title: string, name: string): Locator {
    return this.statement(title).getByRole('form', { name });
  }

  /** 修改: new words for the statement, saved. */
  async revise(title: string, text: string) {
    await this.command(title, '修改');
    const form = this.commandForm(title, '修改');
    await this.fillStatement(form, { text });
    await form.getByRole('button', { name: '保存' }).click();
    await expect(form).toHaveCount(0);
  }

  /** 批准 or 退回 with a comment. */
  async decide(title: string, decision: '批准' | '退回', comment: string) {
    await this.command(title, decision);
    const form = this.commandForm(title, decision);
    await form.getByRole('textbox').fill(comment);
    await form.getByRole('button', { name: '确定' }).click();
  }

  /** 发布 on a channel; the time stays at its default (now) unless given. */
  async publish(title: string, channel: string, at?: string) {
    await this.command(title, '发布');
    const form = this.commandForm(title, '发布');
    await form.getByLabel('发布渠道', { exact: true }).selectOption({ label: channel });
    if (at) await form.getByLabel('发布时间', { exact: true }).fill(at);
    await form.getByRole('button', { name: '发布' }).click();
    await expect(form).toHaveCount(0);
  }

  status(title: string): Locator {
    return this.statement(title).locator('.badge');
  }

  /** 版本与审批记录, opened. */
  async history(title: string): Promise<Locator> {
    const item = this.statement(title);
    await item.getByText('版本与审批记录').click();
    return item.getByRole('list', { name: '版本与审批记录' });
  }
}
