// The office's row for one year (draft or approved), live, and the writes the calendar screen
// runs, each ending in a sentence for the operator (the one write hook, with the calendar's
// sentence for a form refused at its fields).
import { useLiveQuery } from 'dexie-react-hooks';
import type { CalendarYear } from '@shared/officeCalendar';
import { officeCalendarYear } from '../../db/calendar';
import { useConsole } from '../../db/DatabaseContext';
import { useCommand } from '../../ui/useCommand';

/** undefined while loading; null when the office has nothing for the year. Read from live data in a drill too. */
export function useCalendarYear(year: number): CalendarYear | null | undefined {
  const { db } = useConsole();
  return useLiveQuery(async () => (await officeCalendarYear(db, year)) ?? null, [db, year]);
}

/** Runs a calendar write: field errors (path → i18n key) for the form, a sentence for anything else. */
export const useCalendarWrite = () => useCommand({}, { validationSentence: 'calendar.form.invalid' });
