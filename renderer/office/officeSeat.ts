// This PC as a seat of an office (设置 → 办公室服务器): enrolled once with a one-time code, it joins
// (uploading its data to an empty office, or taking the office's picture), then keeps in step —
// pushing each command as soon as it is saved, pulling when the office pokes, trying again with a
// growing pause while the office cannot be reached. The seat keeps working meanwhile; leaving keeps
// its store as a local copy. With no office configured none of this runs.
import type { WorkingCalendar } from '@shared/calendar';
import type { SeatBook } from '@shared/officeCommands';
import type { JoinPreview } from '@shared/officeProtocol';
import { fail, ok, type Result } from '@shared/result';
import { exportSnapshot } from '../db/backup';
import { maintain, whenCommitted } from '../db/executor';
import {
  OFFICE_SETTING_PREFIX,
  OfficeOutOfStep,
  replaceWithOffice,
  syncOnce,
  syncState,
  waitingCommands,
  type SyncState,
} from '../db/officeSync';
import type { ConsoleDb } from '../db/schema';
import { planInForce } from '../db/seed';
import { seatCode } from '../db/seatCode';
import { endSignedOutSessions, payOwedSignIns } from './officeAccounts';
import { liveDbBeside } from '../db/officeDb';
import { httpLink, OfficeAnswered, type OfficeAddress } from './officeLink';
import { keeperOf } from './officeSessions';

const CONFIG_KEY = 'office.seat';
const STATE_KEY = 'office.sync';

/** The office this seat belongs to: where, the token it was given at enrollment, and its name there. */
export type OfficeConfig = OfficeAddress & { seatId: string; name: string; joinedAt: string };

export async function officeConfig(db: ConsoleDb): Promise<OfficeConfig | null> {
  return ((await db.settings.get(CONFIG_KEY))?.value as OfficeConfig | undefined) ?? null;
}

/** The seat's plan book as it stands in its store now (a first pull brings the plan), with the console's calendar. */
export const seatBookOf = (db: ConsoleDb, calendar: () => WorkingCalendar) => async (): Promise<SeatBook | null> => {
  const plan = await planInForce(db);
  return plan ? { plan, plans: await db.plans.toArray(), calendar: calendar() } : null;
};

/** An address as typed (`192.168.1.20:8443`, `https://office.example`), or null where it is not one. */
export function officeUrl(typed: string): string | null {
  const text = typed.trim();
  if (!text) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `http://${text}`);
    return url.origin;
  } catch {
    return null;
  }
}

