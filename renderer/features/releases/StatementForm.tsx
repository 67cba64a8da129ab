// A statement's title and words, for a new statement (prefilled from the plan's holding
// statement) and for a revision. Bad input is shown field by field and nothing is saved.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Release, StatementInput } from '@shared/releases';
import type { Result } from '@shared/result';
import { Field, FormActions } from '../../ui/Field';
import { FormAlert } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';

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
  const { errors, alert, busy, run } = useCommand();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!(await run(() => save(form)))) return;
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
      <FormAlert text={alert} wide />
      <FormActions busy={busy} submitLabel={submitLabel} cancelLabel={t('releases.cancel')} onCancel={onDone} />
    </form>
  );
}
