// Printing in the browser host: the incident summary (事件摘要) and the emergency contact list,
// printed to PDF by Chromium's printToPDF (the call the Electron host makes) and read back with
// poppler: Chinese text, the running header on every page, 第 X 页 / 共 Y 页, masked phones and
// embedded CJK fonts.
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { ConsolePage, ContactsPage, IncidentInstructions, IncidentPage, IntakePage } from './pages';
import { PAGE_NUMBER, PrintedPdf, SummaryPage } from './printPages';
import { FUEL_DISPUTE } from '../fixtures/registrations';

const SHOTS = 'test-results/screenshots';
const OUT = 'test-results/print';
const ORGANISATION = '本单位';
const MARK = '内部资料';

const fuelDispute = FUEL_DISPUTE;

const onlookers = [
  ['吴小明', '13900002222', '同一时段在该站加油，同样怀疑加油量不足，要求现场核验。'],
  ['郑丽', '13900003333', '排队时看到争执，自己加油后发现金额与油量对不上，要求退款。'],
  ['冯强', '13900004444', '长期在该站加油，近一个月每次都感觉少加，要求检查加油机并说明情况。'],
] as const;

/** Every page carries the organisation and the mark on top, and 第 i 页 / 共 N 页 at the foot. */
function expectRunningHeaderAndFooter(pdf: PrintedPdf): number {
  const pages = pdf.pages();
  pages.forEach((text, index) => {
    const lines = text.split('\n').filter((line) => line.trim());
    expect(lines[0], `page ${index + 1} header`).toContain(ORGANISATION);
    expect(lines[0], `page ${index + 1} header`).toContain(MARK);
    const footer = PAGE_NUMBER.exec(lines.at(-1) ?? '');
    expect(footer, `page ${index + 1} footer`).not.toBeNull();
    expect(Number(footer![1])).toBe(index + 1);
    expect(Number(footer![2])).toBe(pages.length);
  });
  return pages.length;
}

/** The CJK text is drawn from an embedded Noto CJK SC (or, on Windows, YaHei/SimSun), not a system font. */
function expectCjkFontEmbedded(pdf: PrintedPdf) {
  const fonts = pdf.fonts();
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  expect(fonts.every((font) => font.unicode)).toBe(true);
  expect(pdf.fontNames().some((name) => /NotoSansCJKsc|NotoSansSC|SourceHanSansSC|MicrosoftYaHei|SimSun/i.test(name))).toBe(true);
}

