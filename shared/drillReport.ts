// The evaluation report (演练评估报告) of one drill run, assembled from its evaluation: the overview's
// figures, one timeline of injects, responses, observers' notes and the trainer's commands in
// drill-time order, the findings, and the comparison with the previous run as rows and chart data.
// Pure and unlocalized: the screen puts it into words. Minutes are drill minutes, rounded to 0.1.
import type {
  ActionEvaluation,
  ActionStatus,
  DrillComparison,
  DrillEvaluation,
  DrillRating,
  DrillTally,
  ObjectiveComparison,
  RatingComparison,
} from './drillEvaluation';
import type { DrillFinding, DrillLogEntry, DrillNote, DrillRunRecord } from './drillRecords';
import type { InjectType, Scenario, TeamCode } from './scenario';
import { drillMinutesAt, type DrillRunStatus } from './scenarioEngine';
import type { LocalizedText } from './text';

const MINUTE = 60_000;

/** What the report reads; the drill database's loadRunEvaluation gives exactly this. */
export type ReportInput = {
  run: DrillRunRecord;
  evaluation: DrillEvaluation;
  notes: readonly DrillNote[];
  findings: readonly DrillFinding[];
  previous: { run: DrillRunRecord; evaluation: DrillEvaluation; comparison: DrillComparison } | null;
};

/** Minutes as the report prints them: to a tenth, so "late by 0.4" never reads "late by 0". */
export const roundMinutes = (minutes: number): number => Math.round(minutes * 10) / 10;

/** An expected action as people read it: "2.1" (second inject, first action) and its description. */
export type ActionLabel = { no: string; seq: number; description: LocalizedText; team: TeamCode; limitMinutes: number };

export function actionLabels(scenario: Scenario): Map<string, ActionLabel> {
  const labels = new Map<string, ActionLabel>();
  for (const inject of [...scenario.injects].sort((a, b) => a.seq - b.seq)) {
    inject.expectedActions.forEach((action, index) => {
      labels.set(action.id, {
        no: `${inject.seq}.${index + 1}`,
        seq: inject.seq,
        description: action.description,
        team: action.team,
        limitMinutes: action.limitMinutes,
      });
    });
  }
  return labels;
}

const distinct = (names: readonly (string | undefined)[]): string[] => [...new Set(names.filter((n): n is string => !!n?.trim()))];

// ——— 一、演练概况 ———

export type ReportOverview = {
  number: string;
  title: LocalizedText;
  kind: Scenario['kind'];
  objectives: LocalizedText[];
  status: DrillRunStatus;
  noticeId: string | null;
  startedAtMs: number | null;
  finishedAtMs: number | null;
  /** Drill minutes from the start to the finish (or to now, for a run still going). */
  drillMinutes: number;
  /** Real minutes over the same span; null before the start. */
  realMinutes: number | null;
  /** Every speed the run went at, in the order first used. */
  speeds: number[];
  /** Who gave the trainer's commands (导调), or who set the run up if nobody has yet. */
  directors: string[];
  /** Who did the expected actions the console recorded, in the order they first acted. */
  participants: string[];
  /** Who wrote observer notes or marked actions. */
  observers: string[];
  injects: { total: number; fired: number; skipped: number; notFired: number };
  tally: DrillTally;
  rating: DrillRating | null;
  computed: DrillRating | null;
};

/** Drill minutes of an instant on the drill clock (start + drill minutes, as the evaluation gives them). */
const drillMinuteOf = (run: DrillRunRecord, drillInstant: string): number =>
  run.state.status === 'ready' ? 0 : (Date.parse(drillInstant) - run.state.startedAtMs) / MINUTE;

function speedsOf(run: DrillRunRecord): number[] {
  const used = run.log.flatMap((entry) =>
    entry.kind === 'drill-started' && entry.speed !== undefined
      ? [entry.speed]
      : entry.kind === 'speed-changed' && entry.to !== undefined
        ? [entry.to]
        : [],
  );
  return used.length ? [...new Set(used)] : [run.state.speed];
}

