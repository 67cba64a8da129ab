// 培训: a session's day, topic, trainer, material and attendees (ticked from the roster), and the year's sessions.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Training } from '@shared/drillProgramme';
import { planDateOf } from '@shared/time';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { recordTraining } from '../../db/drillProgramme';
import { dataKey, say } from '../../i18n/keys';
import { Field, Panel } from '../../ui/Field';
import { FormMessage } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';

/** Topics the plans name for training (案例分析, 沟通技巧, 冲突管理, 舆情应对, the plan itself). */
const TOPICS = ['cases', 'communication', 'conflict', 'opinion', 'plan'] as const;

type Form = { heldOn: string; topic: string; trainer: string; material: string; attendeeIds: string[] };

export function TrainingPanel({ year, trainings }: { year: number; trainings: Training[] | undefined }) {
  const { t } = useTranslation();
  const { db, plan, now } = useConsole();
  const people = usePeople();
  const writeContext = useWriteContext();
  const topicsId = useId();
  const blank = (): Form => ({ heldOn: planDateOf(now(), plan.utcOffsetMinutes), topic: '', trainer: '', material: '', attendeeIds: [] });
  const [form, setForm] = useState<Form>(blank);
  const { errors, message, busy, run } = useCommand({}, { validationSentence: 'drillProgramme.training.fixFields' });
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await run(
      () => recordTraining(db, form, writeContext()),
      (training, tr) => tr('drillProgramme.training.saved', { topic: training.topic, count: training.attendeeIds.length }),
    );
    if (saved) setForm(blank());
  }

  return (
    <Panel title={t('drillProgramme.training.title')}>
      <form className="programme-form" aria-label={t('drillProgramme.training.add')} onSubmit={submit} noValidate>
        <Field label={t('drillProgramme.training.heldOn')} error={errors.heldOn}>
          {(a) => <input type="date" {...a} value={form.heldOn} onChange={(e) => set({ heldOn: e.target.value })} />}
        </Field>
        <Field label={t('drillProgramme.training.topic')} error={errors.topic} hint={t('drillProgramme.training.topicHint')}>
          {(a) => <input {...a} list={topicsId} value={form.topic} onChange={(e) => set({ topic: e.target.value })} />}
        </Field>
        <datalist id={topicsId}>
          {TOPICS.map((topic) => (
            <option key={topic} value={t(`drillProgramme.training.topics.${topic}`)} />
          ))}
        </datalist>
        <Field label={t('drillProgramme.training.trainer')} error={errors.trainer}>
          {(a) => <input {...a} value={form.trainer} onChange={(e) => set({ trainer: e.target.value })} />}
        </Field>
        <Field label={t('drillProgramme.training.material')} error={errors.material}>
          {(a) => <input {...a} value={form.material} onChange={(e) => set({ material: e.target.value })} />}
        </Field>
        <fieldset className="programme-choices wide">
          <legend>{t('drillProgramme.training.attendees')}</legend>
          {people.map((p) => (
            <label key={p.id} className="check">
              <input
                type="checkbox"
                checked={form.attendeeIds.includes(p.id)}
                onChange={(e) =>
                  set({ attendeeIds: e.target.checked ? [...form.attendeeIds, p.id] : form.attendeeIds.filter((id) => id !== p.id) })
                }
              />
              {p.name}
            </label>
          ))}
          {errors.attendeeIds ? (
            <div className="field-error" role="alert">
              {say(t, dataKey(errors.attendeeIds))}
            </div>
          ) : null}
        </fieldset>
        <FormMessage message={message} wide />
        <div className="form-actions wide">
          <button type="submit" className="primary" disabled={busy}>
            {t('drillProgramme.training.add')}
          </button>
        </div>
      </form>
      {trainings && trainings.length === 0 ? <p className="muted">{t('drillProgramme.training.empty', { year })}</p> : null}
      {trainings && trainings.length > 0 ? (
        <table className="programme-table" aria-label={t('drillProgramme.training.list', { year })}>
          <thead>
            <tr>
              <th>{t('drillProgramme.training.columns.day')}</th>
              <th>{t('drillProgramme.training.columns.topic')}</th>
              <th>{t('drillProgramme.training.columns.trainer')}</th>
              <th>{t('drillProgramme.training.columns.attendees')}</th>
              <th>{t('drillProgramme.training.columns.material')}</th>
            </tr>
          </thead>
          <tbody>
            {trainings.map((training) => (
              <tr key={training.id}>
                <td className="nowrap">{training.heldOn}</td>
                <td>{training.topic}</td>
                <td>{training.trainer}</td>
                <td>{training.attendeeIds.map(nameOf).join('、')}</td>
                <td>{training.material}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Panel>
  );
}
