// Time limits counted in working days on the official Chinese calendar (with 调休 make-up days),
// and in hours round the clock. The day the clock starts is not counted; a period ends at 24:00
// (the next day's 00:00, China time) of its last working day. Expected dates are hand-checked
// against the State Council's 2026 arrangements.
import { describe, expect, it } from 'vitest';
import { officialCalendar } from '@shared/calendar';
import { clockStatus, dueAfter, stageClocks, type ClockSubject, type DueResult } from '@shared/deadlines';
import { defaultPlan } from '@shared/defaultPlan';
import type { Milestones } from '@shared/model';
import type { TimeLimitRule } from '@shared/plan';
import { toIsoWithOffset } from '@shared/time';

const plan = defaultPlan('2026-01-05T09:00:00+08:00');
const at = (iso: string) => Date.parse(iso);
const days = (amount: number): Pick<TimeLimitRule, 'amount' | 'unit'> => ({ amount, unit: 'workingDays' });
const hours = (amount: number): Pick<TimeLimitRule, 'amount' | 'unit'> => ({ amount, unit: 'hours' });

/** The due time as the office reads it (China time), or the year the calendar lacks. */
function due(result: DueResult): string {
  return result.ok ? toIsoWithOffset(result.dueAt, 480) : `missing ${result.missingYear}`;
}
const dueFrom = (startIso: string, rule: Pick<TimeLimitRule, 'amount' | 'unit'>) =>
  due(dueAfter(at(startIso), rule, 480, officialCalendar));

function clockDue(milestones: Milestones, stage: string, categoryCode = 'product-quality') {
  const subject: ClockSubject = { state: 'investigating', level: 2, categoryCode, milestones };
  const clock = stageClocks(subject, plan, officialCalendar).find((c) => c.stage === stage);
  if (!clock) throw new Error(`no ${stage} clock`);
  return clock.dueAt === null ? `missing ${clock.calendarMissingYear}` : toIsoWithOffset(clock.dueAt, 480);
}

describe('the official calendar', () => {
  it('knows the 2026 Spring Festival and National Day holidays and their make-up working days', () => {
    expect(officialCalendar.dayKind('2026-02-14')).toBe('workday'); // Saturday, 调休上班
    expect(officialCalendar.dayKind('2026-02-15')).toBe('restday');
    expect(officialCalendar.dayKind('2026-02-23')).toBe('restday'); // Monday, still holiday
    expect(officialCalendar.dayKind('2026-02-24')).toBe('workday');
    expect(officialCalendar.dayKind('2026-02-28')).toBe('workday'); // Saturday, 调休上班
    expect(officialCalendar.dayKind('2026-09-20')).toBe('workday'); // Sunday, 调休上班
    expect(officialCalendar.dayKind('2026-10-01')).toBe('restday');
    expect(officialCalendar.dayKind('2026-10-07')).toBe('restday'); // Wednesday, still holiday
    expect(officialCalendar.dayKind('2026-10-10')).toBe('workday'); // Saturday, 调休上班
    expect(officialCalendar.dayKind('2026-11-21')).toBe('restday'); // an ordinary Saturday
    expect(officialCalendar.dayKind('2026-11-23')).toBe('workday'); // an ordinary Monday
  });

  it('does not guess a year without official data', () => {
    expect(officialCalendar.dayKind('2027-01-04')).toBe('unknown');
    expect(officialCalendar.dayKind('2003-12-31')).toBe('unknown');
    expect(officialCalendar.coveredYears()[0]).toBe(2004);
    expect(officialCalendar.coveredYears().at(-1)).toBe(2026);
  });
});

