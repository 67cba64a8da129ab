// 统计分析: what happened in a period, counted from the records themselves (never stored twice),
// so every figure a manager reads can be checked by hand. A period is [from, to) in plan-local
// dates; an incident belongs to the period it was received in (its first complaint), a complaint
// to the period it was received in, a closing to the period it was closed in.
import { z } from 'zod';
import type { WorkingCalendar } from './calendar';
import type { Complaint, Incident, Team } from './model';
import type { Instruction } from './command';
import { countBy, LEVEL_KEYS, onTimeByStage, type LevelKey } from './dashboard';
import { instructionOverdue, OPEN_INSTRUCTION_STATES } from './instructions';
import type { ClockedStage, Plan } from './plan';
import { WORKING_TEAM_CODES } from './model';
import { isOpen } from './workflow';
import { addDays, planDateOf, startOfPlanDate, weekdayOf } from './time';

/** Plan-local dates; `to` is the first day no longer in the period. */
export type Period = { from: string; to: string };
export const PERIOD_PRESETS = ['this-month', 'last-month', 'this-quarter', 'this-year', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

const DAY = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Three years of days: a longer custom period is a typing slip, and its monthly trend unreadable. */
export const MAX_PERIOD_DAYS = 1096;

const monthStart = (year: number, month: number) => {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}-01`;
};

/** The period a preset names, seen from `today` (plan-local YYYY-MM-DD). */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string): Period {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (preset) {
    case 'this-month':
      return { from: monthStart(year, month), to: monthStart(year, month + 1) };
    case 'last-month':
      return { from: monthStart(year, month - 1), to: monthStart(year, month) };
    case 'this-quarter': {
      const first = Math.floor((month - 1) / 3) * 3 + 1;
      return { from: monthStart(year, first), to: monthStart(year, first + 3) };
    }
    case 'this-year':
      return { from: monthStart(year, 1), to: monthStart(year + 1, 1) };
  }
}

const isRealDate = (value: string) => DATE.test(value) && addDays(value, 0) === value;
const daysBetween = (from: string, to: string) => Math.round((startOfPlanDate(to, 0) - startOfPlanDate(from, 0)) / DAY);

export type PeriodProblem = { field: 'from' | 'to'; code: 'required' | 'invalid' | 'order' | 'too-long' };

/** A period typed as two dates, both days included; every problem is named by its field. */
export function customPeriod(from: string, lastDay: string): { ok: true; period: Period } | { ok: false; problems: PeriodProblem[] } {
  const problems: PeriodProblem[] = [];
  for (const [field, value] of [
    ['from', from.trim()],
    ['to', lastDay.trim()],
  ] as const) {
    if (!value) problems.push({ field, code: 'required' });
    else if (!isRealDate(value)) problems.push({ field, code: 'invalid' });
  }
  if (problems.length) return { ok: false, problems };
  if (lastDay < from) return { ok: false, problems: [{ field: 'to', code: 'order' }] };
  if (daysBetween(from, lastDay) + 1 > MAX_PERIOD_DAYS) return { ok: false, problems: [{ field: 'to', code: 'too-long' }] };
  return { ok: true, period: { from, to: addDays(lastDay, 1) } };
}

export const lastDayOf = (period: Period) => addDays(period.to, -1);

export type TrendUnit = 'day' | 'week' | 'month';
export type TrendBucket = { start: string; end: string; complaints: number; incidents: number };

/** Days for a month, weeks (from Monday) for a quarter, months beyond. */
export function trendUnitFor(period: Period): TrendUnit {
  const days = daysBetween(period.from, period.to);
  return days <= 31 ? 'day' : days <= 92 ? 'week' : 'month';
}

/** The buckets covering the period; the first and last week or month may be cut by its ends. */
export function trendBuckets(period: Period, unit: TrendUnit): { start: string; end: string }[] {
  const starts = [period.from];
  for (let date = addDays(period.from, 1); date < period.to; date = addDays(date, 1)) {
    if (unit === 'day' || (unit === 'week' && weekdayOf(date) === 1) || (unit === 'month' && date.endsWith('-01'))) starts.push(date);
  }
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? period.to }));
}

// Measures come from the after-action review; read only the fields counted here, and skip a row
// that does not have them rather than guess.
const MeasureFieldsSchema = z.object({
  id: z.string(),
  incidentId: z.string(),
  text: z.string().catch(''),
  owner: z.string().catch(''),
  dueDate: z.string().regex(DATE),
  status: z.string(),
});

export type StatisticsInput = {
  period: Period;
  plan: Plan;
  calendar: WorkingCalendar;
  now: number;
  /** At least the incidents received or closed in the period and those the measures belong to. */
  incidents: readonly Incident[];
  /** At least the complaints received in the period. */
  complaints: readonly Pick<Complaint, 'id' | 'receivedAt' | 'channelCode'>[];
  /** At least the instructions issued in the period; their incidents are among `incidents`. */
  instructions: readonly Instruction[];
  teams: readonly Pick<Team, 'id' | 'code' | 'kind'>[];
  measures: readonly unknown[];
  /** How many places the ranking shows. */
  placeTop?: number;
};

export type WorkloadRow = {
  teamId: string | null;
  issued: number;
  open: number;
  overdue: number;
  avgSignHours: number | null;
  avgReportHours: number | null;
};
export type RecurringCause = { categoryCode: string; place: string; count: number; numbers: string[] };
export type OverdueMeasure = {
  id: string;
  incidentId: string;
  number: string;
  text: string;
  owner: string;
  dueDate: string;
  daysOverdue: number;
};

export const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
export const normalisePlace = (place: string) => place.trim().replace(/\s+/g, ' ');

/** Most first; equal counts in the plan's own order (codes the plan no longer has last). */
export function inPlanOrder(counts: { key: string; count: number }[], items: readonly { code: string }[]) {
  const rank = (code: string) => {
    const index = items.findIndex((item) => item.code === code);
    return index < 0 ? items.length : index;
  };
  return [...counts].sort((a, b) => b.count - a.count || rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}

export function periodStatistics(input: StatisticsInput) {
  const { period, plan, calendar, now } = input;
  const offset = plan.utcOffsetMinutes;
  const start = startOfPlanDate(period.from, offset);
  const end = startOfPlanDate(period.to, offset);
  const within = (iso: string | undefined) => {
    if (!iso) return false;
    const at = Date.parse(iso);
    return at >= start && at < end;
  };
  const byId = new Map(input.incidents.map((i) => [i.id, i]));
  const all = [...byId.values()];
  const received = all.filter((i) => within(i.milestones.receivedAt));
  // 不予受理 (invalid or special complaints) never became an incident: they are counted apart and
  // left out of every count of incidents (立案事件, by category, grade and place, the trend's
  // incidents, recurring problems). Their acceptance stage still counts for the time limits.
  const rejected = received.filter((i) => i.state === 'rejected');
  const opened = received.filter((i) => i.state !== 'rejected');
  const complaints = [...new Map(input.complaints.map((c) => [c.id, c])).values()].filter((c) => within(c.receivedAt));
  const closed = all.filter((i) => i.state === 'closed' && within(i.milestones.closedAt));

  const unit = trendUnitFor(period);
  const dateOf = (iso: string) => planDateOf(Date.parse(iso), offset);
  const trend = trendBuckets(period, unit).map((bucket): TrendBucket => {
    const inBucket = (iso: string) => {
      const date = dateOf(iso);
      return date >= bucket.start && date < bucket.end;
    };
    return {
      ...bucket,
      complaints: complaints.filter((c) => inBucket(c.receivedAt)).length,
      incidents: opened.filter((i) => inBucket(i.milestones.receivedAt)).length,
    };
  });

  const places = countBy(opened, (i) => normalisePlace(i.place));
  const placeTop = input.placeTop ?? 10;
  const levels = countBy(opened, (i) => String(i.level ?? 'none'));
  // The on-time rate of the stages the period's incidents have finished (running clocks are not
  // yet a result), computed as the dashboard computes it.
  const onTime = onTimeByStage(received, plan, calendar);
  const met = onTime.reduce((sum, s) => sum + s.met, 0);
  const missed = onTime.reduce((sum, s) => sum + s.missed, 0);

  const satisfied = closed.filter((i) => i.satisfaction === 'satisfied').length;
  const unsatisfied = closed.filter((i) => i.satisfaction === 'unsatisfied').length;

  const overdueMeasures = openMeasuresOverdue(input.measures, planDateOf(now, offset)).map((m) => ({
    ...m,
    number: byId.get(m.incidentId)?.number ?? '',
  }));

  return {
    period,
    summary: {
      complaints: complaints.length,
      incidents: opened.length,
      levelOne: opened.filter((i) => i.level === 1).length,
      rejected: rejected.length,
      closed: closed.length,
      satisfactionRate: ratio(satisfied, satisfied + unsatisfied),
      onTimeRate: ratio(met, met + missed),
      overdueMeasures: overdueMeasures.length,
    },
    trend: { unit, buckets: trend },
    byCategory: inPlanOrder(
      countBy(opened, (i) => i.categoryCode),
      plan.categories,
    ).map(({ key, count }) => ({ categoryCode: key, count })),
    byLevel: LEVEL_KEYS.map((level) => ({ level, count: levels.find((l) => l.key === String(level))?.count ?? 0 })),
    byChannel: inPlanOrder(
      countBy(complaints, (c) => c.channelCode),
      plan.channels,
    ).map(({ key, count }) => ({ channelCode: key, count })),
    byPlace: places.slice(0, placeTop).map(({ key, count }) => ({ place: key, count })),
    placeTop,
    placesNotShown: Math.max(0, places.length - placeTop),
    onTime,
    satisfaction: { satisfied, unsatisfied, unrecorded: closed.length - satisfied - unsatisfied },
    recurring: recurringCauses(opened),
    workload: teamWorkload(input.instructions, input.teams, start, end, now, (id) => {
      const incident = byId.get(id);
      return incident !== undefined && isOpen(incident.state);
    }),
    overdueMeasures,
  };
}
export type PeriodStatistics = ReturnType<typeof periodStatistics>;

/**
 * 重复发生的问题: the same category at the same place twice or more among the period's incidents.
 * Investigation findings are free text and are not compared; an incident without a place is left out.
 */
export function recurringCauses(incidents: readonly Pick<Incident, 'categoryCode' | 'place' | 'number'>[]): RecurringCause[] {
  const groups = new Map<string, RecurringCause>();
  for (const incident of incidents) {
    const place = normalisePlace(incident.place);
    if (!place) continue;
    const key = `${incident.categoryCode}\u0000${place.toLowerCase()}`;
    const group = groups.get(key) ?? { categoryCode: incident.categoryCode, place, count: 0, numbers: [] };
    group.count += 1;
    group.numbers.push(incident.number);
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter((g) => g.count >= 2)
    .map((g) => ({ ...g, numbers: [...g.numbers].sort() }))
    .sort((a, b) => b.count - a.count || a.categoryCode.localeCompare(b.categoryCode) || a.place.localeCompare(b.place));
}

/**
 * Instructions issued in [start, end) per receiving team: how many, how many still open and overdue
 * now (as the dashboard and the inbox count them), and the average hours to sign (签收) and to
 * report back (反馈). The four working teams always have a row; an instruction to a person alone
 * is counted under `teamId: null`.
 */
export function teamWorkload(
  instructions: readonly Instruction[],
  teams: readonly Pick<Team, 'id' | 'code' | 'kind'>[],
  start: number,
  end: number,
  now: number,
  /** Whether the instruction's incident is open. */
  incidentOpen: (incidentId: string) => boolean,
): WorkloadRow[] {
  const issued = [...new Map(instructions.map((i) => [i.id, i])).values()].filter((i) => {
    const at = Date.parse(i.issuedAt);
    return at >= start && at < end;
  });
  const working = WORKING_TEAM_CODES.flatMap((code) => teams.filter((t) => t.kind === 'working-team' && t.code === code).map((t) => t.id));
  const others = [...new Set(issued.map((i) => i.teamId))].filter((id) => id === null || !working.includes(id));
  const hours = (from: string, to: string | undefined) => (to ? (Date.parse(to) - Date.parse(from)) / 3_600_000 : null);
  const rows = [...working, ...others].map((teamId): WorkloadRow => {
    const mine = issued.filter((i) => i.teamId === teamId);
    return {
      teamId,
      issued: mine.length,
      // A closed incident's leftovers are nobody's work: neither open nor overdue.
      open: mine.filter((i) => OPEN_INSTRUCTION_STATES.includes(i.state) && incidentOpen(i.incidentId)).length,
      overdue: mine.filter((i) => instructionOverdue(i, now, incidentOpen(i.incidentId)) !== null).length,
      avgSignHours: mean(mine.map((i) => hours(i.issuedAt, i.signedAt)).filter((h): h is number => h !== null)),
      avgReportHours: mean(mine.map((i) => hours(i.issuedAt, i.report?.at)).filter((h): h is number => h !== null)),
    };
  });
  const fixed = rows.slice(0, working.length);
  const rest = rows.slice(working.length).sort((a, b) => b.issued - a.issued || Number(a.teamId === null) - Number(b.teamId === null));
  return [...fixed, ...rest];
}

/** Improvement measures still open whose due date (plan-local) lies before today, oldest first. */
export function openMeasuresOverdue(measures: readonly unknown[], today: string): Omit<OverdueMeasure, 'number'>[] {
  return measures
    .flatMap((row) => {
      const parsed = MeasureFieldsSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    })
    .filter((m) => m.status === 'open' && m.dueDate < today)
    .map((m) => ({
      id: m.id,
      incidentId: m.incidentId,
      text: m.text,
      owner: m.owner,
      dueDate: m.dueDate,
      daysOverdue: daysBetween(m.dueDate, today),
    }))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
}

// Tables: one per chart, the same numbers the chart draws. Column keys are named in the catalogs
// (statistics.column.*); the renderer passes words in the screen's language for the page and in
// Chinese for the CSV file, so both come from this one function.
export const CHARTS = [
  'trend',
  'category',
  'level',
  'channel',
  'place',
  'onTime',
  'satisfaction',
  'recurring',
  'workload',
  'measures',
] as const;
export type ChartKey = (typeof CHARTS)[number];
export type StatisticsTable = { chart: ChartKey; columns: string[]; rows: (string | number)[][] };

export type StatisticsWords = {
  category: (code: string) => string;
  channel: (code: string) => string;
  level: (level: LevelKey) => string;
  stage: (stage: ClockedStage) => string;
  satisfaction: (result: 'satisfied' | 'unsatisfied' | 'unrecorded') => string;
  team: (teamId: string | null) => string;
  place: (place: string) => string;
  person: (owner: string) => string;
  bucket: (bucket: { start: string; end: string }, unit: TrendUnit) => string;
  numbers: (numbers: string[]) => string;
};

/** A share or rate in percent with one decimal; blank when there is nothing to divide by. */
export const percent = (value: number | null): number | '' => (value === null ? '' : Math.round(value * 1000) / 10);
const oneDecimal = (value: number | null): number | '' => (value === null ? '' : Math.round(value * 10) / 10);

export function statisticsTable(chart: ChartKey, stats: PeriodStatistics, words: StatisticsWords): StatisticsTable {
  const { summary } = stats;
  const share = (count: number, whole: number) => percent(ratio(count, whole));
  switch (chart) {
    case 'trend':
      return {
        chart,
        columns: ['period', 'complaints', 'incidents'],
        rows: stats.trend.buckets.map((b) => [words.bucket(b, stats.trend.unit), b.complaints, b.incidents]),
      };
    case 'category':
      return {
        chart,
        columns: ['category', 'incidents', 'share'],
        rows: stats.byCategory.map((r) => [words.category(r.categoryCode), r.count, share(r.count, summary.incidents)]),
      };
    case 'level':
      return {
        chart,
        columns: ['level', 'incidents', 'share'],
        rows: stats.byLevel.map((r) => [words.level(r.level), r.count, share(r.count, summary.incidents)]),
      };
    case 'channel':
      return {
        chart,
        columns: ['channel', 'complaints', 'share'],
        rows: stats.byChannel.map((r) => [words.channel(r.channelCode), r.count, share(r.count, summary.complaints)]),
      };
    case 'place':
      return {
        chart,
        columns: ['place', 'incidents', 'share'],
        rows: stats.byPlace.map((r) => [words.place(r.place), r.count, share(r.count, summary.incidents)]),
      };
    case 'onTime':
      return {
        chart,
        columns: ['stage', 'met', 'missed', 'rate'],
        rows: stats.onTime.map((r) => [words.stage(r.stage), r.met, r.missed, percent(r.rate)]),
      };
    case 'satisfaction': {
      const total = summary.closed;
      return {
        chart,
        columns: ['result', 'incidents', 'share'],
        rows: (['satisfied', 'unsatisfied', 'unrecorded'] as const).map((key) => [
          words.satisfaction(key),
          stats.satisfaction[key],
          share(stats.satisfaction[key], total),
        ]),
      };
    }
    case 'recurring':
      return {
        chart,
        columns: ['category', 'place', 'incidents', 'numbers'],
        rows: stats.recurring.map((r) => [words.category(r.categoryCode), r.place, r.count, words.numbers(r.numbers)]),
      };
    case 'workload':
      return {
        chart,
        columns: ['team', 'issued', 'open', 'overdue', 'avgSignHours', 'avgReportHours'],
        rows: stats.workload.map((r) => [
          words.team(r.teamId),
          r.issued,
          r.open,
          r.overdue,
          oneDecimal(r.avgSignHours),
          oneDecimal(r.avgReportHours),
        ]),
      };
    case 'measures':
      return {
        chart,
        columns: ['number', 'measure', 'owner', 'dueDate', 'daysOverdue'],
        rows: stats.overdueMeasures.map((m) => [m.number, m.text, words.person(m.owner), m.dueDate, m.daysOverdue]),
      };
  }
}
