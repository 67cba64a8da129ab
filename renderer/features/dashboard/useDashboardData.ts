// Everything the dashboard and the wall display show, read through live queries so a change
// made anywhere (another window, an import, an instruction signed) shows within a second.
import { planDateOf, startOfPlanDate, toIsoWithOffset } from '@shared/time';
import { useConsole } from '../../db/DatabaseContext';
import { useComplaintsReceivedSince } from '../../db/reads/complaints';
import { useIncidentsUpdatedSince, useOpenIncidents } from '../../db/reads/incidents';
import { useUnacceptedInstructions } from '../../db/reads/instructions';
import { useLoadedTeams } from '../../db/reads/organisation';
import { useLatestIncidentEntries } from '../../db/reads/timeline';

/** How far back the on-time figures look; the chart's title names the same number. */
export const RECENT_DAYS = 30;

export function useDashboardData(now: number) {
  const { plan } = useConsole();
  const offset = plan.utcOffsetMinutes;
  const today = planDateOf(now, offset);
  const dayStart = toIsoWithOffset(startOfPlanDate(today, offset), offset);
  const recentFrom = toIsoWithOffset(now - RECENT_DAYS * 86_400_000, offset);

  const openIncidents = useOpenIncidents();
  const recentIncidents = useIncidentsUpdatedSince(recentFrom);
  const todaysComplaints = useComplaintsReceivedSince(dayStart);
  const openInstructions = useUnacceptedInstructions();
  const teams = useLoadedTeams();
  const latest = useLatestIncidentEntries(12);

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
