// The scenario library in rehearsal mode: the built-ins read as MSEL tables, a copy becomes the
// office's own and is edited only into a valid scenario, and scenarios travel as JSON files.
import { expect, test } from '@playwright/test';
import { ScenarioLibrary, ScenarioScreen } from './scenarioPages';

const SHOTS = 'test-results/screenshots';
const FUEL = '加油站加油数量纠纷';
const COPY = `${FUEL}（副本）`;
const BUILT_INS = ['群体投诉：电热水壶漏电', FUEL, '黄金周景区游客纠纷', '用户数据泄露联名信访与舆情'];

test('a trainer copies a built-in scenario, edits it, exports it and imports it again', async ({ page }) => {
  test.setTimeout(120_000);
  const library = new ScenarioLibrary(page);
  const screen = new ScenarioScreen(page);
  await library.openInDrill();

  // Four built-ins, read-only templates, nothing of the office's own yet.
  await expect(library.rows()).toHaveCount(4);
  for (const title of BUILT_INS) await expect(library.row(title).getByText('内置', { exact: true })).toBeVisible();
  await expect(library.row(FUEL)).toContainText('突发情况演练');
  await page.screenshot({ path: `${SHOTS}/scenario-library-zh.png`, fullPage: true });

  // The fuel dispute as its MSEL: T+0 … with the actions expected, their teams and limits.
  await library.view(FUEL);
  await expect(screen.injectRow(1)).toContainText('T+0');
  await expect(screen.injectRow(1)).toContainText('投诉');
  await expect(screen.injectRow(1)).toContainText('顾客 陈先生 → 城东加油站站长');
  await expect(screen.injectRow(3)).toContainText('T+25');
  const first = screen.actions(1);
  await expect(first.getByRole('row', { name: /登记并审查确认投诉/ })).toContainText('信息收集组');
  await expect(first.getByRole('row', { name: /登记并审查确认投诉/ })).toContainText('事件时间线出现：审查确认');
  await expect(first.getByRole('row', { name: /按预案标准分级/ })).toContainText('二级及以上');
  await expect(screen.actions(2).getByRole('row', { name: /疏导围观群众/ })).toContainText('观察员记录');
  await expect(screen.actions(2).getByRole('row', { name: /下达指令：收集现场情况/ })).toContainText('下达给信息收集组');
  // No ids or codes on screen: action ids and objective codes stay inside.
  await expect(page.getByRole('main')).not.toContainText('b1-verify');
  await expect(page.getByRole('main')).not.toContainText('on-site-control');
  await expect(screen.button('编辑')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/scenario-page-zh.png`, fullPage: true });

  // Copied as the office's own, it opens ready to edit.
  await screen.button('复制为本单位脚本').click();
  await expect(page.getByRole('heading', { name: COPY, level: 1 })).toBeVisible();
  await expect(library.status()).toContainText(`已复制为本单位脚本“${COPY}”`);
  await screen.button('编辑').click();
  const third = await screen.openInject(3);
  await third.getByLabel('时间（T+分钟）').fill('30');
  await screen.action(third, 1).getByLabel('时限（分钟）').fill('20');
  // An action's limit of 0 minutes is refused: the message stands by the field, nothing is saved.
  await screen.action(third, 2).getByLabel('时限（分钟）').fill('0');
  await screen.save();
  await expect(screen.editor().getByRole('alert')).toContainText('有 1 处需要修改，脚本尚未保存');
  await expect(screen.editor().getByRole('alert')).toContainText('第 3 条注入 · 第 2 项预期行动 · 时限：不能小于 1');
  const limit = screen.action(await screen.openInject(3), 2).getByLabel('时限（分钟）');
  await expect(limit).toHaveAttribute('aria-invalid', 'true');
  await expect(screen.action(third, 2)).toContainText('不能小于 1');
  await expect(screen.editor().getByRole('region', { name: /^第 3 条 · / })).toContainText('1 处需修改');
  let stored = await library.stored();
  expect(stored).toHaveLength(1);
  expect(stored[0]?.injects[2]?.offsetMinutes).toBe(25);
  expect(stored[0]?.injects[2]?.expectedActions[0]?.limitMinutes).toBe(15);
  await screen.editor().getByRole('alert').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/scenario-editor-zh.png` });
  await screen.action(third, 1).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/scenario-editor-inject-zh.png` });

  await limit.fill('12');
  await screen.save();
  await expect(library.status()).toHaveText('已保存。');
  await expect(screen.editor()).toHaveCount(0);
  await expect(screen.injectRow(3)).toContainText('T+30');
  await expect(screen.actions(3).getByRole('row').nth(1)).toContainText('20');
  stored = await library.stored();
  expect(stored[0]?.injects[2]?.offsetMinutes).toBe(30);
  expect(stored[0]?.injects[2]?.expectedActions.map((a) => a.limitMinutes).slice(0, 2)).toEqual([20, 12]);

  // Exported to a JSON file and imported again: a second office scenario, the first untouched.
  const file = await library.download(screen.button('导出 JSON'));
  expect(file.name).toBe(`演练脚本-${COPY}.json`);
  const json = JSON.parse(file.text) as { format: string; scenario: { builtIn: boolean; injects: { offsetMinutes: number }[] } };
  expect(json.format).toBe('complaint-console-scenario');
  expect(json.scenario.builtIn).toBe(false);
  expect(json.scenario.injects[2]?.offsetMinutes).toBe(30);
  await library.open();
  await library.importFile({ name: file.name, buffer: file.buffer });
  await expect(library.status()).toContainText('作为新脚本另存，原脚本未被覆盖');
  await expect(library.rows()).toHaveCount(6);
  await expect(library.row(`${COPY}（导入）`)).toContainText('本单位');
  await expect(library.row(COPY)).toContainText('本单位');
  stored = await library.stored();
  expect(stored).toHaveLength(2);
  expect(stored[0]?.injects).toEqual(stored[1]?.injects);

  // Broken files are refused in words, and nothing is added.
  await library.importFile({ name: 'notes.json', buffer: Buffer.from('这不是 JSON') });
  await expect(library.alert()).toContainText('这个文件不是 JSON 文件');
  const invalid = JSON.parse(file.text) as { scenario: { injects: { expectedActions: { limitMinutes: number }[] }[] } };
  invalid.scenario.injects[1]!.expectedActions[0]!.limitMinutes = 0;
  await library.importFile({ name: 'broken.json', buffer: Buffer.from(JSON.stringify(invalid)) });
  await expect(library.alert()).toContainText('这个演练脚本文件有错误，未导入：第 2 条注入 · 第 1 项预期行动 · 时限：不能小于 1');
  await library.importFile({ name: 'backup.json', buffer: Buffer.from(JSON.stringify({ format: 'complaint-console-backup' })) });
  await expect(library.alert()).toContainText('不是演练脚本文件');
  await expect(library.rows()).toHaveCount(6);
  expect(await library.stored()).toHaveLength(2);
  await page.screenshot({ path: `${SHOTS}/scenario-library-import-zh.png`, fullPage: true });

  // A deleted office scenario leaves the library; built-ins offer no delete.
  await library.view(`${COPY}（导入）`);
  await screen.button('删除').click();
  await page.getByRole('alertdialog', { name: '删除演练脚本' }).getByRole('button', { name: '删除' }).click();
  await expect(library.status()).toContainText('已删除演练脚本');
  await expect(library.rows()).toHaveCount(5);
});

test('the library and a scenario read in English', async ({ page }) => {
  const library = new ScenarioLibrary(page);
  await library.openInDrill();
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Scenario library', level: 1 })).toBeVisible();
  await expect(page.getByRole('row', { name: 'Fuel-quantity dispute at a petrol station' })).toContainText('Sudden-situation drill');
  await page.screenshot({ path: `${SHOTS}/scenario-library-en.png`, fullPage: true });
  await page.getByRole('link', { name: 'Fuel-quantity dispute at a petrol station', exact: true }).click();
  const msel = page.getByRole('table', { name: 'Master scenario events list (MSEL)' });
  await expect(msel.locator('tr.inject-row').first()).toContainText('T+0');
  await expect(msel).toContainText('On the incident timeline: verified');
  await expect(msel).toContainText('Information team');
  await page.screenshot({ path: `${SHOTS}/scenario-page-en.png`, fullPage: true });
  await page.getByRole('main').getByRole('button', { name: 'Copy as office scenario' }).click();
  await expect(page.getByRole('heading', { name: 'Fuel-quantity dispute at a petrol station (copy)', level: 1 })).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Edit', exact: true }).click();
  const editor = page.getByRole('form', { name: 'Edit scenario' });
  await editor.getByRole('button', { name: /^No\. 1 · T\+0 · Complaint/ }).click();
  await editor.getByRole('button', { name: /^No\. 4 · T\+40 · Phone call/ }).click();
  await expect(editor.getByRole('region', { name: /^No\. 4 · / }).getByLabel('Time (T+ minutes)')).toHaveValue('40');
  await editor
    .getByRole('region', { name: /^No\. 4 · / })
    .getByLabel('Content (Chinese)')
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/scenario-editor-inject-en.png` });
});
