// A drill run's changes as commands, in the drill database only: a run created from a scenario
// (numbered per day), the trainer's commands on its clock, observers' notes, rating adjustments
// and the findings of the evaluation with their improvement measures. The engine
// (scenarioEngine.ts) and the evaluation rules (drillEvaluation.ts) decide; each decision here
// only adds what the store needs: who, when, which ids, and the refusals of a missing row.
// Delivering injects is in drillDelivery.ts.
import { z } from 'zod';
import { decided, refused, type Decision, type Stamp } from './commandKit';
import { DrillRatingSchema, validateRatingAdjustment } from './drillEvaluation';
import {
  DrillFindingSchema,
  MeasureStatusSchema,
  type DrillFinding,
  type DrillLogEntry,
  type DrillNote,
  type DrillRunRecord,
} from './drillRecords';
import { ScenarioSchema, type Scenario } from './scenario';
import { commandDrill, drillMinutesAt, DrillSpeedSchema, newDrillRun, type DrillCommand, type DrillEvent } from './scenarioEngine';
import { planDateOf } from './time';

/** Drill records are never written among live ones: every drill decision refuses a live database. */
const drillOnly = (stamp: Stamp) => (stamp.mode !== 'drill' ? refused<never>('drill-database-required') : null);

/** The engine's events as entries of the run's log, with who gave the command (none for the clock). */
export const logOf = (events: readonly DrillEvent[], by?: string): DrillLogEntry[] =>
  events.map((event) => ({ ...event, ...(by ? { by } : {}) }) as DrillLogEntry);

const isUnderWay = (run: Pick<DrillRunRecord, 'state'>) => run.state.status === 'running' || run.state.status === 'paused';

// Runs ----------------------------------------------------------------------------------------

/** The counter of runs numbered on the stamp's plan date: YL-20261123 → YL-20261123-01, -02… */
export const runNumberKey = (stamp: Pick<Stamp, 'nowMs' | 'utcOffsetMinutes'>) =>
  `YL-${planDateOf(stamp.nowMs, stamp.utcOffsetMinutes).replaceAll('-', '')}`;

export const createRunArgs = z.object({
  scenario: z.custom<Scenario>((v) => typeof v === 'object' && v !== null),
  noticeId: z.string().min(1).optional(),
});
/** The runs numbered so far today (the counter under `runNumberKey`). */
export type CreateRunSeen = { numbered: number };

/** A new run of a scenario (not started): the scenario is copied into it as it is now. */
export function decideCreateRun(
  seen: CreateRunSeen,
  { scenario, noticeId }: z.output<typeof createRunArgs>,
  stamp: Stamp,
): Decision<DrillRunRecord> {
  const locked = drillOnly(stamp);
  if (locked) return locked;
  const parsed = ScenarioSchema.safeParse(scenario);
  if (!parsed.success) return refused('drill-scenario-invalid');
  const key = runNumberKey(stamp);
  const value = seen.numbered + 1;
  const run: DrillRunRecord = {
    id: stamp.newId(),
    number: `${key}-${String(value).padStart(2, '0')}`,
    scenario: parsed.data,
    ...(noticeId ? { noticeId } : {}),
    state: newDrillRun(parsed.data),
    log: [],
    injectIncidents: {},
    adjustments: [],
    createdAt: stamp.at,
    createdBy: stamp.actor.id,
    createdByName: stamp.actor.name,
    updatedAt: stamp.at,
  };
  return decided(run, [
    { put: 'counters', row: { key, value } },
    { put: 'drillRuns', row: run },
  ]);
}

export const DrillCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), speed: DrillSpeedSchema.optional() }),
  z.object({ type: z.literal('pause') }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('setSpeed'), speed: DrillSpeedSchema }),
  z.object({ type: z.literal('skip'), seq: z.number().int() }),
  z.object({ type: z.literal('resend'), seq: z.number().int() }),
  z.object({ type: z.literal('finish') }),
]) satisfies z.ZodType<DrillCommand>;

