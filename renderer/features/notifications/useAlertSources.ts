// The records the alerts are computed from, read through live queries by index: only open
// incidents, only instructions that can still fall overdue, only the notices of level-1 keys.
import { useMemo, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { levelOneKey, levelOneNoticeStates } from '@shared/alerts';
import type { WorkingCalendar } from '@shared/calendar';
import { stageClocks, type StageClock } from '@shared/deadlines';
import type { InstructionState } from '@shared/command';
import type { Incident } from '@shared/model';
import type { Plan } from '@shared/plan';
import type { LocalizedText } from '@shared/text';
import { planOfIncident } from '@shared/planVersions';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { noticesOfKeys, unacknowledgedCount } from '../../db/notices';
import { useOpenIncidents } from '../../db/reads/incidents';
import { useInstructionsInStates } from '../../db/reads/instructions';
import { useLoadedTeams } from '../../db/reads/organisation';

const CAN_FALL_OVERDUE: InstructionState[] = ['issued', 'signed', 'in-progress', 'returned'];

/**
 * Stage clocks only change when the incident, the plan or the calendar does, while alerts are
 * recomputed every minute; with many open incidents the working-day counting is the cost, so
 * each incident's clocks are kept until its `updatedAt` changes.
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
    /** Forgets incidents no longer open, so the cache does not grow with the history. */
    const keepOnly = (incidents: readonly Incident[]) => {
      const open = new Set(incidents.map((i) => i.id));
      for (const id of current.entries.keys()) if (!open.has(id)) current.entries.delete(id);
    };
    return { clocksOf, keepOnly };
  }, [current]);
}

export function useAlertSources() {
  const { db, plan, plans, calendar } = useConsole();
  const people = usePeople();
  const incidents = useOpenIncidents();
  const instructions = useInstructionsInStates(CAN_FALL_OVERDUE);
  const teams = useLoadedTeams();
  const levelOneKeys = useMemo(
    () =>
      (incidents ?? [])
        .filter((i) => i.level === 1)
        .map((i) => levelOneKey(i.id))
        .sort(),
    [incidents],
  );
  const keysSignature = levelOneKeys.join('|');
  const levelOneNotices = useLiveQuery(
    async () => levelOneNoticeStates(await noticesOfKeys(db, keysSignature ? keysSignature.split('|') : [])),
    [db, keysSignature],
  );
  const unacknowledged = useLiveQuery(() => unacknowledgedCount(db), [db]);
  const teamNames = useMemo(() => new Map<string, LocalizedText>((teams ?? []).map((team) => [team.id, team.name])), [teams]);
  const personNames = useMemo(() => new Map(people.map((person) => [person.id, person.name])), [people]);
  const clocks = useClockCache(plan, plans, calendar);

  // One object per change of the records, so the alerts are not recomputed on every render of the shell.
  return useMemo(
    () =>
      incidents && instructions && teams && levelOneNotices && unacknowledged !== undefined
        ? { incidents, instructions, levelOneNotices, unacknowledged, teamNames, personNames, ...clocks }
        : null,
    [incidents, instructions, teams, levelOneNotices, unacknowledged, teamNames, personNames, clocks],
  );
}
