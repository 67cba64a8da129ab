// Plan versions as the screens read them, newest first, and the write hook that turns a
// refusal into the sentence (or the field errors) the screen shows.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@shared/plan';
import { versionNumberOf } from '@shared/planVersions';
import type { Result } from '@shared/result';
import { useConsole } from '../../db/DatabaseContext';
import { openIncidents } from '../../db/plans';
import { attempt, failureText } from '../../ui/describe';

export function usePlanVersions(): Plan[] {
  const { db } = useConsole();
  return useLiveQuery(async () => (await db.plans.toArray()).sort((a, b) => versionNumberOf(b) - versionNumberOf(a)), [db]) ?? [];
}

/** Open live incidents, so the editor can refuse at once to remove a category they still use. */
export function useOpenIncidents() {
  const { db } = useConsole();
  return useLiveQuery(() => openIncidents(db), [db]) ?? [];
}

export function usePlanWrite() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function run<T>(write: () => Promise<Result<T>>, done?: (value: T) => string): Promise<T | null> {
    setBusy(true);
    const result = await attempt(write);
    setBusy(false);
    if (!result.ok) {
      const fields = result.error.code === 'validation' ? (result.error.params ?? {}) : {};
      setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)])));
      setMessage({ kind: 'error', text: failureText(result.error, t) });
      return null;
    }
    setErrors({});
    setMessage(done ? { kind: 'success', text: done(result.value) } : null);
    return result.value;
  }
  return { errors, message, busy, run };
}
