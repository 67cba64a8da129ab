// Page model of 节假日安排: the year view, the entry form for a year and the leader's approval.
import { expect, type Locator, type Page } from '@playwright/test';
import { ConsolePage, type Registration } from './pages';

/** A letter whose working-day clocks run from the end of December into the next year. */
export const CONTRACT_INTO_NEXT_YEAR: Registration = {
  channel: '来信',
  category: '合同纠纷',
  urgency: '一般',
  name: '郭先生',
  phone: '010-66881234',
  subject: '年度服务合同提前终止纠纷',
  place: '客户服务中心',
  content: '对方单方面提前终止年度服务合同，拒绝退还剩余费用。',
  expected: '退还剩余服务费',
};

export type Holiday = { name: string; first: string; last: string };

export class CalendarPage {
  constructor(readonly page: Page) {}

  async open(year?: number) {
    await new ConsolePage(this.page).nav('节假日安排').click();
    await expect(this.page.getByRole('heading', { name: '节假日安排', level: 1 })).toBeVisible();
    if (year !== undefined) await this.page.goto(`/#/calendar/${year}`);
  }

  form(): Locator {
    return this.page.getByRole('form', { name: '录入节假日安排' });
  }

  status(): Locator {
    return this.page.locator('.calendar-status');
  }

  /** Opens the form and fills holidays and make-up days (the form starts with one empty holiday). */
  async enter(year: number, holidays: Holiday[], makeupDays: string[]) {
    await this.page.getByRole('button', { name: `录入${year}年安排` }).click();
    const form = this.form();
    for (const [i, holiday] of holidays.entries()) {
      if (i > 0) await form.getByRole('button', { name: '添加节日' }).click();
      const row = form.getByRole('group', { name: `放假安排 ${i + 1}` });
      await row.getByLabel('节日名称').fill(holiday.name);
      await row.getByLabel('放假首日').fill(holiday.first);
      await row.getByLabel('放假末日').fill(holiday.last);
    }
    for (const [i, day] of makeupDays.entries()) {
      await form.getByRole('button', { name: '添加调休上班日' }).click();
      await form.getByLabel(`调休上班日 ${i + 1}`).fill(day);
    }
  }

  /** Picks a file through the browser's file chooser for 从文件导入. */
  async importFile(file: { name: string; buffer: Buffer }) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '从文件导入' }).click();
    await (await chooser).setFiles({ name: file.name, mimeType: 'application/json', buffer: file.buffer });
  }

  async save() {
    await this.form().getByRole('button', { name: '保存草稿' }).click();
  }

  approveButton(year: number): Locator {
    return this.page.getByRole('button', { name: `批准${year}年安排` });
  }

  month(name: string): Locator {
    return this.page.getByRole('table', { name, exact: true });
  }

  closuresForm(): Locator {
    return this.page.getByRole('form', { name: '录入单位自定停工日' });
  }

  /** Opens the closure-day form and fills it with the year's whole list (the form starts with one empty row). */
  async enterClosures(closures: Holiday[]) {
    await this.page.getByRole('button', { name: /^(录入|修改)停工日$/ }).click();
    const form = this.closuresForm();
    for (const [i, closure] of closures.entries()) {
      const row = form.getByRole('group', { name: `停工日 ${i + 1}` });
      if ((await row.count()) === 0) await form.getByRole('button', { name: '添加停工日' }).click();
      await row.getByLabel('名称').fill(closure.name);
      await row.getByLabel('停工首日').fill(closure.first);
      await row.getByLabel('停工末日').fill(closure.last);
    }
  }
}
