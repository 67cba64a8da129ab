// Drill evaluation (演练评估): each expected action of a scenario checked against what one run
// recorded, rated P/S/M/U per objective, per team and overall; and two runs compared (巩固成果).
//
// Every instant (firings, events, marks) must be on the drill clock (演练时间) that placed the
// injects, so minutes after an inject are drill minutes and compare with the limits at any speed.
// The engine knows drill time only as it is now (drillMinutesAt in scenarioEngine.ts), so the
// console takes each instant onto the drill clock when it is recorded; real instants would
// measure real minutes, wrong at 2×–10× and across pauses.
//
// Rating rule, over the n actions whose inject fired (with n = 0 there is no rating, null):
//   | actions done      | of those, late | rating                                      |
//   |-------------------|----------------|---------------------------------------------|
//   | all n             | none           | P  performed without challenges             |
//   | all n             | one or more    | S  performed with some challenges           |
//   | at least n/2, < n | any            | M  performed with major challenges          |
//   | fewer than n/2    | any            | U  unable to be performed                   |
// "Late" means done more than limitMinutes after the inject (exactly at the limit is on time).
// An observer's "done" without a time counts as done and not late: nothing shows it late.
// An action not done whose limit had not run out when the drill finished (the trainer ended it
// early) is 'not-due' (未到时限): nobody failed it, so like 'not-injected' it is listed and left
// out of rates and ratings. An observer's explicit "not done" still counts as missing.
// Objectives and teams follow the rule over their own actions. Overall is the worst objective
// rating (P best, U worst); the trainer may adjust an objective's rating with a reason, the
// computed one is kept beside it, and the overall rating uses the adjusted ones (the computed
// overall stays beside it). The latest adjustment of an objective stands.
//
// Which events can prove an action: an inject carrying a complaint is answered on its own incident
// (injectSeq = its seq) or, if it joins an earlier one (attachToSeq), on that incident; an inject
// without a complaint (phone call, opinion item, situation, regulator) opens no incident, so it is
// answered on any incident of the run. Actions of an inject that never fired (skipped) are listed
// as 'not-injected' and left out of rates and ratings.
import { z } from 'zod';
import { LevelSchema } from './plan';
import { fail, ok, type Result } from './result';
import { TeamCodeSchema, type ActionEvidence, type Inject, type Scenario, type TeamCode } from './scenario';
import type { LocalizedText } from './text';

const MINUTE = 60_000;
const InstantSchema = z.string().refine((v) => !Number.isNaN(Date.parse(v)), { error: 'drill-evaluation.instant-invalid' });

/** One firing of an inject; a re-sent inject fires again, and its first firing counts. */
export const InjectFiringSchema = z.object({ seq: z.number().int().min(1), at: InstantSchema });
export type InjectFiring = z.infer<typeof InjectFiringSchema>;

/** A timeline entry of the drill run, tied to the inject that opened its incident. */
export const EvidenceEventSchema = z.object({
  injectSeq: z.number().int().min(1),
  at: InstantSchema,
  kind: z.string().min(1),
  actorName: z.string().min(1),
  teamCode: TeamCodeSchema.optional(),
  level: LevelSchema.optional(),
});
export type EvidenceEvent = z.infer<typeof EvidenceEventSchema>;

/** An observer's or trainer's mark on an 'observed' action; the latest mark of an action stands. */
export const ObservationMarkSchema = z.object({
  actionId: z.string().min(1),
  done: z.boolean(),
  at: InstantSchema.optional(),
  by: z.string().min(1),
  note: z.string().optional(),
});
export type ObservationMark = z.infer<typeof ObservationMarkSchema>;

export const DRILL_RATINGS = ['P', 'S', 'M', 'U'] as const;
export const DrillRatingSchema = z.enum(DRILL_RATINGS);
export type DrillRating = z.infer<typeof DrillRatingSchema>;

const REASON_REQUIRED = 'drill-evaluation.reason-required';
export const RatingAdjustmentSchema = z.object({
  objective: z.string().min(1),
  rating: DrillRatingSchema,
  reason: z.string({ error: REASON_REQUIRED }).trim().min(1, { error: REASON_REQUIRED }),
  by: z.string().trim().min(1, { error: 'drill-evaluation.by-required' }),
});
export type RatingAdjustment = z.infer<typeof RatingAdjustmentSchema>;

/** What one run of a scenario recorded; stored with the run and evaluated afterwards. */
export const DrillRecordSchema = z.object({
  firings: z.array(InjectFiringSchema),
  events: z.array(EvidenceEventSchema),
  marks: z.array(ObservationMarkSchema),
  adjustments: z.array(RatingAdjustmentSchema),
  /** When the run finished, on the drill clock; absent while it runs (nothing is 'not-due' then). */
  endedAt: InstantSchema.optional(),
});
export type DrillRecord = z.infer<typeof DrillRecordSchema>;

