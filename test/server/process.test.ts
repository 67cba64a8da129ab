// The office server as it runs in an office: `npm run office-server` with a DATABASE_URL creates
// its schema and serves; killed in the middle of a push (SIGKILL) and started again, it has every
// command it answered for, and a seat pushing the rest again gets each applied once.
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import type { CommandLogEntry } from '@shared/commandKit';
import { newId } from '@shared/ids';
import { exportSnapshot } from '../../renderer/db/backup';
import { registerComplaint } from '../../renderer/db/complaints';
import type { ConsoleDb } from '../../renderer/db/schema';
import { migrate, MIGRATIONS } from '../../server/db/migrations';
import { addSeat } from '../../server/seats';
import { upload, type Tables } from '../../server/upload';
import { contextFor, freshDb, registration, STAFF } from '../fixtures/database';
import { givePassword, withAccounts } from './officeSessions';
import { kill, oneTimeCode, startServer } from './officeProcess';
import { freePort, startCluster, type Cluster } from './pgCluster';

let cluster: Cluster;
let pool: pg.Pool;
let seatDb: ConsoleDb;
let server: ChildProcess | null = null;

beforeAll(async () => {
  cluster = await startCluster();
  pool = cluster.pool();
  seatDb = await freshDb();
}, 120_000);

afterAll(async () => {
  if (server) kill(server);
  await pool?.end();
  cluster?.stop();
  seatDb?.close();
  await seatDb?.delete();
});

describe('npm run office-server', () => {
  it('creates its schema on a new database, and after SIGKILL mid-push keeps what it answered and applies the rest once', async () => {
    const port = await freePort();
    server = await startServer(cluster.url, port);
    const newest = MIGRATIONS.at(-1)!.version;
    expect(await pool.query('SELECT max(version) AS version FROM public.schema_migrations')).toMatchObject({ rows: [{ version: newest }] });
    expect(await migrate(pool)).toBe(newest);
    await withAccounts(seatDb, [STAFF.id]);
    await upload(pool, 'live', (await exportSnapshot(seatDb)).tables as Tables);
    const seat = await addSeat(pool, '值班席');
    const session = (await givePassword(`http://127.0.0.1:${port}`, seat.token, STAFF.id)).body.value!.token!;

    const done = await registerComplaint(seatDb, registration({ subject: '断电前后' }), await contextFor(seatDb, STAFF));
    expect(done.ok).toBe(true);
    const { seq: _seq, ...logged } = (await seatDb.commandLog.orderBy('seq').last())!;
    const commands = Array.from({ length: 500 }, (_, i) => ({
      seq: i + 1,
      entry: { ...logged, ids: logged.ids.map(() => newId()) } as CommandLogEntry,
    }));
    const send = (body: unknown) =>
      fetch(`http://127.0.0.1:${port}/v1/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${seat.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ ...(body as object), sessions: [session] }),
      });

    // The first half is answered; the second is cut off by the kill, part applied, part not.
    const answered = await send({ mode: 'live', commands: commands.slice(0, 100) });
    expect(answered.ok).toBe(true);
    const cut = send({ mode: 'live', commands: commands.slice(100) }).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 150));
    kill(server);
    await cut;

    const applied = async () =>
      Number(
        (await pool.query("SELECT count(*) AS n FROM office_live.rows WHERE tbl = 'complaints' AND doc ->> 'subject' = '断电前后'")).rows[0]
          .n,
      );
    const afterKill = await applied();
    expect(afterKill).toBeGreaterThanOrEqual(100);
    expect(afterKill).toBeLessThan(500);

    server = await startServer(cluster.url, port);
    const again = await send({ mode: 'live', commands });
    const answers = ((await again.json()) as { answers: { seq: number; again?: true }[] }).answers;
    expect(answers.map((a) => a.seq)).toEqual(commands.map((c) => c.seq));
    expect(answers.filter((a) => a.again).length).toBe(afterKill);
    expect(await applied()).toBe(500);
    const numbers = (await pool.query("SELECT doc ->> 'number' AS number FROM office_live.rows WHERE tbl = 'complaints'")).rows.map(
      (r) => r.number,
    );
    expect(new Set(numbers).size).toBe(numbers.length);
  }, 120_000);

  it('prints a one-time code for a new seat, and that PC enrolls with it', async () => {
    if (server) kill(server);
    const port = await freePort();
    server = await startServer(cluster.url, port);
    const { code, printed } = oneTimeCode(cluster.url, '值班席');
    expect(printed).toContain('值班席');
    const enrolled = await fetch(`http://127.0.0.1:${port}/v1/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    expect(enrolled.status).toBe(200);
    expect(await enrolled.json()).toMatchObject({ name: '值班席' });
    kill(server);
    server = null;
  }, 60_000);
});
