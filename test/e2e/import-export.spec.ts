// Import of a hotline export (5,000 rows, 50 of them bad) with progress and a per-row report,
// and export → import round trips through CSV and XLSX in a fresh browser profile.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ExchangePage, sameness } from './exchangePages';
import { ConsolePage } from './pages';

const SHOTS = 'test-results/screenshots';
const HEADERS = [
  '工单编号',
  '来电时间',
  '来源',
  '问题分类',
  '紧急度',
  '来电人',
  '联系方式',
  '身份证号',
  '联系地址',
  '事项',
  '事发地点',
  '来电内容',
  '诉求',
  '涉及人数',
  '涉及金额',
  '媒体关注',
];
const CHANNELS = ['12345热线', '电子邮件', '现场来访', '12315 转办', '微博'];
const CATEGORIES = ['产品质量', '服务质量', '合同纠纷', '食品安全', '加油站数质量'];
const URGENCIES = ['一般', '较紧急', '紧急'];

/** One bad cell per bad row, of varied kinds, and the reason the report must give for it. */
const BAD_KINDS: { column: number; value: string; field: string; reason: RegExp }[] = [
  { column: 6, value: '', field: '联系电话', reason: /此项必填/ },
  { column: 6, value: '1391234', field: '联系电话', reason: /有效的电话号码/ },
  { column: 3, value: '外星人投诉', field: '投诉分类', reason: /“外星人投诉”不是预案中的选项/ },
  { column: 1, value: '2026-13-45 10:00', field: '受理时间', reason: /不是有效的日期时间/ },
  { column: 2, value: '飞鸽传书', field: '受理渠道', reason: /“飞鸽传书”不是预案中的选项/ },
  { column: 11, value: '太差', field: '投诉内容', reason: /至少用5个字/ },
  { column: 7, value: '110105194912310021', field: '身份证号', reason: /校验位不符/ },
  { column: 1, value: '2031-01-01 09:00', field: '受理时间', reason: /不能晚于现在/ },
  { column: 13, value: '零', field: '涉及人数', reason: /请输入整数/ },
  { column: 15, value: '也许', field: '媒体关注', reason: /应为“是”或“否”/ },
];

const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

function hotlineRow(i: number, ref = true): string[] {
  const day = String(1 + (i % 28)).padStart(2, '0');
  const hour = String(i % 24).padStart(2, '0');
  const minute = String(i % 60).padStart(2, '0');
  return [
    ref ? `GD2026${String(i).padStart(6, '0')}` : '',
    `2026/10/${day} ${hour}:${minute}`,
    CHANNELS[i % CHANNELS.length]!,
    CATEGORIES[i % CATEGORIES.length]!,
    URGENCIES[i % URGENCIES.length]!,
    `${'王李张刘陈'[i % 5]}先生${i}`,
    i % 7 === 0 ? `010-${String(60_000_000 + i)}` : `139${String(10_000_000 + i).slice(-8)}`,
    i % 11 === 0 ? '11010519491231002X' : '',
    i % 3 === 0 ? `北京市东城区东长安街${i}号` : '',
    `第${i}号工单涉及的产品, "加急"`,
    `门店${i % 40}`,
    `顾客反映购买的产品存在质量问题（工单${i}），要求处理。`,
    i % 2 ? '退货退款' : '赔偿损失',
    String(1 + (i % 4)),
    String((i % 50) * 10),
    i % 97 === 0 ? '是' : '否',
  ];
}

/** A GBK-free UTF-8 CSV with BOM, as many hotline systems write it; every 100th row is bad. */
function hotlineCsv(count: number, badEvery = 100) {
  const bad: { row: number; field: string; reason: RegExp }[] = [];
  const lines = [HEADERS.join(',')];
  for (let i = 0; i < count; i += 1) {
    const cells = hotlineRow(i);
    if (badEvery && i % badEvery === 37 % badEvery) {
      const kind = BAD_KINDS[bad.length % BAD_KINDS.length]!;
      cells[kind.column] = kind.value;
      bad.push({ row: i + 2, field: kind.field, reason: kind.reason });
    }
    lines.push(cells.map(csvCell).join(','));
  }
  return { buffer: Buffer.from('\ufeff' + lines.join('\r\n') + '\r\n', 'utf8'), bad };
}

