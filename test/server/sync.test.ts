// The office server on a real PostgreSQL (a throwaway cluster): each seat's commands are applied
// exactly once and in the seat's order, by the same decisions the seats take; numbers stay unique
// across seats; the server, not the seat, decides who may do what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import type { CommandLogEntry } from '@shared/commandKit';
import { newId } from '@shared/ids';
import type { Complaint } from '@shared/model';
import { exportSnapshot } from '../../renderer/db/backup';
import { registerComplaint } from '../../renderer/db/complaints';
import type { ConsoleDb } from '../../renderer/db/schema';
import { addSeat } from '../../server/seats';
import { pull, push } from '../../server/sync';
import { upload, type Tables } from '../../server/upload';
import { contextFor, freshDb, registration, STAFF } from '../fixtures/database';
import { officeDatabase, type Cluster } from './pgCluster';

let cluster: Cluster;
let pool: pg.Pool;
let seatDb: ConsoleDb;

beforeAll(async () => {
  ({ cluster, pool } = await officeDatabase());
  // The first seat joins and brings the office's plan and organisation.
  seatDb = await freshDb();
  const { tables } = await exportSnapshot(seatDb);
  const result = await upload(pool, 'live', tables as Tables);
  expect(result.ok).toBe(true);
}, 120_000);

afterAll(async () => {
  await pool?.end();
  cluster?.stop();
  seatDb?.close();
  await seatDb?.delete();
});

/** What the seat's executor logged when it registered a complaint on its own store. */
async function registeredAtSeat(subject: string): Promise<CommandLogEntry> {
  const done = await registerComplaint(seatDb, registration({ subject }), await contextFor(seatDb));
  expect(done.ok).toBe(true);
  const entry = await seatDb.commandLog.orderBy('seq').last();
  expect(entry?.name).toBe('complaint.register');
  const { seq: _seq, ...logged } = entry!;
  return logged;
}

/** The same registration as another seat would have logged it: its own ids. */
const atAnotherSeat = (entry: CommandLogEntry): CommandLogEntry => ({ ...entry, ids: entry.ids.map(() => newId()) });

async function complaintsOnServer(): Promise<Complaint[]> {
  const found = await pool.query<{ doc: Complaint }>("SELECT doc FROM office_live.rows WHERE tbl = 'complaints' AND doc IS NOT NULL");
  return found.rows.map((row) => row.doc);
}

const savedNumber = (answer: Awaited<ReturnType<typeof push>>[number]) =>
  'outcome' in answer && answer.outcome.ok
    ? (answer.outcome.value as { saved: { complaint: Complaint }[] }).saved[0]!.complaint.number
    : null;

