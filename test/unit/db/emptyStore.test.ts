// Whether the store has lost its data is asked at every start of the console (and again when its
// mode opens): it is told from one row of each table, never by counting tables of years of data,
// which IndexedDB does by walking every row.
import { afterEach, describe, expect, it } from 'vitest';
import { isEmptyDatabase } from '../../../renderer/db/backup';
import { registerComplaint } from '../../../renderer/db/complaints';
import { ConsoleDb } from '../../../renderer/db/schema';
import { ensureSeeded } from '../../../renderer/db/seed';
import { contextFor, NOW, registration } from '../../fixtures/database';

let db: ConsoleDb | undefined;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
  db = undefined;
});

/** A store that notes every table IndexedDB is asked to count whole. */
function countingStore(counted: string[]): ConsoleDb {
  const store = new ConsoleDb(`empty-${Math.random().toString(36).slice(2)}`, 'live');
  store.use({
    stack: 'dbcore',
    name: 'note-counts',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          count: (request) => {
            counted.push(name);
            return table.count(request);
          },
        };
      },
    }),
  });
  return store;
}

describe('whether the store is empty', () => {
  it('is told from one row of each table, without counting any table whole', async () => {
    const counted: string[] = [];
    db = countingStore(counted);
    expect(await isEmptyDatabase(db)).toBe(true);
    await ensureSeeded(db, NOW);
    expect(await isEmptyDatabase(db)).toBe(false);
    const made = await registerComplaint(db, registration({ subject: '加油站计量纠纷' }), await contextFor(db));
    expect(made.ok).toBe(true);
    counted.length = 0;
    expect(await isEmptyDatabase(db)).toBe(false);
    expect(counted).toEqual([]);
  });
});
