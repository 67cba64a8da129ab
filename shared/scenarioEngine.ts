// The scenario engine: runs a drill scenario in drill time (演练时间), which advances at the chosen
// speed while running and stands still while paused. Pure: every function takes the real instant
// (`nowMs`) from its caller, and a run is a plain value the console stores in IndexedDB.
import { z } from 'zod';
import type { Inject, Scenario } from './scenario';

const MINUTE = 60_000;

export const DRILL_SPEEDS = [1, 2, 5, 10] as const;
export const DrillSpeedSchema = z.union([z.literal(1), z.literal(2), z.literal(5), z.literal(10)]);
export type DrillSpeed = z.infer<typeof DrillSpeedSchema>;

export const InjectProgressSchema = z.object({
  seq: z.number().int().min(1),
  /** The first delivery: the real instant and the drill minute it happened at. */
  fired: z.object({ atMs: z.number(), drillMinute: z.number().min(0) }).nullable(),
  skipped: z.boolean(),
  resentCount: z.number().int().min(0),
});
export type InjectProgress = z.infer<typeof InjectProgressSchema>;

const runBase = {
  scenarioId: z.string().min(1),
  speed: DrillSpeedSchema,
  injects: z.array(InjectProgressSchema),
};
/**
 * Drill time is `drillMsAtAnchor` at the real instant `anchorAtMs` and, while running, advances
 * `speed` drill ms per real ms from there. Every pause and speed change moves the anchor, so a
 * new speed applies only from the moment it is chosen.
 */
const started = { startedAtMs: z.number(), drillMsAtAnchor: z.number().min(0) };

export const DrillRunSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ready'), ...runBase }),
  z.object({ status: z.literal('running'), ...runBase, ...started, anchorAtMs: z.number() }),
  z.object({ status: z.literal('paused'), ...runBase, ...started, pausedAtMs: z.number() }),
  z.object({ status: z.literal('finished'), ...runBase, ...started, finishedAtMs: z.number() }),
]);
export type DrillRun = z.infer<typeof DrillRunSchema>;
export type DrillRunStatus = DrillRun['status'];

export type DrillCommand =
  | { type: 'start'; speed?: DrillSpeed }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'setSpeed'; speed: DrillSpeed }
  | { type: 'skip'; seq: number }
  | { type: 'resend'; seq: number }
  | { type: 'finish' };
export type DrillCommandType = DrillCommand['type'];

/** What happened, for the drill log and (fired/resent) for delivering the inject. */
export type DrillEvent = { atMs: number; drillMinute: number } & (
  | { kind: 'drill-started'; speed: DrillSpeed }
  | { kind: 'drill-paused' }
  | { kind: 'drill-resumed' }
  | { kind: 'speed-changed'; from: DrillSpeed; to: DrillSpeed }
  | { kind: 'inject-fired'; seq: number }
  | { kind: 'inject-skipped'; seq: number }
  | { kind: 'inject-resent'; seq: number; resentCount: number }
  | { kind: 'drill-finished' }
);

export type DrillRefusalCode =
  'not-allowed-in-status' | 'unsupported-speed' | 'same-speed' | 'unknown-inject' | 'already-fired' | 'already-skipped' | 'not-fired';
export type DrillRefusal = { code: DrillRefusalCode; params?: Record<string, string | number> };
export type DrillStep = { state: DrillRun; events: DrillEvent[] };
export type DrillResult = { ok: true; value: DrillStep } | { ok: false; refusal: DrillRefusal };

/** A run of `scenario` that has not started: every inject pending. */
export function newDrillRun(scenario: Scenario, speed: DrillSpeed = 1): DrillRun {
  const injects = [...scenario.injects]
    .sort((a, b) => a.seq - b.seq)
    .map((inject) => ({ seq: inject.seq, fired: null, skipped: false, resentCount: 0 }));
  return { status: 'ready', scenarioId: scenario.id, speed, injects };
}

function drillMsAt(state: DrillRun, nowMs: number): number {
  switch (state.status) {
    case 'ready':
      return 0;
    case 'running':
      // A clock that reads earlier than the anchor (a corrected PC clock) must not run time back.
      return state.drillMsAtAnchor + Math.max(0, nowMs - state.anchorAtMs) * state.speed;
    case 'paused':
    case 'finished':
      return state.drillMsAtAnchor;
  }
}

