// The office server's HTTP face: each seat proves itself with its token on every call, pushes the
// commands it ran and pulls what changed. Bodies are checked with zod at the door, as the Electron
// bridge checks its calls.
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Pool } from 'pg';
import { z } from 'zod';
import { ModeSchema } from '@shared/model';
import type { Pokes } from './poke';
import type { OfficeTls } from './tls';
import { AttemptLimit, enroll } from './enroll';

/** Passwords one PC may give in a window before being told to wait (an account also locks after five wrong ones in a row). */
export const SIGN_IN_ATTEMPTS = 20;
export const SIGN_IN_WINDOW_MS = 60_000;
import { seatOfToken, type Seat } from './seats';
import { AccountBodySchema, JoinBodySchema, PushedSchema, RowsBodySchema, SessionBodySchema } from '@shared/officeProtocol';
import { changeAccount, givePassword, signOutSession } from './accounts';
import { sessionOf, sessionsOf } from './sessions';
import { join, previewJoin, shareable } from './join';
import type { Tables } from './upload';
import { TABLE_NAMES, type TableName } from '@shared/commandKit';
import { pull, push, rowsNow } from './sync';

const PushBodySchema = z.object({
  mode: ModeSchema,
  commands: z.array(PushedSchema).min(1).max(500),
  /** The sessions of the people whose commands these are (server/sessions.ts). */
  sessions: z.array(z.string().min(1).max(200)).max(50).default([]),
});
const EndSessionBodySchema = z.object({ seat: z.string().min(1).max(40) });
const PullQuerySchema = z.object({ mode: ModeSchema, since: z.coerce.number().int().min(0) });
const EnrollBodySchema = z.object({ code: z.string().min(4).max(40) });
const PokeQuerySchema = z.object({ mode: ModeSchema, token: z.string().min(1).max(200) });

