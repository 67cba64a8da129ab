// The scenario engine with a fake clock (plain millisecond numbers): injects fall due at their
// offsets in drill time at every speed, pauses and speed changes move later injects, the trainer
// skips and re-sends, a finished run takes no more commands, and a run survives storage as JSON.
import { describe, expect, it } from 'vitest';
import type { Inject, Scenario } from '@shared/scenario';
import {
  allDone,
  commandDrill,
  drillCommandsIn,
  drillMinutesAt,
  DrillRunSchema,
  dueInjects,
  markFired,
  newDrillRun,
  nextDueAt,
  type DrillCommand,
  type DrillCommandType,
  type DrillEvent,
  type DrillResult,
  type DrillRun,
  type DrillRunStatus,
  type DrillSpeed,
} from '@shared/scenarioEngine';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 23, 1, 0); // 09:00 in Beijing: the trainer presses start

const inject = (seq: number, offsetMinutes: number): Inject => ({
  seq,
  offsetMinutes,
  type: 'situation',
  from: { zh: '导调组' },
  to: { zh: '领导小组' },
  content: { zh: `情景注入 ${seq}` },
  expectedActions: [],
});

/** Fuel-quantity dispute, shortened: the complaint at once, onlookers at 10, a reporter at 30, the bureau at 60. */
const scenario: Scenario = {
  id: 'fuel-dispute',
  builtIn: true,
  title: { zh: '加油站油量纠纷' },
  summary: { zh: '顾客质疑加油量不足，围观群众聚集，记者到场，需邀请技术监督局。' },
  kind: 'sudden',
  objectives: [{ code: 'on-site-control', name: { zh: '现场控制' } }],
  injects: [inject(1, 0), inject(2, 10), inject(3, 30), inject(4, 60)],
  updatedAt: '2026-11-20T09:00:00+08:00',
};

function accepted(result: DrillResult): DrillRun {
  if (!result.ok) throw new Error(`refused: ${result.refusal.code}`);
  return result.value.state;
}
const run = (state: DrillRun, command: DrillCommand, nowMs: number) => accepted(commandDrill(state, command, nowMs));
const refusalOf = (result: DrillResult) => (result.ok ? null : result.refusal);
const dueSeqs = (state: DrillRun, nowMs: number) => dueInjects(state, scenario, nowMs).map((i) => i.seq);
const startedAt = (speed: DrillSpeed, nowMs = T0) => run(newDrillRun(scenario), { type: 'start', speed }, nowMs);

/** What a timer loop does: deliver every due inject and record it. */
function deliverDue(state: DrillRun, nowMs: number): DrillRun {
  return dueInjects(state, scenario, nowMs).reduce((s, due) => accepted(markFired(s, due.seq, nowMs)), state);
}