describe('working-day time limits', () => {
  it('counts the make-up Saturday before the Spring Festival and skips the whole holiday (investigation, 3 working days)', () => {
    // Accepted Fri 02-13: Sat 02-14 (调休), Tue 02-24, Wed 02-25 → ends 24:00 of 02-25.
    expect(dueFrom('2026-02-13T10:00:00+08:00', days(3))).toBe('2026-02-26T00:00:00+08:00');
    expect(clockDue({ receivedAt: '2026-02-13T08:00:00+08:00', acceptedAt: '2026-02-13T10:00:00+08:00' }, 'investigation')).toBe(
      '2026-02-26T00:00:00+08:00',
    );
  });

  it('counts the make-up Saturday after the Spring Festival', () => {
    // From Thu 02-26: Fri 02-27, Sat 02-28 (调休) → ends 24:00 of Saturday.
    expect(dueFrom('2026-02-26T16:00:00+08:00', days(2))).toBe('2026-03-01T00:00:00+08:00');
  });

  it('runs a solution across National Day, counting the make-up Saturday 10-10 (solution, 5 working days)', () => {
    // Investigation done Tue 09-29: Wed 09-30, Thu 10-08, Fri 10-09, Sat 10-10 (调休), Mon 10-12.
    expect(dueFrom('2026-09-29T17:00:00+08:00', days(5))).toBe('2026-10-13T00:00:00+08:00');
    expect(
      clockDue(
        {
          receivedAt: '2026-09-25T09:00:00+08:00',
          acceptedAt: '2026-09-25T10:00:00+08:00',
          investigationDoneAt: '2026-09-29T17:00:00+08:00',
        },
        'solution',
      ),
    ).toBe('2026-10-13T00:00:00+08:00');
  });

  it('counts the make-up Sunday 09-20 before National Day (feedback, 2 working days)', () => {
    // From Fri 09-18: Sat 09-19 rests, Sun 09-20 (调休), Mon 09-21.
    expect(dueFrom('2026-09-18T11:00:00+08:00', days(2))).toBe('2026-09-22T00:00:00+08:00');
  });

  it('skips an ordinary weekend: accepted Friday 11-20, 3 working days end on Wednesday night', () => {
    expect(dueFrom('2026-11-20T10:00:00+08:00', days(3))).toBe('2026-11-26T00:00:00+08:00');
  });

  it('does not count the day the clock starts, however early or late in the day', () => {
    expect(dueFrom('2026-11-23T00:00:00+08:00', days(1))).toBe('2026-11-25T00:00:00+08:00');
    expect(dueFrom('2026-11-23T23:59:00+08:00', days(1))).toBe('2026-11-25T00:00:00+08:00');
  });

  it('starts counting on Monday for a complaint accepted on a weekend', () => {
    expect(dueFrom('2026-11-21T15:00:00+08:00', days(3))).toBe('2026-11-26T00:00:00+08:00');
  });

  it('evaluates within 15 working days across the year-end weeks of 2026', () => {
    // From Mon 11-30: Dec 1–4 (4), 7–11 (9), 14–18 (14), Mon 12-21 (15).
    expect(dueFrom('2026-11-30T10:00:00+08:00', days(15))).toBe('2026-12-22T00:00:00+08:00');
  });

  it('uses the China date, not the machine’s or UTC’s, to decide where counting starts', () => {
    // 07:30 Monday in China is still Sunday in UTC; counting starts Tuesday, not Monday.
    expect(dueFrom('2026-11-22T23:30:00Z', days(3))).toBe('2026-11-27T00:00:00+08:00');
    // 23:30 Friday in China is 15:30 Friday UTC: the same Friday either way.
    expect(dueFrom('2026-11-20T15:30:00Z', days(3))).toBe('2026-11-26T00:00:00+08:00');
  });

  it('ends a period at 24:00 of 2026-12-31 without needing the 2027 calendar', () => {
    expect(dueFrom('2026-12-29T10:00:00+08:00', days(2))).toBe('2027-01-01T00:00:00+08:00');
  });

  it('counts a stage finished before the unpublished year begins as met', () => {
    const subject: ClockSubject = {
      state: 'solution',
      level: 2,
      categoryCode: 'product-quality',
      milestones: {
        receivedAt: '2026-12-30T09:00:00+08:00',
        acceptedAt: '2026-12-30T10:00:00+08:00',
        investigationDoneAt: '2026-12-31T16:00:00+08:00',
      },
    };
    const [, investigation] = stageClocks(subject, plan, officialCalendar).filter(
      (c) => c.stage === 'acceptance' || c.stage === 'investigation',
    );
    expect(investigation?.calendarMissingYear).toBe(2027);
    expect(clockStatus(investigation!, at('2027-01-02T10:00:00+08:00'), plan.dueSoon)).toBe('met');
    const late = { ...subject, milestones: { ...subject.milestones, investigationDoneAt: '2027-01-02T16:00:00+08:00' } };
    const lateClock = stageClocks(late, plan, officialCalendar).find((c) => c.stage === 'investigation')!;
    expect(clockStatus(lateClock, at('2027-01-03T10:00:00+08:00'), plan.dueSoon)).toBe('calendar-missing');
  });

  it('flags an allowance that runs into 2027 as missing the 2027 calendar instead of guessing', () => {
    expect(dueFrom('2026-12-30T10:00:00+08:00', days(3))).toBe('missing 2027');
    expect(dueFrom('2026-12-31T10:00:00+08:00', days(1))).toBe('missing 2027');
    expect(clockDue({ receivedAt: '2026-12-30T09:00:00+08:00', acceptedAt: '2026-12-30T10:00:00+08:00' }, 'investigation')).toBe(
      'missing 2027',
    );
  });
});

describe('hour and minute time limits', () => {
  it('runs the 24-hour acceptance clock through the night and the National Day holiday', () => {
    expect(dueFrom('2026-09-30T20:00:00+08:00', hours(24))).toBe('2026-10-01T20:00:00+08:00');
    expect(clockDue({ receivedAt: '2026-10-03T22:15:00+08:00' }, 'acceptance')).toBe('2026-10-04T22:15:00+08:00');
  });

  it('runs the 24-hour acceptance clock through the Spring Festival eve', () => {
    expect(clockDue({ receivedAt: '2026-02-16T13:45:00+08:00' }, 'acceptance')).toBe('2026-02-17T13:45:00+08:00');
  });

  it('keeps hours rules working in a year the calendar does not cover', () => {
    expect(dueFrom('2027-03-01T09:00:00+08:00', hours(24))).toBe('2027-03-02T09:00:00+08:00');
  });

  it('gives a service complaint’s result to the complainant within 24 hours of receipt, holiday or not', () => {
    const milestones = { receivedAt: '2026-10-01T09:00:00+08:00', acceptedAt: '2026-10-01T09:10:00+08:00' };
    expect(clockDue(milestones, 'feedback', 'service-quality')).toBe('2026-10-02T09:00:00+08:00');
  });

  it('reports a level-1 complaint to the leading group within 30 minutes', () => {
    expect(due(dueAfter(at('2026-10-02T03:10:00+08:00'), { amount: 30, unit: 'minutes' }, 480, officialCalendar))).toBe(
      '2026-10-02T03:40:00+08:00',
    );
  });
});
