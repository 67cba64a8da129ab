// The "officeSeats" section of `npm run bench`: seats of one office, each the console's own store
// (Dexie over fake-indexeddb) kept in step by the console's own OfficeSeat (push after each saved
// command, pull on each poke), all in this Node process, against the office server on a throwaway
// PostgreSQL. Built and run by scripts/officeBench.mjs; the figures go to the file named by
// BENCH_OFFICE_OUT.
//
//   at20Seats          20 seats × 5 commands/s for 60 s (a registration, then 核实 of the incident it
//                      made, in turn), on a steady schedule: commands applied per second,
//                      push-to-poke latency, and that every command reached the office exactly once
//                      and every seat ended with the office's rows.
//   with100kIncidents  the same, with 100,000 more incidents (and their complaints) in the office's
//                      database. They are written at version 0, before the office's first version,
//                      so no seat pulls them (20 stores of 100,000 incidents do not fit one process):
//                      they weigh on the server's tables, indexes and queries only.
//   catchUp10k         one seat cut off (it keeps working: a few commands of its own) while the office
//                      applies 10,000 commands; then, the office quiet, its sync rounds timed until it
//                      is in step (pulls of at most PULL_VERSIONS versions each). The 10,000 come from
//                      20 clients with no store of their own, each pushing registrations (a real
//                      seat's entry with a new form and new ids) 5 times a second and listening for
//                      pokes, the other seats closed: so this is also the office server at the full
//                      100 commands a second, which the 20 stores in one process cannot offer (each
//                      store applies every seat's rows: the whole office's work, 20 times over).
//
// Push-to-poke latency of a command: from the moment its seat sent the push carrying it until the
// last of the other seats received the poke for the office version it got. Also reported: from its
// save on the seat (a push waits for the seat's round under way), and until every other seat's
// store holds it (their pull after the poke); both include the time the seats' process, busy with
// 20 stores, takes to get to it.
//
// The office server runs as `npm run office-server` does, in a process of its own (a real office's
// server is not on the seats' PCs); BENCH_OFFICE_SERVER=inprocess runs it in this process instead.
// Other knobs: BENCH_OFFICE_SEATS, BENCH_OFFICE_RATE (per seat per second), BENCH_OFFICE_SECONDS,
// BENCH_OFFICE_INCIDENTS, BENCH_OFFICE_CATCHUP.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { ChildProcess } from 'node:child_process';
import type pg from 'pg';
import WsSocket from 'ws';
import { canonicalJson } from '@shared/backupFormat';
import { officialCalendar } from '@shared/calendar';
import type { CommandLogEntry, TableName } from '@shared/commandKit';
import { newId } from '@shared/ids';
import type { Actor } from '@shared/model';
import type { PushAnswer } from '@shared/officeProtocol';
import { SAMPLE_PEOPLE } from '@shared/sampleOrganisation';
import { boardRecords, registrationInput } from '../../renderer/bench/generate';
import { registerComplaint } from '../../renderer/db/complaints';
import { applyCommand } from '../../renderer/db/incidents';
import { syncOnce, syncState, waitingCommands, type OfficeLink, type SyncReport } from '../../renderer/db/officeSync';
import { ConsoleDb } from '../../renderer/db/schema';
import { ensureSeeded, planInForce } from '../../renderer/db/seed';
import { givePasswordAt, httpLink } from '../../renderer/office/officeLink';
import { keeperOf } from '../../renderer/office/officeSessions';
import { PASSWORD, withAccounts } from '../server/officeSessions';
import { joinOffice, officeConfig, OfficeSeat, seatBookOf, type OfficeConfig } from '../../renderer/office/officeSeat';
import { officeServer } from '../../server/app';
import { Pokes } from '../../server/poke';
import { addSeat } from '../../server/seats';
import { PULL_VERSIONS } from '../../server/sync';
import { kill, startServer } from '../server/officeProcess';
import { freePort, officeDatabase } from '../server/pgCluster';

