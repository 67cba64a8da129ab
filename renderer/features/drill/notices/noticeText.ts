// The notice's dates and times in the reader's language: 2026年11月27日（星期五）9:00—11:30 in
// Chinese, Friday 27 November 2026, 9:00–11:30 in English. Dates are plan-local strings, so
// they are formatted as UTC calendar dates and never shift with the PC's own time zone.
import type { TFunction } from 'i18next';
import type { Failure } from '@shared/result';
import type { Locale } from '@shared/text';
import { keyIn } from '../../../i18n/keys';

const utcDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};

/** 2026年11月23日 / 23 November 2026 (成文日期 uses Arabic numerals, GB/T 9704-2012). */
export function noticeDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(utcDate(date));
}

function weekday(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { weekday: 'long', timeZone: 'UTC' }).format(utcDate(date));
}

/** 09:00 → 9:00, as a notice writes the hour. */
const clock = (time: string) => time.replace(/^0(\d)/, '$1');

/** The drill's time span from two plan-local "YYYY-MM-DDTHH:mm" values. */
export function drillTimeSpan(startsAt: string, endsAt: string, locale: Locale, t: TFunction): string {
  const [fromDate = '', fromTime = ''] = startsAt.split('T');
  const [toDate = '', toTime = ''] = endsAt.split('T');
  if (fromDate === toDate) {
    return t('drillNotice.print.sameDay', {
      date: noticeDate(fromDate, locale),
      weekday: weekday(fromDate, locale),
      from: clock(fromTime),
      to: clock(toTime),
    });
  }
  return t('drillNotice.print.overDays', {
    fromDate: noticeDate(fromDate, locale),
    from: clock(fromTime),
    toDate: noticeDate(toDate, locale),
    to: clock(toTime),
  });
}

/** The sentence for a refused or failed write of a notice. */
export function noticeFailureText(error: Failure, t: TFunction): string {
  const params = { ...error.params, message: error.message ?? error.code };
  return t([keyIn('drillNotice.refusal', error.code), 'drillNotice.refusal.unknown'], params);
}
