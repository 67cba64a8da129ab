// The context every repository write needs, from the console and the person signed in at this seat
// (the executor takes the actor from the seat itself; this one is what screens show).
import type { Actor } from '@shared/model';
import { useConsole } from '../../db/DatabaseContext';
import type { WriteContext } from '../../db/context';
import { useSeat } from './useSeat';

/** The person signed in at the seat; the same object until who it is (or their role) changes. */
export function useOperator(): Actor | null {
  return useSeat().person;
}

export function useWriteContext(): () => WriteContext {
  const { plan, plans, calendar, now } = useConsole();
  const actor = useOperator();
  return () => {
    if (!actor) throw new Error('No operator at the console');
    return { actor, plan, plans, calendar, now: now() };
  };
}
