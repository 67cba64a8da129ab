// Page models of the scenario library (演练脚本库): the list, a scenario's MSEL table and the
// editor, by role and label as a trainer sees them.
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { ConsolePage } from './pages';
import { ModeSwitch } from './drillPages';

export type StoredScenario = {
  id: string;
  builtIn: boolean;
  title: { zh: string; en?: string };
  injects: { seq: number; offsetMinutes: number; expectedActions: { limitMinutes: number }[] }[];
};

export class ScenarioLibrary {
  constructor(readonly page: Page) {}

  /** Chooses the operator, enters rehearsal mode and opens the library from the drill tabs' address. */
  async openInDrill(operator = '陈晓') {
    const console = new ConsolePage(this.page);
    await console.open();
    // Rehearsals are run by the leaders or the office's 导调员.
    await console.appointTrainer(operator);
    await console.signIn(operator);
    await new ModeSwitch(this.page).enterDrill();
    await this.open();
  }

  async open() {
    await this.page.evaluate(() => {
      window.location.hash = '#/drill/scenarios';
    });
    await expect(this.page.getByRole('heading', { name: '演练脚本库', level: 1 })).toBeVisible();
  }

  table(): Locator {
    return this.page.getByRole('table', { name: '演练脚本' });
  }

  rows(): Locator {
    return this.table().locator('tbody > tr');
  }

  row(title: string): Locator {
    return this.table().getByRole('row', { name: title, exact: true });
  }

  async view(title: string) {
    await this.row(title).getByRole('link', { name: title, exact: true }).click();
    await expect(this.page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  }

  status(): Locator {
    return this.page.getByRole('status');
  }

  alert(): Locator {
    return this.page.getByRole('main').getByRole('alert');
  }

  /** Picks a file through the browser's file chooser for 导入 JSON. */
  async importFile(file: { name: string; buffer: Buffer }) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '导入 JSON' }).click();
    await (await chooser).setFiles({ name: file.name, mimeType: 'application/json', buffer: file.buffer });
  }

  /** Clicks a button that saves a file and returns the download's name and text. */
  async download(button: Locator): Promise<{ name: string; text: string; buffer: Buffer }> {
    const download = this.page.waitForEvent('download', { timeout: 30_000 });
    await button.click();
    const file = await download;
    const buffer = await readFile(await file.path());
    return { name: file.suggestedFilename(), text: buffer.toString('utf8'), buffer };
  }

  /** The office's scenarios as stored in the drill database (what any screen would show). */
  async stored(): Promise<StoredScenario[]> {
    return this.page.evaluate(
      () =>
        new Promise<StoredScenario[]>((resolve, reject) => {
          const open = indexedDB.open('complaint-console-drill');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('scenarios').objectStore('scenarios').getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result as StoredScenario[]);
            };
            request.onerror = () => reject(request.error);
          };
        }),
    );
  }
}

export class ScenarioScreen {
  constructor(readonly page: Page) {}

  button(name: string): Locator {
    return this.page.getByRole('main').getByRole('button', { name, exact: true });
  }

  msel(): Locator {
    return this.page.getByRole('table', { name: '情景注入清单（MSEL）' });
  }

  /** The row of an inject in the MSEL table, by its number. */
  injectRow(seq: number): Locator {
    return this.msel().locator(`tr.inject-row[data-seq="${seq}"]`);
  }

  /** The table of actions expected after inject `seq`. */
  actions(seq: number): Locator {
    return this.msel().getByRole('table', { name: `预期行动 ${seq}`, exact: true });
  }

  editor(): Locator {
    return this.page.getByRole('form', { name: '编辑演练脚本' });
  }

  /** Opens inject `seq` in the editor (one is open at a time). */
  async openInject(seq: number): Promise<Locator> {
    const toggle = this.editor().getByRole('button', { name: new RegExp(`^第 ${seq} 条 · `) });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    return this.editor().getByRole('region', { name: new RegExp(`^第 ${seq} 条 · `) });
  }

  action(inject: Locator, n: number): Locator {
    return inject.getByRole('group', { name: `预期行动 ${n}`, exact: true });
  }

  async save() {
    await this.editor().getByRole('button', { name: '保存', exact: true }).click();
  }
}
