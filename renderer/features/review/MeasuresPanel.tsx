// 整改措施: each improvement measure with its owner and due date, open until marked done (and
// followed on the dashboard meanwhile). Added and edited here.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { measureOverdue, type Measure, type MeasureInput } from '@shared/review';
import { useConsole } from '../../db/DatabaseContext';
import { addMeasure, completeMeasure, updateMeasure } from '../../db/reviews';
import { Field, FormActions, Panel } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { Outcome, FormAlert } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';

function MeasureForm({
  initial,
  title,
  onSave,
  onDone,
}: {
  initial: MeasureInput;
  title: string;
  onSave: (input: MeasureInput) => ReturnType<typeof addMeasure>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const { errors, alert, busy, run } = useCommand();
  async function save(event: FormEvent) {
    event.preventDefault();
    if (await run(() => onSave(form))) onDone();
  }
  // Field marks say it all; the sentence is for a refusal that belongs to no field.
  const failure = Object.keys(errors).length > 0 ? null : alert;
  const set = (key: keyof MeasureInput, value: string) => setForm((f) => ({ ...f, [key]: value }));
  return (
    <form className="measure-form" onSubmit={save} noValidate aria-label={title}>
      <Field label={t('review.measures.text')} error={errors.text} wide>
        {(a) => <textarea rows={2} {...a} value={form.text} onChange={(e) => set('text', e.target.value)} />}
      </Field>
      <Field label={t('review.measures.owner')} error={errors.owner}>
        {(a) => <input {...a} value={form.owner} onChange={(e) => set('owner', e.target.value)} />}
      </Field>
      <Field label={t('review.measures.dueDate')} error={errors.dueDate}>
        {(a) => <input type="date" {...a} value={form.dueDate} onChange={(e) => set('dueDate', e.target.value)} />}
      </Field>
      <FormAlert text={failure} wide />
      <FormActions busy={busy} submitLabel={t('review.measures.save')} cancelLabel={t('review.measures.cancel')} onCancel={onDone} />
    </form>
  );
}

export function MeasuresPanel({ incidentId, measures }: { incidentId: string; measures: Measure[] }) {
  const { t } = useTranslation();
  const { db, plan, now } = useConsole();
  const writeContext = useWriteContext();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const { alert, run } = useCommand();
  const nowMs = now();

  async function complete(measure: Measure) {
    await run(() => completeMeasure(db, measure.id, writeContext()));
  }

  return (
    <Panel
      title={t('review.measures.title')}
      className="measures-panel"
      actions={
        !adding ? (
          <button type="button" onClick={() => setAdding(true)}>
            {t('review.measures.add')}
          </button>
        ) : null
      }
    >
      {adding ? (
        <MeasureForm
          title={t('review.measures.add')}
          initial={{ text: '', owner: '', dueDate: '' }}
          onSave={(input) => addMeasure(db, incidentId, input, writeContext())}
          onDone={() => setAdding(false)}
        />
      ) : null}
      {alert ? <Outcome kind="error">{alert}</Outcome> : null}
      {measures.length === 0 ? <p className="muted">{t('review.measures.empty')}</p> : null}
      <ul className="measure-list">
        {measures.map((m) =>
          editing === m.id ? (
            <li key={m.id}>
              <MeasureForm
                title={t('review.measures.editTitle')}
                initial={{ text: m.text, owner: m.owner, dueDate: m.dueDate }}
                onSave={(input) => updateMeasure(db, m.id, input, writeContext())}
                onDone={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={m.id} className={`measure-item measure-${m.status}`} aria-label={m.text}>
              <div className="measure-text">{m.text}</div>
              <div className="measure-meta">
                <span>{t('common.labelled', { label: t('review.measures.owner'), value: m.owner })}</span>
                <span>{t('common.labelled', { label: t('review.measures.dueDate'), value: m.dueDate })}</span>
                <span className={`badge measure-status-${m.status}`}>{t(`review.measures.statusValue.${m.status}`)}</span>
                {measureOverdue(m, nowMs, plan.utcOffsetMinutes) ? (
                  <span className="badge overdue">{t('review.measures.overdue')}</span>
                ) : null}
                {m.doneAt ? (
                  <span className="muted">{t('review.measures.doneAt', { at: formatDateTime(m.doneAt, plan.utcOffsetMinutes) })}</span>
                ) : null}
              </div>
              {m.status === 'open' ? (
                <div className="measure-actions">
                  <button type="button" onClick={() => setEditing(m.id)}>
                    {t('review.measures.edit')}
                  </button>
                  <button type="button" className="primary" onClick={() => void complete(m)}>
                    {t('review.measures.complete')}
                  </button>
                </div>
              ) : null}
            </li>
          ),
        )}
      </ul>
    </Panel>
  );
}
