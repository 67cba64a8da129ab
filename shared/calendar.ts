// The official Chinese working calendar: weekends, public holidays and 调休 make-up working days,
// from the chinese-days data set. A year the data does not cover is reported as unknown, never
// guessed from weekdays: the State Council publishes each year's arrangement late in the year.
import data from 'chinese-days/dist/chinese-days.json';
import { arrangementDays, type YearArrangement } from './officeCalendar';
import { closureDays, type Closure } from './officeClosures';
import { weekdayOf } from './time';

export type DayKind = 'workday' | 'restday' | 'unknown';

export interface WorkingCalendar {
  dayKind(date: string): DayKind;
  coveredYears(): readonly number[];
  /**
   * The office's approved closure days (单位自定停工日), by date with their names. `dayKind` does
   * not count them: only a plan that says so does (see `calendarForPlan`).
   */
  closures?: ReadonlyMap<string, string>;
}

type CalendarData = { holidays: Record<string, string>; workdays: Record<string, string> };

const isWeekend = (date: string) => {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
};

export function calendarFromData(source: CalendarData): WorkingCalendar {
  const years = new Set<number>();
  for (const date of Object.keys(source.holidays)) years.add(Number(date.slice(0, 4)));
  const sorted = [...years].sort((a, b) => a - b);
  return {
    coveredYears: () => sorted,
    dayKind(date) {
      if (!years.has(Number(date.slice(0, 4)))) return 'unknown';
      if (date in source.holidays) return 'restday';
      if (date in source.workdays) return 'workday';
      return isWeekend(date) ? 'restday' : 'workday';
    },
  };
}

export const officialCalendar: WorkingCalendar = calendarFromData(data as CalendarData);

/**
 * The console's calendar: the data set's years, plus the years the office entered and the leader
 * approved. A year the data set has is never overridden: it is the published notice itself, and a
 * typing slip in an office's entry must not move clocks that are already right.
 */
export function withOfficeYears(base: WorkingCalendar, approved: readonly YearArrangement[]): WorkingCalendar {
  const official = new Set(base.coveredYears());
  const office = new Map(approved.filter((a) => !official.has(a.year)).map((a) => [a.year, arrangementDays(a)]));
  const years = [...official, ...office.keys()].sort((a, b) => a - b);
  return {
    coveredYears: () => years,
    dayKind(date) {
      const days = office.get(Number(date.slice(0, 4)));
      if (!days) return base.dayKind(date);
      if (days.holidays.has(date)) return 'restday';
      if (days.makeupDays.has(date)) return 'workday';
      return isWeekend(date) ? 'restday' : 'workday';
    },
  };
}

/** The calendar with the office's approved closure days beside it; its days are counted as before. */
export function withClosures(base: WorkingCalendar, closures: readonly Closure[]): WorkingCalendar {
  return { dayKind: (date) => base.dayKind(date), coveredYears: () => base.coveredYears(), closures: closureDays(closures) };
}

/**
 * The calendar a plan version's working-day limits count on: the office's closure days are days
 * off only when the version says its limits count them; otherwise the calendar as it is.
 */
export function calendarForPlan(calendar: WorkingCalendar, plan: { countsOfficeClosures?: boolean }): WorkingCalendar {
  const closures = calendar.closures;
  if (!plan.countsOfficeClosures || !closures || closures.size === 0) return calendar;
  return {
    coveredYears: () => calendar.coveredYears(),
    closures,
    dayKind(date) {
      const kind = calendar.dayKind(date);
      return kind === 'workday' && closures.has(date) ? 'restday' : kind;
    },
  };
}

/** A named day of the calendar: a holiday (放假) or a make-up working day (调休上班). */
export type MarkedDay = { kind: 'holiday' | 'makeup'; name: { zh: string; en: string } };

/** The data set's holidays and make-up days of one year, by date ("Spring Festival,春节,4"). */
export function officialMarks(year: number): Map<string, MarkedDay> {
  const marks = new Map<string, MarkedDay>();
  const source = data as CalendarData;
  const prefix = `${year}-`;
  const add = (entries: Record<string, string>, kind: MarkedDay['kind']) => {
    for (const [date, text] of Object.entries(entries)) {
      if (!date.startsWith(prefix)) continue;
      const [en = '', zh = en] = text.split(',');
      marks.set(date, { kind, name: { zh, en } });
    }
  };
  add(source.holidays, 'holiday');
  add(source.workdays, 'makeup');
  return marks;
}

/** The same for a year the office entered; its names are as the office wrote them. */
export function arrangementMarks(arrangement: YearArrangement): Map<string, MarkedDay> {
  const { holidays, makeupDays } = arrangementDays(arrangement);
  const marks = new Map<string, MarkedDay>();
  for (const [date, name] of holidays) marks.set(date, { kind: 'holiday', name: { zh: name, en: name } });
  // A make-up day belongs to the holiday it pays for: the nearest one.
  for (const date of makeupDays) {
    const nearest = [...holidays.entries()].sort(
      (a, b) => Math.abs(Date.parse(a[0]) - Date.parse(date)) - Math.abs(Date.parse(b[0]) - Date.parse(date)),
    )[0];
    const name = nearest?.[1] ?? '';
    marks.set(date, { kind: 'makeup', name: { zh: name, en: name } });
  }
  return marks;
}
