// A registration the screen shows as saved is on disk: every write transaction asks IndexedDB
// for strict durability, not Chromium's relaxed default.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerComplaint } from '../../../renderer/db/complaints';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, freshDb, registration } from '../../fixtures/database';

let db: ConsoleDb;
afterEach(async () => {
  vi.restoreAllMocks();
  db?.close();
  if (db) await db.delete();
});

describe('durability of a registration', () => {
  it('writes the complaint, its incident and the timeline in a strictly durable transaction', async () => {
    // Dexie binds the database's transaction method when it opens, so the spy goes first.
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    db = await freshDb();
    const context = await contextFor(db);
    transaction.mockClear();

    const result = await registerComplaint(db, registration(), context);

    expect(result.ok).toBe(true);
    const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.map(([, , options]) => options?.durability)).toEqual(writes.map(() => 'strict'));
  });
});
