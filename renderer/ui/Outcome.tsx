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

/** A form's refusal across the whole form grid, or nothing when there is none. */
export const FormAlert = ({ text }: { text: string | null }) =>
  text ? (
    <Outcome kind="error" wide>
      {text}
    </Outcome>
  ) : null;
