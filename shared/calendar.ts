// The official Chinese working calendar: weekends, public holidays and 调休 make-up working days,
// from the chinese-days data set. A year the data does not cover is reported as unknown, never
// guessed from weekdays: the State Council publishes each year's arrangement late in the year.
import data from 'chinese-days/dist/chinese-days.json';
import { weekdayOf } from './time';

export type DayKind = 'workday' | 'restday' | 'unknown';

export interface WorkingCalendar {
  dayKind(date: string): DayKind;
  coveredYears(): readonly number[];
}

type CalendarData = { holidays: Record<string, string>; workdays: Record<string, string> };

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
      const weekday = weekdayOf(date);
      return weekday === 0 || weekday === 6 ? 'restday' : 'workday';
    },
  };
}

export const officialCalendar: WorkingCalendar = calendarFromData(data as CalendarData);
