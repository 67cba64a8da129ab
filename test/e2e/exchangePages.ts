// Page model of 导入导出: choose a file, read the check, commit, export — by role and label.
import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { ConsolePage } from './pages';

export type StoredComplaint = {
  externalRef: string;
  receivedAt: string;
  channelCode: string;
  categoryCode: string;
  urgency: string;
  complainant: { name: string; phone: string; idNumber: string; address: string };
  subject: string;
  content: string;
  expectedResolution: string;
  place: string;
  peopleInvolved: number;
  facts: Record<string, boolean | number>;
};

export class ExchangePage {
  constructor(readonly page: Page) {}

  async open() {
    await new ConsolePage(this.page).nav('导入导出').click();
    await expect(this.page.getByRole('heading', { name: '导入导出', level: 1 })).toBeVisible();
  }

  /** Chooses a file through the browser's file chooser and waits for every row to be checked. */
  async chooseFile(file: { name: string; mimeType: string; buffer: Buffer }) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '选择文件…' }).click();
    await (await chooser).setFiles(file);
    await expect(this.page.getByRole('region', { name: '列对应' })).toBeVisible();
    await expect(this.checkSummary()).toBeVisible({ timeout: 30_000 });
  }

  checkSummary(): Locator {
    return this.page.getByRole('region', { name: '检查结果' }).getByRole('status').filter({ hasText: '可导入' });
  }

  commitButton(): Locator {
    return this.page.getByRole('button', { name: /^导入 [\d,]+ 条投诉$/ });
  }

  progressBar(): Locator {
    return this.page.getByRole('progressbar', { name: '导入进度' });
  }

  resultStatus(): Locator {
    return this.page.getByRole('status').filter({ hasText: /已导入 [\d,]+ 条投诉/ });
  }

  async importAll(): Promise<void> {
    await this.commitButton().click();
    await expect(this.resultStatus()).toBeVisible({ timeout: 60_000 });
  }

  async downloadText(
    button: Locator,
    scope: Locator = this.page.getByRole('main'),
  ): Promise<{ name: string; text: string; bytes: Buffer }> {
    const download = this.page.waitForEvent('download', { timeout: 30_000 });
    await button.click();
    // A refusal on screen (e.g. XLSX blocked by the page's security policy) fails at once, saying why.
    const alert = scope.getByRole('alert').first();
    const refusal = alert.waitFor({ timeout: 30_000 }).then(async () => {
      throw new Error(`refused: ${await alert.textContent()}`);
    });
    const file: Download = await Promise.race([download, refusal]);
    refusal.catch(() => undefined);
    const bytes = await readFile(await file.path());
    return { name: file.suggestedFilename(), text: bytes.toString('utf8'), bytes };
  }

  /** Full personal data leaves only with the roles the plan names: 李明 is the sample's 副组长. */
  async asDeputy() {
    await new ConsolePage(this.page).switchOperator('李明');
    await this.open();
  }

  fullDataOption(): Locator {
    return this.page.getByRole('region', { name: '导出清单' }).getByRole('checkbox', { name: '包含完整个人信息' });
  }

  async exportComplaints(format: 'CSV' | 'Excel', full: boolean) {
    const panel = this.page.getByRole('region', { name: '导出清单' });
    await panel.getByRole('radio', { name: format === 'CSV' ? /^CSV/ : /XLSX/ }).check();
    await panel.getByRole('checkbox', { name: '包含完整个人信息' }).setChecked(full);
    const file = await this.downloadText(panel.getByRole('button', { name: '导出投诉清单' }), panel);
    await expect(panel.getByRole('status')).toContainText(file.name);
    return file;
  }

  /** The complaints as stored, read straight from IndexedDB (what any screen would show). */
  async storedComplaints(): Promise<StoredComplaint[]> {
    return this.page.evaluate(
      () =>
        new Promise<StoredComplaint[]>((resolve, reject) => {
          const open = indexedDB.open('complaint-console');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('complaints').objectStore('complaints').getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result as StoredComplaint[]);
            };
            request.onerror = () => reject(request.error);
          };
        }),
    );
  }
}

/** What makes two complaints the same complaint, whichever console numbered them. */
export const sameness = (c: StoredComplaint) =>
  JSON.stringify([
    c.externalRef ?? '',
    c.receivedAt,
    c.channelCode,
    c.categoryCode,
    c.urgency,
    c.complainant,
    c.subject,
    c.content,
    c.expectedResolution,
    c.place,
    c.peopleInvolved,
    c.facts,
  ]);
