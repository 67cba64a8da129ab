// The office server over HTTP: a seat proves itself with its token on every call, and a body that
// does not fit is refused at the door with nothing applied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { officeServer } from '../../server/app';
import { migrate } from '../../server/db/migrations';
import { addSeat } from '../../server/seats';
import { startCluster, type Cluster } from './pgCluster';

let cluster: Cluster;
let pool: pg.Pool;
let app: FastifyInstance;

beforeAll(async () => {
  cluster = await startCluster();
  pool = cluster.pool();
  await migrate(pool);
  app = officeServer(pool);
  await app.ready();
}, 120_000);

afterAll(async () => {
  await app?.close();
  await pool?.end();
  cluster?.stop();
});

describe('the office server over HTTP', () => {
  it('answers only a seat with a token it gave out', async () => {
    const seat = await addSeat(pool, '值班席');
    const anonymous = await app.inject({ method: 'GET', url: '/v1/pull?mode=live&since=0' });
    expect(anonymous.statusCode).toBe(401);
    const wrong = await app.inject({ method: 'GET', url: '/v1/pull?mode=live&since=0', headers: { authorization: 'Bearer not-a-token' } });
    expect(wrong.statusCode).toBe(401);
    const pulled = await app.inject({
      method: 'GET',
      url: '/v1/pull?mode=live&since=0',
      headers: { authorization: `Bearer ${seat.token}` },
    });
    expect(pulled.statusCode).toBe(200);
    expect(pulled.json()).toEqual({ version: 0, rows: [], lastSeq: 0 });
  });

  it('refuses a push that does not fit, and applies nothing of it', async () => {
    const seat = await addSeat(pool, '信息组');
    const headers = { authorization: `Bearer ${seat.token}` };
    const bad = await app.inject({
      method: 'POST',
      url: '/v1/push',
      headers,
      payload: { mode: 'live', commands: [{ seq: 0, entry: {} }] },
    });
    expect(bad.statusCode).toBe(400);
    const mixed = await app.inject({ method: 'POST', url: '/v1/push', headers, payload: { mode: 'both', commands: [] } });
    expect(mixed.statusCode).toBe(400);
    const after = await app.inject({ method: 'GET', url: '/v1/pull?mode=live&since=0', headers });
    expect(after.json()).toMatchObject({ version: 0, lastSeq: 0 });
  });

  it('creates its schema once, however often it starts', async () => {
    expect(await migrate(pool)).toBe(1);
    const steps = await pool.query('SELECT version FROM public.schema_migrations');
    expect(steps.rows).toEqual([{ version: 1 }]);
  });
});
