// Page models of the plan's versions: the list, the draft editor, the leader's decision and the
// difference of two versions.
import { expect, type Locator, type Page } from '@playwright/test';
import { ConsolePage } from './pages';

export class PlanVersionsPage {
  constructor(readonly page: Page) {}

  async open() {
    await new ConsolePage(this.page).nav('应急预案').click();
    await expect(this.page.getByRole('region', { name: '预案版本' })).toBeVisible();
  }

  versions(): Locator {
    return this.page.getByRole('region', { name: '预案版本' });
  }

  version(n: number): Locator {
    return this.versions().getByRole('row', { name: `第 ${n} 版` });
  }

  async startRevision() {
    await this.versions().getByRole('button', { name: '新建修订' }).click();
  }

  editor(): Locator {
    return this.page.locator('section.plan-editor');
  }

  async setLimit(stage: string, amount: string) {
    await this.editor().getByLabel(`${stage} 时长`, { exact: true }).first().fill(amount);
  }

  async setDepartment(category: string, department: string) {
    await this.editor().getByLabel(`${category} 对口部门或小组`, { exact: true }).selectOption({ label: department });
  }

  /** 新增分类: the new row is the last one; it is found by its Chinese name once typed. */
  async addCategory(zh: string, en: string, department: string) {
    const section = this.editor().getByRole('region', { name: '投诉分类与对口部门' });
    await section.getByRole('button', { name: '新增分类' }).click();
    await section.getByRole('row').last().getByRole('textbox').first().fill(zh);
    await section.getByLabel(`${zh} 英文名称`, { exact: true }).fill(en);
    await this.setDepartment(zh, department);
  }

  fieldError(label: string): Locator {
    return this.editor()
      .locator('.field', { has: this.page.getByLabel(label, { exact: true }) })
      .first()
      .getByRole('alert');
  }

  async saveDraft() {
    await this.editor().getByRole('button', { name: '保存草稿' }).click();
  }

  async submit() {
    await this.editor().getByRole('button', { name: '提交审批' }).click();
    await expect(this.editor().getByRole('status')).toHaveText('已提交组长审批。');
  }

  decision(): Locator {
    return this.page.getByRole('group', { name: '审批' });
  }

  async returnWith(comment: string) {
    await this.decision().getByLabel('退回意见').fill(comment);
    await this.decision().getByRole('button', { name: '退回' }).click();
  }

  async approve() {
    await this.decision().getByRole('button', { name: '批准' }).click();
    await expect(this.editor().getByRole('status')).toContainText('已批准');
  }

  diff(): Locator {
    return this.page.getByRole('region', { name: '版本对比' });
  }
}
