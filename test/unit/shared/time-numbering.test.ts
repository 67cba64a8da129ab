// China time as the office reads it (+08:00, whatever the PC's own zone), and complaint numbers
// (投诉编号) that follow the China-local date.
import { describe, expect, it } from 'vitest';
import { counterKey, formatNumber } from '@shared/numbering';
import {
  addDays,
  CHINA_OFFSET_MINUTES,
  parsePlanLocalDateTime,
  planDateOf,
  startOfPlanDate,
  toIsoWithOffset,
  toPlanLocalInput,
  weekdayOf,
} from '@shared/time';

const at = (iso: string) => Date.parse(iso);

describe('printed times', () => {
  it('are written in China time with the +08:00 offset', () => {
    expect(CHINA_OFFSET_MINUTES).toBe(480);
    expect(toIsoWithOffset(at('2026-10-08T01:30:00Z'))).toBe('2026-10-08T09:30:00+08:00');
  });

  it('carry the date over when UTC is still on the day before', () => {
    expect(toIsoWithOffset(at('2026-12-31T16:00:00Z'))).toBe('2027-01-01T00:00:00+08:00');
  });

  it('can be written in another plan offset, west of UTC or off the hour', () => {
    expect(toIsoWithOffset(at('2026-10-08T01:30:00Z'), 0)).toBe('2026-10-08T01:30:00+00:00');
    expect(toIsoWithOffset(at('2026-10-08T01:30:00Z'), -300)).toBe('2026-10-07T20:30:00-05:00');
    expect(toIsoWithOffset(at('2026-10-08T01:30:00Z'), 345)).toBe('2026-10-08T07:15:00+05:45');
  });
});

describe('the China date of an instant', () => {
  it('turns over at midnight China time, not UTC midnight', () => {
    expect(planDateOf(at('2026-11-23T15:59:59.999Z'))).toBe('2026-11-23');
    expect(planDateOf(at('2026-11-23T16:00:00Z'))).toBe('2026-11-24');
    expect(planDateOf(at('2026-11-23T23:59:00+08:00'))).toBe('2026-11-23');
    expect(planDateOf(at('2026-11-24T00:00:00+08:00'))).toBe('2026-11-24');
  });

  it('starts a China date at 00:00 +08:00', () => {
    expect(toIsoWithOffset(startOfPlanDate('2026-02-26'))).toBe('2026-02-26T00:00:00+08:00');
    expect(startOfPlanDate('2026-02-26')).toBe(at('2026-02-25T16:00:00Z'));
  });

  it('steps across month and year ends, and knows the weekday', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekdayOf('2026-02-14')).toBe(6);
    expect(weekdayOf('2026-09-20')).toBe(0);
  });
});

describe('a time typed in a form', () => {
  it('is read as China time', () => {
    expect(parsePlanLocalDateTime('2026-10-08T09:30')).toBe(at('2026-10-08T09:30:00+08:00'));
    expect(parsePlanLocalDateTime('2026-10-08T00:15')).toBe(at('2026-10-07T16:15:00Z'));
  });

  it('round-trips through the form field', () => {
    expect(toPlanLocalInput(at('2026-10-08T09:30:45+08:00'))).toBe('2026-10-08T09:30');
    expect(parsePlanLocalDateTime(toPlanLocalInput(at('2026-12-31T23:59:00+08:00')))).toBe(at('2026-12-31T23:59:00+08:00'));
  });

  it('refuses a date that does not exist instead of moving it', () => {
    expect(parsePlanLocalDateTime('2026-02-30T10:00')).toBeNull();
    expect(parsePlanLocalDateTime('2026-02-29T10:00')).toBeNull();
    expect(parsePlanLocalDateTime('2026-13-01T10:00')).toBeNull();
    expect(parsePlanLocalDateTime('2026-11-23T24:00')).toBeNull();
    expect(parsePlanLocalDateTime('2026-11-23T10:60')).toBeNull();
  });

  it('refuses malformed input', () => {
    for (const value of [
      '',
      '2026-11-23',
      '2026-11-23 10:00',
      '2026-11-23T10:00:00',
      '2026-11-23T10:00+08:00',
      '26-11-23T10:00',
      '2026/11/23T10:00',
      'tomorrow',
    ]) {
      expect(parsePlanLocalDateTime(value), value).toBeNull();
    }
  });
});

describe('complaint and incident numbers', () => {
  it('take the China date: an evening UTC instant already counts on the next China day', () => {
    expect(counterKey('complaint', at('2026-11-23T17:30:00Z'), 480)).toBe('TS-20261124');
    expect(counterKey('complaint', at('2026-11-23T15:30:00Z'), 480)).toBe('TS-20261123');
  });

  it('use SJ for incidents', () => {
    expect(counterKey('incident', at('2026-11-23T02:00:00Z'), 480)).toBe('SJ-20261123');
  });

  it('mark drill numbers with YL so they never look like live ones', () => {
    expect(counterKey('complaint', at('2026-11-23T02:00:00Z'), 480, 'drill')).toBe('YL-TS-20261123');
    expect(counterKey('incident', at('2026-11-23T02:00:00Z'), 480, 'drill')).toBe('YL-SJ-20261123');
    expect(counterKey('complaint', at('2026-11-23T02:00:00Z'), 480, 'live')).toBe('TS-20261123');
  });

  it('pad the daily sequence to four digits', () => {
    expect(formatNumber('TS-20261124', 1)).toBe('TS-20261124-0001');
    expect(formatNumber('TS-20261124', 37)).toBe('TS-20261124-0037');
    expect(formatNumber('YL-SJ-20261124', 9999)).toBe('YL-SJ-20261124-9999');
  });

  it('keep counting past 9999 rather than wrapping to a duplicate', () => {
    expect(formatNumber('TS-20261124', 10000)).toBe('TS-20261124-10000');
  });
});