/** Drill minutes elapsed at a real instant (fractional; 0 before the start). */
export function drillMinutesAt(state: DrillRun, nowMs: number): number {
  return drillMsAt(state, nowMs) / MINUTE;
}

const offsetMs = (offsetMinutes: number) => Math.round(offsetMinutes * MINUTE);
const progressOf = (state: DrillRun, seq: number) => state.injects.find((p) => p.seq === seq);
// An inject the run does not list (added to the scenario after the run began) is not part of it.
const isPending = (progress: InjectProgress | undefined) => !!progress && !progress.fired && !progress.skipped;
const withProgress = (state: DrillRun, next: InjectProgress): DrillRun => ({
  ...state,
  injects: state.injects.map((p) => (p.seq === next.seq ? next : p)),
});
const common = (state: DrillRun) => ({ scenarioId: state.scenarioId, speed: state.speed, injects: state.injects });
const stamp = (state: DrillRun, nowMs: number) => ({ atMs: nowMs, drillMinute: drillMinutesAt(state, nowMs) });
const notAllowed = (state: DrillRun, command: string): DrillResult => ({
  ok: false,
  refusal: { code: 'not-allowed-in-status', params: { status: state.status, command } },
});
const refuse = (code: DrillRefusalCode, params?: DrillRefusal['params']): DrillResult => ({
  ok: false,
  refusal: params ? { code, params } : { code },
});
const done = (state: DrillRun, events: DrillEvent[]): DrillResult => ({ ok: true, value: { state, events } });

type Rule<C extends DrillCommand> = {
  from: readonly DrillRunStatus[];
  apply: (state: DrillRun, command: C, nowMs: number) => DrillResult;
};
type Table = { [K in DrillCommandType]: Rule<Extract<DrillCommand, { type: K }>> };

function speedRefusal(speed: number): DrillResult | null {
  return DrillSpeedSchema.safeParse(speed).success ? null : refuse('unsupported-speed', { speed });
}

/** Where the drill clock stands now, frozen or re-anchored at `nowMs`. */
function clockAt(state: DrillRun, nowMs: number) {
  const startedAtMs = state.status === 'ready' ? nowMs : state.startedAtMs;
  return { startedAtMs, drillMsAtAnchor: drillMsAt(state, nowMs) };
}

export const DRILL_COMMANDS: Table = {
  start: {
    from: ['ready'],
    apply: (state, command, nowMs) => {
      const speed = command.speed ?? state.speed;
      const refusal = speedRefusal(speed);
      if (refusal) return refusal;
      return done({ status: 'running', ...common(state), speed, ...clockAt(state, nowMs), anchorAtMs: nowMs }, [
        { kind: 'drill-started', speed, atMs: nowMs, drillMinute: 0 },
      ]);
    },
  },
  pause: {
    from: ['running'],
    apply: (state, _command, nowMs) =>
      done({ status: 'paused', ...common(state), ...clockAt(state, nowMs), pausedAtMs: nowMs }, [
        { kind: 'drill-paused', ...stamp(state, nowMs) },
      ]),
  },
  resume: {
    from: ['paused'],
    apply: (state, _command, nowMs) =>
      done({ status: 'running', ...common(state), ...clockAt(state, nowMs), anchorAtMs: nowMs }, [
        { kind: 'drill-resumed', ...stamp(state, nowMs) },
      ]),
  },
  setSpeed: {
    from: ['running', 'paused'],
    apply: (state, command, nowMs) => {
      const refusal = speedRefusal(command.speed);
      if (refusal) return refusal;
      if (command.speed === state.speed) return refuse('same-speed', { speed: command.speed });
      const event: DrillEvent = { kind: 'speed-changed', from: state.speed, to: command.speed, ...stamp(state, nowMs) };
      // Re-anchoring at the change keeps drill time continuous; a paused run keeps its anchor.
      const next: DrillRun =
        state.status === 'running'
          ? { ...state, ...clockAt(state, nowMs), anchorAtMs: nowMs, speed: command.speed }
          : { ...state, speed: command.speed };
      return done(next, [event]);
    },
  },
  skip: {
    from: ['ready', 'running', 'paused'],
    apply: (state, command, nowMs) => {
      const progress = progressOf(state, command.seq);
      if (!progress) return refuse('unknown-inject', { seq: command.seq });
      if (progress.fired) return refuse('already-fired', { seq: command.seq });
      if (progress.skipped) return refuse('already-skipped', { seq: command.seq });
      return done(withProgress(state, { ...progress, skipped: true }), [
        { kind: 'inject-skipped', seq: command.seq, ...stamp(state, nowMs) },
      ]);
    },
  },
  resend: {
    from: ['running', 'paused'],
    apply: (state, command, nowMs) => {
      const progress = progressOf(state, command.seq);
      if (!progress) return refuse('unknown-inject', { seq: command.seq });
      if (!progress.fired) return refuse('not-fired', { seq: command.seq });
      const resentCount = progress.resentCount + 1;
      return done(withProgress(state, { ...progress, resentCount }), [
        { kind: 'inject-resent', seq: command.seq, resentCount, ...stamp(state, nowMs) },
      ]);
    },
  },
  finish: {
    from: ['running', 'paused'],
    apply: (state, _command, nowMs) =>
      done({ status: 'finished', ...common(state), ...clockAt(state, nowMs), finishedAtMs: nowMs }, [
        { kind: 'drill-finished', ...stamp(state, nowMs) },
      ]),
  },
};

