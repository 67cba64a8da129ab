// 节假日安排 kept by the office: the checks an entered year must pass, and what an approved year
// does to the working-day clocks. The 2027 arrangement (test/fixtures/calendar-2027.json) is a
// plausible one written for these tests, not the State Council's 2027 notice, which was not at
// hand: 元旦 Fri 01-01 – Sun 01-03 with no make-up day, 春节 Sat 02-06 – Sun 02-14 with make-up
// Saturdays 01-30 and 02-20, and so on.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { arrangementMarks, officialCalendar, officialMarks, withOfficeYears } from '@shared/calendar';
import { dueAfter, type DueResult } from '@shared/deadlines';
import {
  ArrangementFileSchema,
  checkArrangement,
  nextYearMissing,
  readArrangementFile,
  type ArrangementInput,
  type YearArrangement,
} from '@shared/officeCalendar';
import { holidaySummary, yearGrid } from '@shared/officeCalendarView';
import { toIsoWithOffset } from '@shared/time';

const ARRANGEMENT_2027: YearArrangement = ArrangementFileSchema.parse(
  JSON.parse(readFileSync(new URL('../../fixtures/calendar-2027.json', import.meta.url), 'utf8')),
);

const OFFICIAL_YEARS = officialCalendar.coveredYears();
const input = (patch: Partial<ArrangementInput> = {}): ArrangementInput => ({
  year: '2027',
  holidays: ARRANGEMENT_2027.holidays.map((h) => ({ ...h })),
  makeupDays: [...ARRANGEMENT_2027.makeupDays],
  ...patch,
});
const errorsOf = (value: ArrangementInput) => {
  const checked = checkArrangement(value, OFFICIAL_YEARS);
  return checked.ok ? {} : checked.errors;
};
const due = (result: DueResult) => (result.ok ? toIsoWithOffset(result.dueAt, 480) : `missing ${result.missingYear}`);

describe('checking a year entered from the State Council notice', () => {
  it('accepts the 2027 arrangement and keeps its holidays in date order', () => {
    const shuffled = input({ holidays: [...ARRANGEMENT_2027.holidays].reverse() });
    const checked = checkArrangement(shuffled, OFFICIAL_YEARS);
    expect(checked).toEqual({ ok: true, value: ARRANGEMENT_2027 });
  });

  it('refuses a make-up working day that is not a Saturday or Sunday', () => {
    expect(errorsOf(input({ makeupDays: ['2027-01-30', '2027-02-19'] }))).toEqual({
      'makeupDays.1': 'calendar.validation.makeupNotWeekend',
    });
  });

  it('refuses a make-up working day inside a holiday', () => {
    expect(errorsOf(input({ makeupDays: ['2027-02-13'] }))).toEqual({ 'makeupDays.0': 'calendar.validation.makeupInHoliday' });
  });

  it('refuses a holiday that runs out of the year', () => {
    const holidays = [{ name: '元旦', first: '2026-12-31', last: '2027-01-02' }];
    expect(errorsOf(input({ holidays, makeupDays: [] }))).toEqual({ 'holidays.0.first': 'calendar.validation.outsideYear' });
  });

  it('refuses a holiday that ends before it starts', () => {
    const holidays = [{ name: '春节', first: '2027-02-14', last: '2027-02-06' }];
    expect(errorsOf(input({ holidays, makeupDays: [] }))).toEqual({ 'holidays.0.last': 'calendar.validation.lastBeforeFirst' });
  });

  it('refuses holidays that overlap, on the later one', () => {
    const holidays = [
      { name: '春节', first: '2027-02-06', last: '2027-02-14' },
      { name: '元宵', first: '2027-02-14', last: '2027-02-15' },
    ];
    expect(errorsOf(input({ holidays, makeupDays: [] }))).toEqual({ 'holidays.1.first': 'calendar.validation.overlap' });
  });

  it('says on each field what is missing or malformed', () => {
    const holidays = [{ name: ' ', first: '2027-02-30', last: '' }];
    expect(errorsOf({ year: '27', holidays, makeupDays: ['soon'] })).toEqual({
      year: 'calendar.validation.year',
      'holidays.0.name': 'calendar.validation.holidayName',
      'holidays.0.first': 'calendar.validation.date',
      'holidays.0.last': 'calendar.validation.date',
      'makeupDays.0': 'calendar.validation.date',
    });
    expect(errorsOf(input({ holidays: [] }))).toMatchObject({ holidays: 'calendar.validation.noHolidays' });
  });

  it('does not take a year the official data already has', () => {
    expect(errorsOf(input({ year: '2026', holidays: [], makeupDays: [] }))).toMatchObject({ year: 'calendar.validation.officialYear' });
  });

  it('reads a file of the same shape and rejects anything else', () => {
    expect(readArrangementFile(JSON.stringify(ARRANGEMENT_2027))).toEqual(input());
    expect(readArrangementFile('{"year":"2027","holidays":[]}')).toBeNull();
    expect(readArrangementFile('not json')).toBeNull();
  });
});