const SEATS = Number(process.env.BENCH_OFFICE_SEATS ?? 20);
const RATE = Number(process.env.BENCH_OFFICE_RATE ?? 5);
const SECONDS = Number(process.env.BENCH_OFFICE_SECONDS ?? 60);
const INCIDENTS = Number(process.env.BENCH_OFFICE_INCIDENTS ?? 100_000);
const CATCH_UP = Number(process.env.BENCH_OFFICE_CATCHUP ?? 10_000);
const SERVER = process.env.BENCH_OFFICE_SERVER === 'inprocess' ? 'inprocess' : 'process';
const OUT = process.env.BENCH_OFFICE_OUT;
/** What the cut-off seat does meanwhile: its commands wait and go when it is back. */
const OFFLINE_COMMANDS = 10;
/** How long the seats may take to come in step after a phase before it counts as failed. */
const SETTLE_TIMEOUT_MS = 300_000;
const P95_TARGET_MS = 1_000;

const STAFF: Actor[] = SAMPLE_PEOPLE.filter((person) => person.role === 'staff').map(({ id, name, role }) => ({ id, name, role }));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message: string) => process.stderr.write(`[officeSeats] ${message}\n`);
const round = (ms: number) => Math.round(ms);

function percentiles(values: readonly number[]) {
  if (values.length === 0) return { count: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!);
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: round(sorted.at(-1)!) };
}

/** How many of each: the codes of the seats' own refusals. */
const tally = (codes: readonly string[]) =>
  Object.fromEntries([...new Set(codes)].map((code) => [code, codes.filter((c) => c === code).length]));

/** A command of a seat as the office answered it, with the moments that bound its latency. */
type Applied = { seat: BenchSeat; seq: number; version: number; savedAt: number; sentAt: number; answeredAt: number };

/** Where the probes below report: the seat of each token, and the answers of the phase under way. */
const byToken = new Map<string, BenchSeat>();
let applied: Applied[] = [];
let pushesAgain = 0;

/**
 * The pokes each seat's socket receives, timed as they arrive: the console's OfficeSeat opens its
 * socket with the global WebSocket (Node has none), which here is ws's, with a listener of ours.
 */
class ProbedSocket extends WsSocket {
  constructor(address: string | URL) {
    super(address);
    const seat = byToken.get(new URL(String(address)).searchParams.get('token') ?? '');
    this.on('message', (data) => {
      const { version } = JSON.parse(String(data)) as { version?: number };
      if (seat && version !== undefined) seat.pokes.set(version, performance.now());
    });
  }
}
(globalThis as { WebSocket?: unknown }).WebSocket = ProbedSocket;

/** The office's answers to each seat's pushes, timed from the moment the push was sent (the console's httpLink calls fetch). */
const realFetch = globalThis.fetch;
globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
  const url = input instanceof Request ? input.url : String(input);
  if (!url.endsWith('/v1/push')) return realFetch(input, init);
  const sentAt = performance.now();
  const response = await realFetch(input, init);
  const answeredAt = performance.now();
  const token = String((init?.headers as Record<string, string> | undefined)?.authorization ?? '').replace(/^Bearer /, '');
  const seat = byToken.get(token);
  if (seat && response.ok) {
    const { answers } = (await response.clone().json()) as { answers: PushAnswer[] };
    for (const answer of answers) {
      if (!('version' in answer)) continue;
      if (answer.again) pushesAgain += 1;
      else applied.push({ seat, seq: answer.seq, version: answer.version, savedAt: seat.savedAt[answer.seq] ?? NaN, sentAt, answeredAt });
    }
  }
  return response;
};

/** One PC of the office: its store, its enrollment, and the console's OfficeSeat keeping it in step. */
class BenchSeat {
  readonly pokes = new Map<number, number>();
  /** When each round of its OfficeSeat ended, and the office version its store was then as of. */
  readonly rounds: { at: number; version: number }[] = [];
  /** When its n-th office command was saved (its seat sequence number n). */
  readonly savedAt: number[] = [];
  made = 0;
  /** Commands the seat's own store refused (they never reach the office), with the reason. */
  readonly localRefusals: string[] = [];
  private toVerify: string[] = [];
  private office: OfficeSeat | null = null;
  private serial = 0;

  constructor(
    readonly index: number,
    readonly db: ConsoleDb,
    readonly config: OfficeConfig,
    readonly actor: Actor,
  ) {}