function doneInDrillOrder(run: DrillRunRecord, actions: readonly ActionEvaluation[]) {
  return actions
    .flatMap((a) =>
      a.outcome.status === 'on-time' || a.outcome.status === 'late'
        ? [{ outcome: a.outcome, minute: drillMinuteOf(run, a.outcome.at) }]
        : [],
    )
    .sort((a, b) => a.minute - b.minute);
}

export function reportOverview(input: ReportInput, nowMs: number): ReportOverview {
  const { run, evaluation, notes } = input;
  const state = run.state;
  const started = state.status !== 'ready';
  const endMs = state.status === 'finished' ? state.finishedAtMs : nowMs;
  const done = doneInDrillOrder(run, evaluation.actions);
  const untimedBy = evaluation.actions.flatMap((a) => (a.outcome.status === 'done-untimed' ? [a.outcome.by] : []));
  const fired = state.injects.filter((p) => p.fired).length;
  const skipped = state.injects.filter((p) => !p.fired && p.skipped).length;
  return {
    number: run.number,
    title: run.scenario.title,
    kind: run.scenario.kind,
    objectives: run.scenario.objectives.map((o) => o.name),
    status: state.status,
    noticeId: run.noticeId ?? null,
    startedAtMs: started ? state.startedAtMs : null,
    finishedAtMs: state.status === 'finished' ? state.finishedAtMs : null,
    drillMinutes: roundMinutes(drillMinutesAt(state, endMs)),
    realMinutes: started ? roundMinutes(Math.max(0, endMs - state.startedAtMs) / MINUTE) : null,
    speeds: speedsOf(run),
    directors: distinct(run.log.map((entry) => entry.by)).length ? distinct(run.log.map((entry) => entry.by)) : [run.createdByName],
    participants: distinct(done.filter((d) => d.outcome.source === 'record').map((d) => d.outcome.by)),
    observers: distinct([
      ...notes.map((n) => n.byName),
      ...done.filter((d) => d.outcome.source === 'observer').map((d) => d.outcome.by),
      ...untimedBy,
    ]),
    injects: { total: state.injects.length, fired, skipped, notFired: state.injects.length - fired - skipped },
    tally: evaluation.overall.tally,
    rating: evaluation.overall.rating,
    computed: evaluation.overall.computed,
  };
}

// ——— 二、情景注入与处置时间线 ———

type At = { drillMinute: number; atMs: number | null };
export type InjectRow = At & {
  kind: 'inject';
  seq: number;
  type: InjectType;
  from: LocalizedText;
  to: LocalizedText;
  content: LocalizedText;
  /** Skipped or never fired: the row stands at its planned minute. */
  status: 'fired' | 'skipped' | 'not-fired';
  plannedMinute: number;
  resentCount: number;
};
export type ActionRow = At & {
  kind: 'action';
  action: ActionLabel;
  status: 'on-time' | 'late';
  by: string;
  source: 'record' | 'observer';
  minutesAfterInject: number;
  lateByMinutes: number | null;
};
export type NoteRow = At & { kind: 'note'; byName: string; text: string; mark: { action: ActionLabel; done: boolean } | null };
export type ControlKind = 'drill-started' | 'drill-paused' | 'drill-resumed' | 'speed-changed' | 'inject-resent' | 'drill-finished';
export type ControlRow = At & {
  kind: 'control';
  event: ControlKind;
  by: string | null;
  speed: number | null;
  from: number | null;
  to: number | null;
  seq: number | null;
};
export type TimelineRow = InjectRow | ActionRow | NoteRow | ControlRow;

const CONTROL_KINDS = new Set<string>([
  'drill-started',
  'drill-paused',
  'drill-resumed',
  'speed-changed',
  'inject-resent',
  'drill-finished',
]);

