// A complaint whose words start like an Excel formula goes out in a CSV list as text: the cell
// starts with a ' (Excel shows the words and runs nothing), masked or in full.
import { expect, test } from '@playwright/test';
import { ExchangePage } from './exchangePages';
import { ConsolePage } from './pages';

const HYPERLINK = '=HYPERLINK("http://x","y")';
const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Cells of a CSV line as Excel splits them (quotes undone, nothing else). */
function cellsOf(line: string): string[] {
  const cells: string[] = [];
  const pattern = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g;
  for (let match = pattern.exec(line); match && match.index < line.length; match = pattern.exec(line)) {
    cells.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : (match[2] ?? ''));
    if (pattern.lastIndex === line.length) break;
  }
  return cells;
}

test('a CSV export of a complaint whose content is =HYPERLINK(...) comes out as text', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open();
  await console.signIn('陈晓');
  const exchange = new ExchangePage(page);
  await exchange.open();
  const headers = [
    '工单号',
    '受理时间',
    '受理渠道',
    '投诉分类',
    '紧急程度',
    '投诉人姓名',
    '联系电话',
    '投诉事项',
    '发生地点',
    '投诉内容',
    '诉求',
  ];
  const row = [
    'GD-F1',
    '2026/10/08 09:30',
    '12345热线',
    '服务质量',
    '一般',
    '周先生',
    '13912345678',
    '服务态度',
    '城东店',
    HYPERLINK,
    '道歉',
  ];
  const buffer = Buffer.from('\ufeff' + [headers, row].map((r) => r.map(csvCell).join(',')).join('\r\n'), 'utf8');
  await exchange.chooseFile({ name: '热线导出.csv', mimeType: 'text/csv', buffer });
  await exchange.importAll();
  await page.getByRole('button', { name: '完成' }).click();

  for (const full of [false, true]) {
    if (full) await exchange.asDeputy();
    const file = await exchange.exportComplaints('CSV', full);
    const [head, line] = file.text.replace(/^\ufeff/, '').split('\r\n');
    const cells = cellsOf(line!);
    const content = cells[cellsOf(head!).indexOf('投诉内容')];
    expect(content).toBe(`'${HYPERLINK}`);
  }
});
