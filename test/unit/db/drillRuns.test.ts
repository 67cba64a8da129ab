// A drill run in the drill database: injects delivered on the drill clock as drill complaints and
// timeline messages, participants' records evaluated in drill minutes, observers' marks, the
// trainer's adjustments and findings, and the comparison with the previous run.
import { describe, expect, it } from 'vitest';
import { fuelDisputeScenario } from '@shared/scenarios';
import { ConsoleDb } from '../../../renderer/db/schema';
import { ensureSeeded } from '../../../renderer/db/seed';
import {
  addDrillNote,
  adjustDrillRating,
  commandDrillRun,
  createDrillRun,
  deliverDueInjects,
  deleteDrillFinding,
  loadRunEvaluation,
  saveDrillFinding,
  setMeasureStatus,
} from '../../../renderer/db/drillRuns';
import { applyCommand } from '../../../renderer/db/incidents';
import { issueInstruction } from '../../../renderer/db/instructions';
import { contextFor, freshDb, LEADER, NOW, STAFF } from '../../fixtures/database';

const MINUTE = 60_000;
let counter = 0;
async function drillDb(): Promise<ConsoleDb> {
  counter += 1;
  const db = new ConsoleDb(`drill-test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`, 'drill');
  await ensureSeeded(db, NOW);
  return db;
}

function ok<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Starts scenario (b) at 10× at NOW and delivers what is due at each real instant given. */
async function startedRun(db: ConsoleDb, speed: 1 | 2 | 5 | 10 = 10, startAt = NOW) {
  const run = ok(await createDrillRun(db, fuelDisputeScenario, await contextFor(db, LEADER, startAt)));
  ok(await commandDrillRun(db, run.id, { type: 'start', speed }, await contextFor(db, LEADER, startAt)));
  const deliver = async (atMs: number) => ok(await deliverDueInjects(db, run.id, await contextFor(db, LEADER, atMs)));
  return { run, deliver };
}