/** At the same drill minute: the start first, then the inject, the answers to it, notes, commands, the finish last. */
function rankOf(row: TimelineRow): number {
  if (row.kind === 'control') return row.event === 'drill-started' ? 0 : row.event === 'drill-finished' ? 5 : 4;
  return { inject: 1, action: 2, note: 3 }[row.kind];
}
const seqOf = (row: TimelineRow): number => (row.kind === 'inject' ? row.seq : row.kind === 'action' ? row.action.seq : 0);

function controlRow(entry: DrillLogEntry): ControlRow {
  return {
    kind: 'control',
    event: entry.kind as ControlKind,
    drillMinute: roundMinutes(entry.drillMinute),
    atMs: entry.atMs,
    by: entry.by ?? null,
    speed: entry.speed ?? null,
    from: entry.from ?? null,
    to: entry.to ?? null,
    seq: entry.seq ?? null,
  };
}

/** Everything that happened in the run that has a drill minute, in drill-time order. */
export function reportTimeline(input: ReportInput): TimelineRow[] {
  const { run, evaluation, notes } = input;
  const labels = actionLabels(run.scenario);
  const rows: TimelineRow[] = [];
  for (const inject of run.scenario.injects) {
    const progress = run.state.injects.find((p) => p.seq === inject.seq);
    const common = {
      seq: inject.seq,
      type: inject.type,
      from: inject.from,
      to: inject.to,
      content: inject.content,
      plannedMinute: inject.offsetMinutes,
    };
    if (progress?.fired) {
      rows.push({
        kind: 'inject',
        ...common,
        status: 'fired',
        drillMinute: roundMinutes(progress.fired.drillMinute),
        atMs: progress.fired.atMs,
        resentCount: progress.resentCount,
      });
    } else {
      rows.push({
        kind: 'inject',
        ...common,
        status: progress?.skipped ? 'skipped' : 'not-fired',
        drillMinute: inject.offsetMinutes,
        atMs: null,
        resentCount: 0,
      });
    }
  }
  for (const action of evaluation.actions) {
    const outcome = action.outcome;
    const label = labels.get(action.actionId);
    if (!label || (outcome.status !== 'on-time' && outcome.status !== 'late')) continue;
    rows.push({
      kind: 'action',
      action: label,
      status: outcome.status,
      by: outcome.by,
      source: outcome.source,
      drillMinute: roundMinutes(drillMinuteOf(run, outcome.at)),
      atMs: null,
      minutesAfterInject: roundMinutes(outcome.minutesAfterInject),
      lateByMinutes: outcome.status === 'late' ? roundMinutes(outcome.lateByMinutes) : null,
    });
  }
  for (const note of notes) {
    const label = note.actionId !== undefined ? labels.get(note.actionId) : undefined;
    rows.push({
      kind: 'note',
      drillMinute: roundMinutes(note.drillMinute),
      atMs: Date.parse(note.at),
      byName: note.byName,
      text: note.text,
      mark: label && note.done !== undefined ? { action: label, done: note.done } : null,
    });
  }
  for (const entry of run.log) if (CONTROL_KINDS.has(entry.kind)) rows.push(controlRow(entry));
  return rows
    .map((row, order) => ({ row, order }))
    .sort(
      (a, b) => a.row.drillMinute - b.row.drillMinute || rankOf(a.row) - rankOf(b.row) || seqOf(a.row) - seqOf(b.row) || a.order - b.order,
    )
    .map(({ row }) => row);
}

/** Expected actions that have no place on the timeline: not done, done without a time, or never injected. */
export type UnplacedAction = { action: ActionLabel; status: Exclude<ActionStatus, 'on-time' | 'late'>; by: string | null };