describe('the console calendar with an approved office year', () => {
  const calendar = withOfficeYears(officialCalendar, [ARRANGEMENT_2027]);

  it('gives a 2026-12-28 +15 working-day deadline its date once 2027 is entered (and no date before)', () => {
    const start = Date.parse('2026-12-28T10:00:00+08:00');
    expect(due(dueAfter(start, { amount: 15, unit: 'workingDays' }, 480, officialCalendar))).toBe('missing 2027');
    // By hand: 12-29, 12-30, 12-31 (3); 元旦 01-01 – 01-03 off; 01-04 – 01-08 (8); 01-11 – 01-15 (13);
    // 01-18, 01-19 (15) → ends at 24:00 of Tuesday 2027-01-19.
    expect(due(dueAfter(start, { amount: 15, unit: 'workingDays' }, 480, calendar))).toBe('2027-01-20T00:00:00+08:00');
  });

  it('counts the make-up Saturday and skips the Spring Festival week', () => {
    expect(calendar.dayKind('2027-01-30')).toBe('workday');
    expect(calendar.dayKind('2027-02-10')).toBe('restday');
    expect(calendar.dayKind('2027-02-15')).toBe('workday');
    expect(calendar.coveredYears().at(-1)).toBe(2027);
    expect(calendar.dayKind('2028-01-03')).toBe('unknown');
  });

  it('never lets an office year override a year the official data has', () => {
    const slip: YearArrangement = { year: 2026, holidays: [{ name: '错录', first: '2026-03-02', last: '2026-03-06' }], makeupDays: [] };
    const withSlip = withOfficeYears(officialCalendar, [slip]);
    expect(withSlip.dayKind('2026-03-02')).toBe('workday');
  });
});

describe('the year view', () => {
  it('lays out months Monday first with holidays and make-up days named', () => {
    const calendar = withOfficeYears(officialCalendar, [ARRANGEMENT_2027]);
    const months = yearGrid(2027, calendar, arrangementMarks(ARRANGEMENT_2027));
    expect(months).toHaveLength(12);
    const january = months[0]!;
    // 2027-01-01 is a Friday: four empty cells before it.
    expect(january.weeks[0]!.slice(0, 5).map((c) => c?.day ?? null)).toEqual([null, null, null, null, 1]);
    expect(january.weeks[0]![4]).toMatchObject({ kind: 'restday', mark: { kind: 'holiday', name: { zh: '元旦' } } });
    const makeup = january.weeks.flat().find((c) => c?.date === '2027-01-30');
    expect(makeup).toMatchObject({ kind: 'workday', mark: { kind: 'makeup', name: { zh: '春节' } } });
  });

  it('names the official holidays in both languages and sums their days', () => {
    const summary = holidaySummary(officialMarks(2026));
    expect(summary.find((h) => h.name.zh === '春节')).toEqual({
      name: { zh: '春节', en: 'Spring Festival' },
      first: '2026-02-15',
      last: '2026-02-23',
      days: 9,
    });
  });
});

describe('the reminder to load next year', () => {
  it('warns from 1 November when next year is neither in the data nor approved', () => {
    expect(nextYearMissing('2026-10-31', [2025, 2026])).toBeNull();
    expect(nextYearMissing('2026-11-01', [2025, 2026])).toBe(2027);
    expect(nextYearMissing('2026-12-30', [2026, 2027])).toBeNull();
  });
});
