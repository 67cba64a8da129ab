// 回访 in the database: the page lists the call-backs owed lately, soonest first, not years of
// files closed without one (a workflow closing stores callBackDueAt: call-backs.spec.ts).
import { afterEach, describe, expect, it } from 'vitest';
import type { Incident } from '@shared/model';
import { toIsoWithOffset } from '@shared/time';
import { incidentsDueCallBack } from '../../../renderer/db/callBacks';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { freshDb, NOW } from '../../fixtures/database';

let db: ConsoleDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

const DAY = 86_400_000;
const iso = (ms: number) => toIsoWithOffset(ms, 480);
const owed = (n: number, dueMs: number) =>
  ({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    number: `SJ-${n}`,
    state: 'closed',
    callBackDueAt: iso(dueMs),
  }) as unknown as Incident;

describe('the call-backs owed', () => {
  it('lists those owed since the page’s start, soonest first, and leaves older ones out', async () => {
    db = await freshDb();
    await db.incidents.bulkPut([owed(1, NOW - 400 * DAY), owed(2, NOW + 2 * DAY), owed(3, NOW - 10 * DAY), owed(4, NOW - 200 * DAY)]);
    const listed = await incidentsDueCallBack(db, iso(NOW - 90 * DAY));
    expect(listed.map((i) => i.number)).toEqual(['SJ-3', 'SJ-2']);
  });
});
