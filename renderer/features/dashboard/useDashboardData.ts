// Everything the dashboard and the wall display show, read through live queries so a change
// made anywhere (another window, an import, an instruction signed) shows within a second.
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Incident, TimelineEntry } from '@shared/model';
import { planDateOf, startOfPlanDate, toIsoWithOffset } from '@shared/time';
import { WORKFLOW_STATES } from '@shared/workflow';
import { useConsole } from '../../db/DatabaseContext';
import { ORGANISATION_TIMELINE } from '../../db/organisation';

const OPEN_STATES = WORKFLOW_STATES.filter((s) => s !== 'closed' && s !== 'rejected');
/** How far back the on-time figures look; the chart's title names the same number. */
export const RECENT_DAYS = 30;

export function useDashboardData(now: number) {
  const { db, plan } = useConsole();
  const offset = plan.utcOffsetMinutes;
  const today = planDateOf(now, offset);
  const dayStart = toIsoWithOffset(startOfPlanDate(today, offset), offset);
  const recentFrom = toIsoWithOffset(now - RECENT_DAYS * 86_400_000, offset);

  const openIncidents = useLiveQuery(
    async () =>
      (
        await Promise.all(
          OPEN_STATES.map((state) =>
            db.incidents.where('[state+updatedAt]').between([state, Dexie.minKey], [state, Dexie.maxKey]).toArray(),
          ),
        )
      ).flat(),
    [db],
  );
  const recentIncidents = useLiveQuery(() => db.incidents.where('updatedAt').aboveOrEqual(recentFrom).toArray(), [db, recentFrom]);
  const todaysComplaints = useLiveQuery(() => db.complaints.where('receivedAt').aboveOrEqual(dayStart).toArray(), [db, dayStart]);
  const openInstructions = useLiveQuery(() => db.instructions.where('state').notEqual('accepted').toArray(), [db]);
  const teams = useLiveQuery(() => db.teams.toArray(), [db]);
  const latest = useLiveQuery(async () => {
    // The newest entries by time (ids break ties within a second); organisation audit records
    // carry no incident and are left out.
    const entries = (await db.timeline.orderBy('at').reverse().limit(60).toArray())
      .filter((e) => e.incidentId !== ORGANISATION_TIMELINE)
      .sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id))
      .slice(0, 12);
    const incidents = await db.incidents.bulkGet([...new Set(entries.map((e) => e.incidentId))]);
    const byId = new Map(incidents.filter((i): i is Incident => !!i).map((i) => [i.id, i]));
    return entries.map((entry: TimelineEntry) => ({ entry, incident: byId.get(entry.incidentId) }));
  }, [db]);

  const ready = openIncidents && recentIncidents && todaysComplaints && openInstructions && teams && latest;
  if (!ready) return null;
  // A finished incident's leftover instructions are no longer anyone's work.
  const live = new Set(openIncidents.map((i) => i.id));
  return {
    openIncidents,
    recentIncidents,
    todaysComplaints,
    openInstructions: openInstructions.filter((i) => live.has(i.incidentId)),
    teams,
    latest,
  };
}
