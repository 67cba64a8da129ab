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

/** 导调台 and 演练导调: create a run, drive it, and read what it shows. */
export class TrainerConsole {
  constructor(readonly page: Page) {}

  async openHome() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '演练导调' }).click();
    await expect(this.page.getByRole('heading', { name: '演练导调', exact: true })).toBeVisible();
  }

  /** Creates a run of the scenario titled `title` and returns its number (YL-…). */
  async create(title: string): Promise<string> {
    await this.openHome();
    const panel = this.page.getByRole('region', { name: '新建演练' });
    await panel.getByLabel('演练脚本').selectOption({ label: await this.optionLabel(panel, title) });
    await panel.getByRole('button', { name: '创建演练' }).click();
    const heading = this.page.getByRole('heading', { name: /^导调台 YL-\d{8}-\d{2}$/ });
    await expect(heading).toBeVisible();
    return ((await heading.textContent()) ?? '').replace('导调台 ', '');
  }

  private async optionLabel(panel: Locator, title: string): Promise<string> {
    await expect(panel.getByLabel('演练脚本').locator('option').first()).toBeAttached();
    const labels = await panel.getByLabel('演练脚本').locator('option').allTextContents();
    const label = labels.find((l) => l.startsWith(title));
    if (!label) throw new Error(`no scenario ${title} in ${labels.join(', ')}`);
    return label;
  }

  /** Back to the console of the drill under way, from anywhere. */
  async openActive() {
    await this.openHome();
    await this.page.getByRole('link', { name: '进入导调台' }).click();
    await expect(this.page.getByRole('heading', { name: /^导调台 YL-/ })).toBeVisible();
  }

  speed(speed: 1 | 2 | 5 | 10): Locator {
    return this.page.getByRole('group', { name: '演练速度' }).getByRole('button', { name: `${speed}×` });
  }

  button(name: '开始演练' | '暂停' | '继续' | '结束演练'): Locator {
    return this.page.getByRole('main').getByRole('button', { name, exact: true });
  }

  async finish() {
    await this.button('结束演练').click();
    const dialog = this.page.getByRole('alertdialog', { name: '结束演练' });
    await dialog.getByRole('button', { name: '确定结束' }).click();
    await expect(this.page.locator('.badge.drill-status')).toHaveText('已结束');
  }

  clock(): Locator {
    return this.page.getByRole('status', { name: '演练时间' });
  }

  /** The MSEL table's rows of one inject (its row and its expected actions). */
  inject(seq: number): Locator {
    return this.page.getByRole('table', { name: '情景注入（MSEL）' }).locator(`tbody[data-seq="${seq}"]`);
  }

  async note(text: string, mark?: { action: string; done: boolean }) {
    const panel = this.page.getByRole('region', { name: '观察记录' });
    await panel.getByLabel('观察到的情况').fill(text);
    if (mark) {
      const select = panel.getByLabel('标记预期行动（可选）');
      const labels = await select.locator('option').allTextContents();
      const label = labels.find((l) => l.includes(mark.action));
      if (!label) throw new Error(`no observed action ${mark.action}`);
      await select.selectOption({ label });
      await panel.getByRole('radio', { name: mark.done ? '已完成' : '未完成' }).check();
    }
    await panel.getByRole('button', { name: '记录' }).click();
    await expect(panel.getByRole('list', { name: '观察记录' })).toContainText(text);
  }
}

/** 演练评估: the ratings tables and the actions checked. */
export class EvaluationScreen {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('link', { name: '查看评估' }).click();
    await expect(this.page.getByRole('heading', { name: /^演练评估 YL-/ })).toBeVisible();
  }

  objectives(): Locator {
    return this.page.getByRole('table', { name: '各演练目标评级' });
  }

  /** The rating shown for an objective (after any adjustment), e.g. 'M 勉强完成（存在重大问题）'. */
  objectiveRow(name: string): Locator {
    return this.objectives()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  teams(): Locator {
    return this.page.getByRole('table', { name: '各工作组评级' });
  }

  teamRow(name: string): Locator {
    return this.teams()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  overall(): Locator {
    return this.page.getByRole('region', { name: '总体评级' });
  }

  actionRow(description: string): Locator {
    return this.page.getByRole('table', { name: '预期行动核对' }).getByRole('row').filter({ hasText: description });
  }

  async adjust(objective: string, rating: string, reason: string) {
    await this.objectiveRow(objective).getByRole('button', { name: '调整评级' }).click();
    const dialog = this.page.getByRole('dialog', { name: `调整“${objective}”的评级` });
    await dialog.getByLabel('调整为').selectOption({ label: rating });
    await dialog.getByLabel('调整理由（必填）').fill(reason);
    await dialog.getByRole('button', { name: '保存' }).click();
    return dialog;
  }
}
