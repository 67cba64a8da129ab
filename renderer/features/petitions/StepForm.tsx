// One form for every petition step (受理决定, 转办/交办, 回执, 答复, 复查/复核 申请): labelled fields,
// the refusal said above the buttons and at the fields, nothing changed when refused.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PetitionStep } from '@shared/petitionCommands';
import { useConsole } from '../../db/DatabaseContext';
import { petitionStep } from '../../db/petitions';
import { Field, FormActions } from '../../ui/Field';
import { FormAlert } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';

export type StepField = {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'datetime' | 'select';
  options?: { value: string; label: string }[];
  /** Suggestions for a text field (the organisation's departments). */
  suggestions?: string[];
  hint?: string;
};

export function StepForm({
  petitionId,
  label,
  fields,
  initial,
  toStep,
  submitLabel,
  onDone,
}: {
  petitionId: string;
  label: string;
  fields: StepField[];
  initial: Record<string, string>;
  toStep: (values: Record<string, string>) => PetitionStep;
  submitLabel: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const writeContext = useWriteContext();
  const [values, setValues] = useState(initial);
  const { errors, alert, busy, run } = useCommand({}, { validationSentence: 'petitions.fixFields' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => petitionStep(db, petitionId, toStep(values), writeContext()))) onDone();
  }

  return (
    <form className="petition-step-form" aria-label={label} onSubmit={submit} noValidate>
      {fields.map((f) => (
        <Field key={f.name} label={f.label} error={errors[f.name]} wide={f.kind === 'textarea'} {...(f.hint ? { hint: f.hint } : {})}>
          {(a) => {
            const common = { ...a, value: values[f.name] ?? '' };
            const set = (value: string) => setValues((v) => ({ ...v, [f.name]: value }));
            if (f.kind === 'textarea') return <textarea {...common} rows={4} onChange={(e) => set(e.target.value)} />;
            if (f.kind === 'select')
              return (
                <select {...common} onChange={(e) => set(e.target.value)}>
                  {f.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              );
            return (
              <>
                <input
                  type={f.kind === 'datetime' ? 'datetime-local' : 'text'}
                  {...common}
                  {...(f.suggestions ? { list: `${a.id}-list` } : {})}
                  onChange={(e) => set(e.target.value)}
                />
                {f.suggestions ? (
                  <datalist id={`${a.id}-list`}>
                    {f.suggestions.map((s) => (
                      <option key={s} value={s} />
                    ))}
                  </datalist>
                ) : null}
              </>
            );
          }}
        </Field>
      ))}
      <FormAlert text={alert} wide />
      <FormActions busy={busy} submitLabel={submitLabel} cancelLabel={t('petitions.cancel')} onCancel={onDone} />
    </form>
  );
}
