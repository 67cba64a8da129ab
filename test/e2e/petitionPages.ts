// Page models of 信访事项: the list with its registration form, and one petition's page with its
// step forms and printed papers, by role and label as a person sees them.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Registration } from './pages';
import { PrintedPdf } from './printPages';

export type PetitionFacts = {
  name: string;
  phone: string;
  channel: string;
  receivedAt: string;
  subject: string;
  content: string;
  request: string;
};

/** A registration fixture as a petition: the same person and matter, received by phone. */
export const petitionOf = (r: Registration, receivedAt: string, channel = '来电'): PetitionFacts => ({
  name: r.name,
  phone: r.phone,
  channel,
  receivedAt,
  subject: r.subject,
  content: r.content,
  request: r.expected,
});

export class PetitionsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '信访', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: '信访事项', level: 1 })).toBeVisible();
  }

  /** Registers the petition and lands on its page; returns its number. */
  async register(facts: PetitionFacts): Promise<string> {
    await this.page.getByRole('button', { name: '登记信访事项' }).click();
    const form = this.page.getByRole('form', { name: '登记信访事项' });
    await form.getByLabel('信访人姓名', { exact: true }).fill(facts.name);
    await form.getByLabel('联系电话', { exact: true }).fill(facts.phone);
    await form.getByLabel('信访形式', { exact: true }).selectOption({ label: facts.channel });
    await form.getByLabel('收到时间', { exact: true }).fill(facts.receivedAt);
    await form.getByLabel('事项摘要', { exact: true }).fill(facts.subject);
    await form.getByLabel('信访内容', { exact: true }).fill(facts.content);
    await form.getByLabel('信访诉求', { exact: true }).fill(facts.request);
    await form.getByRole('button', { name: '保存信访事项' }).click();
    const heading = this.page.getByRole('heading', { name: /^信访事项 XF-/, level: 1 });
    await expect(heading).toBeVisible();
    return (await heading.textContent())!.replace('信访事项', '').trim();
  }

  list(): Locator {
    return this.page.getByRole('table', { name: '信访事项列表' });
  }
}

export class PetitionPage {
  constructor(readonly page: Page) {}

  handling(): Locator {
    return this.page.getByRole('region', { name: '办理情况', exact: true });
  }

  status(): Locator {
    return this.handling().getByRole('status');
  }

  facts(): Locator {
    return this.page.getByRole('region', { name: '信访人及事项', exact: true });
  }

  transfers(): Locator {
    return this.page.getByRole('region', { name: '转办/交办', exact: true });
  }

  history(): Locator {
    return this.page.getByRole('list', { name: '办理记录' });
  }

  /** Opens a step's form by its button and returns the form. */
  async openStep(button: string, form = button): Promise<Locator> {
    await this.handling().getByRole('button', { name: button, exact: true }).click();
    return this.page.getByRole('form', { name: form });
  }

  /** Fills the fields given (a select by its option's label) and presses the form's save button. */
  async fill(form: Locator, fields: Record<string, string>, save: string) {
    for (const [label, value] of Object.entries(fields)) {
      const control = form.getByLabel(label, { exact: true });
      if ((await control.evaluate((el) => el.tagName)) === 'SELECT') await control.selectOption({ label: value });
      else await control.fill(value);
    }
    await form.getByRole('button', { name: save }).click();
  }

  async step(button: string, fields: Record<string, string>, save: string, form = button) {
    const opened = await this.openStep(button, form);
    await this.fill(opened, fields, save);
    await expect(opened).toHaveCount(0);
  }

  /** Opens the printed paper by its link, and prints it to PDF as Chromium prints for the host. */
  async print(paper: string, path: string): Promise<PrintedPdf> {
    await this.handling()
      .getByRole('link', { name: `打印${paper}` })
      .click();
    await expect(this.page.getByRole('article', { name: paper })).toBeVisible();
    const pdf = PrintedPdf.write(path, await this.page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
    return pdf;
  }
}
