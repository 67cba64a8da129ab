// The running totals the dashboard and statistics read stay equal to a full recount of the records
// after every kind of change: registering, grading, each stage, reopening, instructions, an import
// and its take-back, a restore, and a drill (which never touches the live totals).
import { afterEach, describe, expect, it } from 'vitest';
import { checkRows, guessMapping } from '@shared/importing';
import type { Actor } from '@shared/model';
import { dayKey, normalised, OPEN_KEY, recount, summaryBasis, summarySignature, type SummaryRow } from '@shared/summaries';
import type { Command } from '@shared/workflow';
import { planDateOf } from '@shared/time';
import { exportSnapshot, restoreBackup, type OpenedBackup } from '../../../renderer/db/backup';
import { addCommunication } from '../../../renderer/db/communications';
import { registerComplaint } from '../../../renderer/db/complaints';
import { applyCommand } from '../../../renderer/db/incidents';
import { commitBatch, startImport, takeBackImport } from '../../../renderer/db/imports';
import { applyInstructionCommand, issueStandardInstructions } from '../../../renderer/db/instructions';
import { ConsoleDb } from '../../../renderer/db/schema';
import { ensureSeeded } from '../../../renderer/db/seed';
import { storedSignature, storedSummaries } from '../../../renderer/db/summaries';
import { rebuildSummaries } from '../../../renderer/db/summaryRebuild';
import { contextFor, freshDb, hotlineTable, LEADER, NOW, registration, STAFF } from '../../fixtures/database';

const INFO_LEAD: Actor = { id: 'a1000000-0000-4000-8000-000000000003', name: '张丽', role: 'member' };
const MINUTE = 60_000;

const opened: ConsoleDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});
async function fresh(mode: 'live' | 'drill' = 'live') {
  const db =
    mode === 'live' ? await freshDb() : new ConsoleDb(`summaries-drill-${process.pid}-${Math.random().toString(36).slice(2)}`, 'drill');
  if (mode === 'drill') await ensureSeeded(db, NOW);
  opened.push(db);
  return db;
}

/** The summaries as a full recount of every record gives them. */
async function recounted(db: ConsoleDb): Promise<SummaryRow[]> {
  const ctx = await contextFor(db);
  const basis = summaryBasis({ plan: ctx.plan, plans: await db.plans.toArray() }, ctx.calendar);
  return recount(
    [
      { table: 'incidents', rows: await db.incidents.toArray() },
      { table: 'complaints', rows: await db.complaints.toArray() },
      { table: 'instructions', rows: await db.instructions.toArray() },
      { table: 'petitions', rows: await db.petitions.toArray() },
    ],
    basis,
  );
}

async function expectKept(db: ConsoleDb, after: string) {
  expect((await storedSummaries(db)).map(normalised), after).toEqual(await recounted(db));
}

/** A snapshot as an opened, signed backup of this console. */
const backupOf = (snapshot: Awaited<ReturnType<typeof exportSnapshot>>): OpenedBackup => ({
  createdAt: new Date(NOW).toISOString(),
  mode: 'live',
  reason: 'manual',
  schemaVersion: snapshot.schemaVersion,
  trust: 'signed',
  tables: snapshot.tables as Record<string, unknown[]>,
});

const openCount = async (db: ConsoleDb) => (await db.summaries.get(OPEN_KEY))?.counts.open ?? 0;

