// Hotline exports become registrations: columns found by their names, values turned into the
// plan's codes, every row checked and numbered as in the file, repeats set apart.
import { describe, expect, it } from 'vitest';
import { defaultPlan } from '@shared/defaultPlan';
import {
  checkRows,
  guessMapping,
  headerSignature,
  mappingFromNames,
  mappingToNames,
  parseReceivedAt,
  splitDuplicates,
  type SourceTable,
} from '@shared/importing';
import { readCsv } from '../../../renderer/features/exchange/csvFile';

const plan = defaultPlan('2026-01-01T00:00:00+08:00');
const NOW = Date.parse('2026-11-23T10:00:00+08:00');
const OWNER = 'a1000000-0000-4000-8000-000000000007';

const HEADERS = ['工单编号', '来电时间', '来源', '问题分类', '紧急度', '来电人', '联系方式', '事项', '事发地点', '来电内容', '诉求'];
const good = (ref: string, overrides: Record<number, string> = {}) => {
  const row = [
    ref,
    '2026/11/20 9:05',
    '12345热线',
    '产品质量',
    '一般',
    '周先生',
    '13912345678',
    '电热水壶',
    '城东店',
    '水壶使用三天后漏电，要求处理。',
    '退货退款',
  ];
  for (const [i, v] of Object.entries(overrides)) row[Number(i)] = v;
  return row;
};

describe('column mapping', () => {
  it('recognises a hotline export by its Chinese header names', () => {
    const mapping = guessMapping(HEADERS);
    expect(mapping).toMatchObject({ externalRef: 0, receivedAt: 1, channelCode: 2, categoryCode: 3, urgency: 4, name: 5, phone: 6 });
    expect(mapping).toMatchObject({ subject: 7, place: 8, content: 9, expectedResolution: 10 });
  });

  it('recognises English headers, ignoring case, spaces and punctuation', () => {
    const mapping = guessMapping([
      'Ticket No.',
      'Received at',
      'Channel',
      'Category',
      'Priority',
      'Name',
      'Mobile',
      'Subject',
      'Location',
      'Description',
      'Expected',
    ]);
    expect(Object.keys(mapping)).toHaveLength(11);
    expect(mapping.phone).toBe(6);
  });

  it('prefers our own column title over a synonym and does not give a column twice', () => {
    const mapping = guessMapping(['投诉编号', '事件编号', '工单号', '诉求', '投诉内容', '内容']);
    expect(mapping.externalRef).toBe(2);
    expect(mapping.expectedResolution).toBe(3);
    expect(mapping.content).toBe(4);
  });

  it('remembers a mapping by header names, so the same layout maps itself again', () => {
    const changed = { ...guessMapping(HEADERS), subject: 9, content: 7 };
    const names = mappingToNames(HEADERS, changed);
    expect(mappingFromNames(HEADERS, names)).toEqual(changed);
    expect(headerSignature(HEADERS)).toBe(headerSignature(HEADERS.map((h) => ` ${h} `)));
  });
});

describe('受理时间 as hotline systems write it', () => {
  it.each([
    ['2026-11-20 09:05', '2026-11-20T09:05'],
    ['2026/11/20 9:05:30', '2026-11-20T09:05'],
    ['2026年11月20日 9时5分', '2026-11-20T09:05'],
    ['2026-11-20', '2026-11-20T00:00'],
    ['2026-11-20T01:05:00Z', '2026-11-20T09:05'],
    ['2026-11-20T09:05:00+08:00', '2026-11-20T09:05'],
  ])('reads %s', (text, expected) => {
    expect(parseReceivedAt(text, 480)).toBe(expected);
  });

  it('reads an XLSX date (wall time carried as UTC) and an Excel serial number', () => {
    expect(parseReceivedAt(new Date(Date.UTC(2026, 10, 20, 9, 5)), 480)).toBe('2026-11-20T09:05');
    // 46346 is 2026-11-20; .378472 of a day is 09:05.
    expect(parseReceivedAt(46346 + (9 * 60 + 5) / 1440, 480)).toBe('2026-11-20T09:05');
  });

  it('refuses dates that do not exist or are not dates', () => {
    expect(parseReceivedAt('2026-02-30 10:00', 480)).toBeNull();
    expect(parseReceivedAt('昨天下午', 480)).toBeNull();
    expect(parseReceivedAt('2026-11-20 25:00', 480)).toBeNull();
  });
});

