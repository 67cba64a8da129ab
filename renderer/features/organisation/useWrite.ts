// One way for the organisation screens to run a repository write: field errors for the form,
// a sentence for the refusal, nothing else changed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Failure, Result } from '@shared/result';
import { attempt } from '../../ui/describe';

/** The sentence for a refusal from the organisation repository, in the operator's language. */
export function organisationFailureText(error: Failure, t: TFunction): string {
  return t(`organisation.refusal.${error.code}`, { ...error.params, message: error.message ?? '' });
}

export function useWrite() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** Runs the write; returns its value, or null after showing why it was refused. */
  async function run<T>(write: () => Promise<Result<T>>): Promise<T | null> {
    setBusy(true);
    const result = await attempt(write);
    setBusy(false);
    if (!result.ok) {
      const fields = result.error.code === 'validation' ? (result.error.params ?? {}) : {};
      setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)])));
      setAlert(organisationFailureText(result.error, t));
      return null;
    }
    setErrors({});
    setAlert(null);
    return result.value;
  }
  const clear = () => {
    setErrors({});
    setAlert(null);
  };
  return { errors, alert, busy, run, clear };
}