describe('injects fall due at their offsets in drill time', () => {
  it.each([
    [1, 30],
    [2, 15],
    [5, 6],
    [10, 3],
  ] as const)('at %i× the inject 30 drill minutes in arrives %i real minutes after the start', (speed, realMinutes) => {
    const state = deliverDue(deliverDue(startedAt(speed), T0), T0 + (10 / speed) * MIN);
    const dueAt = T0 + realMinutes * MIN;

    expect(nextDueAt(state, scenario)).toBe(dueAt);
    expect(dueSeqs(state, dueAt - 1)).toEqual([]);
    expect(dueSeqs(state, dueAt)).toEqual([3]);
    expect(drillMinutesAt(state, dueAt)).toBe(30);
  });

  it('delivers the inject at offset 0 the moment the drill starts, and nothing before the start', () => {
    const ready = newDrillRun(scenario);
    expect(dueSeqs(ready, T0)).toEqual([]);
    expect(drillMinutesAt(ready, T0 + 99 * MIN)).toBe(0);
    expect(nextDueAt(ready, scenario)).toBeNull();

    expect(dueSeqs(startedAt(1), T0)).toEqual([1]);
  });

  it('delivers injects that fall due together in seq order', () => {
    const state = startedAt(10);
    expect(dueSeqs(state, T0 + 6 * MIN)).toEqual([1, 2, 3, 4]);
  });

  it('records each delivery with its real instant and drill minute, and delivers it only once', () => {
    const state = deliverDue(startedAt(10), T0 + 1.5 * MIN);

    expect(state.injects.slice(0, 2).map((p) => p.fired)).toEqual([
      { atMs: T0 + 1.5 * MIN, drillMinute: 15 },
      { atMs: T0 + 1.5 * MIN, drillMinute: 15 },
    ]);
    expect(dueSeqs(state, T0 + 2 * MIN)).toEqual([]);
    expect(refusalOf(markFired(state, 2, T0 + 2 * MIN))).toEqual({ code: 'already-fired', params: { seq: 2 } });
  });

  it('has no next inject for the timer once every inject is fired or skipped', () => {
    let state = deliverDue(startedAt(10), T0 + 3 * MIN);
    state = run(state, { type: 'skip', seq: 4 }, T0 + 3 * MIN);

    expect(nextDueAt(state, scenario)).toBeNull();
    expect(allDone(state, scenario)).toBe(true);
  });

  it('says the drill is not all done while an inject is still pending, and never finishes by itself', () => {
    const state = deliverDue(startedAt(10), T0 + 3 * MIN);

    expect(allDone(state, scenario)).toBe(false);
    expect(state.status).toBe('running');
  });
});

describe('pausing and resuming', () => {
  it('shifts every later inject by the length of the pause', () => {
    let state = deliverDue(startedAt(1), T0 + 12 * MIN); // injects 1 and 2 delivered
    state = run(state, { type: 'pause' }, T0 + 12 * MIN);
    state = run(state, { type: 'resume' }, T0 + 20 * MIN); // an 8-minute pause

    expect(nextDueAt(state, scenario)).toBe(T0 + 38 * MIN);
    expect(dueSeqs(state, T0 + 38 * MIN - 1)).toEqual([]);
    expect(dueSeqs(state, T0 + 38 * MIN)).toEqual([3]);
    expect(dueSeqs(state, T0 + 68 * MIN)).toEqual([3, 4]);
  });

  it('stops drill time while paused, delivers nothing and gives the timer nothing to wait for', () => {
    const paused = run(startedAt(5), { type: 'pause' }, T0 + 4 * MIN);

    expect(drillMinutesAt(paused, T0 + 4 * MIN)).toBe(20);
    expect(drillMinutesAt(paused, T0 + 60 * MIN)).toBe(20);
    expect(dueSeqs(paused, T0 + 60 * MIN)).toEqual([]);
    expect(nextDueAt(paused, scenario)).toBeNull();
  });

  it('delivers an inject reached just before the pause as soon as the drill resumes', () => {
    let state = deliverDue(startedAt(1), T0);
    state = run(state, { type: 'pause' }, T0 + 10 * MIN); // inject 2 reached, timer had not run yet
    state = run(state, { type: 'resume' }, T0 + 15 * MIN);

    expect(nextDueAt(state, scenario)).toBe(T0 + 15 * MIN);
    expect(dueSeqs(state, T0 + 15 * MIN)).toEqual([2]);
  });

  it('refuses to pause a paused drill and to resume a running one', () => {
    const running = startedAt(1);
    const paused = run(running, { type: 'pause' }, T0 + MIN);

    expect(refusalOf(commandDrill(paused, { type: 'pause' }, T0 + 2 * MIN))).toEqual({
      code: 'not-allowed-in-status',
      params: { status: 'paused', command: 'pause' },
    });
    expect(refusalOf(commandDrill(running, { type: 'resume' }, T0 + 2 * MIN))).toEqual({
      code: 'not-allowed-in-status',
      params: { status: 'running', command: 'resume' },
    });
  });

  it('never runs drill time backwards when the PC clock is set back', () => {
    const state = startedAt(10, T0);
    expect(drillMinutesAt(state, T0 - 5 * MIN)).toBe(0);
    expect(dueSeqs(state, T0 - 5 * MIN)).toEqual([1]);
  });
});

