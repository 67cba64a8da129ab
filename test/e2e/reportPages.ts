// Page model for 信息报送 on the incident page: the clocks, the reports and their forms, by role and
// label as the information team and the leader see them.
import { expect, type Locator, type Page } from '@playwright/test';

export class ReportsPanel {
  constructor(
    readonly page: Page,
    readonly title = '信息报送',
  ) {}

  panel(): Locator {
    return this.page.getByRole('region', { name: this.title, exact: true });
  }

  clocks(): Locator {
    return this.panel().getByRole('list', { name: /报送时限|Reporting deadlines/ });
  }

  report(name: string | RegExp): Locator {
    return this.panel().getByRole('listitem', { name });
  }

  form(name: string | RegExp): Locator {
    return this.panel().getByRole('form', { name });
  }

  fieldError(form: Locator, label: string): Locator {
    return form.locator('.field', { has: this.page.getByLabel(label, { exact: true }) }).getByRole('alert');
  }

  /** 起草<kind>: opens the form filled from the plan's template, ticks the extra recipients, saves. */
  async draft(kind: string, recipients: string[] = []) {
    await this.panel()
      .getByRole('button', { name: `起草${kind}` })
      .click();
    const form = this.form(`起草${kind}`);
    await expect(form.getByLabel('正文', { exact: true })).not.toBeEmpty();
    for (const name of recipients) await form.getByRole('checkbox', { name }).check();
    await form.getByRole('button', { name: '保存草稿' }).click();
    await expect(form).toHaveCount(0);
  }

  /** 报送: the method, the time as the form offers it (now), and who received it. */
  async send(report: string | RegExp, method: string, receivers: string) {
    const card = this.report(report);
    await card.getByRole('button', { name: '报送', exact: true }).click();
    const form = card.getByRole('form', { name: '报送' });
    await form.getByLabel('报送方式', { exact: true }).selectOption({ label: method });
    await form.getByLabel('接收单位及接收人', { exact: true }).fill(receivers);
    await form.getByRole('button', { name: '报送', exact: true }).click();
    await expect(form).toHaveCount(0);
  }
}