export const commandRunArgs = z.object({ runId: z.string().min(1), command: DrillCommandSchema });
/** The run commanded, and (for a start) another run still under way, if any. */
export type CommandRunSeen = { run: DrillRunRecord | undefined; underWay: Pick<DrillRunRecord, 'id' | 'number' | 'state'> | undefined };

/** The trainer's command (start, pause, resume, speed, skip, re-send, finish) at the stamp's instant. */
export function decideCommandRun(
  seen: CommandRunSeen,
  { command }: z.output<typeof commandRunArgs>,
  stamp: Stamp,
): Decision<DrillRunRecord> {
  const locked = drillOnly(stamp);
  if (locked) return locked;
  const { run } = seen;
  if (!run) return refused('drill-run-not-found');
  // Only one drill runs at a time: two would mix their injects on the same screens.
  if (command.type === 'start' && seen.underWay && seen.underWay.id !== run.id && isUnderWay(seen.underWay)) {
    return refused('drill-other-running', { number: seen.underWay.number });
  }
  const result = commandDrill(run.state, command, stamp.nowMs);
  if (!result.ok) return refused(`drill-${result.refusal.code}`, result.refusal.params);
  const next: DrillRunRecord = {
    ...run,
    state: result.value.state,
    log: [...run.log, ...logOf(result.value.events, stamp.actor.name)],
    updatedAt: stamp.at,
  };
  return decided(next, [{ put: 'drillRuns', row: next }]);
}

// Observers' notes ----------------------------------------------------------------------------

export const NOTE_LIMIT = 2000;
export const addNoteArgs = z.object({
  runId: z.string().min(1),
  text: z.string(),
  actionId: z.string().optional(),
  done: z.boolean().optional(),
});
export type RunSeen = { run: DrillRunRecord | undefined };

/** An observer's note, timed now on both clocks; optionally marking an observed action done or not. */
export function decideAddNote(seen: RunSeen, input: z.output<typeof addNoteArgs>, stamp: Stamp): Decision<DrillNote> {
  const text = input.text.trim();
  if (!text && input.actionId === undefined) return refused('drill-note-empty');
  if (text.length > NOTE_LIMIT) return refused('drill-note-too-long');
  const locked = drillOnly(stamp);
  if (locked) return locked;
  const { run } = seen;
  if (!run) return refused('drill-run-not-found');
  if (run.state.status === 'ready') return refused('drill-not-started');
  if (input.actionId !== undefined) {
    const action = run.scenario.injects.flatMap((i) => i.expectedActions).find((a) => a.id === input.actionId);
    if (!action) return refused('drill-action-unknown');
    if (input.done === undefined) return refused('drill-mark-needs-outcome');
  }
  const note: DrillNote = {
    id: stamp.newId(),
    runId: run.id,
    at: stamp.at,
    drillMinute: drillMinutesAt(run.state, stamp.nowMs),
    by: stamp.actor.id,
    byName: stamp.actor.name,
    text,
    ...(input.actionId !== undefined ? { actionId: input.actionId, done: input.done } : {}),
  };
  return decided(note, [{ put: 'drillNotes', row: note }]);
}

// Evaluation ----------------------------------------------------------------------------------

export const adjustRatingArgs = z.object({
  runId: z.string().min(1),
  objective: z.string(),
  rating: DrillRatingSchema,
  reason: z.string(),
});

/** The trainer adjusts an objective's rating after the drill; a reason is required, the computed rating stays beside it. */
export function decideAdjustRating(
  seen: RunSeen,
  { objective, rating, reason }: z.output<typeof adjustRatingArgs>,
  stamp: Stamp,
): Decision<DrillRunRecord> {
  const locked = drillOnly(stamp);
  if (locked) return locked;
  const { run } = seen;
  if (!run) return refused('drill-run-not-found');
  if (run.state.status !== 'finished') return refused('drill-not-finished');
  const valid = validateRatingAdjustment(run.scenario, { objective, rating, reason, by: stamp.actor.name });
  if (!valid.ok) return refused(valid.error.code, valid.error.params);
  const next: DrillRunRecord = { ...run, adjustments: [...run.adjustments, { ...valid.value, at: stamp.at }], updatedAt: stamp.at };
  return decided(next, [{ put: 'drillRuns', row: next }]);
}

