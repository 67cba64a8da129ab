// The year view (节假日安排): twelve month grids, Monday first as Chinese wall calendars are, each
// day with what it is for the clocks and, where it has one, the holiday it belongs to.
import type { DayKind, MarkedDay, WorkingCalendar } from './calendar';
import { addDays, weekdayOf } from './time';

export type CalendarCell = { date: string; day: number; kind: DayKind; mark: MarkedDay | null };
/** Seven cells a week; null where the day belongs to the month before or after. */
export type MonthGrid = { month: number; weeks: (CalendarCell | null)[][] };

const pad = (n: number) => String(n).padStart(2, '0');

export function yearGrid(year: number, calendar: WorkingCalendar, marks: ReadonlyMap<string, MarkedDay>): MonthGrid[] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = index + 1;
    const first = `${year}-${pad(month)}-01`;
    const lead = (weekdayOf(first) + 6) % 7;
    const cells: (CalendarCell | null)[] = Array.from({ length: lead }, () => null);
    for (let date = first; date.slice(5, 7) === pad(month); date = addDays(date, 1)) {
      cells.push({ date, day: Number(date.slice(8)), kind: calendar.dayKind(date), mark: marks.get(date) ?? null });
    }
    while (cells.length % 7 !== 0) cells.push(null);
    const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
    return { month, weeks };
  });
}

/** The holidays of a year, each once, in date order, with how many days off it brings. */
export function holidaySummary(
  marks: ReadonlyMap<string, MarkedDay>,
): { name: MarkedDay['name']; first: string; last: string; days: number }[] {
  const rows: { name: MarkedDay['name']; first: string; last: string; days: number }[] = [];
  for (const [date, mark] of [...marks].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (mark.kind !== 'holiday') continue;
    const last = rows.at(-1);
    if (last && last.name.zh === mark.name.zh && addDays(last.last, 1) === date) {
      last.last = date;
      last.days += 1;
    } else rows.push({ name: mark.name, first: date, last: date, days: 1 });
  }
  return rows;
}
