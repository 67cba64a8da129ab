// 群体投诉: each complainant hears the result and answers for themselves; the incident closes only
// when everyone has, and a record made before results were kept per complainant still reads.
import { afterEach, describe, expect, it } from 'vitest';
import { resultsPerComplainant } from '@shared/complainantResults';
import type { Command } from '@shared/workflow';
import { registerComplaint } from '../../../renderer/db/complaints';
import { addCommunication } from '../../../renderer/db/communications';
import { applyCommand } from '../../../renderer/db/incidents';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, freshDb, NOW, registration, STAFF } from '../../fixtures/database';

let db: ConsoleDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

const run = async (incidentId: string, command: Command) => applyCommand(db, incidentId, command, await contextFor(db, STAFF, NOW));

/** A group complaint of two complainants brought to the feedback stage; returns the incident and complaint ids. */
async function groupAtFeedback() {
  const ctx = await contextFor(db);
  const first = await registerComplaint(db, registration(), ctx);
  if (!first.ok) throw new Error(first.error.code);
  const incidentId = first.value.incident.id;
  const second = await registerComplaint(
    db,
    registration({ incidentId, complainant: { name: '李女士', phone: '13900000001', idNumber: '', address: '' } }),
    ctx,
  );
  if (!second.ok) throw new Error(second.error.code);
  const steps: Command[] = [
    { type: 'verify' },
    { type: 'grade', level: 3 },
    { type: 'activateResponse' },
    { type: 'completeInvestigation', findings: '加油机计量误差超出允许范围' },
    { type: 'submitSolution', solution: '退还差额并赔礼道歉' },
  ];
  for (const command of steps) expect((await run(incidentId, command)).ok, command.type).toBe(true);
  await addCommunication(
    db,
    incidentId,
    { at: '2026-11-23T10:00', channel: 'phone', person: '周先生', summary: '电话告知方案', outcome: '同意' },
    ctx,
  );
  for (const command of [{ type: 'startImplementation' }, { type: 'completeImplementation' }] as Command[])
    expect((await run(incidentId, command)).ok, command.type).toBe(true);
  return { incidentId, zhou: first.value.complaint.id, li: second.value.complaint.id };
}

describe('feedback and satisfaction per complainant', () => {
  it('stays at feedback until every complainant has heard the result, then evaluates', async () => {
    db = await freshDb();
    const { incidentId, zhou, li } = await groupAtFeedback();
    const one = await run(incidentId, { type: 'recordFeedback', feedback: '已退还周先生差额 120 元', complaintId: zhou });
    expect(one.ok && one.value.state).toBe('feedback');
    expect(one.ok && one.value.milestones.feedbackAt).toBeUndefined();
    const both = await run(incidentId, { type: 'recordFeedback', feedback: '已退还李女士差额 80 元', complaintId: li });
    expect(both.ok && both.value.state).toBe('evaluating');
    expect(both.ok && both.value.milestones.feedbackAt).toBeDefined();
    const stored = (await db.incidents.get(incidentId))!;
    expect(resultsPerComplainant(stored, [zhou, li]).map((r) => r.feedback)).toEqual(['已退还周先生差额 120 元', '已退还李女士差额 80 元']);
    const entries = (await db.timeline.where('incidentId').equals(incidentId).toArray()).filter((e) => e.kind === 'recordFeedback');
    expect(entries.map((e) => e.params?.complaint)).toEqual(expect.arrayContaining([expect.stringMatching(/\S/)]));
    expect(entries.every((e) => e.params?.complaint !== zhou && e.params?.complaint !== li)).toBe(true);
  });

  it('closes only when everyone has answered, and not while one of them is unsatisfied', async () => {
    db = await freshDb();
    const { incidentId, zhou, li } = await groupAtFeedback();
    await run(incidentId, { type: 'recordFeedback', feedback: '已退还差额并致歉' });
    await run(incidentId, { type: 'recordSatisfaction', satisfaction: 'satisfied', complaintId: zhou });
    const early = await run(incidentId, { type: 'close' });
    expect(early.ok ? 'closed' : early.error.code).toBe('satisfaction-missing');
    await run(incidentId, { type: 'recordSatisfaction', satisfaction: 'unsatisfied', complaintId: li });
    expect((await db.incidents.get(incidentId))!.satisfaction).toBe('unsatisfied');
    const refused = await run(incidentId, { type: 'close' });
    expect(refused.ok ? 'closed' : refused.error.code).toBe('complainant-unsatisfied');
    await run(incidentId, { type: 'recordSatisfaction', satisfaction: 'satisfied', complaintId: li });
    const stored = (await db.incidents.get(incidentId))!;
    expect(stored.satisfaction).toBe('satisfied');
    expect(resultsPerComplainant(stored, [zhou, li]).map((r) => [r.feedback, r.satisfaction])).toEqual([
      ['已退还差额并致歉', 'satisfied'],
      ['已退还差额并致歉', 'satisfied'],
    ]);
    expect((await run(incidentId, { type: 'close' })).ok).toBe(true);
  });

  it('refuses a result for a complaint that is not the incident’s', async () => {
    db = await freshDb();
    const { incidentId } = await groupAtFeedback();
    const refused = await run(incidentId, { type: 'recordFeedback', feedback: '已反馈', complaintId: 'not-one-of-them' });
    expect(refused.ok ? 'recorded' : refused.error.code).toBe('complainant-not-found');
  });

  it('reads a feedback and satisfaction recorded for all before as every complainant’s', async () => {
    db = await freshDb();
    const { incidentId, zhou, li } = await groupAtFeedback();
    // As stored before results were kept per complainant: one text and one answer on the incident.
    await db.incidents.update(incidentId, { state: 'evaluating', feedback: '已统一退还差额', satisfaction: 'satisfied' });
    const stored = (await db.incidents.get(incidentId))!;
    expect(resultsPerComplainant(stored, [zhou, li])).toEqual([
      { complaintId: zhou, feedback: '已统一退还差额', satisfaction: 'satisfied' },
      { complaintId: li, feedback: '已统一退还差额', satisfaction: 'satisfied' },
    ]);
    // One of them changes their mind: the others keep the answer given for all.
    await run(incidentId, { type: 'recordSatisfaction', satisfaction: 'unsatisfied', complaintId: li });
    const changed = (await db.incidents.get(incidentId))!;
    expect(resultsPerComplainant(changed, [zhou, li]).map((r) => r.satisfaction)).toEqual(['satisfied', 'unsatisfied']);
    expect(changed.satisfaction).toBe('unsatisfied');
  });
});
