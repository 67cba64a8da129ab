// From 1 November: next year's holiday arrangement is not loaded, so clocks running into it would
// say 日历数据缺失. A small notice with the way to the entry form.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { nextYearMissing } from '@shared/officeCalendar';
import { planDateOf } from '@shared/time';
import { useConsole } from '../../db/DatabaseContext';

export function CalendarWarning({ now }: { now: number }) {
  const { t } = useTranslation();
  const { plan, calendar } = useConsole();
  const year = nextYearMissing(planDateOf(now, plan.utcOffsetMinutes), calendar.coveredYears());
  if (year === null) return null;
  return (
    <div className="notice warning calendar-warning" role="status" aria-label={t('calendar.warning.title', { year })}>
      <strong>{t('calendar.warning.title', { year })}</strong> {t('calendar.warning.body', { year })}{' '}
      <Link href={`/calendar/${year}`}>{t('calendar.warning.link')}</Link>
    </div>
  );
}
