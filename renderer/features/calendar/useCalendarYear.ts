// The office's row for one year (draft or approved), live, and the writes the calendar screen
// runs, each ending in a sentence for the operator.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CalendarYear } from '@shared/officeCalendar';
import type { Result } from '@shared/result';
import { officeCalendarYear } from '../../db/calendar';
import { useConsole } from '../../db/DatabaseContext';
import { attempt, failureText } from '../../ui/describe';

/** undefined while loading; null when the office has nothing for the year. Read from live data in a drill too. */
export function useCalendarYear(year: number): CalendarYear | null | undefined {
  const { db } = useConsole();
  return useLiveQuery(async () => (await officeCalendarYear(db, year)) ?? null, [db, year]);
}

/** `say`, when given, words the sentence again at each render, so it follows a change of language. */
export type Message = { kind: 'success' | 'error'; text: string; say?: (t: TFunction) => string };

export const messageText = (message: Message, t: TFunction) => message.say?.(t) ?? message.text;

/** Runs a write: field errors (path → i18n key) for the form, a sentence for anything else. */
export function useCalendarWrite() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  async function run<T>(write: () => Promise<Result<T>>, success: (value: T, t: TFunction) => string): Promise<T | null> {
    setBusy(true);
    const result = await attempt(write);
    setBusy(false);
    if (!result.ok) {
      const validation = result.error.code === 'validation';
      setErrors(validation ? Object.fromEntries(Object.entries(result.error.params ?? {}).map(([k, v]) => [k, String(v)])) : {});
      const say = (tr: TFunction) => (validation ? tr('calendar.form.invalid') : failureText(result.error, tr));
      setMessage({ kind: 'error', text: say(t), say });
      return null;
    }
    setErrors({});
    const say = (tr: TFunction) => success(result.value, tr);
    setMessage({ kind: 'success', text: say(t), say });
    return result.value;
  }
  return { errors, message, setMessage, busy, run };
}
