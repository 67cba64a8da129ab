// The records the alerts are computed from, read through live queries by index: only the records
// that can raise an alert in the window the watcher looks at (alertWindow), with their level-1
// notices in the same answer, and the count of notices waiting for acknowledgement.
import { useMemo, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { alertWindow } from '@shared/alerts';
import type { WorkingCalendar } from '@shared/calendar';
import { stageClocks, type StageClock } from '@shared/deadlines';
import type { Incident } from '@shared/model';
import type { Plan } from '@shared/plan';
import type { LocalizedText } from '@shared/text';
import { toIsoWithOffset } from '@shared/time';
import { planOfIncident } from '@shared/planVersions';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { unacknowledgedCount } from '../../db/notices';
import { useAlertRecords } from '../../db/reads/alerts';
import { useLoadedTeams } from '../../db/reads/organisation';

/**
 * Stage clocks only change when the incident, the plan or the calendar does, while alerts are
 * recomputed every minute; the working-day counting is the cost, so each incident's clocks are
 * kept until its `updatedAt` changes.
 */
function useClockCache(plan: Plan, plans: readonly Plan[], calendar: WorkingCalendar) {
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

/** `now`: the watcher's minute; the window it reads moves with it by whole hours (alertWindow). */
export function useAlertSources(now: number, dueSoonLeadMinutes: number) {
  const { db, plan, plans, calendar } = useConsole();
  const people = usePeople();
  const window = alertWindow(now, dueSoonLeadMinutes);
  const records = useAlertRecords({
    incidentsBefore: toIsoWithOffset(window.incidentsBefore, plan.utcOffsetMinutes),
    instructionsBefore: toIsoWithOffset(window.instructionsBefore, plan.utcOffsetMinutes),
  });
  const teams = useLoadedTeams();
  const unacknowledged = useLiveQuery(() => unacknowledgedCount(db), [db]);
  const teamNames = useMemo(() => new Map<string, LocalizedText>((teams ?? []).map((team) => [team.id, team.name])), [teams]);
  const personNames = useMemo(() => new Map(people.map((person) => [person.id, person.name])), [people]);
  const clocks = useClockCache(plan, plans, calendar);

  // One object per change of the records, so the alerts are not recomputed on every render of the shell.
  return useMemo(
    () => (records && teams && unacknowledged !== undefined ? { ...records, unacknowledged, teamNames, personNames, ...clocks } : null),
    [records, teams, unacknowledged, teamNames, personNames, clocks],
  );
}
