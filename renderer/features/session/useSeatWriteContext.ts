// What the seat's own records (lock, unlock, sign-out) need of the console: the plan's offset and
// the clock, and whoever is signed in (or no one yet).
import { useCallback } from 'react';
import { useConsole } from '../../db/DatabaseContext';
import type { WriteContext } from '../../db/context';
import { useSeat } from './useSeat';

export function useSeatWriteContext(): () => WriteContext {
  const { plan, plans, calendar, now } = useConsole();
  const { person } = useSeat();
  return useCallback(
    () => ({ actor: person ?? { id: '', name: '', role: 'staff' }, plan, plans, calendar, now: now() }),
    [person, plan, plans, calendar, now],
  );
}