describe('changing speed', () => {
  it('keeps drill time continuous at the change and changes the rate only from then', () => {
    let state = startedAt(1);
    state = run(state, { type: 'setSpeed', speed: 10 }, T0 + 6 * MIN); // drill minute 6

    expect(drillMinutesAt(state, T0 + 6 * MIN)).toBe(6);
    expect(drillMinutesAt(state, T0 + 7 * MIN)).toBe(16);
    // Inject 3 (drill minute 30) is 24 drill minutes away: 2.4 real minutes at 10×.
    state = deliverDue(state, T0 + 7 * MIN);
    expect(nextDueAt(state, scenario)).toBe(T0 + 8.4 * MIN);
  });

  it('slows down as well as speeding up, without a jump in drill time', () => {
    let state = startedAt(10);
    state = run(state, { type: 'setSpeed', speed: 2 }, T0 + 2 * MIN); // drill minute 20

    expect(drillMinutesAt(state, T0 + 2 * MIN)).toBe(20);
    expect(drillMinutesAt(state, T0 + 7 * MIN)).toBe(30);
    expect(dueSeqs(state, T0 + 7 * MIN - 1)).toEqual([1, 2]);
    expect(dueSeqs(state, T0 + 7 * MIN)).toEqual([1, 2, 3]);
  });

  it('applies a speed chosen during a pause from the moment the drill resumes', () => {
    let state = run(startedAt(1), { type: 'pause' }, T0 + 10 * MIN);
    state = run(state, { type: 'setSpeed', speed: 5 }, T0 + 12 * MIN);

    expect(drillMinutesAt(state, T0 + 30 * MIN)).toBe(10);
    state = run(state, { type: 'resume' }, T0 + 30 * MIN);
    expect(drillMinutesAt(state, T0 + 34 * MIN)).toBe(30);
  });

  it('reports the change with the drill minute it happened at', () => {
    const result = commandDrill(startedAt(2), { type: 'setSpeed', speed: 5 }, T0 + 3 * MIN);
    expect(result.ok && result.value.events).toEqual([{ kind: 'speed-changed', from: 2, to: 5, atMs: T0 + 3 * MIN, drillMinute: 6 }]);
  });

  it('refuses the speed the drill already runs at, and speeds the console does not offer', () => {
    const state = startedAt(5);
    expect(refusalOf(commandDrill(state, { type: 'setSpeed', speed: 5 }, T0))).toEqual({ code: 'same-speed', params: { speed: 5 } });
    const odd = { type: 'setSpeed', speed: 3 } as unknown as DrillCommand;
    expect(refusalOf(commandDrill(state, odd, T0))).toEqual({ code: 'unsupported-speed', params: { speed: 3 } });
  });

  it('refuses to change speed before the start: the speed is chosen with the start', () => {
    expect(refusalOf(commandDrill(newDrillRun(scenario), { type: 'setSpeed', speed: 10 }, T0))?.code).toBe('not-allowed-in-status');
    expect(startedAt(10).speed).toBe(10);
  });
});

describe('skipping an inject', () => {
  it('never delivers a skipped inject, even long after its offset', () => {
    let state = deliverDue(startedAt(1), T0);
    state = run(state, { type: 'skip', seq: 2 }, T0 + 5 * MIN);

    expect(dueSeqs(state, T0 + 40 * MIN)).toEqual([3]);
    expect(nextDueAt(state, scenario)).toBe(T0 + 30 * MIN);
    expect(refusalOf(markFired(state, 2, T0 + 40 * MIN))).toEqual({ code: 'already-skipped', params: { seq: 2 } });
  });

  it('may be decided before the drill starts', () => {
    const state = run(newDrillRun(scenario), { type: 'skip', seq: 1 }, T0 - MIN);
    expect(dueSeqs(run(state, { type: 'start' }, T0), T0)).toEqual([]);
  });

  it('refuses to skip an inject already delivered, or one skipped already', () => {
    let state = deliverDue(startedAt(1), T0);
    state = run(state, { type: 'skip', seq: 2 }, T0);

    expect(refusalOf(commandDrill(state, { type: 'skip', seq: 1 }, T0))).toEqual({ code: 'already-fired', params: { seq: 1 } });
    expect(refusalOf(commandDrill(state, { type: 'skip', seq: 2 }, T0))).toEqual({ code: 'already-skipped', params: { seq: 2 } });
  });

  it('refuses an inject the scenario does not have', () => {
    expect(refusalOf(commandDrill(startedAt(1), { type: 'skip', seq: 9 }, T0))).toEqual({ code: 'unknown-inject', params: { seq: 9 } });
  });
});

