import { afterEach, describe, expect, it } from 'vitest';
import { registerComplaint } from '../../../renderer/db/complaints';
import { applyCommand } from '../../../renderer/db/incidents';
import { boardPage, EMPTY_FILTERS } from '../../../renderer/db/board';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, freshDb, NOW, registration } from '../../fixtures/database';

let db: ConsoleDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

async function seedBoard() {
  const ctx = await contextFor(db);
  const made = [];
  for (const [name, subject, category] of [
    ['周先生', '城东加油站加油数量不足', 'fuel-quantity-quality'],
    ['吴女士', '景区索道排队纠纷', 'visitor-safety'],
    ['郑先生', '手机App泄露个人信息', 'data-privacy'],
  ] as const) {
    const result = await registerComplaint(
      db,
      registration({ subject, categoryCode: category, complainant: { name, phone: '13912345678', idNumber: '', address: '' } }),
      ctx,
    );
    if (!result.ok) throw new Error(result.error.code);
    made.push(result.value);
  }
  return made;
}

const nowIso = '2026-11-23T10:00:00+08:00';

describe('the incident board', () => {
  it('finds incidents by incident number, complaint number, complainant name and text', async () => {
    db = await freshDb();
    const [fuel, , privacy] = await seedBoard();
    const search = async (text: string) => (await boardPage(db, { ...EMPTY_FILTERS, search: text }, nowIso, 50)).rows.map((r) => r.title);
    expect(await search(fuel!.incident.number)).toEqual(['城东加油站加油数量不足']);
    expect(await search(privacy!.complaint.number)).toEqual(['手机App泄露个人信息']);
    expect(await search('吴女士')).toEqual(['景区索道排队纠纷']);
    expect(await search('索道')).toEqual(['景区索道排队纠纷']);
    expect(await search('不存在的内容')).toEqual([]);
  });

  it('filters by level and stage and shows closed work only when asked', async () => {
    db = await freshDb();
    const [fuel, scenic] = await seedBoard();
    const ctx = await contextFor(db);
    await applyCommand(db, fuel!.incident.id, { type: 'verify' }, ctx);
    await applyCommand(db, fuel!.incident.id, { type: 'grade', level: 2, reason: '涉及计量争议' }, ctx);
    await applyCommand(db, scenic!.incident.id, { type: 'reject', kind: 'invalid', reason: '不属本单位受理范围' }, ctx);
    const titles = async (f: Partial<typeof EMPTY_FILTERS>) =>
      (await boardPage(db, { ...EMPTY_FILTERS, ...f }, nowIso, 50)).rows.map((r) => r.title).sort();
    expect(await titles({ level: 2 })).toEqual(['城东加油站加油数量不足']);
    expect(await titles({ state: 'registered' })).toEqual(['手机App泄露个人信息']);
    expect(await titles({})).toEqual(['城东加油站加油数量不足', '手机App泄露个人信息']);
    expect(await titles({ state: null })).toHaveLength(3);
    expect(await titles({ categoryCode: 'data-privacy' })).toEqual(['手机App泄露个人信息']);
  });

  it('shows as overdue only the incidents whose next deadline has passed', async () => {
    db = await freshDb();
    const [fuel] = await seedBoard();
    // Acceptance is due 24 hours after receipt (09:30 the next day).
    const later = '2026-11-24T12:00:00+08:00';
    expect((await boardPage(db, { ...EMPTY_FILTERS, overdueOnly: true }, nowIso, 50)).rows).toHaveLength(0);
    expect((await boardPage(db, { ...EMPTY_FILTERS, overdueOnly: true }, later, 50)).rows).toHaveLength(3);
    await applyCommand(db, fuel!.incident.id, { type: 'verify' }, await contextFor(db, undefined, NOW));
    expect((await boardPage(db, { ...EMPTY_FILTERS, overdueOnly: true }, later, 50)).rows).toHaveLength(2);
  });

  it('says when there are more matches than one page shows', async () => {
    db = await freshDb();
    await seedBoard();
    const page = await boardPage(db, EMPTY_FILTERS, nowIso, 2);
    expect(page.rows).toHaveLength(2);
    expect(page.more).toBe(true);
    expect(page.total).toBe(3);
  });
});
