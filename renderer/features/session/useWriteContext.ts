// The context every repository write needs, from the console and the operator at this seat.
import { useMemo } from 'react';
import type { Actor } from '@shared/model';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import type { WriteContext } from '../../db/context';
import { useAppSelector } from '../../store';

/** The operator at the seat; the same object until who it is (or their role) changes. */
export function useOperator(): Actor | null {
  const operatorId = useAppSelector((s) => s.session.operatorId);
  const person = usePeople().find((p) => p.id === operatorId);
  const { id, name, role } = person ?? {};
  return useMemo(() => (id && name && role ? { id, name, role } : null), [id, name, role]);
}

export function useWriteContext(): () => WriteContext {
  const { plan, plans, calendar, now } = useConsole();
  const actor = useOperator();
  return () => {
    if (!actor) throw new Error('No operator at the console');
    return { actor, plan, plans, calendar, now: now() };
  };
}
