// A complainant's words can start like an Excel formula (=HYPERLINK(…), +, -, @): a list opened
// in Excel must show them as text, never run them, and a full export must still read back in
// as the same complaints.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { defaultPlan } from '@shared/defaultPlan';
import { complaintTable, incidentTable } from '@shared/exporting';
import { checkRows, guessMapping } from '@shared/importing';
import type { Complaint, Incident } from '@shared/model';
import { readCsv, writeCsv } from '../../../renderer/features/exchange/csvFile';
import { readXlsx, writeXlsx, xlsxCell } from '../../../renderer/features/exchange/xlsxFile';

const plan = defaultPlan('2026-01-01T00:00:00+08:00');
const NOW = Date.parse('2026-11-23T10:00:00+08:00');
const OWNER = 'a1000000-0000-4000-8000-000000000007';
const HYPERLINK = '=HYPERLINK("http://x","y")';

const complaint: Complaint = {
  id: '00000000-0000-4000-8000-000000000001',
  mode: 'live',
  number: 'TS-20261120-000001',
  incidentId: '10000000-0000-4000-8000-000000000001',
  receivedAt: '2026-11-20T09:05:00+08:00',
  channelCode: 'hotline',
  categoryCode: 'service-quality',
  urgency: 'normal',
  complainant: { name: '@周先生', phone: '13912345678', idNumber: '', address: '-城东路8号' },
  content: HYPERLINK,
  subject: '+1 加油数量不足',
  expectedResolution: '=1+1\n退还差额',
  place: '\t城东加油站',
  peopleInvolved: 1,
  facts: { mediaAttention: false, injury: false, regulatorInvolved: false, repeatComplaint: false, amountAtStake: 20 },
  ownerId: OWNER,
  externalRef: 'GD-1',
  createdAt: '2026-11-20T09:10:00+08:00',
  createdBy: OWNER,
  updatedAt: '2026-11-20T09:10:00+08:00',
  updatedBy: OWNER,
};
const numbers = new Map([[complaint.incidentId, 'SJ-20261120-000001']]);

/** The cells exactly as Excel reads them from the CSV (no undoing of our guard). */
const rawCells = (csv: string) => Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;

describe('a CSV list opened in Excel', () => {
  it.each([
    ['full', true],
    ['masked', false],
  ])('shows a complaint whose words start like a formula as text (%s personal data)', (_, full) => {
    const owed = { ...complaint, facts: { ...complaint.facts, amountAtStake: -20 } };
    const [header, row] = rawCells(writeCsv(complaintTable([owed], numbers, plan, full)));
    const cell = (title: string) => row![header!.indexOf(title)]!;
    expect(cell('投诉内容')).toBe(`'${HYPERLINK}`);
    expect(cell('投诉事项')).toBe("'+1 加油数量不足");
    expect(cell('诉求')).toBe("'=1+1\n退还差额");
    expect(cell('发生地点')).toBe("'\t城东加油站");
    expect(cell('投诉人姓名').startsWith("'@")).toBe(true);
    expect(cell('地址').startsWith("'-")).toBe(true);
    // A negative amount is a number, not text that Excel could run.
    expect(cell('涉及金额')).toBe('-20');
    expect(cell('投诉编号')).toBe('TS-20261120-000001');
  });

  it('shows an incident whose title starts like a formula as text', () => {
    const incident = {
      number: 'SJ-1',
      title: HYPERLINK,
      categoryCode: 'service-quality',
      channelCode: 'hotline',
      place: '@城东',
      urgency: 'normal',
      level: null,
      state: 'received',
      ownerId: OWNER,
      complainantCount: 1,
      peopleInvolved: 1,
      complainantNames: ['=cmd'],
      milestones: { receivedAt: '2026-11-20T09:05:00+08:00' },
      nextDeadlineAt: null,
      updatedAt: '2026-11-21T08:00:00+08:00',
    } as unknown as Incident;
    const words = { state: () => '已受理', level: () => '未定级', person: () => '陈晓' };
    for (const full of [true, false]) {
      const [, row] = rawCells(writeCsv(incidentTable([incident], plan, words, full)));
      expect(row!.slice(0, 2)).toEqual(['SJ-1', `'${HYPERLINK}`]);
      expect(row![4]).toBe("'@城东");
      expect(row![11]!.startsWith("'=")).toBe(true);
    }
  });

  it('reads a full export back in as the same complaint, words unchanged', () => {
    const table = readCsv(new TextEncoder().encode(writeCsv(complaintTable([complaint], numbers, plan, true))));
    const { valid, problems } = checkRows(table, guessMapping(table.headers), plan, NOW, OWNER);
    expect(problems).toEqual([]);
    const back = valid[0]!.registration;
    expect(back.content).toBe(HYPERLINK);
    expect(back.subject).toBe('+1 加油数量不足');
    expect(back.expectedResolution).toBe('=1+1\n退还差额');
    expect(back.complainant).toEqual({ ...complaint.complainant });
  });
});

describe('an XLSX list', () => {
  it('writes every text cell as text in the text format, never as a formula', () => {
    expect(xlsxCell(HYPERLINK, 'text')).toEqual({ value: HYPERLINK, type: String, format: '@' });
    expect(xlsxCell(-20, 'number')).toEqual({ value: -20, type: Number });
  });

  it('gives the formula-like words back as the text they were', async () => {
    const table = await readXlsx(await writeXlsx(complaintTable([complaint], numbers, plan, true)));
    const { valid, problems } = checkRows(table, guessMapping(table.headers), plan, NOW, OWNER);
    expect(problems).toEqual([]);
    expect(valid[0]!.registration.content).toBe(HYPERLINK);
    expect(valid[0]!.registration.place).toBe('城东加油站');
  });
});
