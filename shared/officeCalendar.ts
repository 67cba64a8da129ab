// 节假日安排 kept by the office: a year the official data set does not have yet (the State Council
// publishes each year's arrangement late in the year before), entered from the notice or read
// from a file. Pure rules: the form and file shapes, and the cross-checks a notice always meets.
import { z } from 'zod';
import { ModeSchema } from './model';
import { ClosureListSchema } from './officeClosures';
import { addDays, weekdayOf } from './time';

export const HolidayRangeSchema = z.object({
  name: z.string(),
  /** First and last day off, YYYY-MM-DD, both inclusive. */
  first: z.string(),
  last: z.string(),
});
export type HolidayRange = z.infer<typeof HolidayRangeSchema>;

/** What a State Council notice says about one year: the holidays and the 调休 make-up working days. */
export type YearArrangement = { year: number; holidays: HolidayRange[]; makeupDays: string[] };

export const CALENDAR_YEAR_STATUSES = ['draft', 'approved'] as const;

export const CalendarYearSchema = z.object({
  id: z.string().uuid(),
  mode: ModeSchema,
  year: z.number().int(),
  holidays: z.array(HolidayRangeSchema),
  makeupDays: z.array(z.string()),
  /** Only an approved year counts for any clock; a draft is a proposal for the leader. */
  status: z.enum(CALENDAR_YEAR_STATUSES),
  source: z.enum(['entered', 'file']),
  updatedAt: z.string(),
  updatedBy: z.string(),
  updatedByName: z.string(),
  approvedAt: z.string().optional(),
  approvedBy: z.string().optional(),
  approvedByName: z.string().optional(),
  /**
   * The office's own closure days of the year (shared/officeClosures.ts), approved by the leader
   * apart from the arrangement: a year of the official data keeps them on a row of its own, whose
   * arrangement is empty and never counts. Absent on rows stored before they existed.
   */
  closures: ClosureListSchema.optional(),
  /** A proposed list waiting for the leader; on approval it replaces `closures`. */
  closuresDraft: ClosureListSchema.optional(),
});
export type CalendarYear = z.infer<typeof CalendarYearSchema>;

// ---- The form ---------------------------------------------------------------------------------

/** The form as typed: every value a string, so a half-typed year is still a form. */
export type ArrangementInput = { year: string; holidays: HolidayRange[]; makeupDays: string[] };

/** Field path (year, holidays.0.last, makeupDays.1, holidays) → i18n key of the sentence. */
export type ArrangementErrors = Record<string, string>;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A real calendar date: 2027-02-30 does not roll over into March. */
export const isCalendarDate = (value: string) => DATE.test(value) && addDays(value, 0) === value;

const yearOf = (date: string) => Number(date.slice(0, 4));
const isWeekend = (date: string) => [0, 6].includes(weekdayOf(date));

/**
 * The arrangement, or every problem on its field. `officialYears` are the years the data set
 * already has: those are never entered by hand (see calendar.ts, which never overrides them).
 */
export function checkArrangement(
  input: ArrangementInput,
  officialYears: readonly number[],
): { ok: true; value: YearArrangement } | { ok: false; errors: ArrangementErrors } {
  const errors: ArrangementErrors = {};
  const flag = (path: string, key: string) => {
    errors[path] ??= `calendar.validation.${key}`;
  };
  const yearText = input.year.trim();
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  if (!(year >= 2000 && year <= 2100)) flag('year', 'year');
  else if (officialYears.includes(year)) flag('year', 'officialYear');
  const inYear = (date: string) => Number.isNaN(year) || yearOf(date) === year;

  const holidays = input.holidays.map((h) => ({ name: h.name.trim(), first: h.first.trim(), last: h.last.trim() }));
  if (holidays.length === 0) flag('holidays', 'noHolidays');
  holidays.forEach((h, i) => {
    if (!h.name) flag(`holidays.${i}.name`, 'holidayName');
    else if (h.name.length > 20) flag(`holidays.${i}.name`, 'holidayNameLong');
    for (const end of ['first', 'last'] as const) {
      if (!isCalendarDate(h[end])) flag(`holidays.${i}.${end}`, 'date');
      else if (!inYear(h[end])) flag(`holidays.${i}.${end}`, 'outsideYear');
    }
    if (isCalendarDate(h.first) && isCalendarDate(h.last) && h.last < h.first) flag(`holidays.${i}.last`, 'lastBeforeFirst');
  });
  // Overlaps are told on the later range, so the first one entered stays clean.
  const wellFormed = (h: HolidayRange) => isCalendarDate(h.first) && isCalendarDate(h.last) && h.first <= h.last;
  holidays.forEach((h, i) => {
    if (!wellFormed(h)) return;
    const clash = holidays.slice(0, i).some((other) => wellFormed(other) && other.first <= h.last && h.first <= other.last);
    if (clash) flag(`holidays.${i}.first`, 'overlap');
  });

  const makeupDays = input.makeupDays.map((d) => d.trim());
  makeupDays.forEach((day, i) => {
    const path = `makeupDays.${i}`;
    if (!isCalendarDate(day)) flag(path, 'date');
    else if (!inYear(day)) flag(path, 'outsideYear');
    else if (!isWeekend(day)) flag(path, 'makeupNotWeekend');
    else if (holidays.some((h) => wellFormed(h) && h.first <= day && day <= h.last)) flag(path, 'makeupInHoliday');
    else if (makeupDays.indexOf(day) !== i) flag(path, 'makeupTwice');
  });

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      year,
      holidays: [...holidays].sort((a, b) => a.first.localeCompare(b.first)),
      makeupDays: [...makeupDays].sort(),
    },
  };
}

export const emptyArrangementInput = (year: number): ArrangementInput => ({
  year: String(year),
  holidays: [{ name: '', first: '', last: '' }],
  makeupDays: [],
});

export const inputOf = (a: YearArrangement): ArrangementInput => ({
  year: String(a.year),
  holidays: a.holidays.map((h) => ({ ...h })),
  makeupDays: [...a.makeupDays],
});

// ---- The file ---------------------------------------------------------------------------------

/**
 * The exchange file: `{ "year": 2027, "holidays": [{ "name", "first", "last" }], "makeupDays": [] }`.
 * Only its shape is checked here; the same cross-checks as the form run before it is saved.
 */
export const ArrangementFileSchema = z.object({
  year: z.number().int(),
  holidays: z.array(z.object({ name: z.string(), first: z.string(), last: z.string() }).strict()).max(40),
  makeupDays: z.array(z.string()).max(40),
});

export function readArrangementFile(text: string): ArrangementInput | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = ArrangementFileSchema.safeParse(json);
  return parsed.success ? inputOf(parsed.data) : null;
}

// ---- Days -------------------------------------------------------------------------------------

/** Every day off and every make-up working day of an arrangement, by date. */
export function arrangementDays(a: YearArrangement): { holidays: Map<string, string>; makeupDays: Set<string> } {
  const holidays = new Map<string, string>();
  for (const h of a.holidays) {
    for (let d = h.first; d <= h.last; d = addDays(d, 1)) holidays.set(d, h.name);
  }
  return { holidays, makeupDays: new Set(a.makeupDays) };
}

/**
 * From 1 November the office should have next year's arrangement (the notice usually comes in
 * late October or November): the year still missing, or null.
 */
export function nextYearMissing(today: string, coveredYears: readonly number[]): number | null {
  const year = yearOf(today);
  if (Number(today.slice(5, 7)) < 11) return null;
  return coveredYears.includes(year + 1) ? null : year + 1;
}
