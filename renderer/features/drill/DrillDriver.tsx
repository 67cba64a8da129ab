// Keeps the drill under way moving: delivers each inject when its drill time comes, from any
// window in rehearsal mode (the delivery re-reads the run in a transaction, so two windows never
// deliver one inject twice). A timer for the next inject, and a look every few seconds that
// catches up after the PC slept or the console was closed. Renders nothing.
import { useEffect, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { nextDueAt } from '@shared/scenarioEngine';
import { useConsole } from '../../db/DatabaseContext';
import { activeDrillRun, deliverDueInjects } from '../../db/drillRuns';
import { useWriteContext } from '../session/useWriteContext';

/** How often due injects are looked for besides the timer. */
export const DRILL_LOOK_MS = 5_000;

export function DrillDriver() {
  const { db, now } = useConsole();
  const context = useWriteContext();
  const latestContext = useRef(context);
  latestContext.current = context;
  const run = useLiveQuery(() => activeDrillRun(db), [db]);
  const running = run?.state.status === 'running' ? run : null;
  const dueAt = running ? nextDueAt(running.state, running.scenario) : null;
  const runId = running?.id ?? null;

  useEffect(() => {
    if (!runId) return;
    let busy = false;
    const deliver = () => {
      if (busy) return;
      busy = true;
      // A failed delivery is tried again at the next look; the drill carries on.
      void deliverDueInjects(db, runId, latestContext.current())
        .catch(() => undefined)
        .finally(() => {
          busy = false;
        });
    };
    const timers: ReturnType<typeof setTimeout>[] = [];
    if (dueAt !== null) timers.push(setTimeout(deliver, Math.max(0, dueAt - now())));
    const look = setInterval(deliver, DRILL_LOOK_MS);
    return () => {
      timers.forEach(clearTimeout);
      clearInterval(look);
    };
  }, [db, runId, dueAt, now]);
  return null;
}
