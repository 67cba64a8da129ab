// A drill run's commands decided on what they read: the run numbered per day, the trainer's
// commands on its clock, observers' notes, rating adjustments and findings — and each refusal
// writes nothing.
import { describe, expect, it } from 'vitest';
import type { Decision, Stamp } from '@shared/commandKit';
import {
  decideAddNote,
  decideAdjustRating,
  decideCommandRun,
  decideCreateRun,
  decideDeleteFinding,
  decideFindingStatus,
  decideSaveFinding,
  DrillCommandSchema,
  runNumberKey,
} from '@shared/drillCommands';
import type { DrillFinding, DrillRunRecord } from '@shared/drillRecords';
import type { Mode } from '@shared/model';
import type { DrillCommand } from '@shared/scenarioEngine';
import { fuelDisputeScenario } from '@shared/scenarios';

const NOW = Date.parse('2026-11-23T09:00:00+08:00');
const MINUTE = 60_000;
const TRAINER = { id: 'p-trainer', name: '王强', role: 'leader' as const };

function stampAt(nowMs = NOW, mode: Mode = 'drill'): Stamp {
  let n = 0;
  return {
    actor: TRAINER,
    at: new Date(nowMs).toISOString(),
    nowMs,
    utcOffsetMinutes: 480,
    mode,
    newId: () => `id-${++n}`,
  };
}

function value<T>(decision: Decision<T>): T {
  if (!decision.ok) throw new Error(`refused: ${decision.error.code}`);
  return decision.value.value;
}

const refusal = <T>(decision: Decision<T>) => (decision.ok ? null : decision.error);

const created = () => value(decideCreateRun({ numbered: 0 }, { scenario: fuelDisputeScenario }, stampAt()));
const commanded = (run: DrillRunRecord, command: DrillCommand, at = NOW) =>
  value(decideCommandRun({ run, underWay: undefined }, { runId: run.id, command }, stampAt(at)));
const finished = () => {
  const run = commanded(created(), { type: 'start', speed: 10 });
  return commanded(run, { type: 'finish' }, NOW + MINUTE);
};

describe('creating a drill run', () => {
  it('numbers the run after those already numbered on the plan date, and counts it', () => {
    const decision = decideCreateRun({ numbered: 2 }, { scenario: fuelDisputeScenario, noticeId: 'n-1' }, stampAt());
    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    expect(decision.value.value).toMatchObject({ number: 'YL-20261123-03', noticeId: 'n-1', state: { status: 'ready' } });
    expect(decision.value.writes).toEqual([
      { put: 'counters', row: { key: runNumberKey(stampAt()), value: 3 } },
      { put: 'drillRuns', row: decision.value.value },
    ]);
  });

  it('refuses a live database and an invalid scenario, writing nothing', () => {
    expect(refusal(decideCreateRun({ numbered: 0 }, { scenario: fuelDisputeScenario }, stampAt(NOW, 'live')))).toMatchObject({
      code: 'drill-database-required',
    });
    const broken = { ...fuelDisputeScenario, injects: [] };
    expect(refusal(decideCreateRun({ numbered: 0 }, { scenario: broken }, stampAt()))).toMatchObject({ code: 'drill-scenario-invalid' });
  });
});

describe('the trainer’s commands', () => {
  it('logs each command with who gave it', () => {
    const run = commanded(created(), { type: 'start', speed: 5 });
    expect(run.state).toMatchObject({ status: 'running', speed: 5 });
    expect(run.log.at(-1)).toMatchObject({ kind: 'drill-started', by: TRAINER.name });
  });

  it('refuses to pause a finished run, and writes nothing', () => {
    const run = finished();
    const decision = decideCommandRun(
      { run, underWay: undefined },
      { runId: run.id, command: { type: 'pause' } },
      stampAt(NOW + 2 * MINUTE),
    );
    expect(refusal(decision)).toMatchObject({ code: 'drill-not-allowed-in-status' });
  });

  it('refuses a start while another run is under way, naming it', () => {
    const other = commanded(created(), { type: 'start' });
    const run = created();
    const decision = decideCommandRun(
      { run, underWay: { ...other, id: 'run-earlier', number: 'YL-20261123-01' } },
      { runId: run.id, command: { type: 'start' } },
      stampAt(),
    );
    expect(refusal(decision)).toEqual({ code: 'drill-other-running', params: { number: 'YL-20261123-01' } });
  });

  it('refuses a run that is not there, and a live database', () => {
    expect(
      refusal(decideCommandRun({ run: undefined, underWay: undefined }, { runId: 'x', command: { type: 'finish' } }, stampAt())),
    ).toMatchObject({
      code: 'drill-run-not-found',
    });
    const run = created();
    expect(
      refusal(decideCommandRun({ run, underWay: undefined }, { runId: run.id, command: { type: 'start' } }, stampAt(NOW, 'live'))),
    ).toMatchObject({ code: 'drill-database-required' });
  });

  it('takes only the speeds the engine runs at', () => {
    expect(DrillCommandSchema.safeParse({ type: 'setSpeed', speed: 3 }).success).toBe(false);
    expect(DrillCommandSchema.safeParse({ type: 'setSpeed', speed: 10 }).success).toBe(true);
  });
});

