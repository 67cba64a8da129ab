// A statement's title and words, for a new statement (prefilled from the plan's holding
// statement) and for a revision. Bad input is shown field by field and nothing is saved.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Release, StatementInput } from '@shared/releases';
import type { Result } from '@shared/result';
import { attempt, failureText } from '../../ui/describe';
import { Field, FormActions } from '../../ui/Field';

type Props = {
  label: string;
  submitLabel: string;
  initial: StatementInput;
  hint?: string | undefined;
  save: (input: StatementInput) => Promise<Result<Release>>;
  onDone: () => void;
};

export function StatementForm({ label, submitLabel, initial, hint, save, onDone }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<StatementInput>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await attempt(() => save(form));
    setBusy(false);
    if (!result.ok) {
      const fieldErrors = result.error.code === 'validation' ? (result.error.params ?? {}) : {};
      setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k, String(v)])));
      setFailure(failureText(result.error, t));
      return;
    }
    onDone();
  }

  return (
    <form className="statement-form" aria-label={label} onSubmit={submit} noValidate>
      {hint ? <p className="muted small wide">{hint}</p> : null}
      <Field label={t('releases.field.title')} error={errors.title} wide>
        {(a) => <input {...a} value={form.title} onChange={(e) => setForm((f) => ({ ...f, title: e.target.value }))} />}
      </Field>
      <Field label={t('releases.field.text')} error={errors.text} wide>
        {(a) => <textarea rows={6} {...a} value={form.text} onChange={(e) => setForm((f) => ({ ...f, text: e.target.value }))} />}
      </Field>
      {failure ? (
        <div className="notice error wide" role="alert">
          {failure}
        </div>
      ) : null}
      <FormActions busy={busy} submitLabel={submitLabel} cancelLabel={t('releases.cancel')} onCancel={onDone} />
    </form>
  );
}
