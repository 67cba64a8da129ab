// Lists leave the console in Chinese, in China time, masked unless asked otherwise; a full
// complaint export reads back in as the same complaints.
import { describe, expect, it } from 'vitest';
import { defaultPlan } from '@shared/defaultPlan';
import { complaintTable, exportFileName, incidentTable, maskAddress } from '@shared/exporting';
import { checkRows, guessMapping } from '@shared/importing';
import type { Complaint, Incident } from '@shared/model';
import { readCsv, writeCsv } from '../../../renderer/features/exchange/csvFile';
import { readXlsx, writeXlsx } from '../../../renderer/features/exchange/xlsxFile';

const plan = defaultPlan('2026-01-01T00:00:00+08:00');
const NOW = Date.parse('2026-11-23T10:00:00+08:00');
const OWNER = 'a1000000-0000-4000-8000-000000000007';

const complaint = (i: number, overrides: Partial<Complaint> = {}): Complaint => ({
  id: `00000000-0000-4000-8000-00000000000${i}`,
  mode: 'live',
  number: `TS-20261120-00000${i}`,
  incidentId: `10000000-0000-4000-8000-00000000000${i}`,
  receivedAt: '2026-11-20T09:05:00+08:00',
  channelCode: 'regulator-12315',
  categoryCode: 'fuel-quantity-quality',
  urgency: 'fairly-urgent',
  complainant: { name: '欧阳娜娜', phone: '13912345678', idNumber: '11010519491231002X', address: '北京市东城区东长安街1号' },
  content: '加满油箱后发现加油量与油箱容量不符，怀疑加油机计量有误。',
  subject: '城东加油站加油数量不足',
  expectedResolution: '核实计量并退还差额',
  place: '城东加油站',
  peopleInvolved: 2,
  facts: { mediaAttention: true, injury: false, regulatorInvolved: true, repeatComplaint: false, amountAtStake: 1200.5 },
  ownerId: OWNER,
  externalRef: `12315-${i}`,
  createdAt: '2026-11-20T09:10:00+08:00',
  createdBy: OWNER,
  updatedAt: '2026-11-20T09:10:00+08:00',
  updatedBy: OWNER,
  ...overrides,
});
const numbers = new Map([[complaint(1).incidentId, 'SJ-20261120-000001']]);

describe('complaint list', () => {
  it('has Chinese headers, China time and codes as their Chinese names', () => {
    const table = complaintTable([complaint(1)], numbers, plan, true);
    expect(table.columns.map((c) => c.title)).toEqual([
      '投诉编号',
      '事件编号',
      '工单号',
      '受理时间',
      '受理渠道',
      '投诉分类',
      '紧急程度',
      '投诉人姓名',
      '联系电话',
      '身份证号',
      '地址',
      '投诉事项',
      '发生地点',
      '投诉内容',
      '诉求',
      '涉及人数',
      '涉及金额',
      '媒体关注',
      '人身伤害',
      '监管介入',
      '重复投诉',
    ]);
    expect(table.rows[0]!.slice(0, 7)).toEqual([
      'TS-20261120-000001',
      'SJ-20261120-000001',
      '12315-1',
      '2026-11-20 09:05',
      '12315 转办',
      '加油站数质量',
      '较紧急',
    ]);
    expect(table.rows[0]!.slice(-4)).toEqual(['是', '否', '是', '否']);
  });

  it('masks personal data unless full data is asked for', () => {
    const masked = complaintTable([complaint(1)], numbers, plan, false).rows[0]!;
    expect(masked.slice(7, 11)).toEqual(['欧***', '139****5678', '1101**********002X', '北京市东城区******']);
    expect(complaintTable([complaint(1)], numbers, plan, true).rows[0]!.slice(7, 11)).toEqual([
      '欧阳娜娜',
      '13912345678',
      '11010519491231002X',
      '北京市东城区东长安街1号',
    ]);
    expect(maskAddress('')).toBe('');
  });

  it('names the file after the list and the China-time minute', () => {
    const table = complaintTable([], numbers, plan, false);
    expect(exportFileName(table, NOW, 480, 'csv')).toBe('投诉清单-20261123-1000.csv');
  });
});

