// 节假日安排: the year view of the working-day calendar, from the official data for the years it
// has and from the office's entry for later ones; the entry form, the file import, and the
// leader's approval (the reason shown to anyone else).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { arrangementMarks, officialCalendar, officialMarks, withOfficeYears } from '@shared/calendar';
import { closureDays } from '@shared/officeClosures';
import { emptyArrangementInput, inputOf, readArrangementFile, type ArrangementInput, type CalendarYear } from '@shared/officeCalendar';
import { planDateOf } from '@shared/time';
import { approveCalendarYear } from '../../db/calendar';
import { useConsole } from '../../db/DatabaseContext';
import { getHost } from '../../host';
import { attempt, failureText } from '../../ui/describe';
import { useOperator, useWriteContext } from '../session/useWriteContext';
import { ArrangementForm } from './ArrangementForm';
import { ClosuresPanel } from './ClosuresPanel';
import { useCalendarWrite, useCalendarYear } from './useCalendarYear';
import { YearView } from './YearView';
import './calendar.css';
import { Outcome } from '../../ui/Outcome';

const decoder = new TextDecoder('utf-8');
const dateTimeText = (iso: string) => iso.slice(0, 16).replace('T', ' ');

export function CalendarPage({ year: yearParam }: { year?: string }) {
  const { t } = useTranslation();
  const { db, plan, now } = useConsole();
  const thisYear = Number(planDateOf(now(), plan.utcOffsetMinutes).slice(0, 4));
  const year = yearParam && /^\d{4}$/.test(yearParam) ? Number(yearParam) : thisYear;
  const official = officialCalendar.coveredYears().includes(year);
  const row = useCalendarYear(year);
  const operator = useOperator();
  const writeContext = useWriteContext();
  const { message, setMessage, busy, run } = useCalendarWrite();
  const [editing, setEditing] = useState<{ input: ArrangementInput; source: CalendarYear['source'] } | null>(null);

  const view = useMemo(() => {
    if (official) return { calendar: officialCalendar, marks: officialMarks(year) };
    // A draft is shown as it would count, so the leader sees what is being approved.
    if (row) return { calendar: withOfficeYears(officialCalendar, [row]), marks: arrangementMarks(row) };
    return null;
  }, [official, row, year]);
  const closures = useMemo(() => closureDays(row?.closures?.days ?? []), [row]);
  if (row === undefined) return null;

  const lastOfficial = officialCalendar.coveredYears().at(-1) ?? year;
  const isLeader = operator?.role === 'leader';
  // The calendar is the office's: a drill shows it but may not change it.
  const drill = db.mode === 'drill';

  async function importFile() {
    setMessage(null);
    const opened = await attempt(() => getHost().openFile({ filters: [{ name: t('calendar.title'), extensions: ['json'] }] }));
    if (!opened.ok) return setMessage({ kind: 'error', text: failureText(opened.error, t) });
    if (!opened.value) return;
    const input = readArrangementFile(decoder.decode(opened.value.data));
    if (!input) return setMessage({ kind: 'error', text: t('calendar.importBad') });
    setEditing({ input, source: 'file' });
    setMessage({ kind: 'success', text: t('calendar.importRead', { year: input.year }) });
  }

  async function approve() {
    await run(
      () => approveCalendarYear(db, year, writeContext()),
      (done, tr) => tr('calendar.approved', { year, count: done.datedIncidents }),
    );
  }

  const status = official
    ? t('calendar.source.official')
    : row?.status === 'approved'
      ? t('calendar.source.approved', { name: row.approvedByName ?? '', at: dateTimeText(row.approvedAt ?? '') })
      : row
        ? t('calendar.source.draft', { name: row.updatedByName, at: dateTimeText(row.updatedAt) })
        : t('calendar.source.missing', { year });

  return (
    <div className="calendar-page">
      <div className="page-header">
        <h1>{t('calendar.title')}</h1>
        <nav className="toolbar year-nav" aria-label={t('calendar.year')}>
          <Link href={`/calendar/${year - 1}`} className="button">
            {t('calendar.previousYear')}
          </Link>
          <strong className="year-label">{year}</strong>
          <Link href={`/calendar/${year + 1}`} className="button">
            {t('calendar.nextYear')}
          </Link>
        </nav>
      </div>
      <p className="muted small">{t('calendar.intro', { last: lastOfficial })}</p>
      <div className={`notice ${view ? (!official && row?.status === 'draft' ? 'warning' : '') : 'warning'} calendar-status`} role="status">
        {status}
      </div>
      {message ? <Outcome kind={message.kind}>{message.text}</Outcome> : null}
      {drill && !official && row?.status !== 'approved' ? (
        <p className="notice calendar-drill-locked" role="note">
          {t('calendar.refusal.calendar-drill-locked')}
        </p>
      ) : null}
      {!drill && !official && row?.status !== 'approved' && !editing ? (
        <div className="calendar-actions">
          <button
            type="button"
            className={row ? undefined : 'primary'}
            onClick={() => {
              setMessage(null);
              setEditing({ input: row ? inputOf(row) : emptyArrangementInput(year), source: 'entered' });
            }}
          >
            {row ? t('calendar.editDraft') : t('calendar.enter', { year })}
          </button>
          <button type="button" onClick={() => void importFile()}>
            {t('calendar.importFile')}
          </button>
          {row ? (
            <span className="approve">
              <button
                type="button"
                className="primary"
                disabled={!isLeader || busy}
                aria-describedby="calendar-approve-why"
                onClick={() => void approve()}
              >
                {t('calendar.approve', { year })}
              </button>
              <span id="calendar-approve-why" className="muted small">
                {isLeader ? t('calendar.approveConfirm', { year }) : t('calendar.approveOnlyLeader')}
              </span>
            </span>
          ) : null}
        </div>
      ) : null}
      {editing ? (
        <ArrangementForm
          key={editing.source}
          initial={editing.input}
          source={editing.source}
          onDone={(saved, text) => {
            setEditing(null);
            setMessage(saved && text ? { kind: 'success', text } : null);
          }}
        />
      ) : null}
      {!drill && !official && !row ? <p className="muted small">{t('calendar.importHint')}</p> : null}
      {view ? <YearView year={year} calendar={view.calendar} marks={view.marks} closures={closures} /> : null}
      <ClosuresPanel year={year} row={row} />
    </div>
  );
}
