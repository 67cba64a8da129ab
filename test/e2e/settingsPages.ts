// Page model of 设置: the preferences form and the backups, by role and label.
import { expect, type Locator, type Page } from '@playwright/test';
import { ConsolePage } from './pages';

export class SettingsPage {
  constructor(readonly page: Page) {}

  async open() {
    await new ConsolePage(this.page).nav('设置').click();
    await expect(this.page.getByRole('heading', { name: '设置', level: 1 })).toBeVisible();
  }

  preferences(): Locator {
    return this.page.getByRole('region', { name: '提醒与托盘' });
  }

  preference(label: string): Locator {
    return this.preferences().getByLabel(label, { exact: true });
  }

  async savePreferences(fields: Record<string, string | boolean>) {
    for (const [label, value] of Object.entries(fields)) {
      if (typeof value === 'boolean') await this.preference(label).setChecked(value);
      else await this.preference(label).fill(value);
    }
    await this.preferences().getByRole('button', { name: '保存设置' }).click();
  }

  fieldError(label: string): Locator {
    return this.preferences()
      .locator('.field', { has: this.page.getByLabel(label, { exact: true }) })
      .getByRole('alert');
  }

  backups(): Locator {
    return this.page.getByRole('region', { name: '数据备份' });
  }

  backupList(): Locator {
    return this.backups().getByRole('table', { name: '已保存的备份' });
  }

  status(): Locator {
    return this.backups().getByRole('status');
  }

  refusal(): Locator {
    return this.backups().getByRole('alert');
  }

  /** Backs up now and returns the time the list shows for the new backup. */
  async backupNow(): Promise<string> {
    await this.backups().getByRole('button', { name: '立即备份' }).click();
    await expect(this.status()).toContainText('已备份');
    const [, time] = /已备份（(.+)）/.exec((await this.status().textContent()) ?? '') ?? [];
    if (!time) throw new Error('no backup time shown');
    // A daily backup may have been made in the same second; the list tells them apart by kind.
    await expect(this.restoreButton(time)).toBeAttached();
    return time;
  }

  /** The 恢复 button of the stored backup made at `time`. */
  restoreButton(time: string, kind = '手动'): Locator {
    return this.backupList().getByRole('button', { name: `恢复 ${time} 的备份（${kind}）` });
  }

  restoreFromFileButton(): Locator {
    return this.backups().getByRole('button', { name: '从文件恢复…' });
  }

  /** The sentence saying why this operator may not restore (shown only then). */
  restoreLock(): Locator {
    return this.backups().getByText(/不能恢复备份|cannot restore/);
  }

  /** Asks to restore the stored backup made at `time`; returns the confirmation form. */
  async askRestore(time: string): Promise<Locator> {
    await this.restoreButton(time).click();
    return this.confirmation();
  }

  confirmation(): Locator {
    return this.backups().getByRole('form', { name: '确认恢复备份' });
  }

  /** Downloads a backup of the current data through 备份到文件…, sealed with `passphrase`, and returns its text. */
  async backupToFile(passphrase: string): Promise<{ name: string; text: string }> {
    await this.backups().getByRole('button', { name: '备份到文件…' }).click();
    const form = this.backups().getByRole('form', { name: '备份到文件' });
    await form.getByLabel('口令', { exact: true }).fill(passphrase);
    await form.getByLabel('再次输入口令').fill(passphrase);
    const download = this.page.waitForEvent('download');
    await form.getByRole('button', { name: '加密并保存' }).click();
    const file = await download;
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  /** Chooses a file in 从文件恢复…'s file dialog; with a passphrase, types it when asked. */
  async restoreFromFile(name: string, text: string, passphrase?: string) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.restoreFromFileButton().click();
    await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text, 'utf8') });
    if (passphrase !== undefined) await this.unlock(passphrase);
  }

  /** Types the passphrase a chosen file is sealed with. */
  async unlock(passphrase: string) {
    const form = this.backups().getByRole('form', { name: '输入文件口令' });
    await form.getByLabel('口令', { exact: true }).fill(passphrase);
    await form.getByRole('button', { name: '打开' }).click();
  }
}