/** Exchanges the one-time code read out by the office for this seat's token. */
export async function enrollSeat(url: string, code: string): Promise<Result<{ seatId: string; name: string; token: string }>> {
  try {
    const response = await fetch(new URL('/v1/enroll', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    const body = (await response.json().catch(() => null)) as { seatId: string; name: string; token: string; error?: string } | null;
    if (response.status === 429) return fail('office-enroll-wait');
    if (!response.ok || !body) return fail('office-enroll-refused');
    return ok(body);
  } catch {
    return fail('office-unreachable', { url });
  }
}

/** The seat's rows as the office takes them: every table of the office's picture, without the seat's own settings with its office. */
async function shareableTables(db: ConsoleDb): Promise<{ tables: Record<string, unknown[]>; lastLog: number }> {
  // One read: the rows and the last log entry they include agree.
  const { tables } = await exportSnapshot(db);
  const { commandLog = [], ...rest } = tables;
  return {
    tables: {
      ...rest,
      settings: (rest.settings ?? []).filter((row) => !String((row as { key: string }).key).startsWith(OFFICE_SETTING_PREFIX)),
    },
    lastLog: (commandLog.at(-1) as { seq?: number } | undefined)?.seq ?? 0,
  };
}

async function joinCall(
  db: ConsoleDb,
  address: OfficeAddress,
  preview: boolean,
): Promise<Result<JoinPreview & { version?: number; lastLog: number }>> {
  try {
    const { tables, lastLog } = await shareableTables(db);
    const response = await fetch(new URL(`/v1/join?mode=${db.mode}`, address.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${address.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ preview, tables }),
    });
    const body = (await response.json().catch(() => null)) as Result<JoinPreview & { version?: number }> | null;
    if (!body) return fail('office-unreachable', { url: address.url });
    return body.ok ? ok({ ...body.value, lastLog }) : body;
  } catch {
    return fail('office-unreachable', { url: address.url });
  }
}

/** What joining would do, asked of the office before anything moves. */
export const previewJoin = (db: ConsoleDb, address: OfficeAddress) => joinCall(db, address, true);

/**
 * Joins: the office takes the seat's rows (an empty office) or the seat takes the office's (its own
 * setup is cleared; it had no work the office lacks, or the office refused). The seat's earlier log
 * stays its own: only what it does from now on goes to the office.
 */
export async function joinOffice(
  db: ConsoleDb,
  enrolled: OfficeAddress & { seatId: string; name: string },
  book: () => Promise<SeatBook | null>,
): Promise<Result<JoinPreview>> {
  const joined = await joinCall(db, enrolled, false);
  if (!joined.ok) return joined;
  const config: OfficeConfig = { ...enrolled, joinedAt: new Date().toISOString() };
  const note = async (state: SyncState) => {
    const at = new Date().toISOString();
    await db.settings.bulkPut([
      { key: CONFIG_KEY, value: config, updatedAt: at },
      { key: STATE_KEY, value: state, updatedAt: at },
    ]);
  };
  const link = httpLink(config);
  if (joined.value.way === 'take-office') {
    await replaceWithOffice(db, link, book, note);
    return ok(joined.value);
  }
  // The office took this seat's rows (up to the log entry the upload read): it pulls them back at
  // the office's versions, unchanged, and pushes only what it did after.
  await maintain(db, { name: 'office.join', tables: ['settings'], derived: true }, () =>
    note({ version: 0, answeredLogSeq: joined.value.lastLog, answeredSeq: 0 }),
  );
  await syncOnce(db, link, book);
  return ok(joined.value);
}

/** Leaves the office: the store stays as it is, a local copy the seat goes on with alone. */
export async function leaveOffice(db: ConsoleDb): Promise<void> {
  await maintain(db, { name: 'office.leave', tables: ['settings'], derived: true }, async () => {
    await db.settings.bulkDelete([CONFIG_KEY, STATE_KEY]);
  });
}

/** How the seat stands with its office, for the top bar and 设置. */
export type OfficeStatus =
  | { state: 'single' }
  | {
      state: 'in-step' | 'syncing' | 'offline' | 'out-of-step';
      name: string;
      url: string;
      waiting: number;
      version: number;
      lastContactAt: number | null;
      /** Someone whose commands wait for them to sign in here again (the office holds no session of theirs). */
      awaitsSignIn?: { personId: string; name: string };
    };

/** The longest pause between tries while the office cannot be reached. */
const MAX_PAUSE_MS = 30_000;

/**
 * Keeps one store in step with its office while it runs: a round at once, after each saved
 * command, on each poke, and again after a growing pause while the office cannot be reached.
 */
export class OfficeSeat {
  private status: OfficeStatus = { state: 'single' };
  private readonly listeners = new Set<() => void>();
  private running: Promise<void> | null = null;
  private again = false;
  private pause = 1_000;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private socket: WebSocket | null = null;
  private stopped = false;
  private readonly stopListening: () => void;

  constructor(
    private readonly db: ConsoleDb,
    private readonly config: OfficeConfig,
    private readonly book: () => Promise<SeatBook | null>,
    private readonly onRound?: (report: Awaited<ReturnType<typeof syncOnce>>) => void,
  ) {
    this.status = { state: 'syncing', name: config.name, url: config.url, waiting: 0, version: 0, lastContactAt: null };
    this.stopListening = whenCommitted((written) => {
      if (written === db) this.kick();
    });
    this.listen();
    this.kick();
    // Back on the network: try at once rather than after the pause.
    if (typeof window !== 'undefined') window.addEventListener('online', this.backOnline);
  }

  private readonly backOnline = () => {
    this.pause = 1_000;
    this.kick();
  };

  snapshot = (): OfficeStatus => this.status;
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: OfficeStatus) {
    this.status = next;
    for (const listener of this.listeners) listener();
  }

  /** Runs a round now, or once more after the one under way. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.running = this.round().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  private async round(): Promise<void> {
    // Whose sign-in the seat waits for stays said while the round runs (a form being filled in is not taken away).
    const awaiting = this.status.state === 'single' ? undefined : this.status.awaitsSignIn;
    const base = { name: this.config.name, url: this.config.url, ...(awaiting ? { awaitsSignIn: awaiting } : {}) };
    try {
      this.set({
        ...base,
        state: 'syncing',
        waiting: (await waitingCommands(this.db)).length,
        version: 0,
        lastContactAt: this.lastContact(),
      });
      // A drill's store the seat has not yet brought into the office's rehearsal joins it first.
      if (!(await officeConfig(this.db))) {
        const joined = await joinOffice(this.db, this.config, this.book);
        if (!joined.ok) throw new OfficeAnswered(200, joined.error.code);
      }
      const keeper = keeperOf(this.config.seatId);
      // Sign-ins made while the office could not be reached are checked by it now, before their commands go.
      const before = await payOwedSignIns(this.config, seatCode());
      const report = await syncOnce(
        this.db,
        httpLink(this.config, () => keeper.tokens()),
        this.book,
      );
      this.pause = 1_000;
      this.onRound?.(report);
      const state = await syncState(this.db);
      const waiting = await waitingCommands(this.db, state);
      // Those who signed out: their sessions end once nothing of theirs waits, live or in a rehearsal.
      const live = liveDbBeside(this.db);
      const alsoWaiting = live === this.db ? [] : await waitingCommands(live);
      await endSignedOutSessions(this.config, new Set([...waiting, ...alsoWaiting].map((one) => one.entry.actorId)), seatCode());
      const awaits = report.awaitsSignIn ?? before.refused[0];
      const { awaitsSignIn: _before, ...settled } = base;
      this.set({
        ...settled,
        state: 'in-step',
        waiting: waiting.length,
        version: state.version,
        lastContactAt: Date.now(),
        ...(awaits ? { awaitsSignIn: { personId: awaits, name: (await this.db.people.get(awaits))?.name ?? '' } } : {}),
      });
    } catch (error) {
      if (this.stopped) return;
      const state = await syncState(this.db).catch(() => null);
      const waiting = state ? (await waitingCommands(this.db, state).catch(() => [])).length : 0;
      const outOfStep = error instanceof OfficeOutOfStep || (error instanceof OfficeAnswered && error.status === 401);
      this.set({
        ...base,
        state: outOfStep ? 'out-of-step' : 'offline',
        waiting,
        version: state?.version ?? 0,
        lastContactAt: this.lastContact(),
      });
      if (outOfStep) return;
      this.retry = setTimeout(() => this.kick(), this.pause);
      this.pause = Math.min(this.pause * 2, MAX_PAUSE_MS);
    }
  }

  private lastContact(): number | null {
    return this.status.state === 'single' ? null : this.status.lastContactAt;
  }

  /** The office's pokes: one socket for this store's mode, opened again while the seat runs. */
  private listen(): void {
    if (this.stopped || typeof WebSocket === 'undefined') return;
    const url = new URL(`/v1/poke?mode=${this.db.mode}&token=${encodeURIComponent(this.config.token)}`, this.config.url);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.onmessage = (event) => {
      const message = JSON.parse(String(event.data)) as { version?: number; ready?: boolean };
      if (message.ready || (message.version !== undefined && this.status.state !== 'single' && message.version > this.status.version))
        this.kick();
    };
    socket.onclose = () => {
      if (this.socket === socket && !this.stopped) setTimeout(() => this.listen(), this.pause);
    };
  }

  stop(): void {
    this.stopped = true;
    this.stopListening();
    if (typeof window !== 'undefined') window.removeEventListener('online', this.backOnline);
    if (this.retry) clearTimeout(this.retry);
    this.socket?.close();
    this.socket = null;
  }
}
