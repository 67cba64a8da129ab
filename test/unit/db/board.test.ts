import { afterEach, describe, expect, it } from 'vitest';
import { registerComplaint } from '../../../renderer/db/complaints';
import { applyCommand } from '../../../renderer/db/incidents';
import { boardPage, EMPTY_FILTERS, type BoardFilters } from '../../../renderer/db/board';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { clearBoard } from '../../../renderer/db/boardClearing';
import { contextFor, freshDb, LEADER, NOW, registration, STAFF } from '../../fixtures/database';

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

describe('finished incidents leave the live board after the plan’s time', () => {
  const DAY = 86_400_000;
  it('takes an incident rejected longer ago than the plan keeps it off the board, keeps it searchable and counted, and puts it back when it changes', async () => {
    db = await freshDb();
    const [fuel, scenic] = await seedBoard();
    const rejected = await applyCommand(
      db,
      fuel!.incident.id,
      { type: 'reject', kind: 'invalid', reason: '不属本单位受理范围' },
      await contextFor(db),
    );
    expect(rejected.ok).toBe(true);
    const closedFilter: BoardFilters = { ...EMPTY_FILTERS, state: 'rejected' };
    const onBoard = async (filters = closedFilter, now = NOW) =>
      (await boardPage(db, filters, new Date(now).toISOString(), 50)).rows.map((r) => r.id);
    expect(await onBoard()).toEqual([fuel!.incident.id]);

    // 30 days on, within the default 180: nothing leaves.
    expect(await clearBoard(db, await contextFor(db, STAFF, NOW + 30 * DAY))).toEqual({ ok: true, value: 0 });
    expect(await onBoard()).toEqual([fuel!.incident.id]);

    // A year on: the rejected one leaves; the open ones stay whatever their age.
    const later = NOW + 365 * DAY;
    expect(await clearBoard(db, await contextFor(db, STAFF, later))).toEqual({ ok: true, value: 1 });
    expect(await onBoard(closedFilter, later)).toEqual([]);
    const everything = await onBoard({ ...EMPTY_FILTERS, state: null }, later);
    expect(everything).toHaveLength(2);
    expect(everything).toContain(scenic!.incident.id);
    expect(everything).not.toContain(fuel!.incident.id);
    const searched = await boardPage(
      db,
      { ...EMPTY_FILTERS, state: null, search: fuel!.incident.number },
      new Date(later).toISOString(),
      50,
    );
    expect(searched.rows.map((r) => r.id)).toEqual([fuel!.incident.id]);
    const byText = await boardPage(db, { ...EMPTY_FILTERS, state: null, search: '加油数量' }, new Date(later).toISOString(), 50);
    expect(byText.rows.map((r) => r.id)).toEqual([fuel!.incident.id]);
    expect(searched.total).toBe(3);

    // Reinstated: a change puts it back on the board.
    const back = await applyCommand(
      db,
      fuel!.incident.id,
      { type: 'reinstate', reason: '经核实属受理范围' },
      await contextFor(db, LEADER, later),
    );
    expect(back.ok).toBe(true);
    expect(await onBoard({ ...EMPTY_FILTERS }, later)).toContain(fuel!.incident.id);
  });

  it('follows the plan’s own number of days', async () => {
    db = await freshDb();
    const [fuel] = await seedBoard();
    expect(
      (await applyCommand(db, fuel!.incident.id, { type: 'reject', kind: 'invalid', reason: '不属本单位受理范围' }, await contextFor(db)))
        .ok,
    ).toBe(true);
    const ctx = await contextFor(db, STAFF, NOW + 10 * DAY);
    expect(await clearBoard(db, ctx)).toEqual({ ok: true, value: 0 });
    expect(await clearBoard(db, { ...ctx, plan: { ...ctx.plan, liveBoardDays: 7 } })).toEqual({ ok: true, value: 1 });
    expect((await db.incidents.get(fuel!.incident.id))?.boardAt).toBeUndefined();
  });
});
