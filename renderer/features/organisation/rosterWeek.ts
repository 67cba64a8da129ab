// The roster's week: seven plan-local dates from a start, and which column a shift belongs in.
import type { DutyShift } from '@shared/command';
import { addDays } from '@shared/time';

export const DAY_SHIFT = { start: '08:30', end: '18:00' } as const;
export const NIGHT_SHIFT = { start: '18:00', end: '08:30' } as const;

export function weekDates(start: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

/** 白班 starts in the daytime (06:00–17:59); anything else is 夜班. */
export function shiftColumn(shift: Pick<DutyShift, 'start'>): 'day' | 'night' {
  return shift.start >= '06:00' && shift.start < '18:00' ? 'day' : 'night';
}

/** A shift whose end is at or before its start runs into the next day. */
export const endsNextDay = (shift: Pick<DutyShift, 'start' | 'end'>) => shift.end <= shift.start;