test('prints a long incident summary over numbered A4 pages with the header, masked phones and embedded Chinese fonts', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const console = new ConsolePage(page);
  const intake = new IntakePage(page);
  const incident = new IncidentPage(page);
  const summary = new SummaryPage(page);
  await console.open();
  await console.signIn('陈晓');
  await intake.open();
  const numbers = await intake.register(fuelDispute);
  await incident.openFromBoard(numbers.incident);

  // Onlookers complain about the same pump: one incident, several complainants.
  for (const [name, phone, content] of onlookers) {
    await page.getByRole('link', { name: '登记关联投诉' }).click();
    await expect(page.getByText(`关联到事件 ${numbers.incident}`)).toBeVisible();
    await page.getByLabel('受理渠道', { exact: true }).selectOption({ label: '现场来访' });
    await page.getByLabel('紧急程度', { exact: true }).selectOption({ label: '紧急' });
    await page.getByLabel('姓名', { exact: true }).fill(name);
    await page.getByLabel('联系电话', { exact: true }).fill(phone);
    await page.getByLabel('投诉内容（事情经过）', { exact: true }).fill(content);
    await page.getByLabel('期望解决方式', { exact: true }).fill('核验加油机并退还差额');
    await intake.save();
    await expect(page.getByRole('status').filter({ hasText: numbers.incident })).toBeVisible();
    await page.getByRole('link', { name: '查看事件' }).click();
  }

  // The whole response, so the timeline runs to many entries.
  await incident.run('确认有效，予以受理');
  await incident.run('确认分级', { 级别: '一级', 理由: '现场群众聚集且记者到场，可能引发媒体关注' });
  await console.switchOperator('王建国');
  await incident.run('启动应急响应', { 备注: '成立专项处理小组，技术监督局到场核验' });
  await new IncidentInstructions(page).issueStandard();
  await incident.run('完成调查', { 调查结论: '加油机计量误差超出允许范围，少加油2.1升' });
  await incident.run('提交解决方案', { '解决方案（道歉、赔偿、整改等）': '退还差额，书面道歉，停用并检修该加油机' });
  await incident.run('批准方案');
  await incident.addCommunication('电话告知调查结论和解决方案，投诉人同意', '周建华');
  await incident.addCommunication('现场向其余三位投诉人说明核验结果并退还差额', '吴小明、郑丽、冯强');
  await incident.run('协商一致，开始实施');
  await incident.run('实施完成');
  await incident.run('记录反馈', { 向投诉人反馈的结果及理由: '已退还差额并致歉，加油机已检修并经技术监督局复检合格' });
  await incident.run('记录满意度', { 投诉人满意度: '满意' });
  // The standard instructions were never signed: closing withdraws them, with a reason.
  await incident.run('关闭事件', { 撤销未办结指令的理由: '差额已退还，余下指令不再需要' });
  await incident.expectStage('已关闭');
  await page.screenshot({ path: `${SHOTS}/incident-summary-link.png` });

  await summary.openFromIncident(numbers.incident);
  await expect(summary.section('投诉人（4）')).toContainText('138****5678');
  await expect(summary.document()).not.toContainText('13812345678');
  await expect(summary.section(/^时间线/).getByRole('row')).not.toHaveCount(0);
  await expect(summary.document()).toContainText('一级（红色）');
  await page.screenshot({ path: `${SHOTS}/summary-zh.png`, fullPage: true });

  // 打印 goes through the host: the browser's print, offering the summary's own file name.
  await page.evaluate(() => {
    const record = window as unknown as { printedTitles: string[] };
    record.printedTitles = [];
    window.print = () => record.printedTitles.push(document.title);
  });
  await summary.printButton().click();
  expect(await page.evaluate(() => (window as unknown as { printedTitles: string[] }).printedTitles)).toEqual([
    `事件摘要-${numbers.incident}`,
  ]);
  await expect(page).toHaveTitle(/应急指挥台/);

  const pdf = await summary.savePdf(`${OUT}/summary-zh.pdf`);
  pdf.images(`${OUT}/summary-zh`);
  const text = pdf.text();
  for (const expected of [
    '事件摘要',
    numbers.incident,
    numbers.complaint,
    '周建华',
    '吴小明',
    '城东加油站加油数量争议',
    '处置时限',
    '时间线',
  ]) {
    expect(text).toContain(expected);
  }
  expect(text).toContain('138****5678');
  // 保护投诉人隐私: neither the full number nor the ID number and address leave the office on paper.
  for (const personal of ['13812345678', '11010519491231002X', '城东区建设路12号', '13900002222']) expect(text).not.toContain(personal);
  // A Chinese print is Chinese throughout: the only Latin letters are in the record numbers.
  expect(text.replace(/\b(?:SJ|TS)-\d{8}-\d{4}\b/g, '').match(/[A-Za-z]{2,}/g)).toBeNull();
  expect(expectRunningHeaderAndFooter(pdf)).toBeGreaterThanOrEqual(2);
  expectCjkFontEmbedded(pdf);

  // In English the frame follows the operator's language.
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('article', { name: 'Incident summary' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/summary-en.png`, fullPage: true });
  const english = await summary.savePdf(`${OUT}/summary-en.pdf`);
  english.images(`${OUT}/summary-en`);
  const englishPages = english.pages();
  englishPages.forEach((pageText, index) => {
    expect(pageText).toContain('Internal');
    expect(pageText).toMatch(new RegExp(`Page\\s*${index + 1}\\s*of\\s*${englishPages.length}`));
  });
});

test('prints the emergency contact list on one A4 page with the same header and footer', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('陈晓');
  await new ContactsPage(page).open();
  await expect(page.getByRole('region', { name: '外部单位' })).toContainText('12315');
  const pdf = PrintedPdf.write(`${OUT}/contacts-zh.pdf`, await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  pdf.images(`${OUT}/contacts-zh`);
  expect(expectRunningHeaderAndFooter(pdf)).toBe(1);
  expect(pdf.text()).toContain('应急联系名单');
  expectCjkFontEmbedded(pdf);
});

test('says so when the incident to summarise does not exist', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('陈晓');
  // A hash change, not a reload: the operator stays at the seat.
  await page.evaluate((id) => (window.location.hash = `#/incidents/${id}/summary`), randomUUID());
  await expect(page.getByRole('alert')).toContainText('找不到该事件，无法生成事件摘要');
  await expect(page.getByRole('link', { name: '返回看板' })).toBeVisible();
});
