// 归档: a closed incident is archived with its archive number and how long it is kept; it leaves
// the live board but is still found by its number; its 卷宗 prints as one PDF (read back with
// pdftotext); after the retention the leader deletes the file, and the deletion is audited.
import { expect, test, type Page } from '@playwright/test';
import { ConsolePage, IncidentPage, IntakePage, type Registration } from './pages';
import { PrintedPdf } from './printPages';
import { ReportsPanel } from './reportPages';
import { DATA_PRIVACY, FUEL_DISPUTE_BY_PHONE } from '../fixtures/registrations';

const SHOTS = 'test-results/screenshots';
const OUT = 'test-results/pdf';
const at = (local: string) => new Date(`${local}:00+08:00`);

/** Registered, handled at level 2 with its 首报 sent, and closed on 2026-11-23 by the leader. */
async function closedIncident(page: Page, registration: Registration) {
  await page.clock.setFixedTime(at('2026-11-23T10:00'));
  const console = new ConsolePage(page);
  const incident = new IncidentPage(page);
  await console.open();
  await console.signIn('王建国');
  await new IntakePage(page).open();
  const { incident: number } = await new IntakePage(page).register(registration);
  await incident.openFromBoard(number);
  await incident.run('确认有效，予以受理');
  await incident.run('确认分级', { 级别: '二级', 理由: '影响面较大' });
  await incident.run('启动应急响应');
  const reports = new ReportsPanel(page);
  await reports.draft('首报', ['市场监管部门']);
  await reports.send('首报', '电话', '区市场监管局 李科长');
  await incident.run('完成调查', { 调查结论: '查明原因' });
  await incident.run('提交解决方案', { '解决方案（道歉、赔偿、整改等）': '致歉并整改' });
  // Level 2: the leading group approves the solution (方案审批).
  await incident.run('批准方案');
  await incident.addCommunication('电话告知投诉人方案，投诉人同意', registration.name);
  await incident.run('协商一致，开始实施');
  await incident.run('实施完成');
  await incident.run('记录反馈', { 向投诉人反馈的结果及理由: '已按方案处理并致歉' });
  await incident.run('记录满意度', { 投诉人满意度: '满意' });
  await page.clock.setFixedTime(at('2026-11-23T16:00'));
  await incident.run('关闭事件');
  await incident.expectStage('已关闭');
  return { console, incident, number };
}

const panel = (page: Page) => page.getByRole('region', { name: '归档', exact: true });
for (const [name, registration] of [
  ['petrol station', FUEL_DISPUTE_BY_PHONE],
  ['data privacy', DATA_PRIVACY],
] as const) {
  test(`${name}: archived with its number and retention, off the board but found, its 卷宗 printed, deleted after retention`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const { console, number } = await closedIncident(page, registration);
    await expect(panel(page)).toContainText('一级 30 年、二级 10 年、三级 10 年');
    // The file is filed complete: not while the 终报 or the call-back is owed.
    await page.clock.setFixedTime(at('2026-11-23T16:30'));
    await panel(page).getByRole('button', { name: '归档' }).click();
    await expect(panel(page).getByRole('alert')).toHaveText('本事件还有应报送的报告（如终报）未报送，报送后方可归档。');
    const reports = new ReportsPanel(page);
    await reports.draft('终报');
    await reports.send('终报', '公文', '区市场监管局 李科长');
    await panel(page).getByRole('button', { name: '归档' }).click();
    await expect(panel(page).getByRole('alert')).toHaveText('本事件尚未完成回访，回访后方可归档。');
    await page.clock.setFixedTime(at('2026-11-30T17:00'));
    const calls = page.getByRole('region', { name: '回访', exact: true });
    await calls.getByRole('button', { name: '记录回访' }).click();
    const call = calls.getByRole('form', { name: '记录回访' });
    await call.getByLabel('回访方式', { exact: true }).selectOption({ label: '电话' });
    await call.getByLabel('满意度', { exact: true }).selectOption({ label: '满意' });
    await call.getByLabel('回访情况', { exact: true }).fill('投诉人表示满意。');
    await call.getByRole('button', { name: '保存回访记录' }).click();
    await expect(calls.getByRole('status')).toHaveText('已于 2026-11-30 17:00 回访');

    await page.clock.setFixedTime(at('2026-12-01T09:00'));
    await panel(page).getByRole('button', { name: '归档' }).click();
    await expect(panel(page).getByRole('status')).toHaveText(
      '已归档：档号 GD-2026-0001，王建国 于 2026-12-01 09:00 归档，保存至 2036-12-31。',
    );
    await expect(panel(page).getByRole('button', { name: '销毁卷宗' })).toHaveCount(0);
    await expect(panel(page)).toContainText('保存期至 2036-12-31，期满后方可销毁。');
    await panel(page).screenshot({ path: `${SHOTS}/archive-panel-${name.replace(' ', '-')}-zh.png` });

    // Off the live board, found by its number.
    await console.nav('事件看板').click();
    // Every stage, closed ones too: a file closed a week ago would still be here, were it not archived.
    await page.getByRole('combobox', { name: '阶段' }).selectOption({ label: '阶段: 全部' });
    await expect(page.getByRole('table', { name: '事件看板' })).toContainText('没有符合条件的事件。');
    await expect(page.getByRole('link', { name: number })).toHaveCount(0);
    await page.getByRole('searchbox', { name: '搜索编号、投诉人、事由或地点' }).fill(number);
    await expect(page.getByRole('link', { name: number })).toBeVisible();
    await page.getByRole('link', { name: number }).click();

    // The 卷宗 as one PDF.
    await panel(page).getByRole('link', { name: '查看卷宗' }).click();
    await expect(page.getByRole('article', { name: '卷宗' })).toContainText('GD-2026-0001');
    const pdf = PrintedPdf.write(
      `${OUT}/dossier-${name.replace(' ', '-')}.pdf`,
      await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }),
    );
    const text = pdf.text().replace(/\s+/g, ' ');
    for (const expected of [
      '卷宗',
      '档号',
      'GD-2026-0001',
      number,
      '2036-12-31',
      '卷内目录',
      '信息报送记录',
      '首报',
      '终报',
      '区市场监管局 李科长',
      '以电话回访投诉人，满意度：满意',
      '回访记录',
      '投诉人表示满意。',
      '沟通记录',
      '证据材料清单',
      '本事件无附件。',
      '时间线',
      '归档，档号 GD-2026-0001',
    ])
      expect(text, expected).toContain(expected);
    await page.screenshot({ path: `${SHOTS}/dossier-${name.replace(' ', '-')}-zh.png`, fullPage: true });
    await page.getByRole('link', { name: '← 返回事件' }).click();

    // After the retention: the leader deletes the file (with the password again), and it is audited.
    await page.clock.setFixedTime(at('2037-01-02T09:00'));
    await page.reload();
    await console.signIn('王建国');
    await panel(page).getByRole('button', { name: '销毁卷宗' }).click();
    const confirm = page.getByRole('alertdialog', { name: '销毁卷宗' });
    await expect(confirm).toContainText('确定销毁卷宗 GD-2026-0001？');
    await confirm.getByRole('button', { name: '确定销毁' }).click();
    await expect(page).toHaveURL(/#\/board$/);
    await page.getByRole('searchbox', { name: '搜索编号、投诉人、事由或地点' }).fill(number);
    await expect(page.getByRole('link', { name: number })).toHaveCount(0);
    await console.nav('组织机构').click();
    await expect(page.getByRole('region', { name: '变更记录' })).toContainText(
      `保存期满（2036-12-31）销毁卷宗 GD-2026-0001（事件 ${number}`,
    );
  });
}
