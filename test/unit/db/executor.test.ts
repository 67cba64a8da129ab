// The executor: a command's arguments are checked at their fields, its decision is taken on what
// it read, and its rows and timeline entries are written together or not at all.
import type { RefusalCode } from '@shared/refusalCodes';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decided, refused } from '@shared/commandKit';
import type { Contact } from '@shared/command';
import { execute, maintain, readTogether, type Command } from '../../../renderer/db/executor';
import { ORGANISATION_TIMELINE } from '../../../renderer/db/organisation';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, freshDb, LEADER, NOW } from '../../fixtures/database';

let db: ConsoleDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

const contact = (id: string, organisation: string): Contact => ({
  id,
  category: 'police',
  organisation,
  name: '',
  title: '',
  phones: ['110'],
  notes: '',
  sample: false,
  updatedAt: '2026-11-23T10:00:00+08:00',
  updatedBy: LEADER.id,
});

/** Adds two contacts, or refuses when one of that name exists; `breakSecond` makes the second write fail. */
const EVERYONE = { roles: ['leader', 'deputy', 'member', 'staff', 'trainer'] } as const;

const addPair: Command<{ name: string; breakSecond: boolean }, { taken: boolean }, string[]> = {
  name: 'test.addPair',
  access: EVERYONE,
  args: z.object({ name: z.string().min(1, { error: 'validation.required' }), breakSecond: z.boolean() }),
  tables: ['contacts'],
  read: async (d, { name }) => ({ taken: (await d.contacts.filter((c) => c.organisation === name).count()) > 0 }),
  decide: (seen, { name, breakSecond }, stamp) => {
    if (seen.taken) return refused('contact-taken' as RefusalCode, { name });
    const first = contact(stamp.newId(), name);
    const second = breakSecond
      ? { ...contact(stamp.newId(), `${name}二`), id: undefined as unknown as string }
      : contact(stamp.newId(), `${name}二`);
    return decided(
      [first.id, second.id],
      [
        { put: 'contacts', row: first },
        { put: 'contacts', row: second },
      ],
      [{ incidentId: ORGANISATION_TIMELINE, kind: 'contact-added', params: { name } }],
    );
  },
};

/** The log after the fresh store's own first entry (its seeding). */
const loggedAfterSeeding = async (target: ConsoleDb) =>
  (await target.commandLog.orderBy('seq').toArray()).filter((e) => e.name !== 'store.seed');

describe('the command executor', () => {
  it('writes the decided rows and the audit entry, stamped with the actor and the instant', async () => {
    db = await freshDb();
    const before = await db.contacts.count();
    const result = await execute(db, addPair, { name: '派出所', breakSecond: false }, await contextFor(db, LEADER, NOW));
    expect(result.ok).toBe(true);
    expect(await db.contacts.count()).toBe(before + 2);
    const audit = await db.timeline.where('incidentId').equals(ORGANISATION_TIMELINE).toArray();
    expect(audit).toEqual([
      expect.objectContaining({ kind: 'contact-added', actorName: '王建国', at: '2026-11-23T10:00:00+08:00', params: { name: '派出所' } }),
    ]);
  });

  it('refuses bad arguments at their field and writes nothing', async () => {
    db = await freshDb();
    const before = await db.contacts.count();
    expect(await execute(db, addPair, { name: '', breakSecond: false }, await contextFor(db))).toEqual({
      ok: false,
      error: { code: 'validation', params: { name: 'validation.required' } },
    });
    expect(await db.contacts.count()).toBe(before);
  });

  it('passes a refusal on with its parameters and writes nothing', async () => {
    db = await freshDb();
    await execute(db, addPair, { name: '派出所', breakSecond: false }, await contextFor(db));
    const count = await db.contacts.count();
    expect(await execute(db, addPair, { name: '派出所', breakSecond: false }, await contextFor(db))).toEqual({
      ok: false,
      error: { code: 'contact-taken', params: { name: '派出所' } },
    });
    expect(await db.contacts.count()).toBe(count);
  });

  it('keeps nothing of a change whose later write fails: the first row and the audit go too', async () => {
    db = await freshDb();
    const before = await db.contacts.count();
    const result = await execute(db, addPair, { name: '消防站', breakSecond: true }, await contextFor(db));
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    expect(await db.contacts.count()).toBe(before);
    expect(await db.timeline.count()).toBe(0);
  });

  it('logs each command it ran, in order, with its arguments, its actor and the ids it handed out', async () => {
    db = await freshDb();
    await execute(db, addPair, { name: '派出所', breakSecond: false }, await contextFor(db, LEADER, NOW));
    await execute(db, addPair, { name: '派出所', breakSecond: false }, await contextFor(db, LEADER, NOW));
    await execute(db, addPair, { name: '医院', breakSecond: false }, await contextFor(db, LEADER, NOW));
    const log = await loggedAfterSeeding(db);
    expect(log.map((entry) => [entry.name, (entry.args as { name: string }).name])).toEqual([
      ['test.addPair', '派出所'],
      ['test.addPair', '医院'],
    ]);
    const added = await db.contacts.filter((c) => c.organisation.startsWith('医院')).toArray();
    expect(log[1]).toMatchObject({ actorId: LEADER.id, at: '2026-11-23T10:00:00+08:00', mode: 'live' });
    expect(log[1]!.ids).toEqual(expect.arrayContaining(added.map((c) => c.id)));
  });

  it('logs nothing for a command that decided to change nothing', async () => {
    db = await freshDb();
    const nothing: Command<{ name: string }, null, string> = {
      access: EVERYONE,
      name: 'test.nothing',
      args: z.object({ name: z.string() }),
      tables: ['contacts'],
      read: async () => null,
      decide: (_seen, { name }) => decided(name),
    };
    expect(await execute(db, nothing, { name: '无事' }, await contextFor(db))).toEqual({ ok: true, value: '无事' });
    expect(await loggedAfterSeeding(db)).toEqual([]);
  });

  it('reads several tables as of one instant', async () => {
    db = await freshDb();
    const counts = await readTogether(db, ['contacts', 'people'], async () => [await db.contacts.count(), await db.people.count()]);
    expect(counts).toEqual([await db.contacts.count(), await db.people.count()]);
  });

  it('keeps nothing of a whole-store change that fails half way, and logs one that succeeds', async () => {
    db = await freshDb();
    const before = await db.contacts.count();
    await expect(
      maintain(db, { name: 'test.clear', tables: ['contacts'] }, async () => {
        await db.contacts.clear();
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await db.contacts.count()).toBe(before);
    await maintain(db, { name: 'test.clear', tables: ['contacts'] }, () => db.contacts.clear());
    expect(await db.contacts.count()).toBe(0);
    expect((await loggedAfterSeeding(db)).map((entry) => entry.name)).toEqual(['test.clear']);
  });
});
