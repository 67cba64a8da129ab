// Page model for 舆情监测 on the incident page: the suggestion, the figures, the trend, the items
// and the form to log one, by role and label as the monitoring team sees them.
import { expect, type Locator, type Page } from '@playwright/test';

export type OpinionEntry = {
  platform: '微博' | '微信' | '抖音' | '新闻网站' | '论坛' | '其他' | '';
  sentiment: '负面' | '中性' | '正面' | '';
  reach: string;
  /** Plan-local YYYY-MM-DDTHH:mm; the form's default (now) when absent. */
  foundAt?: string;
  link?: string;
  summary: string;
};

export class OpinionPanel {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.getByRole('region', { name: '舆情监测', exact: true });
  }

  form(): Locator {
    return this.panel().getByRole('form', { name: '登记舆情' });
  }

  /** The rule's suggestion to raise (or grade), absent below the threshold. */
  suggestion(): Locator {
    return this.panel().getByRole('alert').filter({ hasText: '建议' });
  }

  /** Negative reach within the window and the plan's threshold. */
  figures(): Locator {
    return this.panel().getByRole('status');
  }

  trend(): Locator {
    return this.panel().getByRole('region', { name: '舆情趋势' });
  }

  rows(): Locator {
    return this.panel()
      .getByRole('table', { name: '舆情记录' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell') });
  }

  fieldError(label: string): Locator {
    return this.form()
      .locator('.field', { has: this.page.getByLabel(label, { exact: true }) })
      .getByRole('alert');
  }

  async fill(entry: OpinionEntry) {
    if ((await this.form().count()) === 0) await this.panel().getByRole('button', { name: '登记舆情' }).click();
    const form = this.form();
    await form.getByLabel('平台', { exact: true }).selectOption(entry.platform === '' ? '' : { label: entry.platform });
    await form.getByLabel('倾向', { exact: true }).selectOption(entry.sentiment === '' ? '' : { label: entry.sentiment });
    await form.getByLabel('估计触达（人次）', { exact: true }).fill(entry.reach);
    if (entry.foundAt) await form.getByLabel('发现时间', { exact: true }).fill(entry.foundAt);
    await form.getByLabel('原文链接（选填）', { exact: true }).fill(entry.link ?? '');
    await form.getByLabel('内容摘要', { exact: true }).fill(entry.summary);
  }

  /** Fills and saves; returns the form (gone once saved, there with its errors if refused). */
  async submit(entry: OpinionEntry): Promise<Locator> {
    await this.fill(entry);
    await this.form().getByRole('button', { name: '保存舆情' }).click();
    return this.form();
  }

  async log(entry: OpinionEntry) {
    const before = await this.rows().count();
    const form = await this.submit(entry);
    await expect(form).toHaveCount(0);
    await expect(this.rows()).toHaveCount(before + 1);
  }
}
