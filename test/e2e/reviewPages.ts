// Page models for the after-action review (事后总结) and its printed report (总结报告).
import { expect, type Locator, type Page } from '@playwright/test';
import { PrintedPdf } from './printPages';

export type ReviewText = {
  cause: string;
  wentWell?: string;
  toImprove?: string;
  accountable?: { persons: string; measures: string };
  followUp?: { result: string; by?: string; note?: string };
};

/** 事后总结: opened from a closed incident's 事后总结 panel. */
export class ReviewScreen {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.getByRole('region', { name: '事后总结' });
  }

  async openFromIncident() {
    await this.panel()
      .getByRole('link', { name: /填写总结|查看总结/ })
      .click();
    await expect(this.page.getByRole('heading', { name: /事后总结/ })).toBeVisible();
  }

  form(): Locator {
    return this.page.getByRole('form', { name: '总结' });
  }

  async write(r: ReviewText) {
    const form = this.form();
    await form.getByLabel('原因分析', { exact: true }).fill(r.cause);
    if (r.wentWell !== undefined) await form.getByLabel('做得好的方面', { exact: true }).fill(r.wentWell);
    if (r.toImprove !== undefined) await form.getByLabel('需要改进的方面', { exact: true }).fill(r.toImprove);
    if (r.accountable) {
      await form.getByLabel('需要追究责任').check();
      await form.getByLabel('责任人 / 责任部门', { exact: true }).fill(r.accountable.persons);
      await form.getByLabel('处理措施', { exact: true }).fill(r.accountable.measures);
    }
    if (r.followUp) {
      await form.getByLabel('回访结果', { exact: true }).selectOption({ label: r.followUp.result });
      if (r.followUp.by !== undefined) await form.getByLabel('回访人', { exact: true }).fill(r.followUp.by);
      if (r.followUp.note !== undefined) await form.getByLabel('回访情况', { exact: true }).fill(r.followUp.note);
    }
  }

  async save() {
    await this.form().getByRole('button', { name: '保存总结' }).click();
  }

  fieldError(label: string): Locator {
    return this.page.locator('.field', { has: this.page.getByLabel(label, { exact: true }) }).getByRole('alert');
  }

  measures(): Locator {
    return this.page.getByRole('region', { name: '整改措施' });
  }

  async addMeasure(text: string, owner: string, dueDate: string) {
    const panel = this.measures();
    await panel.getByRole('button', { name: '添加整改措施' }).click();
    const form = panel.getByRole('form', { name: '添加整改措施' });
    await form.getByLabel('措施内容', { exact: true }).fill(text);
    await form.getByLabel('责任人', { exact: true }).fill(owner);
    await form.getByLabel('完成期限', { exact: true }).fill(dueDate);
    await form.getByRole('button', { name: '保存措施' }).click();
  }

  measure(text: string): Locator {
    return this.measures().getByRole('listitem', { name: text });
  }

  digest(): Locator {
    return this.page.getByRole('table', { name: '处置经过摘要' });
  }

  limits(): Locator {
    return this.page.getByRole('table', { name: '时限执行情况' });
  }
}

/** 总结报告: the A4 report, its one-print personal-data choice, and the PDF it prints to. */
export class ReviewReport {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('link', { name: '打印总结报告' }).first().click();
    await expect(this.document()).toBeVisible();
  }

  document(): Locator {
    return this.page.getByRole('article', { name: '总结报告' });
  }

  section(name: string | RegExp): Locator {
    return this.document().getByRole('region', { name });
  }

  fullData(): Locator {
    return this.page.getByLabel('本次打印显示完整个人信息');
  }

  printButton(): Locator {
    return this.page.getByRole('button', { name: '打印 / 导出 PDF' });
  }

  async savePdf(path: string): Promise<PrintedPdf> {
    const pdf = await this.page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    return PrintedPdf.write(path, pdf);
  }
}
