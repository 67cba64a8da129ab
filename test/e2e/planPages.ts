// Page models of the plan's templates, files and print-out: what a person sees and does.
import { readFileSync } from 'node:fs';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { PrintedPdf } from './printPages';

export type StoredPlan = Record<string, unknown> & { id: string; inForce: boolean; title: { zh: string } };

export class PlanFilesPanel {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/#/plan');
    await expect(this.panel()).toBeVisible();
  }

  panel(name = '预案文件与模板'): Locator {
    return this.page.getByRole('region', { name });
  }

  drafts(name = '草稿预案（未生效）'): Locator {
    return this.panel().getByRole('list', { name });
  }

  /** Clicks an export button and returns the file the browser downloaded. */
  async download(button: Locator): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await button.click();
    const file: Download = await download;
    const path = await file.path();
    return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }

  async importFile(file: { name: string; text: string }) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.panel().getByRole('button', { name: '导入预案文件' }).click();
    await (await chooser).setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text, 'utf8') });
  }

  /** The plans as stored, read straight from IndexedDB. */
  async storedPlans(): Promise<StoredPlan[]> {
    return this.page.evaluate(
      () =>
        new Promise<StoredPlan[]>((resolve, reject) => {
          const open = indexedDB.open('complaint-console');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('plans').objectStore('plans').getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result as StoredPlan[]);
            };
            request.onerror = () => reject(request.error);
          };
        }),
    );
  }
}

export class PlanTemplatesView {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('region', { name: '预案文件与模板' }).getByRole('link', { name: '从模板新建' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: '从模板新建预案' })).toBeVisible();
  }

  async choose(name: string) {
    await this.page
      .getByRole('list', { name: '模板' })
      .getByRole('button', { name: new RegExp(name) })
      .click();
  }

  preview(name: string): Locator {
    return this.page.getByRole('region', { name: `模板预览：${name}` });
  }
}

export class PlanPrintView {
  constructor(readonly page: Page) {}

  document(name = '预案文本'): Locator {
    return this.page.getByRole('article', { name });
  }

  section(name: string): Locator {
    return this.document().getByRole('region', { name });
  }

  async savePdf(path: string): Promise<PrintedPdf> {
    return PrintedPdf.write(path, await this.page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  }
}
