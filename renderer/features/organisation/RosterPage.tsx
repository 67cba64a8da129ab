// 值班表: a week of duty shifts by date and shift (白班 / 夜班), from today, with who is on duty now.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DutyShift } from '@shared/command';
import { addDays, planDateOf, weekdayOf } from '@shared/time';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { removeShift } from '../../db/organisation';
import { useDutyBetween } from '../../db/reads/organisation';
import { useWriteContext } from '../session/useWriteContext';
import { FormAlert } from '../../ui/Outcome';
import { OnDutyNow } from './OnDutyNow';
import { endsNextDay, shiftColumn, weekDates } from './rosterWeek';
import { ShiftForm } from './ShiftForm';
import { useCommand } from '../../ui/useCommand';
import './organisation.css';
import { keyIn } from '../../i18n/keys';

type Editing = { shift: DutyShift | null; date: string } | null;

export function RosterPage() {
  const { t } = useTranslation();
  const { db, plan, now } = useConsole();
  const people = usePeople();
  const writeContext = useWriteContext();
  const { alert, run } = useCommand();
  const today = planDateOf(now(), plan.utcOffsetMinutes);
  const [start, setStart] = useState(today);
  const [editing, setEditing] = useState<Editing>(null);
  const dates = weekDates(start);
  const shifts = useDutyBetween(dates[0]!, dates[6]!);
  const byId = new Map(people.map((p) => [p.id, p]));

  const cell = (date: string, column: 'day' | 'night') =>
    shifts
      .filter((s) => s.date === date && shiftColumn(s) === column)
      .sort((a, b) => a.start.localeCompare(b.start) || a.post.localeCompare(b.post))
      .map((s) => (
        <div key={s.id} className={`shift-chip post-${s.post}`}>
          <span className={`badge post post-${s.post}`}>{t(`organisation.roster.post.${s.post}`)}</span>
          <strong>{byId.get(s.personId)?.name ?? t('organisation.roster.removedPerson')}</strong>
          <span className="mono small">
            {t('organisation.roster.span', { start: s.start, end: s.end })}
            {endsNextDay(s) ? ` ${t('organisation.roster.nextDay')}` : ''}
          </span>
          <span className="chip-actions">
            <button type="button" className="link" onClick={() => setEditing({ shift: s, date })}>
              {t('organisation.edit')}
            </button>
            <button type="button" className="link danger-link" onClick={() => void run(() => removeShift(db, s.id, writeContext()))}>
              {t('organisation.roster.removeShift')}
            </button>
          </span>
        </div>
      ));

  return (
    <div className="roster">
      <div className="page-header">
        <h1>{t('organisation.roster.title')}</h1>
        <div className="toolbar">
          <button type="button" onClick={() => setStart(addDays(start, -7))}>
            {t('organisation.roster.previousWeek')}
          </button>
          <span className="week-range">{t('organisation.roster.week', { from: dates[0] ?? '', to: dates[6] ?? '' })}</span>
          <button type="button" onClick={() => setStart(addDays(start, 7))}>
            {t('organisation.roster.nextWeek')}
          </button>
          {start !== today ? (
            <button type="button" onClick={() => setStart(today)}>
              {t('organisation.roster.thisWeek')}
            </button>
          ) : null}
          <button type="button" className="primary" onClick={() => setEditing({ shift: null, date: start })}>
            {t('organisation.roster.addShift')}
          </button>
        </div>
      </div>
      <div className="roster-layout">
        <div>
          <FormAlert text={alert} />
          {editing ? (
            <ShiftForm
              key={editing.shift?.id ?? 'new'}
              shift={editing.shift}
              date={editing.date}
              people={people}
              onDone={() => setEditing(null)}
            />
          ) : null}
          <table className="roster-table">
            <thead>
              <tr>
                <th>{t('organisation.roster.date')}</th>
                <th>{t('organisation.roster.dayShift')}</th>
                <th>{t('organisation.roster.nightShift')}</th>
              </tr>
            </thead>
            <tbody>
              {dates.map((date) => (
                <tr key={date} className={date === today ? 'today' : ''}>
                  <th scope="row">
                    <div className="mono">{date}</div>
                    <div className="muted small">
                      {t(keyIn('organisation.roster.weekday', weekdayOf(date)))}
                      {date === today ? ` · ${t('organisation.roster.today')}` : ''}
                    </div>
                    <button type="button" className="link small" onClick={() => setEditing({ shift: null, date })}>
                      {t('organisation.roster.addOn', { date: date.slice(5) })}
                    </button>
                  </th>
                  <td>{cell(date, 'day')}</td>
                  <td>{cell(date, 'night')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <OnDutyNow />
      </div>
    </div>
  );
}