describe('a drill run', () => {
  it('is refused on the live database, so drill records can never be written among live ones', async () => {
    const live = await freshDb();
    const result = await createDrillRun(live, fuelDisputeScenario, await contextFor(live, LEADER));
    expect(result).toMatchObject({ ok: false, error: { code: 'drill-database-required' } });
    expect(await live.drillRuns.count()).toBe(0);
  });

  it('is numbered per day and starts with every inject pending', async () => {
    const db = await drillDb();
    const first = ok(await createDrillRun(db, fuelDisputeScenario, await contextFor(db, LEADER)));
    const second = ok(await createDrillRun(db, fuelDisputeScenario, await contextFor(db, LEADER)));
    expect([first.number, second.number]).toEqual(['YL-20261123-01', 'YL-20261123-02']);
    expect(first.state.status).toBe('ready');
    expect(first.state.injects.every((p) => p.fired === null)).toBe(true);
  });

  it('delivers injects at 10× on the drill clock: the complaint as a drill incident, messages on its timeline', async () => {
    const db = await drillDb();
    const { run, deliver } = await startedRun(db);
    const atStart = await deliver(NOW);
    expect(atStart.map((d) => d.seq)).toEqual([1]);
    expect(atStart[0]!.number).toMatch(/^YL-SJ-20261123-\d{4}$/);
    const complaints = await db.complaints.toArray();
    expect(complaints).toHaveLength(1);
    expect(complaints[0]!.complainant.name).toBe('陈建国');
    // Inject 2 is at drill minute 10: one real minute at 10×; not a millisecond early.
    expect(await deliver(NOW + MINUTE - 1)).toEqual([]);
    expect((await deliver(NOW + MINUTE)).map((d) => d.seq)).toEqual([2]);
    const messages = (await db.timeline.toArray()).filter((e) => e.kind === 'drill-inject');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ incidentId: atStart[0]!.incidentId, actorName: '演练导调', params: { seq: 2 } });
    // Delivering again at the same instant delivers nothing twice.
    expect(await deliver(NOW + MINUTE)).toEqual([]);
    const stored = await db.drillRuns.get(run.id);
    expect(stored!.incidentNumbers).toEqual({ [atStart[0]!.incidentId!]: atStart[0]!.number });
    expect(stored!.state.injects.filter((p) => p.fired).map((p) => p.fired!.drillMinute)).toEqual([0, 10]);
  });

  it('delivers nothing while paused, and the pause shifts later injects', async () => {
    const db = await drillDb();
    const { run, deliver } = await startedRun(db);
    await deliver(NOW);
    ok(await commandDrillRun(db, run.id, { type: 'pause' }, await contextFor(db, LEADER, NOW + 30_000)));
    expect(await deliver(NOW + 10 * MINUTE)).toEqual([]);
    ok(await commandDrillRun(db, run.id, { type: 'resume' }, await contextFor(db, LEADER, NOW + 10 * MINUTE)));
    // 5 drill minutes before the pause; 5 more at 10× = 30 s after resuming.
    expect(await deliver(NOW + 10 * MINUTE + 29_000)).toEqual([]);
    expect((await deliver(NOW + 10 * MINUTE + 30_000)).map((d) => d.seq)).toEqual([2]);
  });

  it('refuses to start a second drill while one is under way', async () => {
    const db = await drillDb();
    const { run } = await startedRun(db);
    const other = ok(await createDrillRun(db, fuelDisputeScenario, await contextFor(db, LEADER)));
    const result = await commandDrillRun(db, other.id, { type: 'start' }, await contextFor(db, LEADER));
    expect(result).toMatchObject({ ok: false, error: { code: 'drill-other-running', params: { number: run.number } } });
  });

  it('refuses to pause a finished run and writes nothing, not even to the command log', async () => {
    const db = await drillDb();
    const { run } = await startedRun(db);
    ok(await commandDrillRun(db, run.id, { type: 'finish' }, await contextFor(db, LEADER, NOW + MINUTE)));
    const before = await db.drillRuns.get(run.id);
    const logged = await db.commandLog.count();
    const result = await commandDrillRun(db, run.id, { type: 'pause' }, await contextFor(db, LEADER, NOW + 2 * MINUTE));
    expect(result).toMatchObject({ ok: false, error: { code: 'drill-not-allowed-in-status' } });
    expect(await db.drillRuns.get(run.id)).toEqual(before);
    expect(await db.commandLog.count()).toBe(logged);
  });

  it('logs each change of a run as a named command', async () => {
    const db = await drillDb();
    const { run } = await startedRun(db);
    ok(await addDrillNote(db, run.id, { text: '已到场' }, await contextFor(db, STAFF, NOW + MINUTE)));
    const names = (await db.commandLog.toArray()).map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(['drillRun.create', 'drillRun.command', 'drillRun.note']));
  });

  it('evaluates what participants recorded in drill minutes, with who did it, and observers’ marks', async () => {
    const db = await drillDb();
    const { run, deliver } = await startedRun(db);
    const [first] = await deliver(NOW);
    const incidentId = first!.incidentId!;
    // Verified 30 real seconds in = drill minute 5 (limit 10): on time, by the duty officer.
    ok(await applyCommand(db, incidentId, { type: 'verify' }, await contextFor(db, STAFF, NOW + 30_000)));
    // Graded level 2 at drill minute 20 (limit 15): late by 5.
    ok(await applyCommand(db, incidentId, { type: 'grade', level: 2 }, await contextFor(db, LEADER, NOW + 2 * MINUTE)));
    await deliver(NOW + MINUTE);
    const information = (await db.teams.toArray()).find((t) => t.code === 'information')!;
    ok(
      await issueInstruction(
        db,
        {
          incidentId,
          teamId: information.id,
          assigneeId: null,
          content: '收集现场情况和加油机交易记录',
          priority: 'urgent',
          deadline: new Date(NOW + 60 * MINUTE).toISOString(),
        },
        await contextFor(db, LEADER, NOW + 90_000),
      ),
    );
    ok(
      await addDrillNote(
        db,
        run.id,
        { text: '后勤组已疏导车辆', actionId: 'b2-forecourt', done: true },
        await contextFor(db, STAFF, NOW + 2 * MINUTE),
      ),
    );
    ok(await commandDrillRun(db, run.id, { type: 'finish' }, await contextFor(db, LEADER, NOW + 3 * MINUTE)));

    const { evaluation, notes } = ok(await loadRunEvaluation(db, run.id));
    const action = (id: string) => evaluation.actions.find((a) => a.actionId === id)!.outcome;
    expect(action('b1-verify')).toMatchObject({ status: 'on-time', by: STAFF.name, minutesAfterInject: 5 });
    expect(action('b1-grade')).toMatchObject({ status: 'late', by: LEADER.name, minutesAfterInject: 20, lateByMinutes: 5 });
    // Issued at drill minute 15, five minutes after inject 2.
    expect(action('b2-collect-facts')).toMatchObject({ status: 'on-time', minutesAfterInject: 5 });
    expect(action('b2-forecourt')).toMatchObject({ status: 'on-time', source: 'observer', by: STAFF.name, minutesAfterInject: 10 });
    expect(action('b1-reception')).toEqual({ status: 'missing' });
    expect(action('b3-regrade')).toEqual({ status: 'not-injected' });
    expect(notes[0]).toMatchObject({ drillMinute: 20, text: '后勤组已疏导车辆' });
    // intake-grading: verify on time, grade late, collect-facts on time → all done, one late: S.
    expect(evaluation.objectives.find((o) => o.objective === 'intake-grading')!.computed).toBe('S');
  });

  it('takes a rating adjustment only with a reason, and keeps the computed rating beside it', async () => {
    const db = await drillDb();
    const { run, deliver } = await startedRun(db);
    await deliver(NOW);
    ok(await commandDrillRun(db, run.id, { type: 'finish' }, await contextFor(db, LEADER, NOW + MINUTE)));
    const refused = await adjustDrillRating(
      db,
      run.id,
      { objective: 'intake-grading', rating: 'M', reason: '  ' },
      await contextFor(db, LEADER),
    );
    expect(refused.ok).toBe(false);
    ok(
      await adjustDrillRating(
        db,
        run.id,
        { objective: 'intake-grading', rating: 'M', reason: '电话受理时已口头核实' },
        await contextFor(db, LEADER),
      ),
    );
    const { evaluation } = ok(await loadRunEvaluation(db, run.id));
    const objective = evaluation.objectives.find((o) => o.objective === 'intake-grading')!;
    expect(objective).toMatchObject({ computed: 'U', rating: 'M', adjustment: { reason: '电话受理时已口头核实', by: LEADER.name } });
  });

  it('keeps findings as improvement measures with owner and due date, and refuses incomplete ones', async () => {
    const db = await drillDb();
    const { run } = await startedRun(db);
    const bad = await saveDrillFinding(
      db,
      run.id,
      { finding: '', measure: '修订口径', owner: '', dueDate: '2026-13-40' },
      await contextFor(db, LEADER),
    );
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'validation', params: { finding: 'validation.required', owner: 'validation.required', dueDate: 'validation.date' } },
    });
    expect(await db.drillFindings.count()).toBe(0);
    const saved = ok(
      await saveDrillFinding(
        db,
        run.id,
        { finding: '口径拟定慢', measure: '预置加油站纠纷口径模板', owner: '李明', dueDate: '2026-12-15' },
        await contextFor(db, LEADER),
      ),
    );
    expect(saved).toMatchObject({ status: 'open', owner: '李明', dueDate: '2026-12-15' });
    expect(ok(await loadRunEvaluation(db, run.id)).findings.map((f) => f.measure)).toEqual(['预置加油站纠纷口径模板']);
  });

  it('marks a measure done, removes a finding, and refuses both on the live database', async () => {
    const db = await drillDb();
    const { run } = await startedRun(db);
    const ctx = await contextFor(db, LEADER);
    const saved = ok(
      await saveDrillFinding(db, run.id, { finding: '口径拟定慢', measure: '预置模板', owner: '李明', dueDate: '2026-12-15' }, ctx),
    );
    expect(ok(await setMeasureStatus(db, saved.id, 'done', ctx)).status).toBe('done');
    ok(await deleteDrillFinding(db, saved.id, ctx));
    expect(await db.drillFindings.count()).toBe(0);
    const live = await freshDb();
    const liveCtx = await contextFor(live, LEADER);
    expect(await setMeasureStatus(live, saved.id, 'done', liveCtx)).toMatchObject({
      ok: false,
      error: { code: 'drill-database-required' },
    });
    expect(await deleteDrillFinding(live, saved.id, liveCtx)).toMatchObject({ ok: false, error: { code: 'drill-database-required' } });
  });

  it('compares a run with the previous finished run of the same scenario', async () => {
    const db = await drillDb();
    const one = await startedRun(db, 10, NOW);
    const [first] = await one.deliver(NOW);
    // First run: verified at drill minute 8.
    ok(await applyCommand(db, first!.incidentId!, { type: 'verify' }, await contextFor(db, STAFF, NOW + 48_000)));
    ok(await commandDrillRun(db, one.run.id, { type: 'finish' }, await contextFor(db, LEADER, NOW + MINUTE)));
    const later = NOW + 60 * MINUTE;
    const two = await startedRun(db, 10, later);
    const [second] = await two.deliver(later);
    // Second run: verified at drill minute 3.
    ok(await applyCommand(db, second!.incidentId!, { type: 'verify' }, await contextFor(db, STAFF, later + 18_000)));
    ok(await commandDrillRun(db, two.run.id, { type: 'finish' }, await contextFor(db, LEADER, later + MINUTE)));

    expect(ok(await loadRunEvaluation(db, one.run.id)).previous).toBeNull();
    const { previous } = ok(await loadRunEvaluation(db, two.run.id));
    expect(previous!.run.number).toBe(one.run.number);
    const verify = previous!.comparison.actions.find((a) => a.actionId === 'b1-verify')!;
    expect(verify.earlier!.minutesAfterInject).toBe(8);
    expect(verify.later!.minutesAfterInject).toBe(3);
    expect(verify.changeMinutes).toBe(-5);
  });
});
