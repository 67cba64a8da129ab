// Takes finished incidents past the plan's time off the live board while the console is open: at
// start (after the first screen has shown) and every hour. Done by the console itself, not by
// whoever is at the seat; a failure is left for the next round.
import { useEffect, useRef } from 'react';
import { useConsole } from '../../db/DatabaseContext';
import { clearBoard } from '../../db/boardClearing';
import { SYSTEM_ACTOR } from '../instructions/OverdueEscalation';
import { useOperator, useWriteContext } from '../session/useWriteContext';

export const CLEARING_INTERVAL_MS = 3_600_000;
const FIRST_AFTER_MS = 20_000;

export function BoardClearing() {
  const { db } = useConsole();
  const operatorId = useOperator()?.id;
  const writeContext = useWriteContext();
  const context = useRef(writeContext);
  context.current = writeContext;
  useEffect(() => {
    if (!operatorId) return;
    let running = false;
    const clear = () => {
      if (running) return;
      running = true;
      void Promise.resolve()
        .then(() => clearBoard(db, { ...context.current(), actor: SYSTEM_ACTOR }))
        .catch(() => undefined)
        .finally(() => {
          running = false;
        });
    };
    const first = setTimeout(clear, FIRST_AFTER_MS);
    const timer = setInterval(clear, CLEARING_INTERVAL_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [db, operatorId]);
  return null;
}