describe('an observer’s note', () => {
  it('is refused before the drill starts, empty, or marking an action without its outcome', () => {
    const ready = created();
    expect(refusal(decideAddNote({ run: ready }, { runId: ready.id, text: '已到场' }, stampAt()))).toMatchObject({
      code: 'drill-not-started',
    });
    const running = commanded(ready, { type: 'start', speed: 10 });
    expect(refusal(decideAddNote({ run: running }, { runId: running.id, text: '   ' }, stampAt()))).toMatchObject({
      code: 'drill-note-empty',
    });
    expect(refusal(decideAddNote({ run: running }, { runId: running.id, text: '', actionId: 'b2-forecourt' }, stampAt()))).toMatchObject({
      code: 'drill-mark-needs-outcome',
    });
    expect(
      refusal(decideAddNote({ run: running }, { runId: running.id, text: '', actionId: 'nope', done: true }, stampAt())),
    ).toMatchObject({ code: 'drill-action-unknown' });
  });

  it('is timed on the drill clock and written by who observed', () => {
    const running = commanded(created(), { type: 'start', speed: 10 });
    const note = value(decideAddNote({ run: running }, { runId: running.id, text: ' 后勤组已疏导车辆 ' }, stampAt(NOW + MINUTE)));
    expect(note).toMatchObject({ runId: running.id, drillMinute: 10, by: TRAINER.id, byName: TRAINER.name, text: '后勤组已疏导车辆' });
  });
});

describe('the evaluation', () => {
  it('refuses a rating adjustment before the drill is finished, and without a reason', () => {
    const running = commanded(created(), { type: 'start' });
    const adjust = { objective: 'intake-grading', rating: 'M' as const, reason: '口头核实' };
    expect(refusal(decideAdjustRating({ run: running }, { runId: running.id, ...adjust }, stampAt()))).toMatchObject({
      code: 'drill-not-finished',
    });
    const run = finished();
    expect(refusal(decideAdjustRating({ run }, { runId: run.id, ...adjust, reason: ' ' }, stampAt()))).toMatchObject({
      code: 'drill-evaluation.reason-required',
    });
    const adjusted = value(decideAdjustRating({ run }, { runId: run.id, ...adjust }, stampAt()));
    expect(adjusted.adjustments).toEqual([{ ...adjust, by: TRAINER.name, at: stampAt().at }]);
  });

  const input = { finding: '口径拟定慢', measure: '预置口径模板', owner: '李明', dueDate: '2026-12-15' };

  it('refuses an incomplete finding field by field, an unknown objective and a finding of another run', () => {
    const run = created();
    expect(
      refusal(
        decideSaveFinding({ run, existing: undefined }, { runId: run.id, input: { ...input, owner: '', dueDate: 'soon' } }, stampAt()),
      ),
    ).toEqual({ code: 'validation', params: { owner: 'validation.required', dueDate: 'validation.date' } });
    expect(
      refusal(decideSaveFinding({ run, existing: undefined }, { runId: run.id, input: { ...input, objective: 'nope' } }, stampAt())),
    ).toMatchObject({ code: 'drill-evaluation.objective-unknown' });
    const elsewhere = value(decideSaveFinding({ run, existing: undefined }, { runId: 'other', input }, stampAt()));
    expect(refusal(decideSaveFinding({ run, existing: elsewhere }, { runId: run.id, input, id: elsewhere.id }, stampAt()))).toMatchObject({
      code: 'drill-finding-not-found',
    });
  });

  it('keeps a changed finding’s status and creation, and marks its measure done', () => {
    const run = created();
    const first = value(decideSaveFinding({ run, existing: undefined }, { runId: run.id, input }, stampAt()));
    expect(first).toMatchObject({ status: 'open', createdBy: TRAINER.id });
    const later = stampAt(NOW + MINUTE);
    const changed = value(
      decideSaveFinding({ run, existing: first }, { runId: run.id, input: { ...input, owner: '张伟' }, id: first.id }, later),
    );
    expect(changed).toMatchObject({ id: first.id, owner: '张伟', createdAt: first.createdAt, updatedAt: later.at });
    expect(value(decideFindingStatus({ finding: changed }, { findingId: changed.id, status: 'done' }, later)).status).toBe('done');
  });

  it('refuses the status of a finding that is not there; removing one already gone writes nothing', () => {
    expect(refusal(decideFindingStatus({ finding: undefined }, { findingId: 'x', status: 'done' }, stampAt()))).toMatchObject({
      code: 'drill-finding-not-found',
    });
    const gone = decideDeleteFinding({ finding: undefined }, { findingId: 'x' }, stampAt());
    expect(gone.ok && gone.value.writes).toEqual([]);
    const finding = { id: 'f-1' } as DrillFinding;
    const removed = decideDeleteFinding({ finding }, { findingId: 'f-1' }, stampAt());
    expect(removed.ok && removed.value.writes).toEqual([{ remove: 'drillFindings', key: 'f-1' }]);
    expect(refusal(decideDeleteFinding({ finding }, { findingId: 'f-1' }, stampAt(NOW, 'live')))).toMatchObject({
      code: 'drill-database-required',
    });
  });
});
