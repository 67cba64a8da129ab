// Plan versions as the screens read them, newest first, and the open incidents a draft must not
// take a category from.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Plan } from '@shared/plan';
import { versionNumberOf } from '@shared/planVersions';
import { useConsole } from '../../db/DatabaseContext';
import { openIncidents } from '../../db/plans';

export function usePlanVersions(): Plan[] {
  const { db } = useConsole();
  return useLiveQuery(async () => (await db.plans.toArray()).sort((a, b) => versionNumberOf(b) - versionNumberOf(a)), [db]) ?? [];
}

/** Open live incidents, so the editor can refuse at once to remove a category they still use. */
export function useOpenIncidents() {
  const { db } = useConsole();
  return useLiveQuery(() => openIncidents(db), [db]) ?? [];
}