  readonly book = () => seatBookOf(this.db, () => officialCalendar)();
  get seatId(): string {
    return this.config.seatId;
  }
  get name(): string {
    return this.config.name;
  }

  start(): void {
    this.office = new OfficeSeat(this.db, this.config, this.book, (report: SyncReport) => {
      this.rounds.push({ at: performance.now(), version: report.version });
    });
  }

  /** Cut off from the office: no pushes, no pokes, no pulls (the store keeps working). */
  stop(): void {
    this.office?.stop();
    this.office = null;
  }

  /** A registration, or 核实 of the incident its last registration made: saved on the seat, then pushed by its OfficeSeat. */
  async command(): Promise<void> {
    const plan = await planInForce(this.db);
    if (!plan) throw new Error('the seat has no plan');
    const ctx = { actor: this.actor, plan, now: Date.now(), calendar: officialCalendar };
    const verifying = this.toVerify.shift();
    const result = verifying
      ? await applyCommand(this.db, verifying, { type: 'verify' }, ctx)
      : await registerComplaint(this.db, registrationInput(this.index * 1_000_000 + this.serial++, ctx.now, this.actor.id), ctx);
    if (!result.ok) {
      const { code, message, params } = result.error;
      this.localRefusals.push(`${verifying ? 'verify' : 'register'}: ${code} ${message ?? JSON.stringify(params ?? {})}`.slice(0, 160));
      return;
    }
    this.made += 1;
    this.savedAt[this.made] = performance.now();
    if (!verifying && 'incident' in result.value) this.toVerify.push(result.value.incident.id);
  }

  /** The first moment its store was as of `version` or later. */
  pulledAt(version: number): number | undefined {
    let [low, high] = [0, this.rounds.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.rounds[mid]!.version >= version) high = mid;
      else low = mid + 1;
    }
    return this.rounds[low]?.at;
  }
}

type Office = { url: string; pool: pg.Pool; stop: () => Promise<void> };

/** Signs a person in at a PC of the office and keeps the session, as the console's sign-in does. */
async function signInAt(address: { url: string; token: string }, seatId: string, personId: string): Promise<void> {
  const answer = await givePasswordAt(address, { personId, password: PASSWORD, seat: 'BENCH', purpose: 'sign-in' });
  if (!answer.ok || !answer.value.token) throw new Error(`${personId} could not sign in: ${JSON.stringify(answer)}`);
  keeperOf(seatId).keep(personId, answer.value.token);
}