export function unplacedActions(input: ReportInput): UnplacedAction[] {
  const labels = actionLabels(input.run.scenario);
  return input.evaluation.actions.flatMap((a): UnplacedAction[] => {
    const label = labels.get(a.actionId);
    const outcome = a.outcome;
    if (!label || outcome.status === 'on-time' || outcome.status === 'late') return [];
    const by = outcome.status === 'done-untimed' ? outcome.by : outcome.status === 'missing' ? (outcome.markedBy ?? null) : null;
    return [{ action: label, status: outcome.status, by }];
  });
}

// ——— 四、发现的问题 / 五、整改计划 ———

export type FindingRow = Pick<DrillFinding, 'finding' | 'measure' | 'owner' | 'dueDate' | 'status'> & {
  no: number;
  objective: LocalizedText | null;
};

export function findingRows(input: Pick<ReportInput, 'run' | 'findings'>): FindingRow[] {
  const names = new Map(input.run.scenario.objectives.map((o) => [o.code, o.name]));
  return input.findings.map((f, index) => ({
    no: index + 1,
    finding: f.finding,
    measure: f.measure,
    owner: f.owner,
    dueDate: f.dueDate,
    status: f.status,
    objective: f.objective ? (names.get(f.objective) ?? null) : null,
  }));
}

// ——— 六、与上次演练对比 ———

export type Timing = { status: ActionStatus; minutesAfterInject: number | null };
export type ComparisonRow = {
  action: ActionLabel;
  /** null: the action was not in that run's scenario. */
  earlier: Timing | null;
  later: Timing | null;
  /** Later minus earlier, when both were timed: negative is faster. */
  changeMinutes: number | null;
};
export type ComparisonChartDatum = { no: string; earlier: number | null; later: number | null; limitMinutes: number };
export type SideBySide = { earlier: number | null; later: number | null };
export type ReportComparison = {
  previousNumber: string;
  previousStartedAtMs: number | null;
  drillMinutes: SideBySide;
  onTime: { earlier: DrillTally; later: DrillTally };
  actions: ComparisonRow[];
  objectives: ObjectiveComparison[];
  overall: RatingComparison;
  chart: ComparisonChartDatum[];
};

const timing = (t: ComparisonRow['earlier']): Timing | null =>
  t && { status: t.status, minutesAfterInject: t.minutesAfterInject === null ? null : roundMinutes(t.minutesAfterInject) };

const ranMinutes = (run: DrillRunRecord): number | null =>
  run.state.status === 'finished' ? roundMinutes(drillMinutesAt(run.state, run.state.finishedAtMs)) : null;

export function reportComparison(input: ReportInput): ReportComparison | null {
  if (!input.previous) return null;
  const { run: before, evaluation: earlier, comparison } = input.previous;
  const current = actionLabels(input.run.scenario);
  const old = actionLabels(before.scenario);
  const actions = comparison.actions.flatMap((a): ComparisonRow[] => {
    const label = current.get(a.actionId) ?? old.get(a.actionId);
    if (!label) return [];
    const row = { action: label, earlier: timing(a.earlier), later: timing(a.later) };
    const change =
      row.earlier?.minutesAfterInject != null && row.later?.minutesAfterInject != null
        ? row.later.minutesAfterInject - row.earlier.minutesAfterInject
        : null;
    return [{ ...row, changeMinutes: change === null ? null : roundMinutes(change) }];
  });
  return {
    previousNumber: before.number,
    previousStartedAtMs: before.state.status === 'ready' ? null : before.state.startedAtMs,
    drillMinutes: { earlier: ranMinutes(before), later: ranMinutes(input.run) },
    onTime: { earlier: earlier.overall.tally, later: input.evaluation.overall.tally },
    actions,
    objectives: comparison.objectives,
    overall: comparison.overall,
    chart: actions
      .filter((row) => row.earlier?.minutesAfterInject != null || row.later?.minutesAfterInject != null)
      .map((row) => ({
        no: row.action.no,
        earlier: row.earlier?.minutesAfterInject ?? null,
        later: row.later?.minutesAfterInject ?? null,
        limitMinutes: row.action.limitMinutes,
      })),
  };
}
