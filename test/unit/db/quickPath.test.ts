// 登记并当场办结: one transaction that registers, settles and closes a level-3 complaint, leaving
// the timeline a step-by-step handling leaves — or nothing at all; and the receipt given, on record.
import { afterEach, describe, expect, it } from 'vitest';
import { recordAcknowledgementGiven } from '../../../renderer/db/acknowledgements';
import { registerComplaint } from '../../../renderer/db/complaints';
import { registerAndSettle } from '../../../renderer/db/quickPath';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, freshDb, registration } from '../../fixtures/database';

let db: ConsoleDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

const outcome = { result: '当场核对小票，退还多收的 12 元。', feedback: '已说明原因并退款，投诉人接受。', satisfaction: 'satisfied' };
const smallMatter = registration({ categoryCode: 'service-quality', facts: { ...registration().facts, amountAtStake: 12 } });

async function nothingWritten() {
  expect(await db.complaints.count()).toBe(0);
  expect(await db.incidents.count()).toBe(0);
  expect(await db.timeline.count()).toBe(0);
  expect(await db.communications.count()).toBe(0);
  expect(await db.counters.count()).toBe(0);
}

describe('registering and settling a complaint on the spot', () => {
  it('closes a level-3 complaint with every stage on the timeline, by the operator, at the time of saving', async () => {
    db = await freshDb();
    const ctx = await contextFor(db);
    const result = await registerAndSettle(db, smallMatter, outcome, ctx);
    expect(result.ok || result.error).toBe(true);
    if (!result.ok) return;
    const { incident } = result.value;
    expect(incident.state).toBe('closed');
    expect(incident.level).toBe(3);
    expect(incident.feedback).toBe(outcome.feedback);
    expect(incident.satisfaction).toBe('satisfied');
    expect(incident.milestones.closedAt).toBe('2026-11-23T10:00:00+08:00');
    const timeline = await db.timeline.where('incidentId').equals(incident.id).toArray();
    expect(timeline.map((e) => e.kind)).toEqual([
      'registered',
      'verify',
      'grade',
      'activateResponse',
      'completeInvestigation',
      'submitSolution',
      'communication',
      'startImplementation',
      'completeImplementation',
      'recordFeedback',
      'recordSatisfaction',
      'close',
    ]);
    expect(new Set(timeline.map((e) => `${e.actorName} ${e.at}`))).toEqual(new Set(['陈晓 2026-11-23T10:00:00+08:00']));
    const talk = await db.communications.where('incidentId').equals(incident.id).first();
    expect(talk).toMatchObject({ channel: 'visit', person: '周先生', summary: outcome.feedback });
  });

  it('refuses a complaint the rules grade level 2 and writes nothing, not even a number', async () => {
    db = await freshDb();
    const urgent = registration({ ...smallMatter, urgency: 'urgent' });
    const result = await registerAndSettle(db, urgent, outcome, await contextFor(db));
    expect(result).toEqual({ ok: false, error: { code: 'quick-path-level', params: { suggested: 2 } } });
    await nothingWritten();
  });

  it('refuses to close over an unsatisfied complainant and writes nothing', async () => {
    db = await freshDb();
    const result = await registerAndSettle(db, smallMatter, { ...outcome, satisfaction: 'unsatisfied' }, await contextFor(db));
    expect(result.ok || result.error.code).toBe('complainant-unsatisfied');
    await nothingWritten();
  });

  it('marks the intake and the outcome fields together when both are wrong', async () => {
    db = await freshDb();
    const bad = registration({ ...smallMatter, content: '短' });
    const result = await registerAndSettle(db, bad, { result: '', feedback: '已退款', satisfaction: '' }, await contextFor(db));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual({
      code: 'validation',
      params: { content: 'validation.contentShort', 'outcome.result': 'validation.required', 'outcome.satisfaction': 'validation.choose' },
    });
    await nothingWritten();
  });
});

describe('giving the complainant an acknowledgement', () => {
  it('puts the receipt on the incident’s timeline with who gave it and when', async () => {
    db = await freshDb();
    const ctx = await contextFor(db);
    const registered = await registerComplaint(db, registration(), ctx);
    if (!registered.ok) throw new Error(registered.error.code);
    const { complaint, incident } = registered.value;
    expect(await recordAcknowledgementGiven(db, complaint.id, { ...ctx, now: ctx.now + 60_000 })).toEqual({ ok: true, value: undefined });
    const last = (await db.timeline.where('incidentId').equals(incident.id).toArray()).at(-1)!;
    expect(last).toMatchObject({
      kind: 'acknowledgement-given',
      params: { complaint: complaint.number },
      actorName: '陈晓',
      at: '2026-11-23T10:01:00+08:00',
    });
  });

  it('refuses a complaint that does not exist and writes nothing', async () => {
    db = await freshDb();
    const result = await recordAcknowledgementGiven(db, '0190a000-0000-7000-8000-000000000000', await contextFor(db));
    expect(result).toEqual({ ok: false, error: { code: 'complaint-not-found' } });
    expect(await db.timeline.count()).toBe(0);
  });
});
