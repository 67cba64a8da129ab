// The notification centre's records: each firing once, when it was due and when the console
// raised it, level-1 repeats on one notice, and acknowledgement with who, when and a timeline entry.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Firing } from '../../../renderer/db/notices';
import { acknowledgeAllNotices, acknowledgeNotice, latestNotices, recordFirings, unacknowledgedCount } from '../../../renderer/db/notices';
import { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, freshDb, LEADER } from '../../fixtures/database';

const INCIDENT = 'b0000000-0000-4000-8000-00000000000b';
const target = { kind: 'incident', id: INCIDENT } as const;

const levelOne = (fireAt: string): Firing => ({
  key: `incident:${INCIDENT}:level1`,
  fireAt,
  kind: 'level1',
  urgent: true,
  target,
  titleKey: 'notifications.alert.level1.title',
  bodyKey: 'notifications.alert.level1.body',
  params: { number: 'SJ-20261123-0001', title: '加油数量争议' },
});
const overdue = (fireAt: string): Firing => ({
  key: `incident:${INCIDENT}:investigation:overdue`,
  fireAt,
  kind: 'overdue',
  urgent: true,
  target,
  titleKey: 'notifications.alert.overdue.title',
  bodyKey: 'notifications.alert.overdue.body',
  params: { number: 'SJ-20261123-0001', stage: 'investigation', deadline: fireAt, title: '加油数量争议' },
});

/** Another window on the same store, noting how many notices each read by key asks for. */
async function anotherWindow(of: ConsoleDb): Promise<{ window: ConsoleDb; read: number[] }> {
  const window = new ConsoleDb(of.name, of.mode);
  await window.open();
  const read: number[] = [];
  const bulkGet = window.notices.bulkGet.bind(window.notices);
  window.notices.bulkGet = ((keys: string[]) => {
    read.push(keys.length);
    return bulkGet(keys);
  }) as typeof window.notices.bulkGet;
  return { window, read };
}

let db: ConsoleDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