type Done = { by: string; at: string; minutesAfterInject: number; source: 'record' | 'observer'; note?: string };
/** Minutes are drill minutes, unrounded; the report rounds them. */
export type ActionOutcome =
  | ({ status: 'on-time' } & Done)
  | ({ status: 'late'; lateByMinutes: number } & Done)
  | { status: 'done-untimed'; by: string; source: 'observer'; note?: string }
  | { status: 'missing'; markedBy?: string; note?: string }
  | { status: 'not-due' }
  | { status: 'not-injected' };
export type ActionStatus = ActionOutcome['status'];

export type ActionEvaluation = {
  actionId: string;
  injectSeq: number;
  objective: string;
  team: TeamCode;
  limitMinutes: number;
  evidence: ActionEvidence['kind'];
  /** The inject's first firing, or null if it never fired. */
  injectedAt: string | null;
  outcome: ActionOutcome;
};

/** `onTime` counts done and not late; rates are over `rated` (actions whose inject fired). */
export type DrillTally = {
  expected: number;
  rated: number;
  done: number;
  onTime: number;
  late: number;
  missing: number;
  /** Not done, limit not yet run out at the finish: left out of `rated`. */
  notDue: number;
  notInjected: number;
  onTimeRate: number | null;
};

export type ObjectiveEvaluation = {
  objective: string;
  name: LocalizedText;
  actionIds: string[];
  tally: DrillTally;
  computed: DrillRating | null;
  /** The adjusted rating if the trainer adjusted it, else the computed one. */
  rating: DrillRating | null;
  adjustment: { rating: DrillRating; reason: string; by: string } | null;
};
export type TeamEvaluation = { team: TeamCode; actionIds: string[]; tally: DrillTally; rating: DrillRating | null };
export type DrillEvaluation = {
  scenarioId: string;
  actions: ActionEvaluation[];
  objectives: ObjectiveEvaluation[];
  teams: TeamEvaluation[];
  overall: { tally: DrillTally; computed: DrillRating | null; rating: DrillRating | null };
};

const zodFailure = <T>(error: z.ZodError): Result<T> => {
  const issue = error.issues[0];
  // The schema's messages are its own refusal keys (drill-evaluation.…).
  return fail((issue?.message ?? 'drill-evaluation.invalid') as `drill-evaluation.${string}`, {
    path: issue?.path.map(String).join('.') ?? '',
  });
};

/** Checks one adjustment as the trainer submits it: a known objective, a rating, a reason, who. */
export function validateRatingAdjustment(scenario: Scenario, adjustment: unknown): Result<RatingAdjustment> {
  const parsed = RatingAdjustmentSchema.safeParse(adjustment);
  if (!parsed.success) return zodFailure(parsed.error);
  if (!scenario.objectives.some((o) => o.code === parsed.data.objective)) {
    return fail('drill-evaluation.objective-unknown', { objective: parsed.data.objective });
  }
  return ok(parsed.data);
}

/** The rating rule of the module comment, over one group of actions. */
export function ratingFor(tally: Pick<DrillTally, 'rated' | 'done' | 'late'>): DrillRating | null {
  if (tally.rated === 0) return null;
  if (tally.done === tally.rated) return tally.late === 0 ? 'P' : 'S';
  return tally.done * 2 >= tally.rated ? 'M' : 'U';
}

/** The worst of some ratings (U worst), ignoring groups with no rating. */
export function worstRating(ratings: ReadonlyArray<DrillRating | null>): DrillRating | null {
  const ranks = ratings.filter((r): r is DrillRating => r !== null).map((r) => DRILL_RATINGS.indexOf(r));
  return ranks.length === 0 ? null : DRILL_RATINGS[Math.max(...ranks)]!;
}

function firstFirings(firings: readonly InjectFiring[]): Map<number, { at: string; ms: number }> {
  const first = new Map<number, { at: string; ms: number }>();
  for (const firing of firings) {
    const ms = Date.parse(firing.at);
    const known = first.get(firing.seq);
    if (!known || ms < known.ms) first.set(firing.seq, { at: firing.at, ms });
  }
  return first;
}

/** The incident (by the seq of the inject that opened it) an inject is answered on; null: any. */
function incidentSeqOf(inject: Inject, bySeq: Map<number, Inject>): number | null {
  if (!inject.complaint) return null;
  let seq = inject.seq;
  const seen = new Set<number>([seq]);
  for (let target = inject.complaint.attachToSeq; target !== undefined && !seen.has(target);) {
    seq = target;
    seen.add(target);
    target = bySeq.get(target)?.complaint?.attachToSeq;
  }
  return seq;
}

