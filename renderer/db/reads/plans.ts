// Reading the plan's versions and the open live incidents a draft must not take a category from.
import type { Incident } from '@shared/model';
import type { Plan } from '@shared/plan';
import { versionNumberOf } from '@shared/planVersions';
import type { ConsoleDb } from '../schema';
import { openIncidents } from './incidents';
import { useRead } from './live';

/** Every version kept, newest first. */
export const planVersions = async (db: ConsoleDb): Promise<Plan[]> =>
  (await db.plans.toArray()).sort((a, b) => versionNumberOf(b) - versionNumberOf(a));

/** Open incidents of the live console (a drill's incidents do not hold the plan's categories). */
export const openLiveIncidents = async (db: ConsoleDb): Promise<Incident[]> =>
  (await openIncidents(db)).filter((incident) => incident.mode === 'live');

export function usePlanVersions(): Plan[] {
  return useRead(planVersions, []) ?? [];
}

/** So the editor can refuse at once to remove a category they still use. */
export function useOpenLiveIncidents(): Incident[] {
  return useRead(openLiveIncidents, []) ?? [];
}
