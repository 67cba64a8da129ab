// Adding or editing one duty shift: date, person, post (带班领导 / 值班员), start and end.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonOptions } from '../../ui/PersonOptions';
import type { DutyShift } from '@shared/command';
import type { Person } from '@shared/model';
import { useConsole } from '../../db/DatabaseContext';
import { saveShift, type ShiftInput } from '../../db/organisation';
import { Field, FormActions } from '../../ui/Field';
import { useWriteContext } from '../session/useWriteContext';
import { FormAlert } from '../../ui/Outcome';
import { DAY_SHIFT, NIGHT_SHIFT } from './rosterWeek';
import { useCommand } from '../../ui/useCommand';

type Props = { shift: DutyShift | null; date: string; people: Person[]; onDone: () => void };

export function ShiftForm({ shift, date, people, onDone }: Props) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const writeContext = useWriteContext();
  const { errors, alert, busy, run } = useCommand();
  const [form, setForm] = useState<ShiftInput>(() => ({
    date: shift?.date ?? date,
    personId: shift?.personId ?? '',
    post: shift?.post ?? 'officer',
    start: shift?.start ?? DAY_SHIFT.start,
    end: shift?.end ?? DAY_SHIFT.end,
  }));
  const text = (key: keyof ShiftInput) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value })),
  });
  const title = shift ? t('organisation.roster.editShift') : t('organisation.roster.addShift');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => saveShift(db, shift?.id ?? null, form, writeContext()))) onDone();
  }

  return (
    <form className="org-form shift-form" onSubmit={submit} noValidate aria-label={title}>
      <h3 className="wide">{title}</h3>
      <FormAlert text={alert} />
      <Field label={t('organisation.roster.shiftDate')} error={errors.date}>
        {(a) => <input type="date" {...a} {...text('date')} />}
      </Field>
      <Field label={t('organisation.roster.person')} error={errors.personId}>
        {(a) => (
          <select {...a} {...text('personId')}>
            <PersonOptions people={people} emptyLabel={t('intake.choose')} />
          </select>
        )}
      </Field>
      <Field label={t('organisation.roster.postLabel')} error={errors.post}>
        {(a) => (
          <select {...a} {...text('post')}>
            <option value="leader">{t('organisation.roster.post.leader')}</option>
            <option value="officer">{t('organisation.roster.post.officer')}</option>
          </select>
        )}
      </Field>
      <Field label={t('organisation.roster.start')} error={errors.start}>
        {(a) => <input {...a} {...text('start')} inputMode="numeric" placeholder="08:30" maxLength={5} />}
      </Field>
      <Field label={t('organisation.roster.end')} error={errors.end}>
        {(a) => <input {...a} {...text('end')} inputMode="numeric" placeholder="18:00" maxLength={5} />}
      </Field>
      <div className="presets">
        <span className="muted small">{t('organisation.roster.presets')}</span>
        <button type="button" onClick={() => setForm((f) => ({ ...f, ...DAY_SHIFT }))}>
          {t('organisation.roster.presetDay')}
        </button>
        <button type="button" onClick={() => setForm((f) => ({ ...f, ...NIGHT_SHIFT }))}>
          {t('organisation.roster.presetNight')}
        </button>
      </div>
      <FormActions busy={busy} submitLabel={t('organisation.save')} cancelLabel={t('organisation.cancel')} onCancel={onDone} />
    </form>
  );
}
