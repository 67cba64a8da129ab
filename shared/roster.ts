// 值班表: who is on duty at an instant. A shift is written on the date it starts; one whose end
// is at or before its start runs past midnight into the next day (a night shift 18:00–08:30).
import type { DutyShift } from './command';
import { addDays, planDateOf, startOfPlanDate } from './time';

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The instants a shift starts and ends. */
export function shiftSpan(shift: Pick<DutyShift, 'date' | 'start' | 'end'>, offsetMinutes: number): { from: number; to: number } {
  const day = startOfPlanDate(shift.date, offsetMinutes);
  const start = minutes(shift.start);
  const end = minutes(shift.end);
  return { from: day + start * 60_000, to: day + (end > start ? end : end + 24 * 60) * 60_000 };
}

/** Shifts covering the instant, including the previous day's shift running past midnight. */
export function onDutyAt<T extends Pick<DutyShift, 'date' | 'start' | 'end'>>(
  shifts: readonly T[],
  atMs: number,
  offsetMinutes: number,
): T[] {
  return shifts.filter((shift) => {
    const { from, to } = shiftSpan(shift, offsetMinutes);
    return from <= atMs && atMs < to;
  });
}

/** The dates whose shifts can cover the instant: its own and the day before. */
export function datesCovering(atMs: number, offsetMinutes: number): [string, string] {
  const today = planDateOf(atMs, offsetMinutes);
  return [addDays(today, -1), today];
}
