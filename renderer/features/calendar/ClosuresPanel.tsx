// 单位自定停工日 on the year view: the approved list, a proposal waiting for the leader, the entry
// form, and whether the plan in force counts them at all (entering is allowed either way: a later
// plan version, or an incident's own version, may count them).
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Closure } from '@shared/officeClosures';
import type { CalendarYear } from '@shared/officeCalendar';
import { approveClosures, saveClosuresDraft } from '../../db/closures';
import { useConsole } from '../../db/DatabaseContext';
import { Field } from '../../ui/Field';
import { useOperator, useWriteContext } from '../session/useWriteContext';
import { useCalendarWrite } from './useCalendarYear';
import { Outcome } from '../../ui/Outcome';
import { dataKey, say } from '../../i18n/keys';

const dateTimeText = (iso: string) => iso.slice(0, 16).replace('T', ' ');
const EMPTY: Closure = { name: '', first: '', last: '' };

export function ClosuresPanel({ year, row }: { year: number; row: CalendarYear | null }) {
  const { t } = useTranslation();
  const { db, plan, calendar } = useConsole();
  const operator = useOperator();
  const writeContext = useWriteContext();
  const { message, setMessage, busy, run } = useCalendarWrite();
  const [editing, setEditing] = useState<Closure[] | null>(null);
  const known = calendar.coveredYears().includes(year);
  const drill = db.mode === 'drill';
  const approved = row?.closures;
  const draft = row?.closuresDraft;

  async function approve() {
    await run(
      () => approveClosures(db, year, writeContext()),
      (done, tr) => tr('calendar.closures.approved', { year, count: done.movedIncidents }),
    );
  }

  return (
    <section className="closures" aria-labelledby="closures-title">
      <h2 id="closures-title">{t('calendar.closures.title')}</h2>
      <p className="muted small">{t('calendar.closures.intro')}</p>
      <p className={`notice ${plan.countsOfficeClosures ? 'success' : 'warning'}`} role="note">
        {t(plan.countsOfficeClosures ? 'calendar.closures.counted' : 'calendar.closures.notCounted')}
      </p>
      {message ? <Outcome kind={message.kind}>{message.text}</Outcome> : null}
      {!known ? <p className="muted">{t('calendar.closures.yearUnknown', { year })}</p> : null}
      {known ? (
        <ClosureTable
          caption={t('calendar.closures.tableTitle', { year })}
          note={approved ? t('calendar.closures.approvedBy', { name: approved.byName, at: dateTimeText(approved.at) }) : null}
          closures={approved?.days ?? []}
          empty={t('calendar.closures.none', { year })}
        />
      ) : null}
      {draft ? (
        <ClosureTable
          caption={t('calendar.closures.draftTitle')}
          note={t('calendar.closures.draftBy', { name: draft.byName, at: dateTimeText(draft.at) })}
          closures={draft.days}
          empty={t('calendar.closures.draftEmpty')}
        />
      ) : null}
      {known && drill ? (
        <p className="notice" role="note">
          {t('calendar.refusal.calendar-drill-locked')}
        </p>
      ) : null}
      {known && !drill && !editing && (plan.countsOfficeClosures || approved || draft) ? (
        <div className="calendar-actions">
          <button
            type="button"
            onClick={() => {
              setMessage(null);
              setEditing((draft ?? approved)?.days.map((c) => ({ ...c })) ?? [{ ...EMPTY }]);
            }}
          >
            {approved || draft ? t('calendar.closures.edit') : t('calendar.closures.enter')}
          </button>
          {draft ? (
            <span className="approve">
              <button
                type="button"
                className="primary"
                disabled={operator?.role !== 'leader' || busy}
                aria-describedby="closures-approve-why"
                onClick={() => void approve()}
              >
                {t('calendar.closures.approve', { year })}
              </button>
              <span id="closures-approve-why" className="muted small">
                {operator?.role === 'leader' ? t('calendar.closures.approveConfirm') : t('calendar.closures.approveOnlyLeader')}
              </span>
            </span>
          ) : null}
        </div>
      ) : null}
      {editing ? (
        <ClosureForm
          year={year}
          initial={editing}
          onDone={(saved) => {
            setEditing(null);
            const say = (tr: TFunction) => tr('calendar.closures.form.saved', { year });
            setMessage(saved ? { kind: 'success', text: say(t), say } : null);
          }}
        />
      ) : null}
    </section>
  );
}