describe('the office server', () => {
  it('applies a command once when the seat pushes it again after losing the answer', async () => {
    const seat = await addSeat(pool, '值班席');
    const entry = await registeredAtSeat('加油数量争议（一）');
    const before = (await complaintsOnServer()).length;
    const [first] = await push(pool, seat.id, 'live', [{ seq: 1, entry }]);
    const [again] = await push(pool, seat.id, 'live', [{ seq: 1, entry }]);
    expect(first).toMatchObject({ seq: 1, outcome: { ok: true } });
    expect(again).toEqual({ ...first, again: true });
    expect((await complaintsOnServer()).length).toBe(before + 1);
    // The server numbered it and kept the seat's ids: the seat's own row is the office's.
    const complaint = (await complaintsOnServer()).find((c) => c.subject === '加油数量争议（一）')!;
    expect(complaint.id).toBe(entry.ids[0]);
    expect(complaint.number).toBe(savedNumber(first!));
  });

  it('never answers another command pushed under a number already used as if it were applied', async () => {
    const seat = await addSeat(pool, '恢复过的席位');
    const first = await registeredAtSeat('恢复前');
    const [applied] = await push(pool, seat.id, 'live', [{ seq: 1, entry: first }]);
    expect(applied).toMatchObject({ seq: 1, outcome: { ok: true } });
    // The seat's store went back to a backup and numbers a new command 1 again.
    const other = await registeredAtSeat('恢复后');
    const before = (await complaintsOnServer()).length;
    const [answer] = await push(pool, seat.id, 'live', [{ seq: 1, entry: other }]);
    expect(answer).toEqual({ seq: 1, outOfOrder: true, expected: 2 });
    expect((await complaintsOnServer()).length).toBe(before);
  });

  it('applies a seat’s commands in its order, and takes none after a gap', async () => {
    const seat = await addSeat(pool, '信息组');
    const one = await registeredAtSeat('顺序（一）');
    const two = await registeredAtSeat('顺序（二）');
    const early = await push(pool, seat.id, 'live', [{ seq: 2, entry: two }]);
    expect(early).toEqual([{ seq: 2, outOfOrder: true, expected: 1 }]);
    expect((await complaintsOnServer()).some((c) => c.subject === '顺序（二）')).toBe(false);
    const answers = await push(pool, seat.id, 'live', [
      { seq: 2, entry: two },
      { seq: 1, entry: one },
    ]);
    expect(answers.map((a) => a.seq)).toEqual([1, 2]);
    const [first, second] = answers.map((a) => ('version' in a ? a.version : 0));
    expect(second).toBeGreaterThan(first!);
    // Numbers follow the seat's order.
    expect(savedNumber(answers[0]!)! < savedNumber(answers[1]!)!).toBe(true);
  });

  it('numbers registrations from 20 seats at once with no number twice', async () => {
    const template = await registeredAtSeat('同时登记');
    const seats = await Promise.all(Array.from({ length: 20 }, (_, i) => addSeat(pool, `席位 ${i + 1}`)));
    const answers = await Promise.all(seats.map((seat) => push(pool, seat.id, 'live', [{ seq: 1, entry: atAnotherSeat(template) }])));
    const numbers = answers.map(([answer]) => savedNumber(answer!));
    expect(numbers.every((n) => n !== null)).toBe(true);
    expect(new Set(numbers).size).toBe(20);
    const all = (await complaintsOnServer()).map((c) => c.number);
    expect(new Set(all).size).toBe(all.length);
  });

  it('refuses a command the person’s role does not allow, whatever the seat allowed, and writes nothing', async () => {
    const seat = await addSeat(pool, '被改过的席位');
    const { version: before } = await pull(pool, seat.id, 'live', 0);
    const entry: CommandLogEntry = {
      name: 'calendar.approveYear',
      args: { year: 2027 },
      actorId: STAFF.id,
      actorName: STAFF.name,
      at: '2026-11-23T10:00:00+08:00',
      nowMs: Date.parse('2026-11-23T10:00:00+08:00'),
      mode: 'live',
      ids: [],
    };
    const [answer] = await push(pool, seat.id, 'live', [{ seq: 1, entry }]);
    expect(answer).toMatchObject({ outcome: { ok: false, error: { code: 'command-not-permitted', params: { role: 'staff' } } } });
    const after = await pull(pool, seat.id, 'live', before);
    expect(after.rows).toEqual([]);
    // Refused is still answered: the seat's number is used, and a repeat gets the same refusal.
    expect(after.lastSeq).toBe(1);
  });

  it('lets a seat pull the rows changed since its version, the other seats’ among them', async () => {
    const seat = await addSeat(pool, '组长席');
    const { version } = await pull(pool, seat.id, 'live', 0);
    const other = await addSeat(pool, '另一席位');
    const [answer] = await push(pool, other.id, 'live', [{ seq: 1, entry: atAnotherSeat(await registeredAtSeat('拉取')) }]);
    const pulled = await pull(pool, seat.id, 'live', version);
    expect(pulled.version).toBe('version' in answer! ? answer.version : -1);
    expect(pulled.rows.map((r) => r.table).sort()).toEqual(['complaints', 'counters', 'counters', 'incidents', 'timeline']);
    // Nothing of it reaches the drill.
    const drill = await pull(pool, seat.id, 'drill', 0);
    expect(drill.rows).toEqual([]);
  });

  it('refuses to take in a seat’s data that clashes with the office’s, and takes in none of it', async () => {
    const seat = await addSeat(pool, '另一个办公室的席位');
    const { version } = await pull(pool, seat.id, 'live', 0);
    const { tables } = await exportSnapshot(seatDb);
    const people = (tables.people as { id: string; name: string }[]).map((p, i) => (i === 0 ? { ...p, name: '别人' } : p));
    // A plan of its own comes first, and must not stay behind when the people clash.
    const extra = { ...(tables.plans as object[])[0]!, id: newId() };
    const result = await upload(pool, 'live', { plans: [extra], people } as Tables);
    expect(result).toMatchObject({ ok: false, error: { code: 'office-upload-clash', params: { table: 'people', key: people[0]!.id } } });
    expect((await pull(pool, seat.id, 'live', version)).rows).toEqual([]);
    // The same data again is no clash: a seat that joined before may join again.
    expect((await upload(pool, 'live', { people: tables.people } as Tables)).ok).toBe(true);
  });
});
