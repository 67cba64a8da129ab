// Page models for settling a complaint on the spot (当场解决) on the intake form, and for the
// complainant's receipt (受理回执) and its print.
import { expect, type Locator, type Page } from '@playwright/test';
import { PrintedPdf } from './printPages';

export type QuickOutcome = { result: string; feedback: string; satisfaction: '满意' | '不满意' };

/** The 当场解决 section of the intake form and its one action. */
export class QuickPathForm {
  constructor(readonly page: Page) {}

  section(): Locator {
    return this.page.getByRole('group', { name: /当场解决|Settled on the spot/ });
  }

  async fill(o: QuickOutcome) {
    await this.section().getByRole('checkbox').check();
    await this.section().getByLabel('处理结果', { exact: true }).fill(o.result);
    await this.section().getByLabel('向投诉人反馈的内容', { exact: true }).fill(o.feedback);
    await this.section().getByLabel('投诉人满意度', { exact: true }).selectOption({ label: o.satisfaction });
  }

  async settle(): Promise<{ complaint: string; incident: string }> {
    await this.page.getByRole('button', { name: '登记并当场办结' }).click();
    const status = this.page.getByRole('status').filter({ hasText: '已登记并当场办结' });
    await expect(status).toBeVisible();
    const [, complaint, incident] = /投诉编号 (\S+)，事件编号 (\S+?)（/.exec((await status.textContent()) ?? '') ?? [];
    return { complaint: complaint ?? '', incident: incident ?? '' };
  }
}

/** 受理回执: opened from the intake confirmation or the incident's complainant panel. */
export class AcknowledgementPage {
  constructor(readonly page: Page) {}

  async openFromConfirmation() {
    await this.page.getByRole('status').getByRole('link', { name: '受理回执' }).click();
    await expect(this.document()).toBeVisible();
  }

  async openFromIncident(complaint: string) {
    await this.page.getByRole('link', { name: `受理回执 ${complaint}` }).click();
    await expect(this.document()).toContainText(complaint);
  }

  document(): Locator {
    return this.page.getByRole('article', { name: /受理回执|Acknowledgement of complaint/ });
  }

  section(name: string | RegExp): Locator {
    return this.document().getByRole('region', { name });
  }

  /** 打印回执: records the receipt as given, then prints through the host (window.print here, caught). */
  async print() {
    await this.page.evaluate(() => {
      const record = window as unknown as { printedTitles: string[] };
      record.printedTitles = [];
      window.print = () => record.printedTitles.push(document.title);
    });
    await this.page.getByRole('button', { name: '打印回执 / 导出 PDF' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: '回执已记入事件时间线' })).toBeVisible();
    return this.page.evaluate(() => (window as unknown as { printedTitles: string[] }).printedTitles);
  }

  async savePdf(path: string): Promise<PrintedPdf> {
    return PrintedPdf.write(path, await this.page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  }
}
