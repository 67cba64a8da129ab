// The evaluation report (演练评估报告) of a run of scenario (b), the petrol-station dispute, started
// at 5× and sped up to 10×, one inject skipped: the overview's figures, the timeline in drill-time
// order with late answers saying by how much, and the comparison with an earlier run at 1×.
import { describe, expect, it } from 'vitest';
import { compareDrillRuns, evaluateDrill, type DrillEvaluation, type DrillRecord, type EvidenceEvent } from '@shared/drillEvaluation';
import type { DrillFinding, DrillLogEntry, DrillNote, DrillRunRecord } from '@shared/drillRecords';
import {
  actionLabels,
  findingRows,
  reportComparison,
  reportOverview,
  reportTimeline,
  unplacedActions,
  type ReportInput,
} from '@shared/drillReport';
import { fuelDisputeScenario as scenario } from '@shared/scenarios';
import { commandDrill, markFired, newDrillRun, type DrillCommand, type DrillRun } from '@shared/scenarioEngine';

const MINUTE = 60_000;

/** Drives the real engine through a run; `realAt` maps a drill minute to the real instant. */
function drive(realAt: (drillMinute: number) => number, steps: ({ minute: number } & ({ command: DrillCommand } | { fire: number }))[]) {
  let state: DrillRun = newDrillRun(scenario);
  const log: DrillLogEntry[] = [];
  for (const step of steps) {
    const nowMs = realAt(step.minute);
    const result = 'command' in step ? commandDrill(state, step.command, nowMs) : markFired(state, step.fire, nowMs);
    if (!result.ok) throw new Error(`${JSON.stringify(step)}: ${result.refusal.code}`);
    state = result.value.state;
    log.push(...result.value.events.map((event) => ({ ...event, ...('command' in step ? { by: '王建国' } : {}) }) as DrillLogEntry));
  }
  return { state, log };
}

function runRecord(id: string, number: string, state: DrillRun, log: DrillLogEntry[]): DrillRunRecord {
  return {
    id,
    number,
    scenario,
    state,
    log,
    injectIncidents: {},
    adjustments: [],
    createdAt: '2026-11-20T08:00:00+08:00',
    createdBy: 'p-leader',
    createdByName: '王建国',
    updatedAt: '2026-11-20T08:00:00+08:00',
  };
}

type TimedEvent = Omit<EvidenceEvent, 'at'> & { minute: number };