export type FindingInput = Pick<DrillFinding, 'finding' | 'measure' | 'owner' | 'dueDate'> & { objective?: string | undefined };

/** Field → error code for a finding and its measure, or null when it can be saved. */
export function findingErrors(input: FindingInput): Record<string, string> | null {
  const errors: Record<string, string> = {};
  if (!input.finding.trim()) errors.finding = 'validation.required';
  if (!input.measure.trim()) errors.measure = 'validation.required';
  if (!input.owner.trim()) errors.owner = 'validation.required';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dueDate) || Number.isNaN(Date.parse(input.dueDate))) errors.dueDate = 'validation.date';
  if (input.finding.length > 1000 || input.measure.length > 1000) errors.finding ??= 'validation.tooLong';
  if (input.owner.length > 50) errors.owner = 'validation.tooLong';
  return Object.keys(errors).length > 0 ? errors : null;
}

export const saveFindingArgs = z.object({
  runId: z.string().min(1),
  input: z.object({
    objective: z.string().optional(),
    finding: z.string(),
    measure: z.string(),
    owner: z.string(),
    dueDate: z.string(),
  }),
  /** The finding changed; a new one when absent. */
  id: z.string().min(1).optional(),
});
export type SaveFindingSeen = RunSeen & { existing: DrillFinding | undefined };

/** A finding of the evaluation and its improvement measure (owner, due date), open until done. */
export function decideSaveFinding(
  seen: SaveFindingSeen,
  { runId, input, id }: z.output<typeof saveFindingArgs>,
  stamp: Stamp,
): Decision<DrillFinding> {
  const errors = findingErrors(input);
  if (errors) return refused('validation', errors);
  const locked = drillOnly(stamp);
  if (locked) return locked;
  const { run, existing } = seen;
  if (!run) return refused('drill-run-not-found');
  if (input.objective && !run.scenario.objectives.some((o) => o.code === input.objective)) {
    return refused('drill-evaluation.objective-unknown');
  }
  if (id && (!existing || existing.runId !== runId)) return refused('drill-finding-not-found');
  const parsed = DrillFindingSchema.safeParse({
    id: existing?.id ?? stamp.newId(),
    runId,
    ...(input.objective ? { objective: input.objective } : {}),
    finding: input.finding.trim(),
    measure: input.measure.trim(),
    owner: input.owner.trim(),
    dueDate: input.dueDate,
    status: existing?.status ?? 'open',
    createdAt: existing?.createdAt ?? stamp.at,
    createdBy: existing?.createdBy ?? stamp.actor.id,
    updatedAt: stamp.at,
  });
  if (!parsed.success) return refused('validation', { form: 'validation.invalid' });
  return decided(parsed.data, [{ put: 'drillFindings', row: parsed.data }]);
}

export const findingStatusArgs = z.object({ findingId: z.string().min(1), status: MeasureStatusSchema });
export type FindingSeen = { finding: DrillFinding | undefined };

/** An improvement measure marked done, or reopened. */
export function decideFindingStatus(
  seen: FindingSeen,
  { status }: z.output<typeof findingStatusArgs>,
  stamp: Stamp,
): Decision<DrillFinding> {
  const locked = drillOnly(stamp);
  if (locked) return locked;
  if (!seen.finding) return refused('drill-finding-not-found');
  const next: DrillFinding = { ...seen.finding, status, updatedAt: stamp.at };
  return decided(next, [{ put: 'drillFindings', row: next }]);
}

export const findingIdArgs = z.object({ findingId: z.string().min(1) });

/** A finding removed; one already gone is nothing to do (a second click on 删除). */
export function decideDeleteFinding(seen: FindingSeen, { findingId }: z.output<typeof findingIdArgs>, stamp: Stamp): Decision<void> {
  const locked = drillOnly(stamp);
  if (locked) return locked;
  return decided(undefined, seen.finding ? [{ remove: 'drillFindings', key: findingId }] : []);
}