/** A throwaway cluster with the schema in place, and the office server on it with its pokes. */
async function startOffice(): Promise<Office> {
  const { cluster, pool } = await officeDatabase();
  if (SERVER === 'inprocess') {
    const pokes = new Pokes(cluster.url);
    await pokes.start();
    const app = officeServer(cluster.pool(), { pokes });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    return {
      url,
      pool,
      stop: async () => {
        await app.close();
        await pokes.stop();
        cluster.stop();
      },
    };
  }
  const port = await freePort();
  const child: ChildProcess = await startServer(cluster.url, port);
  let stopping = false;
  child.on('exit', (code, signal) => {
    if (!stopping) log(`the office server stopped on its own: ${code ?? signal}`);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pool,
    stop: async () => {
      stopping = true;
      kill(child);
      cluster.stop();
    },
  };
}

const officeVersion = async (pool: pg.Pool) =>
  Number((await pool.query<{ version: string }>('SELECT version FROM office_live.office')).rows[0]!.version);

/** A PC enrolled and joined as the console joins (设置 → 办公室服务器): the first brings its seeded store to the empty office, the others take the office's picture. */
async function joinSeat(office: Office, index: number): Promise<BenchSeat> {
  const enrolled = await addSeat(office.pool, `席位${String(index + 1).padStart(2, '0')}`);
  const db = new ConsoleDb(`bench-seat-${index}`, 'live');
  await ensureSeeded(db, Date.now() - 86_400_000);
  // The first seat brings the office's accounts with its data.
  if (index === 0)
    await withAccounts(
      db,
      STAFF.map((person) => person.id),
    );
  const joined = await joinOffice(
    db,
    { url: office.url, token: enrolled.token, seatId: enrolled.id, name: enrolled.name },
    seatBookOf(db, () => officialCalendar),
  );
  if (!joined.ok) throw new Error(`seat ${index + 1} could not join: ${joined.error.code}`);
  const config = await officeConfig(db);
  if (!config) throw new Error('joined without a configuration');
  const seat = new BenchSeat(index, db, config, STAFF[index % STAFF.length]!);
  // Its person signs in there, as at the console: the office takes each command's actor from the session.
  await signInAt(config, config.seatId, seat.actor.id);
  byToken.set(config.token, seat);
  return seat;
}

/** Waits until every seat has pushed all it made and holds the office's newest version; how long that took. */
async function settle(pool: pg.Pool, seats: readonly BenchSeat[]): Promise<number> {
  const started = performance.now();
  for (;;) {
    const latest = await officeVersion(pool);
    const states = await Promise.all(
      seats.map(async (seat) => ({ version: (await syncState(seat.db)).version, waiting: (await waitingCommands(seat.db)).length })),
    );
    if (states.every((state) => state.waiting === 0 && state.version === latest) && (await officeVersion(pool)) === latest)
      return performance.now() - started;
    if (performance.now() - started > SETTLE_TIMEOUT_MS) throw new Error(`seats not in step after ${SETTLE_TIMEOUT_MS} ms`);
    await sleep(200);
  }
}

/** A table's rows, keyed and in key order, as one digest: the same on a seat and on the office when they hold the same rows. */
function digest(rows: Iterable<{ key: string; doc: unknown }>): { rows: number; sha256: string } {
  const sorted = [...rows].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const hash = createHash('sha256');
  for (const { key, doc } of sorted) hash.update(`${key}\u0000${canonicalJson(doc)}\n`);
  return { rows: sorted.length, sha256: hash.digest('hex') };
}

const COMPARED: readonly { table: TableName; key: string }[] = [
  { table: 'complaints', key: 'id' },
  { table: 'incidents', key: 'id' },
  { table: 'timeline', key: 'id' },
  { table: 'counters', key: 'key' },
];

/**
 * Nothing lost or duplicated: each seat's (and pushing client's) office commands are in the office's
 * record exactly once, numbered 1…n without a gap, with nothing left waiting on the seat; and each
 * seat of `inStep` holds the office's complaints, incidents, timeline and counters, row for row (the
 * rows written at version 0 for the large-database phase excepted: no seat holds those).
 */
async function ledger(pool: pg.Pool, seats: readonly BenchSeat[], clients: readonly Client[] = [], inStep = seats) {
  const recorded = await pool.query<{ seat_id: string; n: string; distinct_seqs: string; last: string }>(
    // The seats' own commands: a sign-in the office recorded has no seat number.
    'SELECT seat_id, count(*) AS n, count(DISTINCT seat_seq) AS distinct_seqs, max(seat_seq) AS last FROM office_live.commands WHERE seat_seq IS NOT NULL GROUP BY seat_id',
  );
  const bySeat = new Map(recorded.rows.map((row) => [row.seat_id, row]));
  let made = 0;
  let lost = 0;
  let duplicated = 0;
  let gaps = 0;
  let waiting = 0;
  for (const maker of [...seats, ...clients]) {
    const row = bySeat.get(maker.seatId);
    const [n, distinct, last] = [Number(row?.n ?? 0), Number(row?.distinct_seqs ?? 0), Number(row?.last ?? 0)];
    made += maker.made;
    lost += Math.max(0, maker.made - distinct);
    duplicated += n - distinct + Math.max(0, distinct - maker.made);
    if (last !== n) gaps += 1;
  }
  for (const seat of seats) {
    const state = await syncState(seat.db);
    waiting += (await waitingCommands(seat.db, state)).length + Math.max(0, seat.made - state.answeredSeq);
  }
  const office: Record<string, { rows: number; sha256: string }> = {};
  for (const { table } of COMPARED) {
    const found = await pool.query<{ key: string; doc: unknown }>(
      'SELECT key, doc FROM office_live.rows WHERE tbl = $1 AND doc IS NOT NULL AND version > 0',
      [table],
    );
    office[table] = digest(found.rows);
  }
  const differing: string[] = [];
  for (const seat of inStep) {
    for (const { table, key } of COMPARED) {
      const rows = (await seat.db.table(table).toArray()) as Record<string, unknown>[];
      const mine = digest(rows.map((row) => ({ key: String(row[key]), doc: row })));
      if (mine.sha256 !== office[table]!.sha256) differing.push(`${seat.name} ${table}: ${mine.rows} rows, office ${office[table]!.rows}`);
    }
  }
  const refused = await pool.query<{ n: string }>("SELECT count(*) AS n FROM office_live.commands WHERE outcome ->> 'ok' = 'false'");
  return {
    commandsMade: made,
    commandsRecorded: recorded.rows.reduce((sum, row) => sum + Number(row.n), 0),
    lost,
    duplicated,
    seatsWithGaps: gaps,
    leftWaiting: waiting,
    refusedByOffice: Number(refused.rows[0]!.n),
    officeRows: Object.fromEntries(Object.entries(office).map(([table, { rows }]) => [table, rows])),
    seatsCompared: inStep.length,
    seatsMatchingOffice: inStep.length - new Set(differing.map((line) => line.split(' ')[0])).size,
    differing: differing.slice(0, 10),
    ok: lost === 0 && duplicated === 0 && gaps === 0 && waiting === 0 && differing.length === 0,
  };
}

/** Each seat makes `rate` commands a second on a steady schedule (seats spread across the interval) for `seconds`. */
async function steadyLoad(pool: pg.Pool, seats: readonly BenchSeat[], rate: number, seconds: number) {
  applied = [];
  pushesAgain = 0;
  const interval = 1_000 / rate;
  const late: number[] = [];
  const loop = monitorEventLoopDelay({ resolution: 10 });
  const startVersion = await officeVersion(pool);
  const madeBefore = seats.reduce((n, seat) => n + seat.made, 0);
  const cpuBefore = process.cpuUsage();
  const t0 = performance.now() + 500;
  const end = t0 + seconds * 1_000;
  loop.enable();
  await Promise.all(
    seats.map(async (seat, i) => {
      for (let k = 0; ; k += 1) {
        const due = t0 + (k + i / seats.length) * interval;
        if (due >= end) return;
        if (due > performance.now()) await sleep(due - performance.now());
        late.push(performance.now() - due);
        await seat.command();
      }
    }),
  );
  const issuedMs = performance.now() - t0;
  const versionAtEnd = await officeVersion(pool);
  const settleMs = await settle(pool, seats);
  loop.disable();
  const cpu = process.cpuUsage(cpuBefore);
  const elapsed = performance.now() - t0;
  const endVersion = await officeVersion(pool);

  const pushToPoke: number[] = [];
  const saveToPoke: number[] = [];
  const pushToPulled: number[] = [];
  const pushAnswered: number[] = [];
  let missingPokes = 0;
  for (const command of applied) {
    const others = seats.filter((seat) => seat !== command.seat);
    const poked = others.map((seat) => seat.pokes.get(command.version));
    const pulled = others.map((seat) => seat.pulledAt(command.version));
    pushAnswered.push(command.answeredAt - command.sentAt);
    if (poked.some((at) => at === undefined)) missingPokes += poked.filter((at) => at === undefined).length;
    else {
      const last = Math.max(...(poked as number[]));
      pushToPoke.push(last - command.sentAt);
      if (Number.isFinite(command.savedAt)) saveToPoke.push(last - command.savedAt);
    }
    if (pulled.every((at) => at !== undefined)) pushToPulled.push(Math.max(...(pulled as number[])) - command.sentAt);
  }
  return {
    seats: seats.length,
    commandsPerSeatPerSecond: rate,
    seconds,
    commandsMade: seats.reduce((n, seat) => n + seat.made, 0) - madeBefore,
    commandsAnswered: applied.length,
    commandsAskedPerSecond: seats.length * rate,
    // Longer than `seconds` where the seats' process could not keep the schedule (see scheduleLateMs).
    issuingSeconds: Number((issuedMs / 1_000).toFixed(1)),
    commandsAppliedPerSecond: Number(((versionAtEnd - startVersion) / (issuedMs / 1_000)).toFixed(1)),
    commandsAppliedPerSecondUntilInStep: Number(((endVersion - startVersion) / (elapsed / 1_000)).toFixed(1)),
    settleMs: round(settleMs),
    pushToPokeMs: percentiles(pushToPoke),
    saveToPokeMs: percentiles(saveToPoke),
    pushToPulledEverywhereMs: percentiles(pushToPulled),
    pushAnsweredMs: percentiles(pushAnswered),
    missingPokes,
    pushesAnsweredAgain: pushesAgain,
    localRefusals: tally(seats.flatMap((seat) => seat.localRefusals.splice(0))),
    scheduleLateMs: percentiles(late),
    seatsProcess: {
      cpuPercentOfOneCore: Math.round(((cpu.user + cpu.system) / 1_000 / elapsed) * 100),
      eventLoopDelayP99Ms: round(loop.percentile(99) / 1e6),
    },
  };
}

/** 100,000 generated incidents with their complaints written straight into the office's rows, at version 0 (no seat pulls them). */
async function addIncidents(pool: pg.Pool, count: number) {
  const started = performance.now();
  const { incidents, complaints } = boardRecords(count, Date.now(), STAFF[0]!.id);
  const BATCH = 5_000;
  for (const [table, rows] of [
    ['incidents', incidents],
    ['complaints', complaints],
  ] as const) {
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      await pool.query(
        'INSERT INTO office_live.rows (tbl, key, doc, version) SELECT $1, key, doc::jsonb, 0 FROM unnest($2::text[], $3::text[]) AS given(key, doc)',
        [table, batch.map((row) => row.id), batch.map((row) => JSON.stringify(row))],
      );
    }
  }
  await pool.query('ANALYZE office_live.rows');
  const total = await pool.query<{ n: string }>("SELECT count(*) AS n FROM office_live.rows WHERE tbl = 'incidents' AND doc IS NOT NULL");
  return { added: count, incidentsInOffice: Number(total.rows[0]!.n), insertMs: round(performance.now() - started) };
}

