import { describe, expect, it } from 'vitest';
import { datesCovering, onDutyAt } from '@shared/roster';

const at = (iso: string) => Date.parse(iso);
const shifts = [
  { id: 'day-23', date: '2026-11-23', start: '08:30', end: '18:00' },
  { id: 'night-23', date: '2026-11-23', start: '18:00', end: '08:30' },
  { id: 'day-24', date: '2026-11-24', start: '08:30', end: '18:00' },
  { id: 'night-22', date: '2026-11-22', start: '18:00', end: '08:30' },
];
const onDuty = (iso: string) => onDutyAt(shifts, at(iso), 480).map((s) => s.id);

describe('who is on duty now', () => {
  it('finds the day shift during the day', () => {
    expect(onDuty('2026-11-23T10:00:00+08:00')).toEqual(['day-23']);
  });

  it('finds the night shift after midnight on the date it started', () => {
    expect(onDuty('2026-11-24T02:00:00+08:00')).toEqual(['night-23']);
    expect(onDuty('2026-11-23T07:00:00+08:00')).toEqual(['night-22']);
  });

  it('hands over at the boundary: the ending shift is off, the starting one on', () => {
    expect(onDuty('2026-11-23T18:00:00+08:00')).toEqual(['night-23']);
    expect(onDuty('2026-11-24T08:30:00+08:00')).toEqual(['day-24']);
  });

  it('reads shifts in China time whatever the machine zone', () => {
    // 01:00 UTC is 09:00 in China: the day shift.
    expect(onDuty('2026-11-23T01:00:00Z')).toEqual(['day-23']);
  });

  it('names the dates whose shifts can cover an instant', () => {
    expect(datesCovering(at('2026-11-24T02:00:00+08:00'), 480)).toEqual(['2026-11-23', '2026-11-24']);
  });
});
