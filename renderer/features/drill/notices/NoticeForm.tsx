// The drill notice form: document details (文号, 主送, 署名, 成文日期, 抄送), time and place, the
// kinds of drill with their content and the scenario, people, preparation and requirements.
// Each bad field gets its own message from the repository's validation; nothing half-saves. The
// page holds the command, so the confirmation stays when a new notice's page becomes its own.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { DRILL_KINDS, type DrillKind, type DrillNotice } from '@shared/drillNotice';
import { localized } from '@shared/text';
import { useConsole } from '../../../db/DatabaseContext';
import { saveDrillNotice } from '../../../db/drillNotices';
import { listScenarios } from '../../../db/scenarios';
import { useAppSelector } from '../../../store';
import { Field } from '../../../ui/Field';
import type { CommandState } from '../../../ui/useCommand';
import { useWriteContext } from '../../session/useWriteContext';
import type { NoticeForm as Form, NoticeTextField } from './noticeDraft';
import { FormAlert } from '../../../ui/Outcome';
import { dataKey, say } from '../../../i18n/keys';

type Props = { id: string | null; initial: Form; write: CommandState; onSaved: (notice: DrillNotice) => void };

export function NoticeForm({ id, initial, write, onSaved }: Props) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const writeContext = useWriteContext();
  const scenarios = useLiveQuery(() => listScenarios(db), [db]) ?? [];
  const [form, setForm] = useState<Form>(initial);
  const { errors, alert, busy } = write;

  const text = (key: NoticeTextField) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value })),
  });
  const area = (key: NoticeTextField, rows: number) => (a: Parameters<Parameters<typeof Field>[0]['children']>[0]) => (
    <textarea {...a} {...text(key)} rows={rows} />
  );
  const toggleKind = (kind: DrillKind, on: boolean) =>
    setForm((f) => ({ ...f, kinds: DRILL_KINDS.filter((k) => (k === kind ? on : f.kinds.includes(k))) }));
  // A scenario is a process or a sudden-situation drill: choosing one announces that kind too.
  const chooseScenario = (scenarioId: string) => {
    const kind = scenarios.find((s) => s.id === scenarioId)?.kind;
    setForm((f) => ({
      ...f,
      scenarioId,
      kinds: kind && !f.kinds.includes(kind) ? DRILL_KINDS.filter((k) => k === kind || f.kinds.includes(k)) : f.kinds,
    }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await write.run(
      () => saveDrillNotice(db, id, form, writeContext()),
      (notice) => t('drillNotice.form.saved', { title: notice.title }),
    );
    if (saved) onSaved(saved);
  }

  const kindsError = errors.kinds;
  return (
    <form
      className="drill-notice-form"
      onSubmit={submit}
      noValidate
      aria-label={t(id ? 'drillNotice.form.editTitle' : 'drillNotice.form.newTitle')}
    >
      <FormAlert text={alert} />
      <fieldset>
        <legend>{t('drillNotice.form.section.document')}</legend>
        <Field label={t('drillNotice.form.noticeTitle')} error={errors.title} wide>
          {(a) => <input {...a} {...text('title')} />}
        </Field>
        <Field label={t('drillNotice.form.docNumber')} error={errors.docNumber}>
          {(a) => (
            <input
              {...a}
              {...text('docNumber')}
              placeholder={t('drillNotice.form.docNumberPlaceholder')}
              title={t('drillNotice.form.docNumberHint')}
            />
          )}
        </Field>
        <Field label={t('drillNotice.form.issuer')} error={errors.issuer}>
          {(a) => <input {...a} {...text('issuer')} />}
        </Field>
        <Field label={t('drillNotice.form.issuedOn')} error={errors.issuedOn}>
          {(a) => <input {...a} type="date" {...text('issuedOn')} />}
        </Field>
        <p className="hint wide">{t('drillNotice.form.docNumberHint')}</p>
        <Field label={t('drillNotice.form.addressees')} error={errors.addressees} wide>
          {(a) => <input {...a} {...text('addressees')} />}
        </Field>
        <Field label={t('drillNotice.form.copyTo')} error={errors.copyTo} wide>
          {(a) => <input {...a} {...text('copyTo')} placeholder={t('drillNotice.form.copyToPlaceholder')} />}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t('drillNotice.form.section.arrangement')}</legend>
        <Field label={t('drillNotice.form.startsAt')} error={errors.startsAt}>
          {(a) => <input {...a} type="datetime-local" {...text('startsAt')} />}
        </Field>
        <Field label={t('drillNotice.form.endsAt')} error={errors.endsAt}>
          {(a) => <input {...a} type="datetime-local" {...text('endsAt')} />}
        </Field>
        <Field label={t('drillNotice.form.place')} error={errors.place} wide>
          {(a) => <input {...a} {...text('place')} />}
        </Field>
        <Field label={t('drillNotice.form.purpose')} error={errors.purpose} wide>
          {area('purpose', 3)}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t('drillNotice.form.section.content')}</legend>
        <div className={`field wide${kindsError ? ' has-error' : ''}`} role="group" aria-label={t('drillNotice.form.kinds')}>
          <span className="field-label">{t('drillNotice.form.kinds')}</span>
          <div className="checks">
            {DRILL_KINDS.map((kind) => (
              <label key={kind} className="check">
                <input
                  type="checkbox"
                  checked={form.kinds.includes(kind)}
                  onChange={(e) => toggleKind(kind, e.target.checked)}
                  aria-invalid={Boolean(kindsError)}
                />
                {t(`drillNotice.form.kind.${kind}`)}
              </label>
            ))}
          </div>
          {kindsError ? (
            <div className="field-error" role="alert">
              {say(t, dataKey(kindsError))}
            </div>
          ) : null}
        </div>
        <Field label={t('drillNotice.form.scenario')} error={errors.scenarioId} wide>
          {(a) => (
            <select {...a} value={form.scenarioId} onChange={(e) => chooseScenario(e.target.value)}>
              <option value="">{t('drillNotice.form.noScenario')}</option>
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {t('drillNotice.form.scenarioKind', { title: localized(s.title, locale), kind: t(`drillNotice.form.kind.${s.kind}`) })}
                </option>
              ))}
            </select>
          )}
        </Field>
        {form.kinds.includes('process') ? (
          <Field label={t('drillNotice.form.processContent')} error={errors.processContent} wide>
            {area('processContent', 3)}
          </Field>
        ) : null}
        {form.kinds.includes('sudden') ? (
          <Field label={t('drillNotice.form.suddenContent')} error={errors.suddenContent} wide>
            {area('suddenContent', 3)}
          </Field>
        ) : null}
      </fieldset>

      <fieldset>
        <legend>{t('drillNotice.form.section.people')}</legend>
        <Field label={t('drillNotice.form.personInCharge')} error={errors.personInCharge}>
          {(a) => <input {...a} {...text('personInCharge')} />}
        </Field>
        <Field label={t('drillNotice.form.participants')} error={errors.participants} wide>
          {area('participants', 2)}
        </Field>
        <Field label={t('drillNotice.form.preparation')} error={errors.preparation} wide>
          {area('preparation', 4)}
        </Field>
        <Field label={t('drillNotice.form.requirements')} error={errors.requirements} wide>
          {area('requirements', 5)}
        </Field>
        <p className="hint wide">{t('drillNotice.form.linesHint')}</p>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('drillNotice.form.saving') : t('drillNotice.form.save')}
        </button>
      </div>
    </form>
  );
}