/** The office's link for the cut-off seat's return, counting and timing each call. */
function timedLink(link: OfficeLink) {
  const spent = { pushes: 0, pushMs: 0, pulls: 0, pullMs: 0, rowsPulled: 0 };
  const timed: OfficeLink = {
    push: async (mode, commands) => {
      const t = performance.now();
      const answers = await link.push(mode, commands);
      spent.pushes += 1;
      spent.pushMs += performance.now() - t;
      return answers;
    },
    pull: async (mode, since) => {
      const t = performance.now();
      const page = await link.pull(mode, since);
      spent.pulls += 1;
      spent.pullMs += performance.now() - t;
      spent.rowsPulled += page.rows.length;
      return page;
    },
    rows: (mode, keys) => link.rows(mode, keys),
  };
  return { timed, spent };
}

/**
 * A PC of the office with no store: it pushes ready-made registrations, numbered as a seat numbers
 * its commands, and listens for pokes on its own socket.
 */
type Client = { seatId: string; name: string; token: string; made: number; pokes: Map<number, number>; socket: WsSocket };

async function openClient(office: Office, index: number): Promise<Client> {
  const enrolled = await addSeat(office.pool, `推送${String(index + 1).padStart(2, '0')}`);
  const url = new URL(`/v1/poke?mode=live&token=${encodeURIComponent(enrolled.token)}`, office.url);
  url.protocol = 'ws:';
  const pokes = new Map<number, number>();
  const socket = new WsSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { version?: number; ready?: boolean };
      if (message.ready) resolve();
      if (message.version !== undefined) pokes.set(message.version, performance.now());
    });
    socket.on('error', reject);
  });
  return { seatId: enrolled.id, name: enrolled.name, token: enrolled.token, made: 0, pokes, socket };
}