describe('round trip: a full export imports back as the same complaints', () => {
  const originals = [
    complaint(1),
    complaint(2, { externalRef: undefined, complainant: { name: 'Li Lei', phone: '010-12345678', idNumber: '', address: '' } }),
  ];
  const registered = (c: Complaint) => ({
    receivedAt: c.receivedAt.slice(0, 16),
    channelCode: c.channelCode,
    categoryCode: c.categoryCode,
    urgency: c.urgency,
    complainant: c.complainant,
    subject: c.subject,
    content: c.content,
    expectedResolution: c.expectedResolution,
    place: c.place,
    peopleInvolved: c.peopleInvolved,
    facts: c.facts,
  });
  const expectSame = (table: Awaited<ReturnType<typeof readXlsx>>) => {
    const { valid, problems } = checkRows(table, guessMapping(table.headers), plan, NOW, OWNER);
    expect(problems).toEqual([]);
    const { ownerId: _owner, incidentId: _incident, ...imported } = valid[0]!.registration;
    expect(Object.keys(imported).sort()).toEqual(Object.keys(registered(originals[0]!)).sort());
    expect(
      valid.map((v) => ({
        ...registered({ ...v.registration, receivedAt: `${v.registration.receivedAt}:00+08:00` } as unknown as Complaint),
        ref: v.externalRef,
      })),
    ).toEqual(originals.map((c) => ({ ...registered(c), ref: c.externalRef ?? '' })));
  };

  it('through CSV (UTF-8 with BOM)', () => {
    const csv = writeCsv(complaintTable(originals, numbers, plan, true));
    expect(csv.startsWith('\ufeff投诉编号,')).toBe(true);
    expectSame(readCsv(new TextEncoder().encode(csv)));
  });

  it('through XLSX (dates as date cells)', async () => {
    expectSame(await readXlsx(await writeXlsx(complaintTable(originals, numbers, plan, true))));
  });
});

describe('incident list', () => {
  it('shows states, levels and owners in the words supplied, names masked by default', () => {
    const incident = {
      number: 'SJ-1',
      title: '加油数量不足',
      categoryCode: 'fuel-quantity-quality',
      channelCode: 'hotline',
      place: '城东加油站',
      urgency: 'urgent',
      level: 1,
      state: 'investigating',
      ownerId: OWNER,
      complainantCount: 2,
      peopleInvolved: 30,
      complainantNames: ['周先生', '李女士'],
      milestones: { receivedAt: '2026-11-20T09:05:00+08:00' },
      nextDeadlineAt: '2026-11-23T00:00:00+08:00',
      updatedAt: '2026-11-21T08:00:00+08:00',
    } as unknown as Incident;
    const words = { state: (s: string) => `阶段:${s}`, level: (l: number | null) => `${l}级`, person: () => '陈晓' };
    const row = incidentTable([incident], plan, words, false).rows[0]!;
    expect(row).toEqual([
      'SJ-1',
      '加油数量不足',
      '加油站数质量',
      '24小时热线',
      '城东加油站',
      '紧急',
      '1级',
      '阶段:investigating',
      '陈晓',
      2,
      30,
      '周**、李**',
      '2026-11-20 09:05',
      '2026-11-23 00:00',
      '2026-11-21 08:00',
    ]);
  });
});

describe('reading what hotline systems write', () => {
  it('reads a GBK/GB18030 CSV as well as UTF-8 with or without BOM', () => {
    // 工单号,姓名 / A1,张三 in GBK.
    const gbk = new Uint8Array([
      0xb9, 0xa4, 0xb5, 0xa5, 0xba, 0xc5, 0x2c, 0xd0, 0xd5, 0xc3, 0xfb, 0x0d, 0x0a, 0x41, 0x31, 0x2c, 0xd5, 0xc5, 0xc8, 0xfd, 0x0d, 0x0a,
    ]);
    const expected = { headers: ['工单号', '姓名'], rows: [['A1', '张三']] };
    expect(readCsv(gbk)).toEqual(expected);
    expect(readCsv(new TextEncoder().encode('工单号,姓名\nA1,张三\n'))).toEqual(expected);
    expect(readCsv(new TextEncoder().encode('\ufeff工单号,姓名\r\nA1,张三\r\n\r\n'))).toEqual(expected);
  });
});
