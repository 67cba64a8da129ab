// Page model for 统计分析: the period picker, the summary tiles and each figure's table of numbers.
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { ConsolePage } from './pages';

export class StatisticsPage {
  constructor(readonly page: Page) {}

  async open() {
    await new ConsolePage(this.page).nav('统计分析').click();
    await expect(this.page.getByRole('heading', { name: '统计分析', level: 1 })).toBeVisible();
    await expect(this.summary()).toBeVisible();
  }

  async choosePeriod(name: '本月' | '上月' | '本季度' | '本年' | '自定义') {
    await this.page.getByRole('group', { name: '统计期间' }).getByRole('radio', { name }).check();
  }

  /** Types a custom period (both days included) and asks for it. */
  async customPeriod(from: string, to: string) {
    await this.choosePeriod('自定义');
    const form = this.page.getByRole('form', { name: '自定义' });
    await form.getByLabel('开始日期', { exact: true }).fill(from);
    await form.getByLabel('结束日期', { exact: true }).fill(to);
    await form.getByRole('button', { name: '查询' }).click();
  }

  fieldError(label: '开始日期' | '结束日期'): Locator {
    return this.page.locator('.field', { has: this.page.getByLabel(label, { exact: true }) }).getByRole('alert');
  }

  summary(): Locator {
    return this.page.getByRole('region', { name: '概况' });
  }

  /** The value of one summary tile, e.g. 受理投诉（件）. */
  tile(label: string): Locator {
    return this.summary().getByRole('group', { name: label, exact: true }).getByRole('definition');
  }

  figure(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  table(title: string): Locator {
    return this.figure(title).getByRole('table', { name: `${title}数据` });
  }

  /** Every body row of a figure's table as its cells' texts. */
  async rows(title: string): Promise<string[][]> {
    const rows = this.table(title).locator('tbody').getByRole('row');
    const result: string[][] = [];
    for (const row of await rows.all())
      result.push((await row.getByRole('cell').or(row.getByRole('rowheader')).allTextContents()).map((c) => c.trim()));
    return result;
  }

  /** Clicks a figure's 导出CSV and returns the downloaded file's name and text (BOM kept). */
  async exportCsv(title: string): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download', { timeout: 30_000 });
    await this.figure(title)
      .getByRole('button', { name: `导出CSV：${title}` })
      .click();
    const file = await download;
    const path = await file.path();
    return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }
}