/**
 * The clients push `commands` registrations between them, each `rate` a second on a steady schedule;
 * a client whose push is still under way sends what fell due meanwhile in its next push, as a seat's
 * round does. The registration is a copy of a seat's with a new form and new ids.
 */
async function pushAtRate(office: Office, clients: readonly Client[], template: CommandLogEntry, rate: number, commands: number) {
  const interval = 1_000 / rate;
  const perClient = Math.ceil(commands / clients.length);
  // Each PC's person signs in there first.
  await Promise.all(clients.map((client) => signInAt({ url: office.url, token: client.token }, client.seatId, template.actorId)));
  const startVersion = await officeVersion(office.pool);
  const sent: { client: Client; version: number; dueAt: number; sentAt: number; answeredAt: number }[] = [];
  const t0 = performance.now() + 500;
  let serial = 0;
  let pushedAgain = 0;
  await Promise.all(
    clients.map(async (client, i) => {
      const link = httpLink({ url: office.url, token: client.token }, () => keeperOf(client.seatId).tokens());
      const dueAt = (k: number) => t0 + (k + i / clients.length) * interval;
      let next = 0;
      while (next < perClient) {
        if (dueAt(next) > performance.now()) await sleep(dueAt(next) - performance.now());
        // At least the one it waited for (a timer may fire a little early).
        let due = next + 1;
        while (due < perClient && dueAt(due) <= performance.now()) due += 1;
        const batch = Array.from({ length: due - next }, (_, j) => ({
          seq: next + j + 1,
          entry: {
            ...template,
            args: { inputs: [registrationInput(500_000_000 + serial++, template.nowMs, template.actorId)] },
            ids: template.ids.map(() => newId()),
          },
        }));
        const sentAt = performance.now();
        // A push that got no answer goes again with the same numbers, as a seat's does.
        let answers: PushAnswer[] | null = null;
        for (let attempt = 1; answers === null; attempt += 1) {
          try {
            answers = await link.push('live', batch);
          } catch (error) {
            if (attempt === 20) throw error;
            pushedAgain += 1;
            await sleep(250);
          }
        }
        const answeredAt = performance.now();
        for (const answer of answers) {
          if (!('version' in answer))
            throw new Error(`the office did not apply command ${answer.seq} of ${client.name}: ${JSON.stringify(answer)}`);
          sent.push({ client, version: answer.version, dueAt: dueAt(answer.seq - 1), sentAt, answeredAt });
        }
        client.made += answers.length;
        next += answers.length;
      }
    }),
  );
  const elapsed = performance.now() - t0;
  const applied = (await officeVersion(office.pool)) - startVersion;
  // The last pokes are on their way.
  await sleep(1_000);
  const pushToPoke: number[] = [];
  const dueToPoke: number[] = [];
  let missingPokes = 0;
  for (const command of sent) {
    const poked = clients.filter((client) => client !== command.client).map((client) => client.pokes.get(command.version));
    if (poked.some((at) => at === undefined)) {
      missingPokes += poked.filter((at) => at === undefined).length;
      continue;
    }
    const last = Math.max(...(poked as number[]));
    pushToPoke.push(last - command.sentAt);
    dueToPoke.push(last - command.dueAt);
  }
  return {
    clients: clients.length,
    commandsPerClientPerSecond: rate,
    commandsApplied: applied,
    commandsAppliedPerSecond: Number((applied / (elapsed / 1_000)).toFixed(1)),
    pushToPokeMs: percentiles(pushToPoke),
    dueToPokeMs: percentiles(dueToPoke),
    pushAnsweredMs: percentiles(sent.map((command) => command.answeredAt - command.sentAt)),
    missingPokes,
    pushesWithoutAnswer: pushedAgain,
  };
}

