// The sentence a screen action ends with: read out at once when it is a refusal (alert), politely
// when it is done (status).
import type { ReactNode } from 'react';

export type OutcomeKind = 'error' | 'success' | 'warning';

export function Outcome({ kind, children }: { kind: OutcomeKind; children: ReactNode }) {
  return (
    <div className={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