async function openExchange(page: Page) {
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('陈晓');
  const exchange = new ExchangePage(page);
  await exchange.open();
  return exchange;
}

test('imports 5,000 hotline rows: progress shown, 4,950 registered, the 50 bad rows reported with row and reason', async ({ page }) => {
  test.setTimeout(120_000);
  const { buffer, bad } = hotlineCsv(5000);
  expect(bad).toHaveLength(50);
  const exchange = await openExchange(page);
  await page.screenshot({ path: `${SHOTS}/exchange-home-zh.png`, fullPage: true });
  await exchange.chooseFile({ name: '12345热线导出.csv', mimeType: 'text/csv', buffer });

  await expect(exchange.checkSummary()).toHaveText('共 5,000 行：可导入 4,950 行，有误 50 行，重复 0 行（有误和重复的行不导入）。');
  await expect(page.getByRole('region', { name: '列对应' }).getByLabel('联系电话 *')).toHaveValue('6');
  await page.screenshot({ path: `${SHOTS}/exchange-mapping-zh.png`, fullPage: true });

  await exchange.commitButton().click();
  await expect(exchange.progressBar()).toBeVisible();
  await expect(exchange.progressBar()).toHaveAttribute('aria-valuemax', '4950');
  await expect(page.getByText(/^已导入 [\d,]+ \/ 4,950$/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/exchange-progress-zh.png` });
  await expect(exchange.resultStatus()).toHaveText('已导入 4,950 条投诉；有误 50 行、重复 0 行未导入。', { timeout: 60_000 });
  await page.screenshot({ path: `${SHOTS}/exchange-report-zh.png`, fullPage: true });

  // The report on screen starts with the first bad rows; the download has all 50.
  const invalid = page.getByRole('table', { name: '有误的行' });
  await expect(invalid.getByRole('row').nth(1)).toContainText(`${bad[0]!.row}联系电话此项必填`);
  // 50 findings: the list shows nine rows under its header and scrolls for the rest.
  expect((await invalid.boundingBox())!.height).toBeLessThanOrEqual(10 * 34 + 4);
  const report = await exchange.downloadText(page.getByRole('button', { name: '下载错误清单（CSV）' }));
  const lines = report.text
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('行号,字段,原因');
  expect(lines).toHaveLength(51);
  bad.forEach((expected, i) => {
    const [row, field, ...reason] = lines[i + 1]!.split(',');
    expect([Number(row), field]).toEqual([expected.row, expected.field]);
    expect(reason.join(',')).toMatch(expected.reason);
  });

  expect(await exchange.storedComplaints()).toHaveLength(4950);
  // Each complaint opened its own incident; the board's newest is the 4,950th of the day.
  await new ConsolePage(page).nav('事件看板').click();
  await expect(page.getByRole('link', { name: /^SJ-\d{8}-0*4950$/ })).toBeVisible();

  // The same file again: every good row is recognised by its 工单号 and nothing is imported twice.
  await exchange.open();
  await exchange.chooseFile({ name: '12345热线导出.csv', mimeType: 'text/csv', buffer });
  await expect(exchange.checkSummary()).toContainText('可导入 0 行，有误 50 行，重复 4,950 行');
  await expect(exchange.commitButton()).toBeDisabled();
});

async function reimportInFreshProfile(browser: Browser, file: { name: string; bytes: Buffer }, mimeType: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const exchange = await openExchange(page);
  await exchange.chooseFile({ name: file.name, mimeType, buffer: file.bytes });
  await exchange.importAll();
  const stored = await exchange.storedComplaints();
  await context.close();
  return stored;
}

/** 300 varied rows (some without 工单号) imported through the screen; the stored complaints. */
async function importSample(page: Page) {
  const rows = Array.from({ length: 300 }, (_, i) => hotlineRow(i, i % 10 !== 0));
  const csv = Buffer.from('\ufeff' + [HEADERS, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n'), 'utf8');
  const exchange = await openExchange(page);
  await exchange.chooseFile({ name: '热线导出.csv', mimeType: 'text/csv', buffer: csv });
  await exchange.importAll();
  await page.getByRole('button', { name: '完成' }).click();
  const originals = (await exchange.storedComplaints()).map(sameness).sort();
  expect(originals).toHaveLength(300);
  return { exchange, originals };
}

test('a full complaint export to CSV re-imports in a fresh profile as the same complaints; a masked one hides them', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const { exchange, originals } = await importSample(page);

  const masked = await exchange.exportComplaints('CSV', false);
  expect(masked.text).toContain('139****0001');
  expect(masked.text).not.toContain('13910000001');

  // 陈晓 (值班员) may not take personal data out in full; the 副组长 may.
  await expect(exchange.fullDataOption()).toBeDisabled();
  await expect(page.getByText('只有组长、副组长可以导出完整个人信息（预案规定）。如需完整数据，请联系他们。')).toBeVisible();
  await exchange.asDeputy();

  const csvExport = await exchange.exportComplaints('CSV', true);
  expect(csvExport.name).toMatch(/^投诉清单-\d{8}-\d{4}\.csv$/);
  expect(csvExport.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  await page.screenshot({ path: `${SHOTS}/exchange-export-zh.png`, fullPage: true });

  // The organisation's change log records that full personal data left the console.
  await new ConsolePage(page).nav('组织机构').click();
  await expect(page.getByText(/导出含完整个人信息的清单 投诉清单-.*\.csv（300 条）/)).toBeVisible();

  expect((await reimportInFreshProfile(browser, csvExport, 'text/csv')).map(sameness).sort()).toEqual(originals);

  // The screens in English, for a look.
  await exchange.open();
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Import & export', level: 1 })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/exchange-home-en.png`, fullPage: true });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose file…' }).click();
  await (await chooser).setFiles({ name: 'hotline.csv', mimeType: 'text/csv', buffer: hotlineCsv(120, 10).buffer });
  await expect(page.getByRole('status').filter({ hasText: 'ready to import' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/exchange-mapping-en.png`, fullPage: true });
});

test('a full complaint export to XLSX re-imports in a fresh profile as the same complaints', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { exchange, originals } = await importSample(page);
  await exchange.asDeputy();
  const xlsxExport = await exchange.exportComplaints('Excel', true);
  expect(xlsxExport.name).toMatch(/^投诉清单-\d{8}-\d{4}\.xlsx$/);
  const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  expect((await reimportInFreshProfile(browser, xlsxExport, xlsxMime)).map(sameness).sort()).toEqual(originals);
});

test('cancelling an import half-way takes back everything it registered', async ({ page }) => {
  test.setTimeout(120_000);
  const { buffer } = hotlineCsv(5000, 0);
  const exchange = await openExchange(page);
  await exchange.chooseFile({ name: '12345热线导出.csv', mimeType: 'text/csv', buffer });
  await exchange.commitButton().click();
  // Cancelled once some batches are in: the progress bar has moved past the first batch.
  await expect
    .poll(async () => Number(await exchange.progressBar().getAttribute('aria-valuenow')), { timeout: 60_000, intervals: [50] })
    .toBeGreaterThanOrEqual(500);
  await page.getByRole('button', { name: '取消', exact: true }).click();
  await expect(page.getByText('导入已取消，本次导入的记录已全部撤回。')).toBeVisible({ timeout: 60_000 });

  expect(await exchange.storedComplaints()).toHaveLength(0);
  const incidents = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('complaint-console');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('incidents').objectStore('incidents').count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
  expect(incidents).toBe(0);
  await expect(page.getByRole('region', { name: '导入记录' }).getByText('已取消')).toBeVisible();
});

test('an import goes on while the operator is elsewhere: coming back shows its progress and 取消, then the result; the same file is never imported twice', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const { buffer } = hotlineCsv(5000);
  const file = { name: '12345热线导出.csv', mimeType: 'text/csv', buffer };
  const exchange = await openExchange(page);
  await exchange.chooseFile(file);
  // The page's scripts are slowed, so the run is still going while the operator walks around
  // (IndexedDB itself is not slowed). A second run beside it, from this window or another, is
  // refused and each batch looks for duplicates again: test/unit/db/imports.test.ts.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await exchange.commitButton().click();
  await expect(exchange.progressBar()).toBeVisible();

  await new ConsolePage(page).nav('指挥台').click();
  await expect(exchange.progressBar()).toHaveCount(0);
  await exchange.open();
  await expect(exchange.progressBar()).toBeVisible();
  await expect(page.getByRole('button', { name: '取消', exact: true })).toBeEnabled();
  // The journal is read while the slowed page is busy with the import: give it time.
  await expect(page.getByRole('region', { name: '导入记录' }).getByText('进行中')).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: `${SHOTS}/exchange-progress-returned-zh.png`, fullPage: true });

  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(exchange.resultStatus()).toHaveText('已导入 4,950 条投诉；有误 50 行、重复 0 行未导入。', { timeout: 120_000 });
  await expect(exchange.progressBar()).toHaveCount(0);

  // The same file once more: every good row is already there and nothing is registered twice.
  await page.getByRole('button', { name: '完成' }).click();
  await exchange.chooseFile(file);
  await expect(exchange.checkSummary()).toContainText('可导入 0 行，有误 50 行，重复 4,950 行');
  await expect(exchange.commitButton()).toBeDisabled();
  expect(await exchange.storedComplaints()).toHaveLength(4950);
});

test('the preview shows what the file says and marks every row that will not be imported, and why', async ({ page }) => {
  const header = HEADERS.map(csvCell).join(',');
  const rows = [
    hotlineRow(1),
    Object.assign(hotlineRow(2), { 2: '飞鸽传书' }),
    Object.assign(hotlineRow(3), { 6: '12345' }),
    hotlineRow(1),
    Object.assign(hotlineRow(5), { 5: '刘*', 6: '138****5678' }),
  ];
  const buffer = Buffer.from('\ufeff' + [header, ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n'), 'utf8');
  const exchange = await openExchange(page);
  await exchange.chooseFile({ name: '有问题的导出.csv', mimeType: 'text/csv', buffer });
  await expect(exchange.checkSummary()).toHaveText('共 5 行：可导入 1 行，有误 3 行，重复 1 行（有误和重复的行不导入）。');

  const preview = page.getByRole('region', { name: /^预览/ });
  const row = (n: number) => preview.getByRole('row').filter({ has: page.getByRole('cell', { name: String(n), exact: true }) });
  await expect(row(2)).toContainText('可导入');
  await expect(row(3)).toContainText('有误');
  await expect(row(3).getByRole('cell', { name: '飞鸽传书', exact: true })).toBeVisible();
  await expect(row(3)).toHaveAttribute('title', '受理渠道：“飞鸽传书”不是预案中的选项');
  await expect(row(4)).toContainText('有误');
  await expect(row(4).getByRole('cell', { name: '12345', exact: true })).toBeVisible();
  await expect(row(4)).toHaveAttribute('title', /联系电话：“12345”不是有效的电话号码/);
  await expect(row(5)).toContainText('重复');
  await expect(row(5)).toHaveAttribute('title', '工单号 GD2026000001 与第 2 行重复');
  await expect(row(6)).toHaveAttribute(
    'title',
    '投诉人姓名已脱敏（导出时未包含完整个人信息），无法导入；联系电话已脱敏（导出时未包含完整个人信息），无法导入',
  );
  await expect(page.getByText(/文件中的投诉人信息已脱敏/)).toBeVisible();

  // The report says the same, sized to its few rows.
  const invalid = page.getByRole('table', { name: '有误的行' });
  await expect(invalid).toContainText('联系电话已脱敏（导出时未包含完整个人信息），无法导入');
  await expect(invalid).toContainText('“12345”不是有效的电话号码');
  const height = (await invalid.boundingBox())!.height;
  expect(height).toBeLessThan(6 * 34 + 10);
  await page.screenshot({ path: `${SHOTS}/exchange-preview-bad-rows-zh.png`, fullPage: true });
});
