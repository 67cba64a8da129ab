// Page models for rehearsal mode (演练模式): the top bar's switch, the banner and the dashboard total.
import { expect, type Locator, type Page } from '@playwright/test';

export const DRILL_BANNER = '演练模式 — 本画面所有数据均为演练数据，不影响正式工作';

export class ModeSwitch {
  constructor(readonly page: Page) {}

  banner(): Locator {
    return this.page.getByRole('note').filter({ hasText: DRILL_BANNER });
  }

  private async switchTo(button: string, answer: '确定' | '取消') {
    await this.page.getByRole('banner').getByRole('button', { name: button }).click();
    const dialog = this.page.getByRole('alertdialog', { name: '切换模式' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: answer }).click();
    await expect(dialog).toBeHidden();
  }

  async enterDrill() {
    await this.switchTo('进入演练模式', '确定');
    await expect(this.banner()).toBeVisible();
  }

  async returnToLive() {
    await this.switchTo('返回正式模式', '确定');
    await expect(this.page.getByRole('banner').getByRole('button', { name: '进入演练模式' })).toBeVisible();
    await expect(this.banner()).toBeHidden();
  }
}

/** All incidents in progress on the dashboard's level × phase table. */
export async function dashboardTotal(page: Page): Promise<number> {
  const table = page.getByRole('table', { name: '在办事件（按级别和阶段）' });
  await expect(table).toBeVisible();
  const totals = await table.locator('tr[data-level] td.total').allTextContents();
  return totals.reduce((sum, text) => sum + (Number(text) || 0), 0);
}