describe('recording firings', () => {
  it('does not look a firing up again while it was seen on record lately, and looks again after ten minutes', async () => {
    db = await freshDb();
    const firing = overdue('2026-11-23T09:30:00+08:00');
    expect(await recordFirings(db, [firing], '2026-11-23T09:30:04+08:00')).toEqual({ ok: true, value: 1 });
    let looks = 0;
    const bulkGet = db.notices.bulkGet.bind(db.notices);
    db.notices.bulkGet = ((keys: string[]) => {
      looks += 1;
      return bulkGet(keys);
    }) as typeof db.notices.bulkGet;
    expect(await recordFirings(db, [firing], '2026-11-23T09:31:04+08:00')).toEqual({ ok: true, value: 0 });
    expect(looks).toBe(0);
    expect(await recordFirings(db, [firing], '2026-11-23T09:45:04+08:00')).toEqual({ ok: true, value: 0 });
    expect(looks).toBe(1);
    expect(await db.notices.count()).toBe(1);
  });

  it('records a window’s first look at many firings on record by reading again only those it adds', async () => {
    db = await freshDb();
    const onRecord = Array.from({ length: 50 }, (_, i) => overdue(`2026-11-23T0${i % 9}:${String(i).padStart(2, '0')}:00+08:00`));
    expect(await recordFirings(db, onRecord, '2026-11-23T09:30:04+08:00')).toEqual({ ok: true, value: 50 });
    // Another window opens on the same store: it has seen nothing on record yet.
    const { window, read } = await anotherWindow(db);
    const added = [overdue('2026-11-23T09:40:00+08:00'), overdue('2026-11-23T09:41:00+08:00')];
    expect(await recordFirings(window, [...onRecord, ...added], '2026-11-23T09:42:04+08:00')).toEqual({ ok: true, value: 2 });
    // One look at all of them, then the command reads the two it adds.
    expect(read).toEqual([52, 2]);
    window.close();
    expect(await db.notices.count()).toBe(52);
  });

  it('tells hundreds of firings on record from the keys alone, without reading a notice each', async () => {
    db = await freshDb();
    const at = (i: number) => new Date(Date.parse('2026-11-22T00:00:00+08:00') + i * 60_000).toISOString();
    const onRecord = Array.from({ length: 300 }, (_, i) => overdue(at(i)));
    expect(await recordFirings(db, onRecord, '2026-11-23T09:30:04+08:00')).toEqual({ ok: true, value: 300 });
    const { window, read } = await anotherWindow(db);
    const added = overdue('2026-11-23T09:40:00+08:00');
    expect(await recordFirings(window, [...onRecord, added], '2026-11-23T09:42:04+08:00')).toEqual({ ok: true, value: 1 });
    expect(read).toEqual([1]);
    window.close();
    expect(await db.notices.count()).toBe(301);
  });

  it('records a firing once, however many windows or reloads record it', async () => {
    db = await freshDb();
    const firing = overdue('2026-11-23T09:30:00+08:00');
    const [first, second, third] = await Promise.all([
      recordFirings(db, [firing], '2026-11-23T09:30:04+08:00'),
      recordFirings(db, [firing], '2026-11-23T09:30:05+08:00'),
      recordFirings(db, [firing], '2026-11-23T09:30:05+08:00'),
    ]);
    expect([first, second, third].map((r) => (r.ok ? r.value : r.error.code)).reduce((a, b) => Number(a) + Number(b), 0)).toBe(1);
    const stored = await db.notices.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      id: `${firing.key}@${Date.parse(firing.fireAt)}`,
      mode: 'live',
      kind: 'overdue',
      targetId: INCIDENT,
      dueAt: '2026-11-23T09:30:00+08:00',
      shownCount: 1,
    });
    expect(await recordFirings(db, [firing], '2026-11-23T09:45:00+08:00')).toEqual({ ok: true, value: 0 });
  });

  it('keeps when an alert recorded late was due, and when the console actually raised it', async () => {
    db = await freshDb();
    // Due at 09:15 on Saturday; the console was off until 19:35 on Monday.
    const firing = overdue('2026-11-21T09:15:00+08:00');
    expect(await recordFirings(db, [firing], '2026-11-23T19:35:12+08:00')).toEqual({ ok: true, value: 1 });
    const [stored] = await db.notices.toArray();
    expect(stored).toMatchObject({
      dueAt: '2026-11-21T09:15:00+08:00',
      firedAt: '2026-11-23T19:35:12+08:00',
      lastShownAt: '2026-11-23T19:35:12+08:00',
      shownCount: 1,
    });
    // Still one firing, whenever it is seen again.
    expect(await recordFirings(db, [firing], '2026-11-23T19:36:00+08:00')).toEqual({ ok: true, value: 0 });
  });

  it('counts a level-1 repeat as one more showing of the unacknowledged notice, not a new row', async () => {
    db = await freshDb();
    await recordFirings(db, [levelOne('2026-11-23T09:00:00+08:00')], '2026-11-23T09:00:06+08:00');
    await recordFirings(db, [levelOne('2026-11-23T09:10:00+08:00')], '2026-11-23T09:10:03+08:00');
    await recordFirings(db, [levelOne('2026-11-23T09:10:00+08:00')], '2026-11-23T09:10:18+08:00');
    await recordFirings(db, [levelOne('2026-11-23T09:20:00+08:00')], '2026-11-23T09:20:09+08:00');
    const stored = await db.notices.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      dueAt: '2026-11-23T09:00:00+08:00',
      firedAt: '2026-11-23T09:00:06+08:00',
      shownCount: 3,
      lastShownAt: '2026-11-23T09:20:09+08:00',
    });
  });

  it('moves a level-1 notice’s last showing to the time of the repeat, not the instant it was due', async () => {
    db = await freshDb();
    await recordFirings(db, [levelOne('2026-11-23T09:00:00+08:00')], '2026-11-23T09:00:05+08:00');
    // The 09:10 repeat is recorded when the console wakes at 09:17.
    await recordFirings(db, [levelOne('2026-11-23T09:10:00+08:00')], '2026-11-23T09:17:40+08:00');
    const [stored] = await db.notices.toArray();
    expect(stored).toMatchObject({ firedAt: '2026-11-23T09:00:05+08:00', shownCount: 2, lastShownAt: '2026-11-23T09:17:40+08:00' });
  });

  it('counts a level-1 repeat that came due before the last showing as covered by it', async () => {
    db = await freshDb();
    // First raised at 09:25 for 09:00; the repeats due 09:10 and 09:20 were already seen then.
    await recordFirings(db, [levelOne('2026-11-23T09:00:00+08:00')], '2026-11-23T09:25:00+08:00');
    expect(await recordFirings(db, [levelOne('2026-11-23T09:20:00+08:00')], '2026-11-23T09:25:10+08:00')).toEqual({ ok: true, value: 0 });
    expect((await db.notices.toArray())[0]).toMatchObject({ shownCount: 1, lastShownAt: '2026-11-23T09:25:00+08:00' });
  });

  it('records nothing more for a level-1 key once acknowledged, even from an alert computed just before', async () => {
    db = await freshDb();
    const ctx = await contextFor(db, LEADER, Date.parse('2026-11-23T09:05:00+08:00'));
    await recordFirings(db, [levelOne('2026-11-23T09:00:00+08:00')], '2026-11-23T09:00:05+08:00');
    const [notice] = await db.notices.toArray();
    await acknowledgeNotice(db, notice!.id, ctx);
    expect(await recordFirings(db, [levelOne('2026-11-23T09:10:00+08:00')], '2026-11-23T09:10:05+08:00')).toEqual({ ok: true, value: 0 });
    expect(await db.notices.count()).toBe(1);
  });

  it('ends the repeats of a level-1 notice that was raised late and acknowledged, by when it was due', async () => {
    db = await freshDb();
    // Due 09:00, raised at 09:25 when the console was opened, acknowledged at 09:26.
    await recordFirings(db, [levelOne('2026-11-23T09:00:00+08:00')], '2026-11-23T09:25:00+08:00');
    const [notice] = await db.notices.toArray();
    await acknowledgeNotice(db, notice!.id, await contextFor(db, LEADER, Date.parse('2026-11-23T09:26:00+08:00')));
    // An alert computed before the acknowledgement still carries the 09:10 repeat.
    expect(await recordFirings(db, [levelOne('2026-11-23T09:10:00+08:00')], '2026-11-23T09:26:05+08:00')).toEqual({ ok: true, value: 0 });
    expect(await db.notices.count()).toBe(1);
  });

  it('keeps a moved deadline (延期) as a new notice', async () => {
    db = await freshDb();
    await recordFirings(db, [overdue('2026-11-23T09:30:00+08:00')], '2026-11-23T09:30:00+08:00');
    await recordFirings(db, [overdue('2026-11-24T09:30:00+08:00')], '2026-11-24T09:30:00+08:00');
    expect(await db.notices.count()).toBe(2);
  });
});

