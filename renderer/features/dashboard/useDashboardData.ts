// Everything the dashboard and the wall display show, read through live queries so a change
// made anywhere (another window, an import, an instruction signed) shows within a second. Counts
// come from the running totals and what is due from indexes: nothing here reads a whole table or
// every open incident, so the dashboard costs the same after years of records.
import { useMemo } from 'react';
import { attention } from '@shared/dashboard';
import { teamLoadOf } from '@shared/summaryViews';
import { isOpen } from '@shared/workflow';
import { dayKey, OPEN_KEY } from '@shared/summaries';
import { addDays, planDateOf, toIsoWithOffset } from '@shared/time';
import { useConsole } from '../../db/DatabaseContext';
import { useLoadedTeams } from '../../db/reads/organisation';
import { useDaySummaries, useDueBy, useSummaries } from '../../db/reads/summaries';
import { useLatestIncidentEntries } from '../../db/reads/timeline';
import { useClockCache } from '../../ui/useClockCache';

/** How far back the on-time figures look; the chart's title names the same number. */
export const RECENT_DAYS = 30;
/** What falls due within this window is listed as needing attention. */
export const ATTENTION_WINDOW_MS = 2 * 3_600_000;
/** The due read looks this far past the window, rounded, so it is not re-run on every tick. */
const STEP_MS = 10 * 60_000;

export function useDashboardData(now: number) {
  const { plan } = useConsole();
  const offset = plan.utcOffsetMinutes;
  const today = planDateOf(now, offset);
  const keys = useMemo(() => [OPEN_KEY, dayKey(today)], [today]);
  const [open, todays] = useSummaries(keys) ?? [];
  const recentDays = useDaySummaries(addDays(today, -(RECENT_DAYS - 1)), addDays(today, 1));
  const until = toIsoWithOffset(Math.ceil((now + ATTENTION_WINDOW_MS) / STEP_MS) * STEP_MS, offset);
  const due = useDueBy(until);
  const teams = useLoadedTeams();
  const latest = useLatestIncidentEntries(12);

  // The counts come from a few summary rows and show at once; what is due (thousands of overdue
  // matters on a bad day at years of data) follows when its read answers (`due` undefined till then).
  if (!open || !todays || !recentDays || !teams || !latest) return null;
  return { open, today: todays, recentDays, due, teams, latest };
}

type DashboardData = NonNullable<ReturnType<typeof useDashboardData>>;

/**
 * What is due as the attention list and the team cards show it (working teams only), or null while
 * it is being read: the dashboard and the wall display show the counts meanwhile.
 */
export function useDueFigures(data: DashboardData | null, now: number) {
  const { plan, plans, calendar } = useConsole();
  const clocks = useClockCache(plan, plans, calendar);
  const teamIds = useMemo(() => (data?.teams ?? []).filter((team) => team.kind === 'working-team').map((team) => team.id), [data?.teams]);
  const due = data?.due;
  if (!data || !due) return null;
  const items = attention(due.incidents, due.instructions, now, ATTENTION_WINDOW_MS, plan, calendar, plans, clocks.clocksOf);
  const live = new Set(due.incidents.filter((incident) => isOpen(incident.state)).map((incident) => incident.id));
  return { due, items, load: teamLoadOf(data.open, due.instructions, teamIds, now, live) };
}
