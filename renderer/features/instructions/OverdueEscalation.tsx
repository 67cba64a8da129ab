// Watches for overdue instructions while the console is open: every 30 s (and at once) it raises
// each newly overdue one to its issuer and the leader on the incident timeline. The desktop notice
// and the notification centre's entry come from the alert for the same instruction
// (`instruction:<id>:overdue`, see AlertWatcher), which the host fires once at the deadline, so
// the escalation itself shows nothing: otherwise every overdue instruction would pop up twice.
import { useEffect, useRef } from 'react';
import { DEADLINE_WATCH } from '@shared/officeCommands';
import { useConsole } from '../../db/DatabaseContext';
import { escalateOverdue } from '../../db/instructions';
import { useOperator, useWriteContext } from '../session/useWriteContext';

export const ESCALATION_INTERVAL_MS = 30_000;
/** The console's own watch, the same actor on the office server. */
export const SYSTEM_ACTOR = DEADLINE_WATCH;
const SHOWN_BY_THE_ALERT = { notify: () => Promise.resolve() };

export function OverdueEscalation() {
  const { db, now } = useConsole();
  const operatorId = useOperator()?.id;
  const writeContext = useWriteContext();
  // The latest context without restarting the timer on every render.
  const context = useRef(writeContext);
  context.current = writeContext;
  const running = useRef(false);

  useEffect(() => {
    if (!operatorId) return;
    const check = () => {
      if (running.current) return;
      running.current = true;
      // A check must never take the console down: anything thrown is left for the next check.
      void Promise.resolve()
        // Raised by the console itself, not by whoever happens to be at the seat.
        .then(() => escalateOverdue(db, now(), { ...context.current(), actor: SYSTEM_ACTOR }, SHOWN_BY_THE_ALERT))
        .catch(() => undefined)
        .finally(() => {
          running.current = false;
        });
    };
    check();
    const timer = setInterval(check, ESCALATION_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [db, now, operatorId]);
  return null;
}
