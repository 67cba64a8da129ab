// 改进措施 of a held drill: what is to change, by whom and when; open ones show on the dashboard until marked done.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrillPlanItem } from '@shared/drillProgramme';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { addDrillMeasure, markDrillMeasureDone } from '../../db/drillProgramme';
import { useMeasuresOfDrills } from '../../db/reads/drillProgramme';
import { useAppSelector } from '../../store';
import { Field, Panel } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { FormMessage } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';
import { titleIn } from './programmeText';

const EMPTY = { measure: '', ownerId: '', dueDate: '' };

export function DrillMeasures({ drill, onClose }: { drill: DrillPlanItem; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const { db, plan } = useConsole();
  const people = usePeople();
  const writeContext = useWriteContext();
  const measures = useMeasuresOfDrills([drill.id]);
  const [form, setForm] = useState(EMPTY);
  const { errors, message, busy, run } = useCommand({}, { validationSentence: 'drillProgramme.measure.fixFields' });
  const done = useCommand();
  const nameOf = (id: string | undefined) => people.find((p) => p.id === id)?.name ?? '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await run(
      () => addDrillMeasure(db, { planId: drill.id, ...form }, writeContext()),
      (_m, tr) => tr('drillProgramme.measure.added'),
    );
    if (saved) setForm(EMPTY);
  }

  return (
    <Panel
      title={t('drillProgramme.measure.title', { scenario: titleIn(drill.scenarioTitle, locale), day: drill.heldOn ?? drill.plannedFor })}
      className="programme-sub"
    >
      {measures && measures.length === 0 ? <p className="muted">{t('drillProgramme.measure.none')}</p> : null}
      {measures && measures.length > 0 ? (
        <ul className="programme-measures">
          {measures.map((m) => (
            <li key={m.id}>
              <span>{m.measure}</span>
              <span className="muted">
                {nameOf(m.ownerId)} {m.dueDate}
              </span>
              {m.status === 'open' ? (
                <>
                  <span className="badge">{t('drillProgramme.measure.statusOpen')}</span>
                  <button
                    type="button"
                    disabled={done.busy}
                    onClick={() =>
                      void done.run(
                        () => markDrillMeasureDone(db, m.id, writeContext()),
                        (_v, tr) => tr('drillProgramme.measure.markedDone'),
                      )
                    }
                  >
                    {t('drillProgramme.measure.done')}
                  </button>
                </>
              ) : (
                <span className="badge done">
                  {t('drillProgramme.measure.statusDone', { at: m.doneAt ? formatDateTime(m.doneAt, plan.utcOffsetMinutes) : '' })}
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <FormMessage message={done.message} />
      <form className="programme-form" aria-label={t('drillProgramme.measure.add')} onSubmit={submit} noValidate>
        <Field label={t('drillProgramme.measure.text')} error={errors.measure} wide>
          {(a) => <input {...a} value={form.measure} onChange={(e) => setForm((f) => ({ ...f, measure: e.target.value }))} />}
        </Field>
        <Field label={t('drillProgramme.measure.owner')} error={errors.ownerId}>
          {(a) => (
            <select {...a} value={form.ownerId} onChange={(e) => setForm((f) => ({ ...f, ownerId: e.target.value }))}>
              <option value="">{t('drillProgramme.measure.noOwner')}</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('drillProgramme.measure.dueDate')} error={errors.dueDate}>
          {(a) => <input type="date" {...a} value={form.dueDate} onChange={(e) => setForm((f) => ({ ...f, dueDate: e.target.value }))} />}
        </Field>
        <FormMessage message={message} wide />
        <div className="form-actions wide">
          <button type="submit" className="primary" disabled={busy}>
            {t('drillProgramme.measure.add')}
          </button>
          <button type="button" onClick={onClose}>
            {t('drillProgramme.attendance.close')}
          </button>
        </div>
      </form>
    </Panel>
  );
}
