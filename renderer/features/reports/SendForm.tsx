// 报送: how the report went (电话, 传真, 公文…), when (now by default) and whom it reached.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toPlanLocalInput } from '@shared/time';
import { REPORT_METHODS, type SendInput, type UpwardReport } from '@shared/upwardReports';
import { useConsole } from '../../db/DatabaseContext';
import { sendReport } from '../../db/upwardReports';
import { Field, FormActions } from '../../ui/Field';
import { FormAlert } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';

export function SendForm({ report, onDone }: { report: UpwardReport; onDone: () => void }) {
  const { t } = useTranslation();
  const { db, plan, now } = useConsole();
  const writeContext = useWriteContext();
  const [form, setForm] = useState<SendInput>(() => ({ method: '', at: toPlanLocalInput(now(), plan.utcOffsetMinutes), receivers: '' }));
  const { errors, alert, busy, run } = useCommand({}, { validationSentence: 'reports.fixFields' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => sendReport(db, report.id, form, writeContext()))) onDone();
  }

  return (
    <form className="report-command" aria-label={t('reports.step.send')} onSubmit={submit} noValidate>
      <Field label={t('reports.field.method')} error={errors.method}>
        {(a) => (
          <select {...a} value={form.method} onChange={(e) => setForm((f) => ({ ...f, method: e.target.value }))}>
            <option value="">{t('reports.choose')}</option>
            {REPORT_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`reports.method.${m}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('reports.field.sentAt')} error={errors.at}>
        {(a) => <input type="datetime-local" {...a} value={form.at} onChange={(e) => setForm((f) => ({ ...f, at: e.target.value }))} />}
      </Field>
      <Field label={t('reports.field.receivers')} error={errors.receivers} wide hint={t('reports.receiversHint')}>
        {(a) => <input {...a} value={form.receivers} onChange={(e) => setForm((f) => ({ ...f, receivers: e.target.value }))} />}
      </Field>
      <FormAlert text={alert} wide />
      <FormActions busy={busy} submitLabel={t('reports.step.send')} cancelLabel={t('reports.cancel')} onCancel={onDone} />
    </form>
  );
}
