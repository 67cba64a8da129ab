// PostgreSQL restarted while seats push: pushes cut off fail and are pushed again by the seat; in
// the end every command is applied once, numbers stay unique, and seats are poked again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import type { CommandLogEntry } from '@shared/commandKit';
import { newId } from '@shared/ids';
import { exportSnapshot } from '../../renderer/db/backup';
import { registerComplaint } from '../../renderer/db/complaints';
import type { ConsoleDb } from '../../renderer/db/schema';
import { Pokes } from '../../server/poke';
import { addSeat } from '../../server/seats';
import { pull, push } from '../../server/sync';
import { upload, type Tables } from '../../server/upload';
import { contextFor, freshDb, registration } from '../fixtures/database';
import { officeDatabase, type Cluster } from './pgCluster';

let cluster: Cluster;
let pool: pg.Pool;
let seatDb: ConsoleDb;
let pokes: Pokes;

beforeAll(async () => {
  ({ cluster, pool } = await officeDatabase());
  seatDb = await freshDb();
  await upload(pool, 'live', (await exportSnapshot(seatDb)).tables as Tables);
  pokes = new Pokes(cluster.url);
  await pokes.start();
}, 120_000);

afterAll(async () => {
  await pokes?.stop();
  await pool?.end();
  cluster?.stop();
  seatDb?.close();
  await seatDb?.delete();
});

describe('PostgreSQL restarted under load', () => {
  it('loses no acknowledged command and applies the ones pushed again once', async () => {
    const done = await registerComplaint(seatDb, registration({ subject: '重启期间' }), await contextFor(seatDb));
    expect(done.ok).toBe(true);
    const { seq: _seq, ...template } = (await seatDb.commandLog.orderBy('seq').last())!;
    const seats = await Promise.all(Array.from({ length: 5 }, (_, i) => addSeat(pool, `席位 ${i + 1}`)));
    const poked: number[] = [];
    pokes.subscribe('live', (version) => poked.push(version));
    const PER_SEAT = 40;
    let failures = 0;

    /** A seat pushing its commands one by one, pushing again what got no answer. */
    async function seatWork(seatId: string) {
      const mine = Array.from({ length: PER_SEAT }, (_, i) => ({
        seq: i + 1,
        entry: { ...template, ids: template.ids.map(() => newId()) } as CommandLogEntry,
      }));
      let next = 0;
      while (next < mine.length) {
        try {
          const [answer] = await push(pool, seatId, 'live', [mine[next]!]);
          if (answer && 'version' in answer) next += 1;
        } catch {
          failures += 1;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    }

    const working = Promise.all(seats.map((seat) => seatWork(seat.id)));
    await expect.poll(() => poked.length, { timeout: 10_000 }).toBeGreaterThan(20);
    cluster.restart();
    await working;
    expect(failures).toBeGreaterThan(0);

    const subjects = await pool.query(
      "SELECT doc ->> 'number' AS number FROM office_live.rows WHERE tbl = 'complaints' AND doc ->> 'subject' = '重启期间'",
    );
    expect(subjects.rows.length).toBe(seats.length * PER_SEAT);
    expect(new Set(subjects.rows.map((r) => r.number)).size).toBe(seats.length * PER_SEAT);
    for (const seat of seats) expect((await pull(pool, seat.id, 'live', 0)).lastSeq).toBe(PER_SEAT);
    // Listening again after the restart: the last poke is the office's last version.
    const { version } = await pull(pool, seats[0]!.id, 'live', 0);
    await expect.poll(() => poked.at(-1), { timeout: 10_000 }).toBe(version);
  }, 120_000);
});