function evaluate(run: DrillRunRecord, events: TimedEvent[], marks: DrillRecord['marks']): DrillEvaluation {
  if (run.state.status === 'ready') throw new Error('not started');
  const startedAtMs = run.state.startedAtMs;
  const drillAt = (minute: number) => new Date(startedAtMs + minute * MINUTE).toISOString();
  const record: DrillRecord = {
    firings: run.state.injects.flatMap((p) => (p.fired ? [{ seq: p.seq, at: drillAt(p.fired.drillMinute) }] : [])),
    events: events.map(({ minute, ...event }) => ({ ...event, at: drillAt(minute) })),
    marks,
    adjustments: [],
  };
  const result = evaluateDrill(scenario, record);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

// ——— This run: 2026-11-23 09:00 real, 5× for 20 drill minutes, then 10×; finished at T+120. ———
const START = Date.parse('2026-11-23T09:00:00+08:00');
/** 20 drill minutes at 5× take 4 real minutes; after that 10 drill minutes take one. */
const realAt = (m: number) => (m <= 20 ? START + (m * MINUTE) / 5 : START + 4 * MINUTE + ((m - 20) * MINUTE) / 10);
const later = drive(realAt, [
  { minute: 0, command: { type: 'start', speed: 5 } },
  { minute: 0, fire: 1 },
  { minute: 10, fire: 2 },
  { minute: 20, command: { type: 'setSpeed', speed: 10 } },
  { minute: 25, fire: 3 },
  { minute: 40, fire: 4 },
  { minute: 50, command: { type: 'skip', seq: 5 } },
  { minute: 65, fire: 6 },
  { minute: 90, fire: 7 },
  { minute: 120, command: { type: 'finish' } },
]);
const run = runRecord('run-2', 'YL-20261123-01', later.state, later.log);

const note = (drillMinute: number, text: string, mark?: { actionId: string; done: boolean }): DrillNote => ({
  id: `note-${drillMinute}`,
  runId: run.id,
  at: new Date(realAt(drillMinute)).toISOString(),
  drillMinute,
  by: 'p-observer',
  byName: '赵观察',
  text,
  ...(mark ? { actionId: mark.actionId, done: mark.done } : {}),
});
const notes = [note(15, '后勤组已疏导围观车辆，进出口畅通', { actionId: 'b2-forecourt', done: true }), note(33, '记者已被请到接待室')];

const evaluation = evaluate(
  run,
  [
    { injectSeq: 1, minute: 6, kind: 'verify', actorName: '李明' },
    { injectSeq: 1, minute: 12, kind: 'communication', actorName: '刘站长' },
    { injectSeq: 1, minute: 18, kind: 'instruction-issued', actorName: '王建国', teamCode: 'information' },
    { injectSeq: 1, minute: 19, kind: 'grade', actorName: '王建国', level: 2 },
    { injectSeq: 1, minute: 31.5, kind: 'regrade', actorName: '王建国', level: 1 },
    { injectSeq: 1, minute: 60, kind: 'activateResponse', actorName: '王建国' },
  ],
  // The observer's mark, as the console takes it onto the drill clock: T+15.
  [{ actionId: 'b2-forecourt', done: true, at: new Date(START + 15 * MINUTE).toISOString(), by: '赵观察' }],
);

const finding = (id: string, objective: string | undefined, text: string, status: DrillFinding['status']): DrillFinding => ({
  id,
  runId: run.id,
  ...(objective ? { objective } : {}),
  finding: text,
  measure: `${text}：修订预案并培训`,
  owner: '王建国',
  dueDate: '2026-12-31',
  status,
  createdAt: '2026-11-23T11:00:00+08:00',
  createdBy: 'p-leader',
  updatedAt: '2026-11-23T11:00:00+08:00',
});

// ——— The earlier run: 2026-11-20 at 1×, every inject fired on time, fewer answers. ———
const EARLIER_START = Date.parse('2026-11-20T09:00:00+08:00');
const earlierRun = (() => {
  const at = (m: number) => EARLIER_START + m * MINUTE;
  const steps = scenario.injects.map((i) => ({ minute: i.offsetMinutes, fire: i.seq }));
  const driven = drive(at, [{ minute: 0, command: { type: 'start', speed: 1 } }, ...steps, { minute: 130, command: { type: 'finish' } }]);
  return runRecord('run-1', 'YL-20261120-01', driven.state, driven.log);
})();
const earlierEvaluation = evaluate(
  earlierRun,
  [
    { injectSeq: 1, minute: 9, kind: 'verify', actorName: '李明' },
    { injectSeq: 1, minute: 25, kind: 'grade', actorName: '王建国', level: 2 },
    { injectSeq: 1, minute: 70, kind: 'activateResponse', actorName: '王建国' },
  ],
  [],
);
const comparison = compareDrillRuns(earlierEvaluation, evaluation);
if (!comparison.ok) throw new Error(comparison.error.code);

const input: ReportInput = {
  run,
  evaluation,
  notes,
  findings: [finding('f1', 'on-site-control', '未及时增派人员维持秩序', 'open'), finding('f2', undefined, '观察员记录不全', 'done')],
  previous: { run: earlierRun, evaluation: earlierEvaluation, comparison: comparison.value },
};

describe('演练评估报告: the overview', () => {
  const overview = reportOverview(input, START + 99 * MINUTE);

  it('gives the drill duration in drill minutes and in real minutes, and every speed used', () => {
    expect(overview.drillMinutes).toBe(120);
    // 4 real minutes at 5× plus 100 drill minutes at 10×.
    expect(overview.realMinutes).toBe(14);
    expect(overview.startedAtMs).toBe(START);
    expect(overview.finishedAtMs).toBe(START + 14 * MINUTE);
    expect(overview.speeds).toEqual([5, 10]);
  });

  it('names the director, the participants in the order they acted, and the observer apart', () => {
    expect(overview.directors).toEqual(['王建国']);
    expect(overview.participants).toEqual(['李明', '刘站长', '王建国']);
    expect(overview.observers).toEqual(['赵观察']);
  });

  it('counts the injects fired and skipped and carries the overall rating', () => {
    expect(overview.injects).toEqual({ total: 7, fired: 6, skipped: 1, notFired: 0 });
    expect(overview.objectives.map((o) => o.zh)).toEqual(['受理与分级', '现场控制', '信息发布与舆情引导', '部门协调']);
    expect(overview.tally).toMatchObject({ expected: 20, rated: 18, done: 7, late: 2, notInjected: 2 });
    expect(overview.rating).toBe('U');
  });
});

describe('演练评估报告: the timeline of injects and responses', () => {
  const rows = reportTimeline(input);

  it('runs in drill-time order from the start to the finish', () => {
    const minutes = rows.map((r) => r.drillMinute);
    expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
    expect(rows[0]).toMatchObject({ kind: 'control', event: 'drill-started', drillMinute: 0, speed: 5, by: '王建国' });
    expect(rows.at(-1)).toMatchObject({ kind: 'control', event: 'drill-finished', drillMinute: 120 });
    // At T+0 the start comes before the first inject.
    expect(rows[1]).toMatchObject({ kind: 'inject', seq: 1, drillMinute: 0 });
  });

  it('puts each fired inject at its drill minute with the real instant it was delivered', () => {
    const second = rows.find((r) => r.kind === 'inject' && r.seq === 2);
    expect(second).toMatchObject({ status: 'fired', drillMinute: 10, atMs: START + 2 * MINUTE });
    const third = rows.find((r) => r.kind === 'inject' && r.seq === 3);
    expect(third).toMatchObject({ status: 'fired', drillMinute: 25, atMs: START + 4.5 * MINUTE });
  });

  it('marks a skipped inject at its planned minute', () => {
    const skipped = rows.find((r) => r.kind === 'inject' && r.seq === 5);
    expect(skipped).toMatchObject({ status: 'skipped', drillMinute: 55, plannedMinute: 55, atMs: null });
  });

  it('says a late action is late, by how much, and how long after its inject', () => {
    const actions = rows.filter((r) => r.kind === 'action');
    const grade = actions.find((r) => r.action.no === '1.2');
    expect(grade).toMatchObject({ status: 'late', by: '王建国', drillMinute: 19, minutesAfterInject: 19, lateByMinutes: 4 });
    expect(grade?.action.description.zh).toContain('分级');
    const activate = actions.find((r) => r.action.no === '3.2');
    expect(activate).toMatchObject({ status: 'late', drillMinute: 60, minutesAfterInject: 35, lateByMinutes: 5 });
    const regrade = actions.find((r) => r.action.no === '3.1');
    expect(regrade).toMatchObject({ status: 'on-time', drillMinute: 31.5, minutesAfterInject: 6.5, lateByMinutes: null });
  });

  it('places an action answered by an observer after its inject, and the note that marked it', () => {
    const kinds = rows.map((r) => (r.kind === 'action' ? `action ${r.action.no}` : r.kind === 'inject' ? `inject ${r.seq}` : r.kind));
    expect(kinds.slice(0, 10)).toEqual([
      'control',
      'inject 1',
      'action 1.1',
      'inject 2',
      'action 1.3',
      'action 2.1',
      'note',
      'action 2.2',
      'action 1.2',
      'control',
    ]);
    const marking = rows.find((r) => r.kind === 'note' && r.mark !== null);
    expect(marking).toMatchObject({ drillMinute: 15, byName: '赵观察', atMs: START + 3 * MINUTE, mark: { done: true } });
    expect(marking?.kind === 'note' && marking.mark?.action.no).toBe('2.1');
  });

  it('lists the actions with no time apart: not done, and not injected', () => {
    const unplaced = unplacedActions(input).map((u) => [u.action.no, u.status]);
    expect(unplaced).toContainEqual(['2.3', 'missing']);
    expect(unplaced).toContainEqual(['5.1', 'not-injected']);
    expect(unplaced).toContainEqual(['5.2', 'not-injected']);
    expect(unplaced.some(([no]) => no === '1.2')).toBe(false);
  });

  it('never shows an action id: actions are numbered inject.position', () => {
    const labels = [...actionLabels(scenario).values()];
    expect(labels.map((l) => l.no).slice(0, 4)).toEqual(['1.1', '1.2', '1.3', '2.1']);
    expect(JSON.stringify(rows)).not.toMatch(/b\d-[a-z]/);
  });
});

describe('演练评估报告: findings and the improvement plan', () => {
  it('names the objective a finding concerns, and keeps the measure, owner, due date and status', () => {
    const rows = findingRows(input);
    expect(rows[0]).toMatchObject({ no: 1, objective: { zh: '现场控制' }, owner: '王建国', dueDate: '2026-12-31', status: 'open' });
    expect(rows[1]).toMatchObject({ no: 2, objective: null, status: 'done' });
  });
});

describe('演练评估报告: the comparison with the previous run', () => {
  const compared = reportComparison(input)!;

  it('sets each action’s minutes after the inject side by side with the change', () => {
    const verify = compared.actions.find((r) => r.action.no === '1.1');
    expect(verify).toMatchObject({
      earlier: { status: 'on-time', minutesAfterInject: 9 },
      later: { status: 'on-time', minutesAfterInject: 6 },
      changeMinutes: -3,
    });
    const activate = compared.actions.find((r) => r.action.no === '3.2');
    expect(activate).toMatchObject({
      earlier: { status: 'late', minutesAfterInject: 45 },
      later: { minutesAfterInject: 35 },
      changeMinutes: -10,
    });
    const collect = compared.actions.find((r) => r.action.no === '2.2');
    expect(collect).toMatchObject({
      earlier: { status: 'missing', minutesAfterInject: null },
      later: { minutesAfterInject: 8 },
      changeMinutes: null,
    });
  });

  it('gives the chart the earlier and later minutes of every action timed in either run', () => {
    expect(compared.chart.map((d) => d.no)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '3.2']);
    expect(compared.chart[0]).toEqual({ no: '1.1', earlier: 9, later: 6, limitMinutes: 10 });
    expect(compared.chart[1]).toEqual({ no: '1.2', earlier: 25, later: 19, limitMinutes: 15 });
    expect(compared.chart.find((d) => d.no === '3.1')).toEqual({ no: '3.1', earlier: null, later: 6.5, limitMinutes: 15 });
  });

  it('compares the ratings and the drill time of the two runs', () => {
    expect(compared.previousNumber).toBe('YL-20261120-01');
    expect(compared.drillMinutes).toEqual({ earlier: 130, later: 120 });
    expect(compared.onTime.earlier).toMatchObject({ done: 3, late: 2 });
    expect(compared.onTime.later).toMatchObject({ done: 7, late: 2 });
    expect(compared.objectives.find((o) => o.objective === 'intake-grading')).toMatchObject({
      earlier: 'M',
      later: 'S',
      trend: 'improved',
    });
  });

  it('is absent when the scenario has not run before', () => {
    expect(reportComparison({ ...input, previous: null })).toBeNull();
  });
});
