// 单位自定停工日: days the office itself closes (年终盘点停业, 搬迁), kept with the year's calendar
// and approved by the leader. They count for a clock only under a plan version that says its
// limits count them (Plan.countsOfficeClosures); otherwise the official calendar alone counts.
import { z } from 'zod';
import type { WorkingCalendar } from './calendar';
import { addDays } from './time';

export const ClosureSchema = z.object({
  name: z.string(),
  /** First and last day closed, YYYY-MM-DD, both inclusive. */
  first: z.string(),
  last: z.string(),
});
export type Closure = z.infer<typeof ClosureSchema>;

/** A year's closure days as proposed or approved, with who did so and when. */
export const ClosureListSchema = z.object({
  days: z.array(ClosureSchema),
  at: z.string(),
  by: z.string(),
  byName: z.string(),
});
export type ClosureList = z.infer<typeof ClosureListSchema>;

/** Field path (closures, closures.0.name, closures.1.first) → i18n key of the sentence. */
export type ClosureErrors = Record<string, string>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) => DATE.test(value) && addDays(value, 0) === value;

/**
 * The year's closures, or every problem on its field. `calendar` is the console's calendar (official
 * data and approved office years): a closure is for a year whose calendar is known, and begins and
 * ends on a working day — a rest day in between stays a rest day, and closing on a day already off
 * would change nothing.
 */
export function checkClosures(
  year: number,
  input: readonly Closure[],
  calendar: WorkingCalendar,
): { ok: true; value: Closure[] } | { ok: false; errors: ClosureErrors } {
  const errors: ClosureErrors = {};
  const flag = (path: string, key: string) => {
    errors[path] ??= `calendar.closures.validation.${key}`;
  };
  if (!calendar.coveredYears().includes(year)) flag('closures', 'yearUnknown');
  const closures = input.map((c) => ({ name: c.name.trim(), first: c.first.trim(), last: c.last.trim() }));
  closures.forEach((c, i) => {
    if (!c.name) flag(`closures.${i}.name`, 'name');
    else if (c.name.length > 20) flag(`closures.${i}.name`, 'nameLong');
    for (const end of ['first', 'last'] as const) {
      const path = `closures.${i}.${end}`;
      if (!isDate(c[end])) flag(path, 'date');
      else if (Number(c[end].slice(0, 4)) !== year) flag(path, 'outsideYear');
      else if (calendar.dayKind(c[end]) !== 'workday') flag(path, 'restDay');
    }
    if (isDate(c.first) && isDate(c.last) && c.last < c.first) flag(`closures.${i}.last`, 'lastBeforeFirst');
  });
  // Told on the later entry, so the first one entered stays clean; a duplicate is an overlap.
  const wellFormed = (c: Closure) => isDate(c.first) && isDate(c.last) && c.first <= c.last;
  closures.forEach((c, i) => {
    if (!wellFormed(c)) return;
    if (closures.slice(0, i).some((o) => wellFormed(o) && o.first <= c.last && c.first <= o.last)) flag(`closures.${i}.first`, 'overlap');
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: [...closures].sort((a, b) => a.first.localeCompare(b.first)) };
}

/** Every day of the closures, by date, with its name. */
export function closureDays(closures: readonly Closure[]): Map<string, string> {
  const days = new Map<string, string>();
  for (const c of closures) {
    for (let d = c.first; d <= c.last; d = addDays(d, 1)) days.set(d, c.name);
  }
  return days;
}
