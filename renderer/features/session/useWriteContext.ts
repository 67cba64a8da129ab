// The context every repository write needs, from the console and the operator at this seat.
import type { Actor } from '@shared/model';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import type { WriteContext } from '../../db/context';
import { useAppSelector } from '../../store';

export function useOperator(): Actor | null {
  const operatorId = useAppSelector((s) => s.session.operatorId);
  const person = usePeople().find((p) => p.id === operatorId);
  return person ? { id: person.id, name: person.name, role: person.role } : null;
}

export function useWriteContext(): () => WriteContext {
  const { plan, calendar, now } = useConsole();
  const actor = useOperator();
  return () => {
    if (!actor) throw new Error('No operator at the console');
    return { actor, plan, calendar, now: now() };
  };
}