async function catchUp(office: Office, seats: readonly BenchSeat[], commands: number) {
  const away = seats.at(-1)!;
  for (const seat of seats) seat.stop();
  const awayFrom = (await syncState(away.db)).version;
  for (let i = 0; i < OFFLINE_COMMANDS; i += 1) await away.command();

  const logged = await seats[0]!.db.commandLog.where('name').equals('complaint.register').last();
  if (!logged) throw new Error('no registration to copy');
  const { seq: _seq, ...template } = logged;
  const clients = await Promise.all(seats.map((_, i) => openClient(office, i)));
  const othersApplying = await pushAtRate(office, clients, template, RATE, commands);
  for (const client of clients) client.socket.close();

  const latest = await officeVersion(office.pool);
  const { timed, spent } = timedLink(httpLink(away.config, () => keeperOf(away.seatId).tokens()));
  const t0 = performance.now();
  let rounds = 0;
  let report: SyncReport;
  do {
    report = await syncOnce(away.db, timed, away.book);
    rounds += 1;
  } while (report.version < (await officeVersion(office.pool)) || (await waitingCommands(away.db)).length > 0);
  const catchUpMs = performance.now() - t0;
  return {
    othersApplying,
    versionsBehind: latest - awayFrom,
    ownCommandsWhileAway: OFFLINE_COMMANDS,
    catchUpMs: round(catchUpMs),
    rounds,
    pushed: report.pushed,
    refusedOfItsOwn: report.refused.length,
    pullPages: spent.pulls,
    pullVersionsPerPage: PULL_VERSIONS,
    rowsPulled: spent.rowsPulled,
    pullHttpMs: round(spent.pullMs),
    pushHttpMs: round(spent.pushMs),
    storeMs: round(catchUpMs - spent.pullMs - spent.pushMs),
    localRefusals: tally(away.localRefusals.splice(0)),
    clients,
  };
}