function ClosureTable({ caption, note, closures, empty }: { caption: string; note: string | null; closures: Closure[]; empty: string }) {
  const { t } = useTranslation();
  return (
    <table className="holiday-table closure-table" aria-label={caption}>
      <caption>
        {caption}
        {note ? <span className="muted small"> · {note}</span> : null}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('calendar.closures.name')}</th>
          <th scope="col">{t('calendar.closures.dates')}</th>
        </tr>
      </thead>
      <tbody>
        {closures.length === 0 ? (
          <tr>
            <td colSpan={2} className="muted">
              {empty}
            </td>
          </tr>
        ) : (
          closures.map((c) => (
            <tr key={c.first}>
              <td>{c.name}</td>
              <td>{c.first === c.last ? c.first : t('calendar.closures.range', { first: c.first, last: c.last })}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

function ClosureForm({ year, initial, onDone }: { year: number; initial: Closure[]; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const writeContext = useWriteContext();
  const { errors, message, busy, run } = useCalendarWrite();
  const [closures, setClosures] = useState<Closure[]>(initial);
  const set = (index: number, key: keyof Closure, value: string) =>
    setClosures((list) => list.map((c, i) => (i === index ? { ...c, [key]: value } : c)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await run(
      () => saveClosuresDraft(db, year, closures, writeContext()),
      (_, tr) => tr('calendar.closures.form.saved', { year }),
    );
    if (saved) onDone(true);
  }

  return (
    <form className="arrangement-form closure-form" onSubmit={submit} noValidate aria-label={t('calendar.closures.form.title')}>
      <h3>{t('calendar.closures.form.title')}</h3>
      <p className="muted small">{t('calendar.closures.form.intro')}</p>
      {message?.kind === 'error' ? (
        <div className="notice error" role="alert">
          {message.text}
        </div>
      ) : null}
      {errors.closures ? (
        <div className="field-error" role="alert">
          {say(t, dataKey(errors.closures))}
        </div>
      ) : null}
      {closures.map((closure, i) => (
        <div className="holiday-row" key={i} role="group" aria-label={t('calendar.closures.form.row', { index: i + 1 })}>
          <Field label={t('calendar.closures.form.name')} error={errors[`closures.${i}.name`]}>
            {(a) => <input {...a} value={closure.name} onChange={(e) => set(i, 'name', e.target.value)} />}
          </Field>
          <Field label={t('calendar.closures.form.first')} error={errors[`closures.${i}.first`]}>
            {(a) => <input {...a} type="date" value={closure.first} onChange={(e) => set(i, 'first', e.target.value)} />}
          </Field>
          <Field label={t('calendar.closures.form.last')} error={errors[`closures.${i}.last`]}>
            {(a) => <input {...a} type="date" value={closure.last} onChange={(e) => set(i, 'last', e.target.value)} />}
          </Field>
          <button type="button" className="link remove" onClick={() => setClosures((list) => list.filter((_, j) => j !== i))}>
            {t('calendar.closures.form.remove')}
          </button>
        </div>
      ))}
      <div>
        <button type="button" onClick={() => setClosures((list) => [...list, { ...EMPTY }])}>
          {t('calendar.closures.form.add')}
        </button>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('calendar.closures.form.save')}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {t('calendar.closures.form.cancel')}
        </button>
      </div>
    </form>
  );
}