function proves(evidence: Extract<ActionEvidence, { kind: 'timeline' }>, event: EvidenceEvent): boolean {
  if (!evidence.entryKinds.includes(event.kind)) return false;
  if (evidence.teamCode !== undefined && event.teamCode !== evidence.teamCode) return false;
  // Level 1 is the most severe: "level 2" is met by a grade of 2 or 1.
  return evidence.level === undefined || (event.level !== undefined && event.level <= evidence.level);
}

function timed(limitMinutes: number, firedMs: number, done: Omit<Done, 'minutesAfterInject'>): ActionOutcome {
  const minutesAfterInject = Math.max(0, Date.parse(done.at) - firedMs) / MINUTE;
  return minutesAfterInject <= limitMinutes
    ? { status: 'on-time', ...done, minutesAfterInject }
    : { status: 'late', ...done, minutesAfterInject, lateByMinutes: minutesAfterInject - limitMinutes };
}

function tallyOf(actions: readonly ActionEvaluation[]): DrillTally {
  const count = (...statuses: ActionStatus[]) => actions.filter((a) => statuses.includes(a.outcome.status)).length;
  const notInjected = count('not-injected');
  const notDue = count('not-due');
  const rated = actions.length - notInjected - notDue;
  const onTime = count('on-time', 'done-untimed');
  const late = count('late');
  return {
    expected: actions.length,
    rated,
    done: onTime + late,
    onTime,
    late,
    missing: count('missing'),
    notDue,
    notInjected,
    onTimeRate: rated === 0 ? null : onTime / rated,
  };
}

/** Evaluates one run; refuses a run whose records or adjustments do not hold (e.g. no reason). */
export function evaluateDrill(scenario: Scenario, record: DrillRecord): Result<DrillEvaluation> {
  const parsed = DrillRecordSchema.safeParse(record);
  if (!parsed.success) return zodFailure(parsed.error);
  const adjustments = new Map<string, RatingAdjustment>();
  for (const adjustment of parsed.data.adjustments) {
    const valid = validateRatingAdjustment(scenario, adjustment);
    if (!valid.ok) return valid;
    adjustments.set(valid.value.objective, valid.value);
  }
  const fired = firstFirings(parsed.data.firings);
  const bySeq = new Map(scenario.injects.map((i) => [i.seq, i]));
  const marks = new Map(parsed.data.marks.map((m) => [m.actionId, m]));
  const endedMs = parsed.data.endedAt !== undefined ? Date.parse(parsed.data.endedAt) : null;
  /** Not found: missing, unless the drill ended before the action's limit ran out. */
  const notFound = (firedMs: number, limitMinutes: number): ActionOutcome =>
    endedMs !== null && endedMs - firedMs < limitMinutes * MINUTE ? { status: 'not-due' } : { status: 'missing' };
  const events = parsed.data.events
    .map((event, order) => ({ event, ms: Date.parse(event.at), order }))
    .sort((a, b) => a.ms - b.ms || a.order - b.order);

  const actions = [...scenario.injects]
    .sort((a, b) => a.seq - b.seq)
    .flatMap((inject) =>
      inject.expectedActions.map((action): ActionEvaluation => {
        const firing = fired.get(inject.seq);
        const base = {
          actionId: action.id,
          injectSeq: inject.seq,
          objective: action.objective,
          team: action.team,
          limitMinutes: action.limitMinutes,
          evidence: action.evidence.kind,
          injectedAt: firing?.at ?? null,
        };
        if (!firing) return { ...base, outcome: { status: 'not-injected' } };
        const evidence = action.evidence;
        if (evidence.kind === 'timeline') {
          const incidentSeq = incidentSeqOf(inject, bySeq);
          const match = events.find(
            ({ event, ms }) => ms >= firing.ms && (incidentSeq === null || event.injectSeq === incidentSeq) && proves(evidence, event),
          );
          if (!match) return { ...base, outcome: notFound(firing.ms, action.limitMinutes) };
          return {
            ...base,
            outcome: timed(action.limitMinutes, firing.ms, { by: match.event.actorName, at: match.event.at, source: 'record' }),
          };
        }
        const mark = marks.get(action.id);
        const note = mark?.note !== undefined ? { note: mark.note } : {};
        if (!mark) return { ...base, outcome: notFound(firing.ms, action.limitMinutes) };
        if (!mark.done) return { ...base, outcome: { status: 'missing', markedBy: mark.by, ...note } };
        if (mark.at === undefined) return { ...base, outcome: { status: 'done-untimed', by: mark.by, source: 'observer', ...note } };
        return { ...base, outcome: timed(action.limitMinutes, firing.ms, { by: mark.by, at: mark.at, source: 'observer', ...note }) };
      }),
    );

  const objectives = scenario.objectives.map((objective): ObjectiveEvaluation => {
    const own = actions.filter((a) => a.objective === objective.code);
    const tally = tallyOf(own);
    const computed = ratingFor(tally);
    const adjusted = adjustments.get(objective.code);
    return {
      objective: objective.code,
      name: objective.name,
      actionIds: own.map((a) => a.actionId),
      tally,
      computed,
      rating: adjusted ? adjusted.rating : computed,
      adjustment: adjusted ? { rating: adjusted.rating, reason: adjusted.reason, by: adjusted.by } : null,
    };
  });
  const teams = TeamCodeSchema.options
    .map((team) => actions.filter((a) => a.team === team))
    .filter((own) => own.length > 0)
    .map((own): TeamEvaluation => {
      const tally = tallyOf(own);
      return { team: own[0]!.team, actionIds: own.map((a) => a.actionId), tally, rating: ratingFor(tally) };
    });
  return ok({
    scenarioId: scenario.id,
    actions,
    objectives,
    teams,
    overall: {
      tally: tallyOf(actions),
      computed: worstRating(objectives.map((o) => o.computed)),
      rating: worstRating(objectives.map((o) => o.rating)),
    },
  });
}