async function main() {
  const began = performance.now();
  const loadAtStart = Number(loadavg()[0]!.toFixed(2));
  log(`office server ${SERVER}, ${SEATS} seats × ${RATE}/s for ${SECONDS} s`);
  const office = await startOffice();
  try {
    const seats: BenchSeat[] = [];
    for (let i = 0; i < SEATS; i += 1) seats.push(await joinSeat(office, i));
    for (const seat of seats) seat.start();
    await settle(office.pool, seats);
    log(`${seats.length} seats joined in ${round(performance.now() - began)} ms`);

    const at20Seats = await steadyLoad(office.pool, seats, RATE, SECONDS);
    const at20Ledger = await ledger(office.pool, seats);
    log(`steady load: ${JSON.stringify(at20Seats.pushToPokeMs)}, ledger ok ${at20Ledger.ok}`);

    const added = await addIncidents(office.pool, INCIDENTS);
    log(`${added.added} incidents added in ${added.insertMs} ms`);
    const large = await steadyLoad(office.pool, seats, RATE, SECONDS);
    const largeLedger = await ledger(office.pool, seats);
    log(`with ${INCIDENTS} incidents: ${JSON.stringify(large.pushToPokeMs)}, ledger ok ${largeLedger.ok}`);

    const { clients, ...caught } = await catchUp(office, seats, CATCH_UP);
    const caughtLedger = await ledger(office.pool, seats, clients, [seats.at(-1)!]);
    log(`catch-up of ${caught.versionsBehind} versions: ${caught.catchUpMs} ms, ledger ok ${caughtLedger.ok}`);

    const met =
      (at20Seats.pushToPokeMs.p95 ?? Infinity) <= P95_TARGET_MS &&
      (large.pushToPokeMs.p95 ?? Infinity) <= P95_TARGET_MS &&
      at20Seats.missingPokes === 0 &&
      large.missingPokes === 0 &&
      (caught.othersApplying.pushToPokeMs.p95 ?? Infinity) <= P95_TARGET_MS &&
      caught.othersApplying.missingPokes === 0 &&
      at20Ledger.ok &&
      largeLedger.ok &&
      caughtLedger.ok;
    const results = {
      date: new Date().toISOString(),
      // The machine's load from elsewhere shows in every figure here: the 1-minute load average when the section began and ended.
      machine: {
        cpus: cpus().length,
        node: process.version,
        loadAverage: { atStart: loadAtStart, atEnd: Number(loadavg()[0]!.toFixed(2)) },
      },
      server: SERVER === 'process' ? 'npm run office-server in a process of its own' : 'in the seats’ process',
      at20Seats: { ...at20Seats, ledger: at20Ledger },
      with100kIncidents: { ...large, incidents: added, ledger: largeLedger },
      catchUp10k: { ...caught, ledger: caughtLedger },
      totalMs: round(performance.now() - began),
      target: 'p95 push-to-poke <= 1000 ms; nothing lost or duplicated',
      met,
    };
    if (OUT) writeFileSync(OUT, JSON.stringify(results, null, 2));
    else console.log(JSON.stringify(results, null, 2));
    for (const seat of seats) seat.stop();
  } finally {
    await office.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
