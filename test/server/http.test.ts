// The office server over HTTP: a seat proves itself with its token on every call, and a body that
// does not fit is refused at the door with nothing applied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import type { FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import { mkdtempSync, rmSync } from 'node:fs';
import { get as httpsGet } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { officeServer } from '../../server/app';
import { officeTls } from '../../server/tls';
import { migrate, MIGRATIONS } from '../../server/db/migrations';
import { issueCode } from '../../server/enroll';
import { Pokes } from '../../server/poke';
import { addSeat } from '../../server/seats';
import { officeDatabase, type Cluster } from './pgCluster';
import { selfSignedIn } from '../fixtures/certificates';
import { givePassword, withAccounts } from './officeSessions';
import { exportSnapshot } from '../../renderer/db/backup';
import { upload, type Tables } from '../../server/upload';
import { freshDb, STAFF } from '../fixtures/database';

let cluster: Cluster;
let pool: pg.Pool;
let app: FastifyInstance;
let pokes: Pokes;
let base: string;

beforeAll(async () => {
  ({ cluster, pool } = await officeDatabase());
  pokes = new Pokes(cluster.url);
  await pokes.start();
  app = officeServer(pool, { pokes });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
}, 120_000);

afterAll(async () => {
  await app?.close();
  await pokes?.stop();
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
    expect(pulled.json()).toEqual({ version: 0, latest: 0, rows: [], lastSeq: 0 });
  });

  it('lets a seat in a browser from another address call it with its token', async () => {
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/v1/push',
      headers: {
        origin: 'http://127.0.0.1:4173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(String(preflight.headers['access-control-allow-headers'])).toContain('authorization');
    const seat = await addSeat(pool, '浏览器席位');
    const pulled = await app.inject({
      method: 'GET',
      url: '/v1/pull?mode=live&since=0',
      headers: { authorization: `Bearer ${seat.token}` },
    });
    expect(pulled.headers['access-control-allow-origin']).toBe('*');
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
    const newest = MIGRATIONS.at(-1)!.version;
    expect(await migrate(pool)).toBe(newest);
    const steps = await pool.query('SELECT version FROM public.schema_migrations ORDER BY version');
    expect(steps.rows).toEqual(MIGRATIONS.map((step) => ({ version: step.version })));
  });

  it('enrolls a seat once for a one-time code, typed as it is read out, and refuses it after', async () => {
    const code = await issueCode(pool, '宣传组');
    const typed = code.toLowerCase().replace(/-/g, ' ');
    const enrolled = await app.inject({ method: 'POST', url: '/v1/enroll', payload: { code: typed } });
    expect(enrolled.statusCode).toBe(200);
    const { token, name } = enrolled.json() as { token: string; name: string };
    expect(name).toBe('宣传组');
    const pulled = await app.inject({ method: 'GET', url: '/v1/pull?mode=live&since=0', headers: { authorization: `Bearer ${token}` } });
    expect(pulled.statusCode).toBe(200);
    const again = await app.inject({ method: 'POST', url: '/v1/enroll', payload: { code } });
    expect(again.statusCode).toBe(403);
    const expired = await issueCode(pool, '后勤组', -1);
    expect((await app.inject({ method: 'POST', url: '/v1/enroll', payload: { code: expired } })).statusCode).toBe(403);
  });

  it('makes a caller guessing codes wait after five tries in a minute', async () => {
    const fresh = officeServer(pool);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1)
      statuses.push((await fresh.inject({ method: 'POST', url: '/v1/enroll', payload: { code: `WRONG-CODE-${i}` } })).statusCode);
    expect(statuses).toEqual([403, 403, 403, 403, 403, 429]);
    // Even the right code waits out the minute.
    const code = await issueCode(pool, '协调组');
    expect((await fresh.inject({ method: 'POST', url: '/v1/enroll', payload: { code } })).statusCode).toBe(429);
    await fresh.close();
  });

  it('pokes every seat of the mode with the new office version as soon as a command is applied', async () => {
    const duty = await addSeat(pool, '值班席');
    const leader = await addSeat(pool, '组长席');
    const socket = new WebSocket(`${base.replace('http', 'ws')}/v1/poke?mode=live&token=${leader.token}`);
    const messages: unknown[] = [];
    const ready = new Promise<void>((resolve) =>
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { ready?: true };
        if (message.ready) resolve();
        else messages.push(message);
      }),
    );
    await ready;
    // The office's people and accounts, brought by a first seat; the duty desk's 陈晓 signs in there.
    const first = await freshDb();
    await withAccounts(first, [STAFF.id]);
    expect((await upload(pool, 'live', (await exportSnapshot(first)).tables as Tables)).ok).toBe(true);
    first.close();
    await first.delete();
    const session = (await givePassword(base, duty.token, STAFF.id)).body.value!.token!;
    const entry = {
      name: 'complaint.register',
      args: { inputs: [] },
      actorId: STAFF.id,
      actorName: STAFF.name,
      at: '2026-11-23T10:00:00+08:00',
      nowMs: 0,
      mode: 'live',
      ids: [],
    };
    const pushed = await app.inject({
      method: 'POST',
      url: '/v1/push',
      headers: { authorization: `Bearer ${duty.token}` },
      payload: { mode: 'live', commands: [{ seq: 1, entry }], sessions: [session] },
    });
    const [answer] = (pushed.json() as { answers: { version: number }[] }).answers;
    expect(answer!.version).toBeGreaterThan(0);
    // The sign-in was a version of its own, told too; the command's is the newest.
    await expect.poll(() => messages.at(-1)).toEqual({ version: answer!.version });
    socket.close();
  });

  it('closes the poke socket of a token it did not give out', async () => {
    const socket = new WebSocket(`${base.replace('http', 'ws')}/v1/poke?mode=live&token=not-a-token`);
    const code = await new Promise<number>((resolve) => socket.on('close', (closed) => resolve(closed)));
    expect(code).toBe(4401);
  });
});

describe('the office server with the office certificate', () => {
  it('speaks only TLS with OFFICE_CERT and OFFICE_KEY, and knows the certificate’s fingerprint to print with codes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'office-tls-'));
    try {
      selfSignedIn(dir);
      expect(officeTls({})).toBeNull();
      expect(() => officeTls({ OFFICE_CERT: join(dir, 'office.crt') })).toThrow('OFFICE_KEY');
      const tls = officeTls({ OFFICE_CERT: join(dir, 'office.crt'), OFFICE_KEY: join(dir, 'office.key') })!;
      expect(tls.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
      const secure = officeServer(pool, { tls });
      const at = await secure.listen({ port: 0, host: '127.0.0.1' });
      try {
        expect(at.startsWith('https://')).toBe(true);
        // A client trusting the office certificate is answered; plain HTTP is not.
        const answer = await new Promise<{ status: number; peer: string }>((resolve, reject) => {
          const request = httpsGet(`${at}/v1/health`, { ca: tls.cert }, (response) => {
            const peer = (response.socket as import('node:tls').TLSSocket).getPeerX509Certificate()?.fingerprint256 ?? '';
            response.resume();
            resolve({ status: response.statusCode ?? 0, peer });
          });
          request.on('error', reject);
        });
        expect(answer).toEqual({ status: 200, peer: tls.fingerprint });
        await expect(fetch(at.replace('https://', 'http://') + '/v1/health')).rejects.toThrow();
      } finally {
        await secure.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
