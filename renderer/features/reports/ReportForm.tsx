// A report's words and recipients: drafted from the plan's template (起草) or changed before it is
// submitted or sent (修改). The recipients are the ones the plan names.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpwardReporting } from '@shared/plan';
import type { Result } from '@shared/result';
import { localized } from '@shared/text';
import type { ReportInput, UpwardReport } from '@shared/upwardReports';
import { useAppSelector } from '../../store';
import { Field, FormActions } from '../../ui/Field';
import { FormAlert } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';

type Props = {
  label: string;
  submitLabel: string;
  initial: ReportInput;
  rule: UpwardReporting;
  save: (input: ReportInput) => Promise<Result<UpwardReport>>;
  onDone: () => void;
};

export function ReportForm({ label, submitLabel, initial, rule, save, onDone }: Props) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const [form, setForm] = useState<ReportInput>(initial);
  const { errors, alert, busy, run } = useCommand({}, { validationSentence: 'reports.fixFields' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => save(form))) onDone();
  }
  const toggle = (code: string, on: boolean) =>
    setForm((f) => ({ ...f, recipients: on ? [...f.recipients, code] : f.recipients.filter((c) => c !== code) }));

  return (
    <form className="report-form" aria-label={label} onSubmit={submit} noValidate>
      <Field label={t('reports.field.title')} error={errors.title} wide>
        {(a) => <input {...a} value={form.title} onChange={(e) => setForm((f) => ({ ...f, title: e.target.value }))} />}
      </Field>
      <fieldset className={`field wide report-recipients${errors.recipients ? ' has-error' : ''}`}>
        <legend>{t('reports.field.recipients')}</legend>
        {rule.recipients.map((recipient) => (
          <label key={recipient.code} className="check">
            <input
              type="checkbox"
              checked={form.recipients.includes(recipient.code)}
              onChange={(e) => toggle(recipient.code, e.target.checked)}
            />
            {localized(recipient.name, locale)}
          </label>
        ))}
        {errors.recipients ? (
          <div className="field-error" role="alert">
            {t(errors.recipients === 'reports.error.recipientUnknown' ? 'reports.error.recipientUnknown' : 'reports.error.recipients')}
          </div>
        ) : null}
      </fieldset>
      <Field label={t('reports.field.text')} error={errors.text} wide hint={t('reports.templateHint')}>
        {(a) => <textarea {...a} rows={12} value={form.text} onChange={(e) => setForm((f) => ({ ...f, text: e.target.value }))} />}
      </Field>
      <FormAlert text={alert} wide />
      <FormActions busy={busy} submitLabel={submitLabel} cancelLabel={t('reports.cancel')} onCancel={onDone} />
    </form>
  );
}