describe('re-sending an inject', () => {
  it('delivers a fired inject again now, counts it, and keeps the first delivery on record', () => {
    let state = deliverDue(startedAt(10), T0 + MIN); // injects 1 and 2 at drill minute 10
    const result = commandDrill(state, { type: 'resend', seq: 2 }, T0 + 2 * MIN);
    state = accepted(result);
    state = run(state, { type: 'resend', seq: 2 }, T0 + 2.5 * MIN);

    expect(result.ok && result.value.events).toEqual([
      { kind: 'inject-resent', seq: 2, resentCount: 1, atMs: T0 + 2 * MIN, drillMinute: 20 },
    ]);
    expect(state.injects[1]).toEqual({ seq: 2, fired: { atMs: T0 + MIN, drillMinute: 10 }, skipped: false, resentCount: 2 });
  });

  it('refuses to re-send an inject not delivered yet, or skipped', () => {
    const state = run(deliverDue(startedAt(1), T0), { type: 'skip', seq: 2 }, T0);

    expect(refusalOf(commandDrill(state, { type: 'resend', seq: 3 }, T0))).toEqual({ code: 'not-fired', params: { seq: 3 } });
    expect(refusalOf(commandDrill(state, { type: 'resend', seq: 2 }, T0))).toEqual({ code: 'not-fired', params: { seq: 2 } });
  });

  it('may be done during a pause', () => {
    const paused = run(deliverDue(startedAt(1), T0), { type: 'pause' }, T0 + MIN);
    expect(commandDrill(paused, { type: 'resend', seq: 1 }, T0 + 2 * MIN).ok).toBe(true);
  });
});