describe('summaries kept with every change', () => {
  it('equal a full recount after registering, grading, each stage, instructions, closing and reopening', async () => {
    const db = await fresh();
    const registered = await registerComplaint(db, registration(), await contextFor(db));
    if (!registered.ok) throw new Error(registered.error.code);
    const id = registered.value.incident.id;
    await expectKept(db, 'register');
    expect(await openCount(db)).toBe(1);
    const today = (await db.summaries.get(dayKey(planDateOf(NOW))))!;
    expect(today.counts).toMatchObject({ complaints: 1, opened: 1, 'ch:hotline': 1 });

    let at = NOW;
    const step = async (command: Command, actor: Actor = STAFF) => {
      at += 10 * MINUTE;
      const result = await applyCommand(db, id, command, await contextFor(db, actor, at));
      expect(result.ok ? 'ok' : result.error.code, command.type).toBe('ok');
      await expectKept(db, command.type);
    };
    await step({ type: 'verify' });
    await step({ type: 'grade', level: 1, reason: '记者到场' });
    expect((await db.summaries.get(OPEN_KEY))!.counts['lp:1:intake']).toBe(1);
    await step({ type: 'activateResponse' }, LEADER);

    expect((await issueStandardInstructions(db, id, await contextFor(db, LEADER, at))).ok).toBe(true);
    await expectKept(db, 'issue standard instructions');
    const info = (await db.instructions.where('incidentId').equals(id).toArray()).find((i) => i.standardCode === 'collect-facts')!;
    expect((await applyInstructionCommand(db, info.id, { type: 'sign' }, await contextFor(db, INFO_LEAD, at + MINUTE))).ok).toBe(true);
    await expectKept(db, 'sign');
    expect(
      (await applyInstructionCommand(db, info.id, { type: 'report', text: '已核实' }, await contextFor(db, INFO_LEAD, at + 2 * MINUTE))).ok,
    ).toBe(true);
    await expectKept(db, 'report');

    await step({ type: 'regrade', level: 2, reason: '影响范围缩小' }, LEADER);
    await step({ type: 'completeInvestigation', findings: '加油机计量误差超出允许范围' });
    await step({ type: 'submitSolution', solution: '退还差额并赔礼道歉' });
    await step({ type: 'approveSolution' }, LEADER);
    const talked = await addCommunication(
      db,
      id,
      { at: '2026-11-23T11:10', channel: 'phone', party: 'complainant', person: '周先生', summary: '告知方案', outcome: '同意' },
      await contextFor(db, STAFF, at),
    );
    expect(talked.ok ? 'ok' : talked.error).toBe('ok');
    await step({ type: 'startImplementation' });
    await step({ type: 'completeImplementation' });
    await step({ type: 'recordFeedback', feedback: '已退还差额' });
    await step({ type: 'recordSatisfaction', satisfaction: 'satisfied' });
    await step({ type: 'close', cancelReason: '事件已办结' }, LEADER);
    expect(await openCount(db)).toBe(0);
    const closedDay = (await db.summaries.get(dayKey(planDateOf(at))))!;
    expect(closedDay.counts).toMatchObject({ closed: 1, 'sat:satisfied': 1 });
    await step({ type: 'reopen', reason: '投诉人再次反映' }, LEADER);
    expect(await openCount(db)).toBe(1);
  });

  it('equal a full recount after a rejection and a reinstatement', async () => {
    const db = await fresh();
    const registered = await registerComplaint(db, registration(), await contextFor(db));
    if (!registered.ok) throw new Error(registered.error.code);
    const id = registered.value.incident.id;
    expect((await applyCommand(db, id, { type: 'reject', kind: 'invalid', reason: '不属本单位受理范围' }, await contextFor(db))).ok).toBe(
      true,
    );
    await expectKept(db, 'reject');
    expect((await db.summaries.get(dayKey(planDateOf(NOW))))!.counts).toMatchObject({ rejected: 1 });
    expect(await openCount(db)).toBe(0);
    expect((await applyCommand(db, id, { type: 'reinstate', reason: '经核实属受理范围' }, await contextFor(db, LEADER))).ok).toBe(true);
    await expectKept(db, 'reinstate');
    expect(await openCount(db)).toBe(1);
  });

  it('equal a full recount after an import and after taking it back', async () => {
    const db = await fresh();
    const ctx = await contextFor(db);
    const source = hotlineTable(30);
    const { valid } = checkRows(source, guessMapping(source.headers), ctx.plan, NOW, STAFF.id);
    const run = await startImport(db, { fileName: '热线导出.csv', format: 'csv', totalRows: 30, invalidRows: 0, duplicateRows: 0 }, ctx);
    expect((await commitBatch(db, run.id, valid, ctx)).ok).toBe(true);
    await expectKept(db, 'import');
    expect(await openCount(db)).toBe(30);
    const taken = await takeBackImport(db, run.id, 'cancelled', ctx);
    expect(taken.ok).toBe(true);
    await expectKept(db, 'take back');
    expect(await openCount(db)).toBe(0);
  });

  it('in a drill are the drill database’s own, and the live totals do not move', async () => {
    const live = await fresh();
    const drill = await fresh('drill');
    expect((await registerComplaint(live, registration(), await contextFor(live))).ok).toBe(true);
    const before = await storedSummaries(live);
    expect((await registerComplaint(drill, registration(), await contextFor(drill))).ok).toBe(true);
    await expectKept(drill, 'drill register');
    expect(await openCount(drill)).toBe(1);
    expect(await storedSummaries(live)).toEqual(before);
  });
});

