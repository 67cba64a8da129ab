// The dashboard's and the statistics' figures read off the summaries (shared/summaries.ts), in the
// same shapes the record-counting functions of shared/dashboard.ts and shared/statistics.ts give,
// so the screens do not care which was used and tests can hold one against the other.
import type { Instruction } from './command';
import { LEVEL_KEYS, PHASES, type LevelKey, type Phase } from './dashboard';
import { instructionOverdue } from './instructions';
import { CLOCKED_STAGES, type ClockedStage } from './plan';
import { F, OPEN_KEY, type SummaryRow } from './summaries';

/** The counts of several summaries added together. */
export function sumCounts(rows: readonly SummaryRow[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const row of rows) for (const [field, n] of Object.entries(row.counts)) total[field] = (total[field] ?? 0) + n;
  return total;
}

/** Every field with this prefix, as { key, count } most first (keys in text order on a tie), as countBy gives. */
export function countsWithPrefix(counts: Record<string, number>, prefix: string): { key: string; count: number }[] {
  return Object.entries(counts)
    .filter(([field, n]) => field.startsWith(prefix) && n !== 0)
    .map(([field, count]) => ({ key: field.slice(prefix.length), count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Open incidents by level and phase, as levelPhaseMatrix counts them. */
export function levelPhaseOf(open: SummaryRow) {
  return LEVEL_KEYS.map((level: LevelKey) => {
    const counts = Object.fromEntries(
      PHASES.map((phase) => [phase, open.counts[F.levelPhase(level === 'none' ? null : level, phase)] ?? 0]),
    ) as Record<Phase, number>;
    return { level, counts, total: PHASES.reduce((sum, p) => sum + counts[p], 0) };
  });
}

/** A day's complaints by hour 0–23, as complaintsByHour counts them. */
export const byHourOf = (day: SummaryRow): number[] => Array.from({ length: 24 }, (_, hour) => day.counts[F.hour(hour)] ?? 0);

/** Finished stages met and missed over some days, as onTimeByStage counts them. */
export function onTimeOf(counts: Record<string, number>) {
  return CLOCKED_STAGES.map((stage: ClockedStage) => {
    const met = counts[F.onTime(stage, 'met')] ?? 0;
    const missed = counts[F.onTime(stage, 'missed')] ?? 0;
    return { stage, met, missed, rate: met + missed === 0 ? null : met / (met + missed) };
  });
}

/**
 * Open and overdue instructions per team: the open count from the summary, the overdue ones among
 * the instructions due by now (of open incidents), as teamLoad counts them.
 */
export function teamLoadOf(
  open: SummaryRow,
  due: readonly Instruction[],
  teamIds: readonly string[],
  now: number,
  live: ReadonlySet<string>,
) {
  if (open.key !== OPEN_KEY) throw new Error('teamLoadOf needs the open summary');
  return teamIds.map((teamId) => ({
    teamId,
    open: open.counts[F.teamOpen(teamId)] ?? 0,
    overdue: due.filter((i) => i.teamId === teamId && instructionOverdue(i, now, live.has(i.incidentId)) !== null).length,
  }));
}
