// Entering a year from the State Council notice: holidays (name, first and last day off) and the
// weekend days worked in exchange. Every problem is marked on its own field; nothing is saved
// until all are right, and what is saved is a draft for the leader.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArrangementInput, CalendarYear } from '@shared/officeCalendar';
import { useConsole } from '../../db/DatabaseContext';
import { saveCalendarDraft } from '../../db/calendar';
import { Field } from '../../ui/Field';
import { useWriteContext } from '../session/useWriteContext';
import { useCalendarWrite } from './useCalendarYear';
import { dataKey, say } from '../../i18n/keys';

type Props = {
  initial: ArrangementInput;
  source: CalendarYear['source'];
  onDone: (saved: CalendarYear | null, text?: string) => void;
};

export function ArrangementForm({ initial, source, onDone }: Props) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const writeContext = useWriteContext();
  const { errors, message, busy, run } = useCalendarWrite();
  const [form, setForm] = useState<ArrangementInput>(initial);

  const setHoliday = (index: number, key: 'name' | 'first' | 'last', value: string) =>
    setForm((f) => ({ ...f, holidays: f.holidays.map((h, i) => (i === index ? { ...h, [key]: value } : h)) }));
  const setMakeup = (index: number, value: string) =>
    setForm((f) => ({ ...f, makeupDays: f.makeupDays.map((d, i) => (i === index ? value : d)) }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await run(
      () => saveCalendarDraft(db, form, source, writeContext()),
      (row, tr) => tr('calendar.form.saved', { year: row.year }),
    );
    if (saved) onDone(saved, t('calendar.form.saved', { year: saved.year }));
  }

  return (
    <form className="arrangement-form" onSubmit={submit} noValidate aria-label={t('calendar.form.title')}>
      <h3>{t('calendar.form.title')}</h3>
      <p className="muted small">{t('calendar.form.intro')}</p>
      {message?.kind === 'error' ? (
        <div className="notice error" role="alert">
          {message.text}
        </div>
      ) : null}
      <div className="year-field">
        <Field label={t('calendar.form.year')} error={errors.year}>
          {(a) => <input {...a} value={form.year} inputMode="numeric" onChange={(e) => setForm((f) => ({ ...f, year: e.target.value }))} />}
        </Field>
      </div>
      <fieldset>
        <legend>{t('calendar.form.holidays')}</legend>
        {errors.holidays ? (
          <div className="field-error" role="alert">
            {say(t, dataKey(errors.holidays))}
          </div>
        ) : null}
        {form.holidays.map((holiday, i) => (
          <div className="holiday-row" key={i} role="group" aria-label={`${t('calendar.form.holidays')} ${i + 1}`}>
            <Field label={t('calendar.form.name')} error={errors[`holidays.${i}.name`]}>
              {(a) => <input {...a} value={holiday.name} onChange={(e) => setHoliday(i, 'name', e.target.value)} />}
            </Field>
            <Field label={t('calendar.form.first')} error={errors[`holidays.${i}.first`]}>
              {(a) => <input {...a} type="date" value={holiday.first} onChange={(e) => setHoliday(i, 'first', e.target.value)} />}
            </Field>
            <Field label={t('calendar.form.last')} error={errors[`holidays.${i}.last`]}>
              {(a) => <input {...a} type="date" value={holiday.last} onChange={(e) => setHoliday(i, 'last', e.target.value)} />}
            </Field>
            <button
              type="button"
              className="link remove"
              onClick={() => setForm((f) => ({ ...f, holidays: f.holidays.filter((_, j) => j !== i) }))}
            >
              {t('calendar.form.removeHoliday')}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setForm((f) => ({ ...f, holidays: [...f.holidays, { name: '', first: '', last: '' }] }))}>
          {t('calendar.form.addHoliday')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('calendar.form.makeupDays')}</legend>
        <div className="makeup-rows">
          {form.makeupDays.map((day, i) => (
            <div className="makeup-row" key={i}>
              <Field label={t('calendar.form.makeupDay', { index: i + 1 })} error={errors[`makeupDays.${i}`]}>
                {(a) => <input {...a} type="date" value={day} onChange={(e) => setMakeup(i, e.target.value)} />}
              </Field>
              <button
                type="button"
                className="link remove"
                onClick={() => setForm((f) => ({ ...f, makeupDays: f.makeupDays.filter((_, j) => j !== i) }))}
              >
                {t('calendar.form.removeMakeup')}
              </button>
            </div>
          ))}
        </div>
        <button type="button" onClick={() => setForm((f) => ({ ...f, makeupDays: [...f.makeupDays, ''] }))}>
          {t('calendar.form.addMakeup')}
        </button>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('calendar.form.save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('calendar.form.cancel')}
        </button>
      </div>
    </form>
  );
}
