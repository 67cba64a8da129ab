// A save wakes only the live reads of what it changed: accepting yesterday's complaint leaves the
// dashboard's counts alone (nothing they show moves) where a read of every open incident wakes,
// and a call noted on it leaves the statistics alone too; a registration wakes both. After years
// of records, a read woken by every save is a read that freezes the console.
import { afterEach, describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import { dayKey, OPEN_KEY } from '@shared/summaries';
import { planDateOf, toIsoWithOffset, toPlanLocalInput } from '@shared/time';
import { presetPeriod } from '@shared/statistics';
import { addCommunication } from '../../../renderer/db/communications';
import { registerComplaint } from '../../../renderer/db/complaints';
import { applyCommand } from '../../../renderer/db/incidents';
import { openIncidents } from '../../../renderer/db/reads/incidents';
import { summariesOf } from '../../../renderer/db/reads/summaries';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { statisticsFacts } from '../../../renderer/db/statistics';
import { contextFor, freshDb, NOW, registration } from '../../fixtures/database';

let db: ConsoleDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

/** Runs `read` as a live query and counts its runs. */
function watched(read: () => Promise<unknown>) {
  const counter = { runs: 0 };
  const subscription = liveQuery(async () => {
    counter.runs += 1;
    return read();
  }).subscribe({ next: () => undefined, error: () => undefined });
  return { counter, stop: () => subscription.unsubscribe() };
}

describe('live reads after years of records', () => {
  it('are not woken by a save that does not touch what they read, and are by one that does', async () => {
    db = await freshDb();
    const first = await registerComplaint(db, registration({ receivedAt: toPlanLocalInput(NOW - 86_400_000) }), await contextFor(db));
    if (!first.ok) throw new Error(first.error.code);
    const today = planDateOf(NOW);
    const counts = watched(() => summariesOf(db, [OPEN_KEY, dayKey(today)]));
    const statistics = watched(() => statisticsFacts(db, presetPeriod('this-year', today), toIsoWithOffset(NOW)));
    // What the dashboard read before the running totals: every open incident.
    const everyOpen = watched(() => openIncidents(db));
    await settle();
    const before = { counts: counts.counter.runs, statistics: statistics.counter.runs };
    expect(before.counts).toBeGreaterThan(0);

    // Accepted: still an open incident in intake without a level, so the open counts do not move.
    expect((await applyCommand(db, first.value.incident.id, { type: 'verify' }, await contextFor(db))).ok).toBe(true);
    await settle();
    expect(counts.counter.runs).toBe(before.counts);
    expect(everyOpen.counter.runs).toBeGreaterThan(1);
    const afterVerify = statistics.counter.runs;

    const call = await addCommunication(
      db,
      first.value.incident.id,
      { at: '2026-11-23T09:55', channel: 'phone', party: 'complainant', person: '周先生', summary: '电话了解情况', outcome: '已说明' },
      await contextFor(db),
    );
    expect(call.ok).toBe(true);
    await settle();
    expect({ counts: counts.counter.runs, statistics: statistics.counter.runs }).toEqual({
      counts: before.counts,
      statistics: afterVerify,
    });

    expect((await registerComplaint(db, registration({ place: '南山景区' }), await contextFor(db))).ok).toBe(true);
    await settle();
    expect(counts.counter.runs).toBeGreaterThan(before.counts);
    expect(statistics.counter.runs).toBeGreaterThan(before.statistics);
    for (const one of [counts, statistics, everyOpen]) one.stop();
  });
});
