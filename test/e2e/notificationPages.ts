// Page models for the notification bell and the notification centre (通知中心), by role and label.
import { expect, type Locator, type Page } from '@playwright/test';
import { ConsolePage } from './pages';

/** The bell in the top bar and its dropdown of waiting notices. */
export class NotificationBell {
  constructor(readonly page: Page) {}

  /** The bell, whatever it counts; `expectWaiting` checks the count. */
  button(): Locator {
    return this.page.getByRole('banner').getByRole('button', { name: /^通知中心[（：]|^Notifications[ :]/ });
  }

  async expectWaiting(count: number, timeout = 20_000) {
    const name = count === 0 ? '通知中心（无未确认通知）' : `通知中心：${count} 条未确认`;
    await expect(this.page.getByRole('button', { name, exact: true })).toBeVisible({ timeout });
  }

  dropdown(): Locator {
    return this.page.getByRole('dialog', { name: /未确认的通知|Unacknowledged notifications/ });
  }

  async open() {
    await this.button().click();
    await expect(this.dropdown()).toBeVisible();
  }

  item(title: string | RegExp): Locator {
    return this.dropdown().getByRole('listitem', { name: title });
  }
}

/** 通知中心: the history, filtered 未确认 / 全部. */
export class NotificationCentre {
  constructor(readonly page: Page) {}

  async open() {
    await new ConsolePage(this.page).nav('通知中心').click();
    await expect(this.page.getByRole('heading', { name: '通知中心', level: 1 })).toBeVisible();
  }

  async show(filter: '未确认' | '全部') {
    await this.page.getByRole('tab', { name: new RegExp(`^${filter}`) }).click();
  }

  list(): Locator {
    return this.page.getByRole('list', { name: /通知列表|Notifications/ });
  }

  item(title: string | RegExp): Locator {
    return this.list().getByRole('listitem', { name: title });
  }

  async acknowledge(title: string | RegExp) {
    await this.item(title).getByRole('button', { name: '确认', exact: true }).click();
  }
}