export function officeServer(pool: Pool, options: { logger?: boolean; pokes?: Pokes; tls?: OfficeTls | null } = {}): FastifyInstance {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 8 * 1024 * 1024,
    ...(options.tls ? { https: { cert: options.tls.cert, key: options.tls.key } } : {}),
  }) as unknown as FastifyInstance;

  // Seats run in Electron or in a browser from another address: any origin may ask, as a seat proves
  // itself with its token in a header, never with a cookie.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('access-control-allow-origin', '*');
    if (request.method === 'OPTIONS') {
      reply.header('access-control-allow-methods', 'GET, POST');
      reply.header('access-control-allow-headers', 'authorization, content-type, x-office-session');
      reply.header('access-control-max-age', '600');
      return reply.code(204).send();
    }
  });

  async function seatOf(request: FastifyRequest): Promise<Seat | null> {
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
    return token ? seatOfToken(pool, token) : null;
  }

  app.post('/v1/push', async (request, reply) => {
    const seat = await seatOf(request);
    if (!seat) return reply.code(401).send({ error: 'seat-unknown' });
    const body = PushBodySchema.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ error: 'bad-request' });
    // Who acts is the person of a session this seat holds, whatever the command says.
    const acting = new Set(body.data.commands.map((pushed) => pushed.entry.actorId));
    const signedIn = new Set((await sessionsOf(pool, seat.id, body.data.sessions, acting)).keys());
    return { answers: await push(pool, seat.id, body.data.mode, body.data.commands, signedIn) };
  });

  const sessionToken = (request: FastifyRequest) => {
    const header = request.headers['x-office-session'];
    return typeof header === 'string' && header.length > 0 && header.length <= 200 ? header : null;
  };

  // A password given at a seat: checked against the office's account; passwords are limited per PC besides the account's own lock.
  const passwordTries = new AttemptLimit(SIGN_IN_ATTEMPTS, SIGN_IN_WINDOW_MS);
  app.post('/v1/session', async (request, reply) => {
    const seat = await seatOf(request);
    if (!seat) return reply.code(401).send({ error: 'seat-unknown' });
    // Counted per PC (its address and its seat): several seats behind one address each get their own.
    if (!passwordTries.allow(`${request.ip} ${seat.id}`)) return reply.code(429).send({ error: 'sign-in-wait' });
    const body = SessionBodySchema.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ error: 'bad-request' });
    return givePassword(pool, seat.id, body.data, sessionToken(request));
  });

  app.post('/v1/session/end', async (request, reply) => {
    const seat = await seatOf(request);
    const token = sessionToken(request);
    if (!seat) return reply.code(401).send({ error: 'seat-unknown' });
    const body = EndSessionBodySchema.safeParse(request.body);
    if (!token || !body.success) return reply.code(400).send({ error: 'bad-request' });
    await signOutSession(pool, seat.id, token, body.data.seat);
    return { ok: true };
  });

  app.post('/v1/account', async (request, reply) => {
    const seat = await seatOf(request);
    if (!seat) return reply.code(401).send({ error: 'seat-unknown' });
    const token = sessionToken(request);
    const session = token ? await sessionOf(pool, seat.id, token) : null;
    if (!session) return reply.code(401).send({ error: 'session-unknown' });
    const body = AccountBodySchema.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ error: 'bad-request' });
    return changeAccount(pool, seat.id, { ...session, token: token! }, body.data);
  });

  app.get('/v1/pull', async (request, reply) => {
    const seat = await seatOf(request);
    if (!seat) return reply.code(401).send({ error: 'seat-unknown' });
    const query = PullQuerySchema.safeParse(request.query);
    if (!query.success) return reply.code(400).send({ error: 'bad-request' });
    return pull(pool, seat.id, query.data.mode, query.data.since);
  });

  // Joining: the seat's whole store in one body (a first seat brings the office's history).
  app.post('/v1/join', { bodyLimit: 512 * 1024 * 1024 }, async (request, reply) => {
    const seat = await seatOf(request);
    if (!seat) return reply.code(401).send({ error: 'seat-unknown' });
    const query = PullQuerySchema.pick({ mode: true }).safeParse(request.query);
    const body = JoinBodySchema.safeParse(request.body);
    if (!query.success || !body.success) return reply.code(400).send({ error: 'bad-request' });
    const tables = shareable(body.data.tables as Tables);
    if (body.data.preview) return { ok: true, value: await previewJoin(pool, query.data.mode, tables) };
    return join(pool, query.data.mode, tables);
  });

  app.post('/v1/rows', async (request, reply) => {
    const seat = await seatOf(request);
    if (!seat) return reply.code(401).send({ error: 'seat-unknown' });
    const query = PullQuerySchema.pick({ mode: true }).safeParse(request.query);
    const body = RowsBodySchema.safeParse(request.body);
    if (!query.success || !body.success || !body.data.keys.every((k) => (TABLE_NAMES as readonly string[]).includes(k.table))) {
      return reply.code(400).send({ error: 'bad-request' });
    }
    return rowsNow(pool, query.data.mode, body.data.keys as { table: TableName; key: string }[]);
  });

  // A seat keeps one socket open per mode and is told each new office version on it. A browser
  // cannot put a header on a WebSocket, so the token comes in the address (over TLS in an office).
  const pokes = options.pokes;
  if (pokes) {
    void app.register(websocket);
    void app.register(async (scoped) => {
      scoped.get('/v1/poke', { websocket: true }, async (socket, request) => {
        const query = PokeQuerySchema.safeParse(request.query);
        const seat = query.success ? await seatOfToken(pool, query.data.token) : null;
        if (!query.success || !seat) {
          socket.close(4401, 'seat-unknown');
          return;
        }
        const stop = pokes.subscribe(query.data.mode, (version) => socket.send(JSON.stringify({ version })));
        socket.on('close', stop);
        socket.send(JSON.stringify({ ready: true }));
      });
    });
  }

  // A new PC exchanges its one-time code for its token; wrong codes are limited per address.
  const attempts = new AttemptLimit();
  app.post('/v1/enroll', async (request, reply) => {
    if (!attempts.allow(request.ip)) return reply.code(429).send({ error: 'enroll-wait' });
    const body = EnrollBodySchema.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ error: 'bad-request' });
    const seat = await enroll(pool, body.data.code);
    if (!seat) return reply.code(403).send({ error: 'enroll-code-refused' });
    return { seatId: seat.id, name: seat.name, token: seat.token };
  });

  app.get('/v1/health', async () => ({ ok: true }));
  return app;
}