export type ActionTiming = { status: ActionStatus; minutesAfterInject: number | null };
export type ActionComparison = {
  actionId: string;
  objective: string;
  team: TeamCode;
  limitMinutes: number;
  /** null: the action was not in that run's scenario (the scenario was edited between runs). */
  earlier: ActionTiming | null;
  later: ActionTiming | null;
  /** Later minus earlier when both were timed: negative is faster. */
  changeMinutes: number | null;
};
export type RatingTrend = 'improved' | 'declined' | 'unchanged';
export type RatingComparison = { earlier: DrillRating | null; later: DrillRating | null; trend: RatingTrend | null };
export type ObjectiveComparison = RatingComparison & { objective: string; name: LocalizedText };
export type DrillComparison = {
  scenarioId: string;
  actions: ActionComparison[];
  objectives: ObjectiveComparison[];
  overall: RatingComparison;
};

function trendOf(earlier: DrillRating | null, later: DrillRating | null): RatingComparison {
  if (earlier === null || later === null) return { earlier, later, trend: null };
  const change = DRILL_RATINGS.indexOf(later) - DRILL_RATINGS.indexOf(earlier);
  return { earlier, later, trend: change < 0 ? 'improved' : change > 0 ? 'declined' : 'unchanged' };
}

const timingOf = (action: ActionEvaluation | undefined): ActionTiming | null => {
  if (!action) return null;
  const outcome = action.outcome;
  return { status: outcome.status, minutesAfterInject: 'minutesAfterInject' in outcome ? outcome.minutesAfterInject : null };
};

/** Sets an earlier and a later run of the same scenario side by side (the later run's order first). */
export function compareDrillRuns(earlier: DrillEvaluation, later: DrillEvaluation): Result<DrillComparison> {
  if (earlier.scenarioId !== later.scenarioId) {
    return fail('drill-comparison.different-scenario', { earlier: earlier.scenarioId, later: later.scenarioId });
  }
  const unique = <T>(items: T[]) => [...new Set(items)];
  const actionIds = unique([...later.actions, ...earlier.actions].map((a) => a.actionId));
  const actions = actionIds.map((id): ActionComparison => {
    const before = earlier.actions.find((a) => a.actionId === id);
    const after = later.actions.find((a) => a.actionId === id);
    const shown = (after ?? before)!;
    const [was, now] = [timingOf(before), timingOf(after)];
    return {
      actionId: id,
      objective: shown.objective,
      team: shown.team,
      limitMinutes: shown.limitMinutes,
      earlier: was,
      later: now,
      changeMinutes:
        was?.minutesAfterInject != null && now?.minutesAfterInject != null ? now.minutesAfterInject - was.minutesAfterInject : null,
    };
  });
  const codes = unique([...later.objectives, ...earlier.objectives].map((o) => o.objective));
  const objectives = codes.map((code): ObjectiveComparison => {
    const before = earlier.objectives.find((o) => o.objective === code);
    const after = later.objectives.find((o) => o.objective === code);
    return { objective: code, name: (after ?? before)!.name, ...trendOf(before?.rating ?? null, after?.rating ?? null) };
  });
  return ok({ scenarioId: later.scenarioId, actions, objectives, overall: trendOf(earlier.overall.rating, later.overall.rating) });
}