describe('a restore', () => {
  it('leaves no totals of the replaced data behind: they are counted again from the restored records', async () => {
    const office = await fresh();
    for (const place of ['城东加油站', '南山景区'])
      expect((await registerComplaint(office, registration({ place }), await contextFor(office))).ok).toBe(true);
    const snapshot = await exportSnapshot(office);
    const other = await fresh();
    for (let i = 0; i < 5; i += 1) expect((await registerComplaint(other, registration(), await contextFor(other))).ok).toBe(true);
    expect(await openCount(other)).toBe(5);
    const restored = await restoreBackup(other, backupOf(snapshot), await contextFor(other, LEADER));
    expect(restored.ok).toBe(true);
    expect(await storedSignature(other)).not.toBeNull();
    await expectKept(other, 'restore');
    expect(await openCount(other)).toBe(2);
  });
});

describe('a restore of the store’s own earlier backup', () => {
  it('moves the totals with the rows it writes back, without counting them again', async () => {
    const office = await fresh();
    for (const place of ['城东加油站', '南山景区'])
      expect((await registerComplaint(office, registration({ place }), await contextFor(office))).ok).toBe(true);
    const snapshot = await exportSnapshot(office);
    for (let i = 0; i < 3; i += 1) expect((await registerComplaint(office, registration(), await contextFor(office))).ok).toBe(true);
    const [incident] = await office.incidents.toArray();
    expect((await applyCommand(office, incident!.id, { type: 'verify' }, await contextFor(office))).ok).toBe(true);
    expect(await openCount(office)).toBe(5);
    const signature = await storedSignature(office);
    const restored = await restoreBackup(office, backupOf(snapshot), await contextFor(office, LEADER));
    expect(restored.ok).toBe(true);
    await expectKept(office, 'restore of changes');
    expect(await openCount(office)).toBe(2);
    // Kept by the commands, never counted: a count would have stamped its basis.
    expect(signature).toBeNull();
    expect(await storedSignature(office)).toBe(signature);
  });
});

describe('rebuilding the summaries', () => {
  it('counts them from the records when they are missing, and records what they were counted under', async () => {
    const db = await fresh();
    for (let i = 0; i < 3; i += 1) expect((await registerComplaint(db, registration(), await contextFor(db))).ok).toBe(true);
    await db.summaries.clear();
    expect(await storedSignature(db)).toBeNull();
    const ctx = await contextFor(db);
    const plans = await db.plans.toArray();
    const signature = summarySignature(ctx.plan, plans, []);
    await rebuildSummaries(db, { plan: ctx.plan, plans }, ctx.calendar, signature);
    expect(await storedSignature(db)).toBe(signature);
    await expectKept(db, 'rebuild');
    expect(await openCount(db)).toBe(3);
  });

  it('counts again when a command runs while the records are being read', async () => {
    const db = await fresh();
    expect((await registerComplaint(db, registration(), await contextFor(db))).ok).toBe(true);
    const ctx = await contextFor(db);
    const plans = await db.plans.toArray();
    // A registration saved while the first count is under way: the stored result must include it.
    let once = true;
    await rebuildSummaries(db, { plan: ctx.plan, plans }, ctx.calendar, 'x', async () => {
      if (!once) return;
      once = false;
      expect((await registerComplaint(db, registration(), ctx)).ok).toBe(true);
    });
    expect(await db.complaints.count()).toBe(2);
    await expectKept(db, 'rebuild with a save meanwhile');
  });
});
