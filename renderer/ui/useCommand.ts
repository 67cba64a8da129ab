// The one way a screen runs a change: the busy flag its buttons read, the field errors of a
// refused form, the refusal as a sentence (or a confirmation when given one), and nothing else
// changed. Anything thrown on the way becomes a sentence too. Sentences are worded at each
// render, so one on screen follows a change of language.
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Failure, Result } from '@shared/result';
import { attempt, failureText } from './describe';
import { askForPassword } from './reauth';
import { say as sayKey, type TextKey } from '../i18n/keys';

export type CommandMessage = { kind: 'error' | 'success'; text: string };
/** A sentence a screen adds itself (a file read, a form closed); `say` words it again in another language. */
export type SaidMessage = CommandMessage & { say?: (t: TFunction) => string };

export type CommandOptions = {
  /** Said above a form refused at its fields, instead of the general sentence. */
  validationSentence?: TextKey;
  /** A feature's own sentences for its refusals (the drill notices', the scenario library's), where they differ from the shared ones. */
  describe?: (error: Failure, t: TFunction) => string;
};

export function useCommand(
  /** Refusal codes that belong to one field (a taken name, an amount over stock): shown there, not above the form. */
  fieldOf: Record<string, string> = {},
  options: CommandOptions = {},
) {
  const { t } = useTranslation();
  const describe = options.describe ?? failureText;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [said, setSaid] = useState<SaidMessage | null>(null);
  const [busy, setBusy] = useState(false);

  /** Runs the change; returns its value, or null after showing why it was refused. */
  async function run<T>(write: () => Promise<Result<T>>, done?: (value: T, t: TFunction) => string): Promise<T | null> {
    setBusy(true);
    let result = await attempt(write);
    // The gravest changes ask for the password again; once it is given the change is tried again.
    if (!result.ok && result.error.code === 'reauth-required' && (await askForPassword())) result = await attempt(write);
    setBusy(false);
    if (!result.ok) {
      const field = fieldOf[result.error.code];
      const validation = result.error.code === 'validation';
      const fields = field
        ? { [field]: describe(result.error, t) }
        : validation
          ? Object.fromEntries(Object.entries(result.error.params ?? {}).map(([k, v]) => [k, String(v)]))
          : {};
      setErrors(fields);
      const say = (tr: TFunction) =>
        validation && options.validationSentence ? sayKey(tr, options.validationSentence) : describe(result.error, tr);
      setSaid(field ? null : { kind: 'error', text: say(t), say });
      return null;
    }
    setErrors({});
    const value = result.value;
    setSaid(done ? { kind: 'success', text: done(value, t), say: (tr) => done(value, tr) } : null);
    return value;
  }
  const clear = () => {
    setErrors({});
    setSaid(null);
  };
  const message: CommandMessage | null = said ? { kind: said.kind, text: said.say ? said.say(t) : said.text } : null;
  /** The refusal's sentence alone, for screens that show only what went wrong. */
  const alert = message?.kind === 'error' ? message.text : null;
  return { errors, message, alert, busy, run, clear, setMessage: setSaid };
}

/** What a screen's form is handed when the page above it holds the command (its message outlives the form). */
export type CommandState = ReturnType<typeof useCommand>;
