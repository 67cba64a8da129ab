// Registration through the executor: logged as a command with the ids it handed out, and, for a
// caller still holding its own transaction, written in that transaction and undone with it.
import { afterEach, describe, expect, it } from 'vitest';
import { registerComplaints } from '../../../renderer/db/complaints';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, freshDb, registration } from '../../fixtures/database';

let db: ConsoleDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

describe('registration as a command', () => {
  it('is logged by name with the ids it handed out', async () => {
    db = await freshDb();
    const result = await registerComplaints(db, [registration()], await contextFor(db));
    if (!result.ok) throw new Error(result.error.code);
    const [entry] = await db.commandLog.where('name').equals('complaint.register').toArray();
    const { complaint, incident } = result.value.saved[0]!;
    expect(entry?.ids).toEqual(expect.arrayContaining([complaint.id, incident.id]));
    expect(entry?.actorName).toBe('陈晓');
  });

  it('within a caller’s transaction, is undone with it, numbers included', async () => {
    db = await freshDb();
    const ctx = await contextFor(db);
    await expect(
      db.transaction('rw', [db.complaints, db.incidents, db.timeline, db.counters, db.plans], async () => {
        const inner = await registerComplaints(db, [registration()], ctx);
        expect(inner.ok).toBe(true);
        throw new Error('the caller gives up');
      }),
    ).rejects.toThrow('the caller gives up');
    expect(await db.complaints.count()).toBe(0);
    expect(await db.counters.count()).toBe(0);
    const again = await registerComplaints(db, [registration()], ctx);
    expect(again.ok && again.value.saved[0]!.complaint.number).toBe('TS-20261123-0001');
  });
});