describe('the run’s status', () => {
  /** Where each command may be given, written from the trainer's console (not read from the engine). */
  const ALLOWED: Record<DrillCommandType, DrillRunStatus[]> = {
    start: ['ready'],
    pause: ['running'],
    resume: ['paused'],
    setSpeed: ['running', 'paused'],
    skip: ['ready', 'running', 'paused'],
    resend: ['running', 'paused'],
    finish: ['running', 'paused'],
  };
  const COMMANDS: DrillCommand[] = [
    { type: 'start' },
    { type: 'pause' },
    { type: 'resume' },
    { type: 'setSpeed', speed: 2 },
    { type: 'skip', seq: 4 },
    { type: 'resend', seq: 1 },
    { type: 'finish' },
  ];

  it('offers in each status exactly the commands the console may give there', () => {
    for (const status of ['ready', 'running', 'paused', 'finished'] as const) {
      const expected = (Object.keys(ALLOWED) as DrillCommandType[]).filter((type) => ALLOWED[type].includes(status));
      expect([...drillCommandsIn(status)].sort(), status).toEqual(expected.sort());
    }
  });

  it('refuses every command once the drill is finished, and delivers nothing more', () => {
    const finished = run(deliverDue(startedAt(1), T0), { type: 'finish' }, T0 + 20 * MIN);

    for (const command of COMMANDS) {
      expect(refusalOf(commandDrill(finished, command, T0 + 21 * MIN)), command.type).toEqual({
        code: 'not-allowed-in-status',
        params: { status: 'finished', command: command.type },
      });
    }
    expect(refusalOf(markFired(finished, 3, T0 + 40 * MIN))?.code).toBe('not-allowed-in-status');
    expect(dueSeqs(finished, T0 + 90 * MIN)).toEqual([]);
    expect(nextDueAt(finished, scenario)).toBeNull();
  });

  it('freezes drill time at the finish and keeps the real instants of start and finish', () => {
    const finished = run(startedAt(5, T0), { type: 'finish' }, T0 + 10 * MIN);

    expect(drillMinutesAt(finished, T0 + 99 * MIN)).toBe(50);
    expect(finished).toMatchObject({ status: 'finished', startedAtMs: T0, finishedAtMs: T0 + 10 * MIN });
  });

  it('refuses to finish or pause a drill that never started', () => {
    const ready = newDrillRun(scenario);
    expect(refusalOf(commandDrill(ready, { type: 'finish' }, T0))?.code).toBe('not-allowed-in-status');
    expect(refusalOf(commandDrill(ready, { type: 'pause' }, T0))?.code).toBe('not-allowed-in-status');
    expect(refusalOf(markFired(ready, 1, T0))?.code).toBe('not-allowed-in-status');
  });

  it('records the start, pause, resume and finish with their drill minutes for the drill log', () => {
    const events: DrillEvent[] = [];
    let state = newDrillRun(scenario);
    for (const [command, at] of [
      [{ type: 'start', speed: 10 }, T0],
      [{ type: 'pause' }, T0 + MIN],
      [{ type: 'resume' }, T0 + 5 * MIN],
      [{ type: 'finish' }, T0 + 6 * MIN],
    ] as const) {
      const result = commandDrill(state, command, at);
      if (!result.ok) throw new Error(result.refusal.code);
      events.push(...result.value.events);
      state = result.value.state;
    }
    expect(events).toEqual([
      { kind: 'drill-started', speed: 10, atMs: T0, drillMinute: 0 },
      { kind: 'drill-paused', atMs: T0 + MIN, drillMinute: 10 },
      { kind: 'drill-resumed', atMs: T0 + 5 * MIN, drillMinute: 10 },
      { kind: 'drill-finished', atMs: T0 + 6 * MIN, drillMinute: 20 },
    ]);
  });
});

describe('storing a run', () => {
  it('survives a JSON round trip in every status and validates against the schema', () => {
    const ready = run(newDrillRun(scenario), { type: 'skip', seq: 4 }, T0 - MIN);
    const running = deliverDue(run(ready, { type: 'start', speed: 5 }, T0), T0 + 3 * MIN);
    const paused = run(run(running, { type: 'resend', seq: 2 }, T0 + 3 * MIN), { type: 'pause' }, T0 + 4 * MIN);
    const finished = run(paused, { type: 'finish' }, T0 + 5 * MIN);

    for (const state of [ready, running, paused, finished]) {
      const restored = DrillRunSchema.parse(JSON.parse(JSON.stringify(state)));
      expect(restored, state.status).toEqual(state);
    }
  });

  it('goes on at the same drill time after being stored and read back mid-run', () => {
    const state = run(startedAt(2), { type: 'setSpeed', speed: 10 }, T0 + 5 * MIN);
    const restored = DrillRunSchema.parse(JSON.parse(JSON.stringify(state)));

    expect(drillMinutesAt(restored, T0 + 7 * MIN)).toBe(drillMinutesAt(state, T0 + 7 * MIN));
    expect(dueSeqs(restored, T0 + 7 * MIN)).toEqual(dueSeqs(state, T0 + 7 * MIN));
    expect(nextDueAt(restored, scenario)).toBe(nextDueAt(state, scenario));
  });

  it('refuses to read back a stored run that is running without an anchor', () => {
    const { anchorAtMs: _dropped, ...broken } = startedAt(1) as Extract<DrillRun, { status: 'running' }>;
    expect(DrillRunSchema.safeParse(JSON.parse(JSON.stringify(broken))).success).toBe(false);
  });
});