describe('acknowledging', () => {
  it('records who acknowledged and when, with an entry on the incident’s timeline', async () => {
    db = await freshDb();
    await recordFirings(db, [overdue('2026-11-23T09:30:00+08:00'), levelOne('2026-11-23T09:00:00+08:00')], '2026-11-23T09:30:00+08:00');
    expect(await unacknowledgedCount(db)).toBe(2);
    const ctx = await contextFor(db, LEADER);
    const id = `incident:${INCIDENT}:investigation:overdue@${Date.parse('2026-11-23T09:30:00+08:00')}`;
    const result = await acknowledgeNotice(db, id, ctx);
    expect(result.ok && result.value).toMatchObject({
      acknowledgedAt: '2026-11-23T10:00:00+08:00',
      acknowledgedBy: LEADER.id,
      acknowledgedByName: '王建国',
    });
    expect(await unacknowledgedCount(db)).toBe(1);
    const entries = await db.timeline.where('incidentId').equals(INCIDENT).toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'notice-acknowledged',
      actorName: '王建国',
      params: { context: 'overdue', stage: 'investigation', number: 'SJ-20261123-0001' },
    });
  });

  it('refuses a second acknowledgement, naming who gave the first', async () => {
    db = await freshDb();
    await recordFirings(db, [overdue('2026-11-23T09:30:00+08:00')], '2026-11-23T09:30:00+08:00');
    const [notice] = await db.notices.toArray();
    await acknowledgeNotice(db, notice!.id, await contextFor(db, LEADER));
    const again = await acknowledgeNotice(db, notice!.id, await contextFor(db));
    expect(again.ok ? 'acknowledged' : again.error).toEqual({ code: 'notice-already-acknowledged', params: { name: '王建国' } });
    expect((await acknowledgeNotice(db, 'nothing@0', await contextFor(db))).ok).toBe(false);
  });

  it('acknowledges all waiting notices at once, leaving earlier acknowledgements as they were', async () => {
    db = await freshDb();
    await recordFirings(
      db,
      [overdue('2026-11-23T09:30:00+08:00'), levelOne('2026-11-23T09:00:00+08:00'), overdue('2026-11-24T09:30:00+08:00')],
      '2026-11-24T09:30:00+08:00',
    );
    const [first] = await latestNotices(db, 'all', 10);
    await acknowledgeNotice(db, first!.id, await contextFor(db));
    const result = await acknowledgeAllNotices(db, await contextFor(db, LEADER));
    expect(result).toEqual({ ok: true, value: 2 });
    expect(await unacknowledgedCount(db)).toBe(0);
    const names = (await db.notices.toArray()).map((n) => n.acknowledgedByName).sort();
    expect(names).toEqual(['王建国', '王建国', '陈晓'].sort());
  });

  it('lists the newest raised first, and only the waiting ones under 未确认', async () => {
    db = await freshDb();
    await recordFirings(db, [levelOne('2026-11-23T09:00:00+08:00')], '2026-11-23T09:00:05+08:00');
    await recordFirings(db, [overdue('2026-11-23T09:30:00+08:00')], '2026-11-23T09:30:05+08:00');
    await recordFirings(db, [overdue('2026-11-24T09:30:00+08:00')], '2026-11-24T09:30:05+08:00');
    const all = await latestNotices(db, 'all', 10);
    expect(all.map((n) => n.firedAt)).toEqual(['2026-11-24T09:30:05+08:00', '2026-11-23T09:30:05+08:00', '2026-11-23T09:00:05+08:00']);
    await acknowledgeNotice(db, all[0]!.id, await contextFor(db));
    expect((await latestNotices(db, 'unacknowledged', 10)).map((n) => n.firedAt)).toEqual([
      '2026-11-23T09:30:05+08:00',
      '2026-11-23T09:00:05+08:00',
    ]);
    expect(await latestNotices(db, 'all', 1)).toHaveLength(1);
  });

  it('lists alerts raised in one look latest due first, even where the page is cut among them', async () => {
    db = await freshDb();
    await recordFirings(db, [overdue('2026-11-20T10:00:00+08:00')], '2026-11-20T10:00:04+08:00');
    // The console was opened on Monday morning: three alerts from the weekend, raised together.
    await recordFirings(
      db,
      [overdue('2026-11-21T09:30:00+08:00'), levelOne('2026-11-21T08:00:00+08:00'), overdue('2026-11-22T09:30:00+08:00')],
      '2026-11-23T08:30:00+08:00',
    );
    const due = (notices: { dueAt?: string; firedAt: string }[]) => notices.map((n) => n.dueAt ?? n.firedAt);
    expect(due(await latestNotices(db, 'all', 10))).toEqual([
      '2026-11-22T09:30:00+08:00',
      '2026-11-21T09:30:00+08:00',
      '2026-11-21T08:00:00+08:00',
      '2026-11-20T10:00:00+08:00',
    ]);
    expect(due(await latestNotices(db, 'unacknowledged', 2))).toEqual(['2026-11-22T09:30:00+08:00', '2026-11-21T09:30:00+08:00']);
  });

  it('reads a page of a backlog raised in one look, not the backlog, and still lists its latest due first', async () => {
    db = await freshDb();
    // A month away: 400 deadlines passed, all raised on the morning the console was opened again.
    const start = Date.parse('2026-10-01T00:00:00+08:00');
    const backlog = Array.from({ length: 400 }, (_, i) => ({
      ...overdue(new Date(start + ((i * 7919) % 400) * 3_600_000).toISOString()),
      key: `incident:${INCIDENT}:stage-${i}:overdue`,
    }));
    await recordFirings(db, backlog, '2026-11-23T08:30:00+08:00');
    const steps = vi.spyOn(IDBCursor.prototype, 'continue');
    const wholeReads = [vi.spyOn(IDBIndex.prototype, 'getAll'), vi.spyOn(IDBObjectStore.prototype, 'getAll')];
    try {
      const page = await latestNotices(db, 'all', 20);
      const latest = [...backlog].sort((a, b) => Date.parse(b.fireAt) - Date.parse(a.fireAt)).slice(0, 20);
      expect(page.map((n) => Date.parse(n.dueAt!))).toEqual(latest.map((f) => Date.parse(f.fireAt)));
      expect(steps.mock.calls.length).toBeLessThanOrEqual(25);
      // getAll(range, count) or getAll({ query, count, direction }): none may ask for more than a page.
      const asked = (call: unknown[]) => (typeof call[1] === 'number' ? call[1] : (call[0] as { count?: number } | null)?.count);
      expect(wholeReads.flatMap((read) => read.mock.calls).filter((call) => (asked(call) ?? Infinity) > 25)).toEqual([]);
    } finally {
      steps.mockRestore();
      for (const read of wholeReads) read.mockRestore();
    }
  });
});
