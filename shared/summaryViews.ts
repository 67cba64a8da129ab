// The dashboard's and the statistics' figures read off the summaries (shared/summaries.ts), in the
// same shapes the record-counting functions of shared/dashboard.ts and shared/statistics.ts give,
// so the screens do not care which was used and tests can hold one against the other.
import type { Instruction } from './command';
import { countBy, LEVEL_KEYS, PHASES, type LevelKey, type Phase } from './dashboard';
import { instructionOverdue } from './instructions';
import { WORKING_TEAM_CODES, type Team } from './model';
import { CLOCKED_STAGES, type ClockedStage, type Plan } from './plan';
import {
  inPlanOrder,
  normalisePlace,
  openMeasuresOverdue,
  ratio,
  recurringCauses,
  trendBuckets,
  trendUnitFor,
  type Period,
  type PeriodStatistics,
  type TrendBucket,
  type WorkloadRow,
} from './statistics';
import { dayOfKey, F, OPEN_KEY, parsePlaceMember, type SummaryRow } from './summaries';
import { planDateOf, startOfPlanDate } from './time';

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

/** What the statistics need besides the days' summaries: what is open and overdue now. */
export type StatisticsExtras = {
  period: Period;
  plan: Plan;
  now: number;
  /** The days of the period that have a summary. */
  days: readonly SummaryRow[];
  teams: readonly Pick<Team, 'id' | 'code' | 'kind'>[];
  /** Open instructions past their deadline (at least those issued in the period), with whether their incident is open. */
  overdue: readonly { instruction: Instruction; incidentOpen: boolean }[];
  /** Improvement measures still open, and the numbers of their incidents. */
  measures: readonly unknown[];
  numberOf: (incidentId: string) => string;
  placeTop?: number;
};

const teamOf = (key: string) => (key === '-' ? null : key);
const HOUR = 3_600_000;

/** 统计分析 of a period from the days' summaries: the same figures periodStatistics counts from the records. */
export function periodStatisticsOf(input: StatisticsExtras): PeriodStatistics {
  const { period, plan, now } = input;
  const offset = plan.utcOffsetMinutes;
  const days = input.days.filter((d) => dayOfKey(d.key) >= period.from && dayOfKey(d.key) < period.to);
  const counts = sumCounts(days);
  const n = (field: string) => counts[field] ?? 0;

  const unit = trendUnitFor(period);
  const trend = trendBuckets(period, unit).map((bucket): TrendBucket => {
    const inBucket = days.filter((d) => dayOfKey(d.key) >= bucket.start && dayOfKey(d.key) < bucket.end);
    const bucketCounts = sumCounts(inBucket);
    return { ...bucket, complaints: bucketCounts[F.complaints] ?? 0, incidents: bucketCounts[F.opened] ?? 0 };
  });

  const opened = days.flatMap((d) => (d.members[F.places] ?? []).map(parsePlaceMember));
  const places = countBy(opened, (i) => normalisePlace(i.place));
  const placeTop = input.placeTop ?? 10;
  const onTime = onTimeOf(counts);
  const met = onTime.reduce((sum, s) => sum + s.met, 0);
  const missed = onTime.reduce((sum, s) => sum + s.missed, 0);
  const satisfied = n(F.satisfaction('satisfied'));
  const unsatisfied = n(F.satisfaction('unsatisfied'));
  const overdueMeasures = openMeasuresOverdue(input.measures, planDateOf(now, offset)).map((m) => ({
    ...m,
    number: input.numberOf(m.incidentId),
  }));

  // Instructions: the four working teams always have a row; others (a person alone: null) by how many were issued.
  const start = startOfPlanDate(period.from, offset);
  const end = startOfPlanDate(period.to, offset);
  const working = WORKING_TEAM_CODES.flatMap((code) =>
    input.teams.filter((t) => t.kind === 'working-team' && t.code === code).map((t) => t.id),
  );
  const issuedTeams = countsWithPrefix(counts, 'ti:').map((c) => teamOf(c.key));
  const others = issuedTeams.filter((id) => id === null || !working.includes(id));
  const overdueIssued = input.overdue.filter(({ instruction, incidentOpen }) => {
    const at = Date.parse(instruction.issuedAt);
    return at >= start && at < end && instructionOverdue(instruction, now, incidentOpen) !== null;
  });
  const rows = [...working, ...new Set(others)].map((teamId): WorkloadRow => {
    const signed = n(F.signed(teamId));
    const reported = n(F.reported(teamId));
    return {
      teamId,
      issued: n(F.issued(teamId)),
      open: n(F.issuedOpen(teamId)),
      overdue: overdueIssued.filter(({ instruction }) => instruction.teamId === teamId).length,
      avgSignHours: signed ? n(F.signMs(teamId)) / signed / HOUR : null,
      avgReportHours: reported ? n(F.reportMs(teamId)) / reported / HOUR : null,
    };
  });
  const fixed = rows.slice(0, working.length);
  const rest = rows.slice(working.length).sort((a, b) => b.issued - a.issued || Number(a.teamId === null) - Number(b.teamId === null));

  return {
    period,
    summary: {
      complaints: n(F.complaints),
      incidents: n(F.opened),
      levelOne: n(F.level(1)),
      rejected: n(F.rejected),
      closed: n(F.closed),
      satisfactionRate: ratio(satisfied, satisfied + unsatisfied),
      onTimeRate: ratio(met, met + missed),
      overdueMeasures: overdueMeasures.length,
    },
    trend: { unit, buckets: trend },
    byCategory: inPlanOrder(countsWithPrefix(counts, 'cat:'), plan.categories).map(({ key, count }) => ({ categoryCode: key, count })),
    byLevel: LEVEL_KEYS.map((level) => ({ level, count: n(F.level(level === 'none' ? null : level)) })),
    byChannel: inPlanOrder(countsWithPrefix(counts, 'ch:'), plan.channels).map(({ key, count }) => ({ channelCode: key, count })),
    byPlace: places.slice(0, placeTop).map(({ key, count }) => ({ place: key, count })),
    placeTop,
    placesNotShown: Math.max(0, places.length - placeTop),
    onTime,
    satisfaction: { satisfied, unsatisfied, unrecorded: n(F.closed) - satisfied - unsatisfied },
    recurring: recurringCauses(opened),
    workload: [...fixed, ...rest],
    overdueMeasures,
  };
}
