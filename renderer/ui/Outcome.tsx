// The sentence a screen action ends with: read out at once when it is a refusal (alert), politely
// when it is done (status).
import type { ReactNode } from 'react';

export type OutcomeKind = 'error' | 'success' | 'warning';

export function Outcome({ kind, children, wide = false }: { kind: OutcomeKind; children: ReactNode; wide?: boolean }) {
  return (
    <div className={`notice ${kind}${wide ? ' wide' : ''}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/** A refusal, announced to screen readers (across the whole form grid when `wide`), or nothing when there is none. */
export const FormAlert = ({ text, wide = false }: { text: string | null | undefined; wide?: boolean }) =>
  text ? (
    <Outcome kind="error" wide={wide}>
      {text}
    </Outcome>
  ) : null;

/** A form's last word: its refusal (alert) or its confirmation (status), across the form grid when `wide`. */
export const FormMessage = ({ message, wide = false }: { message: { kind: 'error' | 'success'; text: string } | null; wide?: boolean }) =>
  message ? (
    <Outcome kind={message.kind} wide={wide}>
      {message.text}
    </Outcome>
  ) : null;
