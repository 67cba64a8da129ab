// Time as the office reads it. Plans run on a fixed UTC offset (China: +08:00, no daylight
// saving), so calendar days and printed times never depend on the PC's own time-zone setting.
export type Clock = () => number;
export const CHINA_OFFSET_MINUTES = 480;
const MINUTE = 60_000;
const DAY = 86_400_000;

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** ISO 8601 with the plan's offset, e.g. 2026-10-08T09:30:00+08:00. */
export function toIsoWithOffset(ms: number, offsetMinutes = CHINA_OFFSET_MINUTES): string {
  const d = new Date(ms + offsetMinutes * MINUTE);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    `${sign}${pad(Math.trunc(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`
  );
}

/** The calendar date (YYYY-MM-DD) an instant falls on in the plan's offset. */
export function planDateOf(ms: number, offsetMinutes = CHINA_OFFSET_MINUTES): string {
  return toIsoWithOffset(ms, offsetMinutes).slice(0, 10);
}

/** The instant at 00:00 of a plan-local date. */
export function startOfPlanDate(date: string, offsetMinutes = CHINA_OFFSET_MINUTES): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) - offsetMinutes * MINUTE;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d) + days * DAY);
  return `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

/** 0 = Sunday … 6 = Saturday, of a YYYY-MM-DD date. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Parses a plan-local "YYYY-MM-DDTHH:mm" (as typed in a form) to an instant. */
export function parsePlanLocalDateTime(value: string, offsetMinutes = CHINA_OFFSET_MINUTES): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi) - offsetMinutes * MINUTE;
  // Reject dates that roll over (2026-02-30) rather than silently moving them.
  return toIsoWithOffset(ms, offsetMinutes).slice(0, 16) === value ? ms : null;
}

export function toPlanLocalInput(ms: number, offsetMinutes = CHINA_OFFSET_MINUTES): string {
  return toIsoWithOffset(ms, offsetMinutes).slice(0, 16);
}