/** The trainer's command on a run at the real instant `nowMs`, or why it is refused. */
export function commandDrill(state: DrillRun, command: DrillCommand, nowMs: number): DrillResult {
  const rule = DRILL_COMMANDS[command.type] as Rule<DrillCommand>;
  if (!rule.from.includes(state.status)) return notAllowed(state, command.type);
  return rule.apply(state, command, nowMs);
}

/** Commands the trainer's console offers in a status (the inject checks aside). */
export function drillCommandsIn(status: DrillRunStatus): DrillCommandType[] {
  return (Object.keys(DRILL_COMMANDS) as DrillCommandType[]).filter((type) => DRILL_COMMANDS[type].from.includes(status));
}

/**
 * Injects to deliver now: offset reached in drill time, neither fired nor skipped, in seq order.
 * Nothing is due unless the run is running: a paused drill delivers nothing until resumed.
 */
export function dueInjects(state: DrillRun, scenario: Scenario, nowMs: number): Inject[] {
  if (state.status !== 'running') return [];
  const drillMs = drillMsAt(state, nowMs);
  return scenario.injects
    .filter((inject) => offsetMs(inject.offsetMinutes) <= drillMs && isPending(progressOf(state, inject.seq)))
    .sort((a, b) => a.seq - b.seq);
}

/** Records that an inject was delivered at `nowMs` (after the caller has put it in the drill database). */
export function markFired(state: DrillRun, seq: number, nowMs: number): DrillResult {
  if (state.status !== 'running') return notAllowed(state, 'markFired');
  const progress = progressOf(state, seq);
  if (!progress) return refuse('unknown-inject', { seq });
  if (progress.fired) return refuse('already-fired', { seq });
  if (progress.skipped) return refuse('already-skipped', { seq });
  const at = stamp(state, nowMs);
  return done(withProgress(state, { ...progress, fired: { atMs: at.atMs, drillMinute: at.drillMinute } }), [
    { kind: 'inject-fired', seq, ...at },
  ]);
}

/**
 * The real instant the next pending inject falls due at the current speed, for a timer; an
 * inject already overdue (reached before a pause) is due at once, i.e. at the anchor. Null when
 * the run is not running or nothing is left.
 */
export function nextDueAt(state: DrillRun, scenario: Scenario): number | null {
  if (state.status !== 'running') return null;
  const pending = scenario.injects.filter((inject) => isPending(progressOf(state, inject.seq)));
  if (pending.length === 0) return null;
  const earliest = Math.min(...pending.map((inject) => offsetMs(inject.offsetMinutes)));
  // Rounded up so that at the returned instant the inject is due, never a millisecond short.
  return state.anchorAtMs + Math.max(0, Math.ceil((earliest - state.drillMsAtAnchor) / state.speed));
}

/** Every inject of the scenario fired or skipped: the trainer may finish (the engine never does). */
export function allDone(state: DrillRun, scenario: Scenario): boolean {
  return scenario.injects.every((inject) => !isPending(progressOf(state, inject.seq)));
}