describe('checking every row', () => {
  const table = (rows: string[][]): SourceTable => ({ headers: HEADERS, rows });
  const check = (rows: string[][]) => checkRows(table(rows), guessMapping(HEADERS), plan, NOW, OWNER);

  it('turns names into plan codes (12345热线 → hotline, 产品质量 → product-quality)', () => {
    const { valid, problems } = check([good('GD-1')]);
    expect(problems).toEqual([]);
    expect(valid[0]).toMatchObject({ row: 2, externalRef: 'GD-1' });
    expect(valid[0]!.registration).toMatchObject({
      channelCode: 'hotline',
      categoryCode: 'product-quality',
      urgency: 'normal',
      receivedAt: '2026-11-20T09:05',
    });
  });

  it('reports each bad row with its file row number (header is row 1), field and reason', () => {
    const { valid, problems, invalidRows } = check([
      good('GD-1'),
      good('GD-2', { 6: '' }),
      good('GD-3', { 6: '12345' }),
      good('GD-4', { 3: '外星投诉' }),
      good('GD-5', { 1: '2026-13-01 10:00' }),
      good('GD-6', { 1: '2027-01-01 10:00' }),
    ]);
    expect(valid.map((v) => v.row)).toEqual([2]);
    expect(invalidRows).toBe(5);
    expect(problems).toEqual([
      { row: 3, field: 'phone', reason: { key: 'validation.required' } },
      { row: 4, field: 'phone', reason: { key: 'exchange.reason.badPhone', params: { value: '12345' } } },
      { row: 5, field: 'categoryCode', reason: { key: 'exchange.reason.unknownValue', params: { value: '外星投诉' } } },
      { row: 6, field: 'receivedAt', reason: { key: 'exchange.reason.badDate', params: { value: '2026-13-01 10:00' } } },
      { row: 7, field: 'receivedAt', reason: { key: 'validation.future' } },
    ]);
  });

  it('reports a row with more cells than the header, or fewer, instead of dropping or shifting its values', () => {
    const csv = [
      HEADERS.join(','),
      good('GD-1').join(','),
      // An unquoted comma in the content: the rest of it lands beyond the header.
      [...good('GD-2').slice(0, 9), '水壶漏电', '又漏了一次', '退货退款'].join(','),
      // A line break in the content split the row in two.
      good('GD-3').slice(0, 10).join(','),
      // Trailing separators with nothing after them lose nothing.
      `${good('GD-4').join(',')},,`,
    ].join('\r\n');
    const source = readCsv(new TextEncoder().encode(csv));
    const { valid, problems, invalidRows } = checkRows(source, guessMapping(HEADERS), plan, NOW, OWNER);
    expect(valid.map((v) => v.externalRef)).toEqual(['GD-1', 'GD-4']);
    expect(invalidRows).toBe(2);
    expect(problems).toContainEqual({
      row: 3,
      field: 'row',
      reason: { key: 'exchange.reason.extraCells', params: { cells: '12', columns: '11', from: '12' } },
    });
    expect(problems).toContainEqual({
      row: 4,
      field: 'row',
      reason: { key: 'exchange.reason.missingCells', params: { cells: '10', columns: '11', missing: '诉求' } },
    });
  });

  it('makes every row invalid when a required field has no column', () => {
    const mapping = guessMapping(HEADERS);
    delete mapping.place;
    const { valid, problems } = checkRows(table([good('GD-1')]), mapping, plan, NOW, OWNER);
    expect(valid).toEqual([]);
    expect(problems).toEqual([{ row: 2, field: 'place', reason: { key: 'validation.required' } }]);
  });
});

describe('a masked export read back', () => {
  const MASKED_HEADERS = [...HEADERS, '身份证号', '地址'];
  const row = (name: string, phone: string, id: string, address: string) => [...good('GD-1', { 5: name, 6: phone }), id, address];
  const check = (rows: string[][]) => checkRows({ headers: MASKED_HEADERS, rows }, guessMapping(MASKED_HEADERS), plan, NOW, OWNER);

  it('says that 138****5678, a masked ID number, 刘* and a masked address were masked, not that they are invalid', () => {
    const { valid, problems } = check([row('刘*', '138****5678', '1101**********002X', '北京市东城区********')]);
    expect(valid).toEqual([]);
    expect(problems).toEqual([
      { row: 2, field: 'name', reason: { key: 'exchange.reason.masked' } },
      { row: 2, field: 'phone', reason: { key: 'exchange.reason.masked' } },
      { row: 2, field: 'idNumber', reason: { key: 'exchange.reason.masked' } },
      { row: 2, field: 'address', reason: { key: 'exchange.reason.masked' } },
    ]);
  });

  it('takes full personal data as it is', () => {
    const { valid, problems } = check([row('刘德明', '13812345678', '11010519491231002X', '北京市东城区东长安街1号')]);
    expect(problems).toEqual([]);
    expect(valid).toHaveLength(1);
  });
});

describe('duplicates', () => {
  const rows = checkRows(
    {
      headers: HEADERS,
      rows: [good('GD-1'), good('GD-1'), good('GD-9'), good(''), good(''), good('', { 6: '13800000000' })],
    },
    guessMapping(HEADERS),
    plan,
    NOW,
    OWNER,
  ).valid;

  it('sets apart a 工单号 already stored or repeated in the file, and the same phone, time and content without one', () => {
    const { fresh, duplicates } = splitDuplicates(rows, { refs: new Set(['GD-9']), contentKeys: new Set() });
    expect(fresh.map((r) => r.row)).toEqual([2, 5, 7]);
    expect(duplicates).toEqual([
      { row: 3, externalRef: 'GD-1', reason: 'ref-in-file', firstRow: 2 },
      { row: 4, externalRef: 'GD-9', reason: 'ref-stored' },
      { row: 6, externalRef: '', reason: 'content-in-file', firstRow: 5 },
    ]);
  });

  it('recognises a stored complaint by phone + 受理时间 + 投诉内容', () => {
    const key = `13800000000|2026-11-20T09:05|水壶使用三天后漏电，要求处理。`;
    const { duplicates } = splitDuplicates(rows, { refs: new Set(), contentKeys: new Set([key]) });
    expect(duplicates.find((d) => d.row === 7)).toEqual({ row: 7, externalRef: '', reason: 'content-stored' });
  });
});
