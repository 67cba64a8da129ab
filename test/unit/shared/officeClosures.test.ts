// 单位自定停工日: the checks a year's closure days must pass, and that a working-day limit skips
// them only under a plan version that says its limits count them.
import { describe, expect, it } from 'vitest';
import { calendarForPlan, officialCalendar, withClosures } from '@shared/calendar';
import { stageClocks, type ClockSubject } from '@shared/deadlines';
import { defaultPlan } from '@shared/defaultPlan';
import { checkClosures, type Closure } from '@shared/officeClosures';
import { toIsoWithOffset } from '@shared/time';

const errorsOf = (closures: Closure[], year = 2026) => {
  const checked = checkClosures(year, closures, officialCalendar);
  return checked.ok ? {} : checked.errors;
};
const STOCKTAKE: Closure = { name: '年终盘点停业', first: '2026-12-30', last: '2026-12-31' };
const MOVE: Closure = { name: '搬迁', first: '2026-11-25', last: '2026-11-25' };

describe("checking the office's closure days", () => {
  it('accepts real working days of the year and keeps them in date order', () => {
    expect(checkClosures(2026, [STOCKTAKE, { ...MOVE, name: ' 搬迁 ' }], officialCalendar)).toEqual({ ok: true, value: [MOVE, STOCKTAKE] });
  });

  it('wants a name of at most 20 characters', () => {
    expect(errorsOf([{ ...MOVE, name: ' ' }])).toEqual({ 'closures.0.name': 'calendar.closures.validation.name' });
    expect(errorsOf([{ ...MOVE, name: '停'.repeat(21) }])).toEqual({ 'closures.0.name': 'calendar.closures.validation.nameLong' });
  });

  it('refuses a date that is not a real one, or not in the year', () => {
    expect(errorsOf([{ ...MOVE, first: '2026-02-30', last: '2026-02-30' }])).toEqual({
      'closures.0.first': 'calendar.closures.validation.date',
      'closures.0.last': 'calendar.closures.validation.date',
    });
    expect(errorsOf([{ ...MOVE, first: '2025-12-31', last: '2026-01-05' }])).toEqual({
      'closures.0.first': 'calendar.closures.validation.outsideYear',
    });
  });

  it('refuses a closure that starts or ends on a day already off', () => {
    // 国庆节 2026-10-01; Saturday 2026-11-28.
    expect(errorsOf([{ ...MOVE, first: '2026-10-01', last: '2026-10-09' }])).toEqual({
      'closures.0.first': 'calendar.closures.validation.restDay',
    });
    expect(errorsOf([{ ...MOVE, first: '2026-11-27', last: '2026-11-28' }])).toEqual({
      'closures.0.last': 'calendar.closures.validation.restDay',
    });
  });

  it('refuses a range that ends before it starts, an overlap and a duplicate', () => {
    expect(errorsOf([{ ...MOVE, first: '2026-11-26', last: '2026-11-25' }])).toEqual({
      'closures.0.last': 'calendar.closures.validation.lastBeforeFirst',
    });
    expect(errorsOf([STOCKTAKE, { name: '盘点', first: '2026-12-31', last: '2026-12-31' }, STOCKTAKE])).toEqual({
      'closures.1.first': 'calendar.closures.validation.overlap',
      'closures.2.first': 'calendar.closures.validation.overlap',
    });
  });

  it('refuses closure days for a year whose calendar is not loaded', () => {
    expect(errorsOf([{ name: '搬迁', first: '2030-03-05', last: '2030-03-05' }], 2030)).toMatchObject({
      closures: 'calendar.closures.validation.yearUnknown',
    });
  });
});

describe('a working-day limit and the closure days', () => {
  const calendar = withClosures(officialCalendar, [MOVE]);
  /** Accepted Monday 2026-11-23 10:00: the 3-working-day investigation clock starts. */
  const subject: ClockSubject = {
    state: 'investigating',
    level: 2,
    categoryCode: 'product-quality',
    milestones: { receivedAt: '2026-11-23T09:30:00+08:00', acceptedAt: '2026-11-23T10:00:00+08:00' },
  };
  const investigationDue = (countsOfficeClosures: boolean | undefined) => {
    const plan = { ...defaultPlan('2026-01-05T09:00:00+08:00'), countsOfficeClosures };
    const clock = stageClocks(subject, plan, calendar).find((c) => c.stage === 'investigation');
    return clock?.dueAt == null ? null : toIsoWithOffset(clock.dueAt, 480);
  };

  it('skips a closure day under a plan that counts them', () => {
    // 11-24 (1); 11-25 closed for the move; 11-26 (2), 11-27 (3) → 24:00 of Friday 11-27.
    expect(investigationDue(true)).toBe('2026-11-28T00:00:00+08:00');
  });

  it('counts the official calendar only under a plan that does not, or does not say', () => {
    // 11-24 (1), 11-25 (2), 11-26 (3) → 24:00 of Thursday 11-26.
    expect(investigationDue(false)).toBe('2026-11-27T00:00:00+08:00');
    expect(investigationDue(undefined)).toBe('2026-11-27T00:00:00+08:00');
  });

  it('never turns a day off into a working day, and shows the official day kinds', () => {
    const counting = calendarForPlan(calendar, { countsOfficeClosures: true });
    expect(counting.dayKind('2026-11-25')).toBe('restday');
    expect(counting.dayKind('2026-11-28')).toBe('restday');
    expect(calendar.dayKind('2026-11-25')).toBe('workday');
  });
});
