// 记录回访: how and when the complainant was called back, whether they were reached, their
// satisfaction and what they said.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CALLBACK_METHODS, CALLBACK_SATISFACTION, type CallBackInput } from '@shared/callBacks';
import { toPlanLocalInput } from '@shared/time';
import { useConsole } from '../../db/DatabaseContext';
import { recordCallBack } from '../../db/callBacks';
import { Field, FormActions } from '../../ui/Field';
import { FormAlert } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';

export function CallBackForm({ incidentId, onDone }: { incidentId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { db, plan, now } = useConsole();
  const writeContext = useWriteContext();
  const [form, setForm] = useState<CallBackInput>(() => ({
    method: '',
    at: toPlanLocalInput(now(), plan.utcOffsetMinutes),
    reached: true,
    satisfaction: '',
    result: '',
  }));
  const { errors, alert, busy, run } = useCommand({}, { validationSentence: 'callBacks.fixFields' });
  const set = (patch: Partial<CallBackInput>) => setForm((f) => ({ ...f, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => recordCallBack(db, incidentId, form, writeContext()))) onDone();
  }

  return (
    <form className="call-back-form" aria-label={t('callBacks.record')} onSubmit={submit} noValidate>
      <Field label={t('callBacks.field.method')} error={errors.method}>
        {(a) => (
          <select {...a} value={form.method} onChange={(e) => set({ method: e.target.value })}>
            <option value="">{t('callBacks.choose')}</option>
            {CALLBACK_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`callBacks.method.${m}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('callBacks.field.at')} error={errors.at}>
        {(a) => <input type="datetime-local" {...a} value={form.at} onChange={(e) => set({ at: e.target.value })} />}
      </Field>
      <label className="check wide">
        <input type="checkbox" checked={form.reached} onChange={(e) => set({ reached: e.target.checked, satisfaction: '' })} />
        {t('callBacks.field.reached')}
      </label>
      {form.reached ? (
        <Field label={t('callBacks.field.satisfaction')} error={errors.satisfaction}>
          {(a) => (
            <select {...a} value={form.satisfaction} onChange={(e) => set({ satisfaction: e.target.value })}>
              <option value="">{t('callBacks.choose')}</option>
              {CALLBACK_SATISFACTION.map((s) => (
                <option key={s} value={s}>
                  {t(`callBacks.satisfaction.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label={t('callBacks.field.result')} error={errors.result} wide>
        {(a) => <textarea {...a} rows={3} value={form.result} onChange={(e) => set({ result: e.target.value })} />}
      </Field>
      <FormAlert text={alert} wide />
      <FormActions busy={busy} submitLabel={t('callBacks.save')} cancelLabel={t('callBacks.cancel')} onCancel={onDone} />
    </form>
  );
}
