// The one way a screen runs a change: the busy flag its buttons read, the field errors of a
// refused form, the refusal as a sentence (or a confirmation when given one), and nothing else
// changed. Anything thrown on the way becomes a sentence too.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Failure, Result } from '@shared/result';
import { attempt, failureText } from './describe';

export type CommandMessage = { kind: 'error' | 'success'; text: string };

export function useCommand(
  /** Refusal codes that belong to one field (a taken name, an amount over stock): shown there, not above the form. */
  fieldOf: Record<string, string> = {},
  /** A feature's own sentences for its refusals (the drill notices', the scenario library's), where they differ from the shared ones. */
  describe: (error: Failure, t: TFunction) => string = failureText,
) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<CommandMessage | null>(null);
  const [busy, setBusy] = useState(false);

  /** Runs the change; returns its value, or null after showing why it was refused. */
  async function run<T>(write: () => Promise<Result<T>>, done?: (value: T) => string): Promise<T | null> {
    setBusy(true);
    const result = await attempt(write);
    setBusy(false);
    if (!result.ok) {
      const field = fieldOf[result.error.code];
      const fields = field
        ? { [field]: describe(result.error, t) }
        : result.error.code === 'validation'
          ? Object.fromEntries(Object.entries(result.error.params ?? {}).map(([k, v]) => [k, String(v)]))
          : {};
      setErrors(fields);
      setMessage(field ? null : { kind: 'error', text: describe(result.error, t) });
      return null;
    }
    setErrors({});
    setMessage(done ? { kind: 'success', text: done(result.value) } : null);
    return result.value;
  }
  const clear = () => {
    setErrors({});
    setMessage(null);
  };
  /** The refusal's sentence alone, for screens that show only what went wrong. */
  const alert = message?.kind === 'error' ? message.text : null;
  return { errors, message, alert, busy, run, clear };
}

/** What a screen's form is handed when the page above it holds the command (its message outlives the form). */
export type CommandState = ReturnType<typeof useCommand>;
