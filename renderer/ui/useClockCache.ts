// Stage clocks kept between renders: the dashboard and the alert watcher recompute what is due
// every few seconds, and the working-day counting is what costs.
import { useMemo, useRef } from 'react';
import type { WorkingCalendar } from '@shared/calendar';
import { stageClocks, type StageClock } from '@shared/deadlines';
import type { Incident } from '@shared/model';
import type { Plan } from '@shared/plan';
import { planOfIncident } from '@shared/planVersions';

/**
 * Stage clocks only change when the incident, the plan or the calendar does, while alerts are
 * recomputed every minute; the working-day counting is the cost, so each incident's clocks are
 * kept until its `updatedAt` changes.
 */
export function useClockCache(plan: Plan, plans: readonly Plan[], calendar: WorkingCalendar) {
  const cache = useRef({ plan, plans, calendar, entries: new Map<string, { updatedAt: string; clocks: StageClock[] }>() });
  if (cache.current.plan !== plan || cache.current.plans !== plans || cache.current.calendar !== calendar)
    cache.current = { plan, plans, calendar, entries: new Map() };
  const current = cache.current;
  return useMemo(() => {
    const clocksOf = (incident: Incident) => {
      const hit = current.entries.get(incident.id);
      if (hit && hit.updatedAt === incident.updatedAt) return hit.clocks;
      const clocks = stageClocks(incident, planOfIncident(current, incident), current.calendar);
      current.entries.set(incident.id, { updatedAt: incident.updatedAt, clocks });
      return clocks;
    };
    /** Forgets incidents no longer read, so the cache does not grow with the history. */
    const keepOnly = (incidents: readonly Incident[]) => {
      const read = new Set(incidents.map((i) => i.id));
      for (const id of current.entries.keys()) if (!read.has(id)) current.entries.delete(id);
    };
    return { clocksOf, keepOnly };
  }, [current]);
}
