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
});
