// First run: an empty store gets the default plan and the sample organisation at once, logged
// once; a store that has a plan is left as it is, with nothing logged at each start.
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleDb } from '../../../renderer/db/schema';
import { ensureSeeded } from '../../../renderer/db/seed';
import { NOW } from '../../fixtures/database';

let db: ConsoleDb | null = null;
afterEach(async () => {
  db?.close();
  await db?.delete();
  db = null;
});

describe('seeding a store', () => {
  it('writes the plan and the sample organisation into an empty store, logged once by the system', async () => {
    db = new ConsoleDb(`seed-${Math.random().toString(36).slice(2)}`, 'live');
    await ensureSeeded(db, NOW);
    expect(await db.plans.count()).toBe(1);
    expect(await db.teams.count()).toBeGreaterThan(0);
    expect(await db.people.count()).toBeGreaterThan(0);
    expect(await db.contacts.count()).toBeGreaterThan(0);
    expect(await db.commandLog.toArray()).toEqual([
      expect.objectContaining({ name: 'store.seed', actorId: 'system', at: '2026-11-23T10:00:00+08:00' }),
    ]);
  });

  it('leaves a store that has a plan as it is, and logs nothing', async () => {
    db = new ConsoleDb(`seed-${Math.random().toString(36).slice(2)}`, 'live');
    await ensureSeeded(db, NOW);
    const people = await db.people.count();
    await db.people.clear();
    await ensureSeeded(db, NOW + 60_000);
    await Promise.all([ensureSeeded(db, NOW + 120_000), ensureSeeded(db, NOW + 120_000)]);
    expect(await db.people.count()).toBe(0);
    expect(people).toBeGreaterThan(0);
    expect(await db.commandLog.count()).toBe(1);
  });
});
