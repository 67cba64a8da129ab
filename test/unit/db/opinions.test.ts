// 舆情 in the database: an item is logged with its timeline entry in one transaction, bad input
// stores nothing, and reaching the threshold suggests a raise without touching the grade.
import { afterEach, describe, expect, it } from 'vitest';
import { opinionSuggestion, type OpinionInput } from '@shared/opinion';
import { registerComplaint } from '../../../renderer/db/complaints';
import { applyCommand } from '../../../renderer/db/incidents';
import { logOpinionItem, opinionItemsOf } from '../../../renderer/db/opinions';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, freshDb, NOW, registration, STAFF } from '../../fixtures/database';

let db: ConsoleDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

const input = (overrides: Partial<OpinionInput> = {}): OpinionInput => ({
  platform: 'weibo',
  link: 'https://weibo.com/1234567890/PqRsTuVw',
  summary: '网友发帖称城东加油站加油机少加油，转发量快速上升',
  sentiment: 'negative',
  reach: '6000',
  foundAt: '2026-11-23T09:40',
  ...overrides,
});

async function levelThreeIncident() {
  const registered = await registerComplaint(db, registration(), await contextFor(db));
  if (!registered.ok) throw new Error(registered.error.code);
  const id = registered.value.incident.id;
  await applyCommand(db, id, { type: 'verify' }, await contextFor(db));
  const graded = await applyCommand(db, id, { type: 'grade', level: 3 }, await contextFor(db));
  if (!graded.ok) throw new Error(graded.error.code);
  return id;
}

const opinionEntries = async (incidentId: string) =>
  (await db.timeline.where('incidentId').equals(incidentId).toArray()).filter((e) => e.kind === 'opinion-logged');

describe('logging public-opinion items', () => {
  it('stores the item with who logged it and when it was found, and appends a timeline entry', async () => {
    db = await freshDb();
    const incidentId = await levelThreeIncident();
    const result = await logOpinionItem(db, incidentId, input({ reach: '1.2万' }), await contextFor(db));
    expect(result.ok).toBe(true);
    const [stored] = await opinionItemsOf(db, incidentId);
    expect(stored).toMatchObject({
      mode: 'live',
      incidentId,
      platform: 'weibo',
      link: 'https://weibo.com/1234567890/PqRsTuVw',
      sentiment: 'negative',
      reach: 12_000,
      foundAt: '2026-11-23T09:40:00+08:00',
      recordedAt: '2026-11-23T10:00:00+08:00',
      recordedBy: STAFF.id,
      recordedByName: '陈晓',
    });
    const entries = await opinionEntries(incidentId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'opinion-logged',
      actorName: '陈晓',
      note: '网友发帖称城东加油站加油机少加油，转发量快速上升',
      params: { platform: 'weibo', sentiment: 'negative', reach: 12_000 },
    });
  });

  it('stores nothing and names each bad field when the input is wrong', async () => {
    db = await freshDb();
    const incidentId = await levelThreeIncident();
    const result = await logOpinionItem(
      db,
      incidentId,
      input({ platform: '', link: 'weibo.com/123', summary: '', reach: '很多', foundAt: '2026-11-23T10:30' }),
      await contextFor(db),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        params: {
          platform: 'platform-required',
          link: 'link-invalid',
          summary: 'summary-required',
          reach: 'reach-invalid',
          foundAt: 'found-at-future',
        },
      },
    });
    expect(await db.opinions.count()).toBe(0);
    expect(await opinionEntries(incidentId)).toHaveLength(0);
  });

  it('refuses an item for an incident that does not exist', async () => {
    db = await freshDb();
    const result = await logOpinionItem(db, '00000000-0000-4000-8000-00000000dead', input(), await contextFor(db));
    expect(result).toEqual({ ok: false, error: { code: 'incident-not-found' } });
    expect(await db.opinions.count()).toBe(0);
  });

  it('lists an incident’s items newest find first, and no other incident’s', async () => {
    db = await freshDb();
    const incidentId = await levelThreeIncident();
    const otherId = await levelThreeIncident();
    const ctx = await contextFor(db);
    await logOpinionItem(db, incidentId, input({ foundAt: '2026-11-23T08:00', summary: '早' }), ctx);
    await logOpinionItem(db, incidentId, input({ foundAt: '2026-11-23T09:50', summary: '晚' }), ctx);
    await logOpinionItem(db, incidentId, input({ foundAt: '2026-11-22T21:15', summary: '昨晚' }), ctx);
    await logOpinionItem(db, otherId, input({ summary: '别的事件' }), ctx);
    expect((await opinionItemsOf(db, incidentId)).map((i) => i.summary)).toEqual(['晚', '早', '昨晚']);
  });

  it('suggests raising the grade once negative reach reaches 10,000, and leaves the grade to a person', async () => {
    db = await freshDb();
    const incidentId = await levelThreeIncident();
    const ctx = await contextFor(db);
    const plan = ctx.plan;
    await logOpinionItem(db, incidentId, input({ reach: '6000', foundAt: '2026-11-23T08:00' }), ctx);
    await logOpinionItem(db, incidentId, input({ sentiment: 'positive', reach: '30000' }), ctx);
    let incident = (await db.incidents.get(incidentId))!;
    expect(opinionSuggestion(await opinionItemsOf(db, incidentId), incident, plan, NOW)).toBeNull();

    await logOpinionItem(db, incidentId, input({ platform: 'douyin', reach: '4000', foundAt: '2026-11-23T09:55' }), ctx);
    incident = (await db.incidents.get(incidentId))!;
    expect(opinionSuggestion(await opinionItemsOf(db, incidentId), incident, plan, NOW)).toEqual({
      kind: 'raise',
      current: 3,
      suggested: 2,
      reach: 10_000,
      threshold: 10_000,
      withinHours: 24,
    });
    expect(incident.level).toBe(3);
    expect((await db.timeline.where('incidentId').equals(incidentId).toArray()).filter((e) => e.kind === 'regrade')).toHaveLength(0);
  });
});
