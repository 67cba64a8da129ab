// Twelve small month grids and the year's holidays: rest days, named holidays and 调休 make-up
// working days, as the clocks will count them.
import { useTranslation } from 'react-i18next';
import type { MarkedDay, WorkingCalendar } from '@shared/calendar';
import { holidaySummary, yearGrid, type CalendarCell } from '@shared/officeCalendarView';
import { useAppSelector } from '../../store';
import { keyIn } from '../../i18n/keys';

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

type Props = {
  year: number;
  calendar: WorkingCalendar;
  marks: ReadonlyMap<string, MarkedDay>;
  /** The office's approved closure days (单位自定停工日), by date with their names. */
  closures: ReadonlyMap<string, string>;
};

export function YearView({ year, calendar, marks, closures }: Props) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const nameOf = (mark: MarkedDay) => (locale === 'en' ? mark.name.en : mark.name.zh);
  const months = yearGrid(year, calendar, marks);
  const holidays = holidaySummary(marks);
  const makeupDays = [...marks].filter(([, m]) => m.kind === 'makeup').map(([date]) => date);

  // A closure marks only the working days it takes; a weekend inside it stays a rest day.
  const closureOf = (cell: CalendarCell) => (cell.kind === 'workday' && !cell.mark ? closures.get(cell.date) : undefined);
  const cellClass = (cell: CalendarCell) =>
    cell.mark ? `day ${cell.mark.kind}` : closureOf(cell) !== undefined ? 'day closure' : `day ${cell.kind}`;
  const cellTitle = (cell: CalendarCell) => {
    const closure = closureOf(cell);
    if (cell.mark) return t(`calendar.dayTitle.${cell.mark.kind}`, { date: cell.date, name: nameOf(cell.mark) });
    if (closure !== undefined) return t('calendar.dayTitle.closure', { date: cell.date, name: closure });
    return t(`calendar.dayTitle.${cell.kind}`, { date: cell.date });
  };

  return (
    <div className="year-view">
      <ul className="calendar-legend" aria-label={t('calendar.legend.title')}>
        {(['workday', 'restday', 'holiday', 'makeup', 'closure'] as const).map((kind) => (
          <li key={kind}>
            <span className={`swatch day ${kind}`} aria-hidden="true" />
            {t(`calendar.legend.${kind}`)}
          </li>
        ))}
      </ul>
      <div className="month-grids">
        {months.map(({ month, weeks }) => (
          <table key={month} className="month" aria-label={t(keyIn('calendar.month', month))}>
            <caption>{t(keyIn('calendar.month', month))}</caption>
            <thead>
              <tr>
                {WEEKDAYS.map((d) => (
                  <th key={d} scope="col" className={d >= 5 ? 'weekend' : undefined}>
                    {t(`calendar.weekday.${d}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week, w) => (
                <tr key={w}>
                  {week.map((cell, d) =>
                    cell ? (
                      <td key={d} className={cellClass(cell)} title={cellTitle(cell)} aria-label={cellTitle(cell)}>
                        {cell.day}
                        {cell.mark?.kind === 'makeup' ? <span className="makeup-tag">{t('calendar.legend.makeupTag')}</span> : null}
                      </td>
                    ) : (
                      <td key={d} />
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      {holidays.length > 0 ? (
        <table className="holiday-table" aria-label={t('calendar.holidays.title', { year })}>
          <caption>{t('calendar.holidays.title', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('calendar.holidays.name')}</th>
              <th scope="col">{t('calendar.holidays.dates')}</th>
              <th scope="col" className="numeric">
                {t('calendar.holidays.days')}
              </th>
            </tr>
          </thead>
          <tbody>
            {holidays.map((h) => (
              <tr key={h.first}>
                <td>{locale === 'en' ? h.name.en : h.name.zh}</td>
                <td>{t('calendar.holidays.range', { first: h.first, last: h.last })}</td>
                <td className="numeric">{t('calendar.holidays.count', { count: h.days })}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('calendar.holidays.makeup')}</th>
              <td colSpan={2}>
                {makeupDays.length > 0 ? makeupDays.join(t('calendar.holidays.separator')) : t('calendar.holidays.noMakeup')}
              </td>
            </tr>
          </tfoot>
        </table>
      ) : null}
    </div>
  );
}
