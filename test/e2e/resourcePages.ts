// Page models of 应急资源: the inventory page and the panel on the incident page.
import { expect, type Locator, type Page } from '@playwright/test';
import { ConsolePage } from './pages';

export type ResourceFields = Partial<
  Record<'名称' | '数量（总数）' | '存放地点' | '保管人' | '保管人电话' | '最低保有量' | '备注', string> &
    Record<'资源类型' | '单位' | '状态', string>
>;

/** 应急资源: the inventory table, its filters and the add/edit form. */
export class InventoryPage {
  constructor(readonly page: Page) {}

  async open() {
    await new ConsolePage(this.page).nav('应急资源').click();
    await expect(this.page.getByRole('heading', { name: '应急资源', level: 1 })).toBeVisible();
  }

  table(): Locator {
    return this.page.getByRole('table', { name: '应急资源' });
  }

  row(name: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: new RegExp(`^${name}`) }) });
  }

  form(): Locator {
    return this.page.getByRole('form', { name: /新增资源|编辑资源/ });
  }

  /** Fills the open form (selects by their visible label) and saves; returns the form. */
  async fill(fields: ResourceFields): Promise<Locator> {
    const form = this.form();
    for (const [label, value] of Object.entries(fields)) {
      const field = form.getByLabel(label, { exact: true });
      if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption({ label: value });
      else await field.fill(value);
    }
    await form.getByRole('button', { name: '保存' }).click();
    return form;
  }

  fieldError(label: string): Locator {
    return this.form()
      .locator('.field', { has: this.page.getByLabel(label, { exact: true }) })
      .getByRole('alert');
  }

  async filter(label: '资源类型' | '提示', option: string) {
    await this.page.getByRole('combobox', { name: label, exact: true }).selectOption({ label: option });
  }

  async showAllocations(name: string): Promise<Locator> {
    await this.row(name)
      .getByRole('button', { name: /调配记录/ })
      .click();
    return this.page.getByRole('table', { name: `“${name}”的调配记录` });
  }
}

/** 应急资源 on the incident page: allocate, list, return. */
export class IncidentResources {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.getByRole('region', { name: '应急资源', exact: true });
  }

  /** Opens the allocation form, fills it and confirms; returns the form (gone once allocated). */
  async allocate(resource: RegExp, quantity: number, expectedReturn?: string): Promise<Locator> {
    const form = this.panel().getByRole('form', { name: '调配资源' });
    if ((await form.count()) === 0) await this.panel().getByRole('button', { name: '调配资源' }).click();
    const select = form.getByLabel('资源', { exact: true });
    const option = select.locator('option').filter({ hasText: resource });
    await select.selectOption({ label: (await option.textContent()) ?? '' });
    await form.getByLabel('数量', { exact: true }).fill(String(quantity));
    if (expectedReturn) await form.getByLabel('预计归还时间（选填）', { exact: true }).fill(expectedReturn);
    await form.getByRole('button', { name: '确认调配' }).click();
    return form;
  }

  item(name: string): Locator {
    return this.panel().getByRole('list', { name: '本事件调配的资源' }).getByRole('listitem', { name, exact: true });
  }

  async giveBack(name: string) {
    await this.item(name).getByRole('button', { name: '归还' }).click();
    await expect(this.item(name)).toContainText('已归还');
  }
}
