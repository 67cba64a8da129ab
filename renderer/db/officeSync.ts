// A seat of an office: its commands run at once on its own store (the executor, as on a single
// seat) and wait in its command log; here they are pushed to the office server in the seat's order,
// and the office's rows are pulled in place of the seat's own. A command the office refused is
// rolled back to the office's rows and its sentence is kept for the person who made it.
//
// Which log entries go to the office, and with which of the seat's sequence numbers, follows from
// the log alone: the commands the office applies (shared/officeCommands.ts), numbered on from the
// last one the office answered. So after a lost answer the same command goes again with the same
// number, and the server answers it again instead of applying it twice.
import type { Table } from 'dexie';
import type { CommandLogEntry, RowWrite, TableName } from '@shared/commandKit';
import { parseNumber } from '@shared/numbering';
import { OFFICE_COMMANDS, type SeatBook } from '@shared/officeCommands';
import type { Mode } from '@shared/model';
import type { Pulled, PulledRow, PushAnswer, Pushed, RowsAnswer } from '@shared/officeProtocol';
import type { Failure } from '@shared/result';
import type { ConsoleDb, Counter } from './schema';
import { maintain } from './executor';
import { keepSummaries } from './summaries';

/** How the seat reaches the office server (over HTTP in the app, in-process in a test). */
export type OfficeLink = {
  push(mode: Mode, commands: Pushed[]): Promise<PushAnswer[]>;
  pull(mode: Mode, since: number): Promise<Pulled>;
  rows(mode: Mode, keys: { table: TableName; key: string }[]): Promise<RowsAnswer>;
};

/** The settings the seat keeps about its office; never sent to the office nor taken from it. */
export const OFFICE_SETTING_PREFIX = 'office.';
const STATE_KEY = 'office.sync';
const REFUSALS_KEY = 'office.refusals';

/**
 * How far this seat is: the office version its rows are as of, the last log entry the office
 * answered with the seat's number for it, and the rows its own runs wrote that the office's answers
 * did not (still to be put back as the office has them: kept here so a seat closed in between
 * still does it).
 */
export type SyncState = {
  version: number;
  answeredLogSeq: number;
  answeredSeq: number;
  putBack?: { table: TableName; key: string }[];
};
const START: SyncState = { version: 0, answeredLogSeq: 0, answeredSeq: 0 };

/** A command of this seat the office refused: shown to the person who made it until they have read it. */
export type OfficeRefusal = { seq: number; logSeq: number; name: string; actorId: string; actorName: string; at: string; error: Failure };

/** At most this many commands in one push. */
const PUSH_BATCH = 100;
/** Refusals kept for reading; older ones are dropped. */
const REFUSALS_KEPT = 50;

export async function syncState(db: ConsoleDb): Promise<SyncState> {
  return ((await db.settings.get(STATE_KEY))?.value as SyncState | undefined) ?? START;
}

/** Whether the office applies this entry: a command it knows (the seat's own upkeep stays the seat's). */
const goesToOffice = (entry: CommandLogEntry) => OFFICE_COMMANDS.has(entry.name);

type Waiting = { logSeq: number; seq: number; entry: CommandLogEntry };

/** The commands the office has not answered yet, with the seat's number for each. */
export async function waitingCommands(db: ConsoleDb, state?: SyncState): Promise<Waiting[]> {
  return (await scanLog(db, state)).waiting;
}

/** The waiting commands, and the last log entry read (everything up to it that is not waiting is the seat's own). */
async function scanLog(db: ConsoleDb, state?: SyncState): Promise<{ waiting: Waiting[]; lastLogSeq: number }> {
  const from = state ?? (await syncState(db));
  const entries = await db.commandLog.where('seq').above(from.answeredLogSeq).toArray();
  let seq = from.answeredSeq;
  const waiting = entries.filter(goesToOffice).map((entry) => {
    const { seq: logSeq, ...logged } = entry;
    return { logSeq: logSeq!, seq: ++seq, entry: logged };
  });
  return { waiting, lastLogSeq: entries.at(-1)?.seq ?? from.answeredLogSeq };
}

/** The rows (table → keys) that commands not yet answered by the office have changed on this seat. */
export async function waitingKeys(db: ConsoleDb, state?: SyncState): Promise<Map<string, Set<string>>> {
  const keys = new Map<string, Set<string>>();
  for (const { entry } of await waitingCommands(db, state)) {
    for (const [table, written] of Object.entries(entry.wrote ?? {})) {
      let set = keys.get(table);
      if (!set) keys.set(table, (set = new Set()));
      for (const key of written) set.add(String(key));
    }
  }
  return keys;
}

export async function officeRefusals(db: ConsoleDb): Promise<OfficeRefusal[]> {
  return ((await db.settings.get(REFUSALS_KEY))?.value as OfficeRefusal[] | undefined) ?? [];
}

/** The person has read these refusals. */
export async function dismissRefusals(db: ConsoleDb, seqs: readonly number[]): Promise<void> {
  await maintain(db, { name: 'office.refusalsRead', tables: ['settings'], derived: true }, async () => {
    const left = (await officeRefusals(db)).filter((refusal) => !seqs.includes(refusal.seq));
    await db.settings.put({ key: REFUSALS_KEY, value: left, updatedAt: new Date().toISOString() });
  });
}

/** Fields kept unique on the seat's store: a row of the office's may take a number a waiting row of the seat holds for now. */
const UNIQUE_NUMBER_TABLES: ReadonlySet<string> = new Set(['complaints', 'incidents', 'drillRuns']);
/** Other fields kept unique on the seat's store (one review per incident, one row per calendar year). */
const UNIQUE_FIELDS: Readonly<Record<string, string>> = { reviews: 'incidentId', calendarYears: 'year' };
/** What a seat's own number becomes while the office's row holding it comes in: marked as waiting for the office's number. */
export const PROVISIONAL_MARK = '（待定）';

const tableOf = (db: ConsoleDb, name: string) => db.table(name) as Table<object, string>;

/**
 * Puts the office's rows in place of the seat's, except those its unanswered commands changed
 * (the office's answer to them brings those), keeps the summaries in step, and notes the office
 * version they are as of, in one transaction. Logged with the rows it wrote, so a backup taken
 * meanwhile reads them again.
 */
async function putOfficeRows(
  db: ConsoleDb,
  rows: readonly Omit<PulledRow, 'version'>[],
  book: () => Promise<SeatBook | null>,
  state: SyncState,
): Promise<number> {
  const kept = rows.filter((row) => !(row.table === 'settings' && row.key.startsWith(OFFICE_SETTING_PREFIX)));
  const tables = [...new Set(kept.map((row) => row.table))];
  const wrote: Record<string, string[]> = {};
  await maintain(
    db,
    {
      name: 'office.pull',
      tables: [...new Set<TableName>([...tables, 'counters', 'settings', 'summaries', 'plans'])],
      // Nothing came: only how far the seat is changes.
      ...(kept.length === 0 ? { derived: true as const } : { wrote: () => ({ args: { version: state.version }, wrote }) }),
    },
    async () => {
      const waiting = await waitingKeys(db, state);
      const writes: RowWrite[] = [];
      for (const row of kept) {
        if (waiting.get(row.table)?.has(row.key)) {
          // A counter only goes up: one the seat's waiting registration advanced still takes the
          // office's higher value, or the seat's next number would be one an office row already holds.
          if (row.table === 'counters' && row.doc) {
            const office = row.doc as Counter;
            const own = await db.counters.get(row.key);
            if (!own || own.value < office.value) writes.push({ put: 'counters', row: office });
          }
          continue;
        }
        writes.push(row.doc ? { put: row.table, row: row.doc } : { remove: row.table, key: row.key });
        (wrote[row.table] ??= []).push(row.key);
      }
      // The plans first: the summaries are kept under the plan in force, which may have just come.
      const writeOne = async (write: RowWrite) => {
        if ('remove' in write) return tableOf(db, write.remove).delete(write.key);
        const row = write.row as { id: string; number?: string };
        if (UNIQUE_NUMBER_TABLES.has(write.put) && row.number) {
          // A row of the seat's waiting for the office's number may hold this one for now.
          const holder = (await tableOf(db, write.put).where('number').equals(row.number).first()) as typeof row | undefined;
          if (holder && holder.id !== row.id)
            await tableOf(db, write.put).put({ ...holder, number: `${holder.number}${PROVISIONAL_MARK}` });
        }
        const unique = UNIQUE_FIELDS[write.put];
        const value = unique ? (row as Record<string, unknown>)[unique] : undefined;
        if (unique && value !== undefined) {
          // One row per year (per incident): a row the seat made meanwhile gives way to the office's; its command's answer settles it.
          const holder = (await tableOf(db, write.put)
            .where(unique)
            .equals(value as string)
            .first()) as typeof row | undefined;
          if (holder && holder.id !== row.id) await tableOf(db, write.put).delete(holder.id);
        }
        await tableOf(db, write.put).put(write.row);
      };
      const isPlan = (write: RowWrite) => ('put' in write ? write.put : write.remove) === 'plans';
      for (const write of writes.filter(isPlan)) await writeOne(write);
      const rest = writes.filter((write) => !isPlan(write));
      const seat = await book();
      const writeRest = async () => {
        for (const write of rest) await writeOne(write);
        for (const key of await keepCountersPast(db, rest)) (wrote.counters ??= []).push(key);
      };
      // A store with no plan yet (its first pull) has no summaries to keep: they are counted when the console opens it.
      if (seat) await keepSummaries(db, rest, { ...seat, actor: { id: '', name: '', role: 'staff' }, now: Date.now() }, writeRest);
      else await writeRest();
      await db.settings.put({ key: STATE_KEY, value: state, updatedAt: new Date().toISOString() });
    },
  );
  return Object.values(wrote).reduce((n, keys) => n + keys.length, 0);
}

/**
 * A counter only goes up, and never stays behind a number the store holds: the office's rows may
 * arrive before the office's counter row does (a pull page ends between them, or the seat's own
 * registration waits on it), and the seat's next registration must not take a number already here.
 */
async function keepCountersPast(db: ConsoleDb, writes: readonly RowWrite[]): Promise<string[]> {
  const highest = new Map<string, number>();
  for (const write of writes) {
    if (!('put' in write) || (write.put !== 'complaints' && write.put !== 'incidents')) continue;
    const issued = parseNumber((write.row as { number?: string }).number ?? '');
    if (issued && issued.sequence > (highest.get(issued.key) ?? 0)) highest.set(issued.key, issued.sequence);
  }
  if (highest.size === 0) return [];
  const keys = [...highest.keys()];
  const stored = await db.counters.bulkGet(keys);
  const behind = keys.flatMap((key, i) => ((stored[i]?.value ?? 0) < highest.get(key)! ? [{ key, value: highest.get(key)! }] : []));
  if (behind.length > 0) await db.counters.bulkPut(behind);
  return behind.map((counter) => counter.key);
}

async function saveState(db: ConsoleDb, state: SyncState, refused: OfficeRefusal[] = []): Promise<void> {
  await maintain(db, { name: 'office.answered', tables: ['settings'], derived: true }, async () => {
    const at = new Date().toISOString();
    await db.settings.put({ key: STATE_KEY, value: state, updatedAt: at });
    if (refused.length > 0) {
      const kept = [...(await officeRefusals(db)), ...refused].slice(-REFUSALS_KEPT);
      await db.settings.put({ key: REFUSALS_KEY, value: kept, updatedAt: at });
    }
  });
}

/** What one round with the office did; `awaitsSignIn`: the person whose command waits for them to sign in at this seat again (the office holds no session of theirs). */
export type SyncReport = { pushed: number; refused: OfficeRefusal[]; pulled: number; version: number; awaitsSignIn?: string };

/** The seat's numbers and the office's disagree (the seat's store was restored or replaced): it must join again. */
export class OfficeOutOfStep extends Error {
  constructor(readonly expected: number) {
    super(`the office expects command ${expected} of this seat`);
  }
}

/**
 * One round: pushes the waiting commands in order, pulls until the seat has the office's newest
 * rows, and rolls back what the office refused. A network failure leaves everything as it was
 * (the same commands go again with the same numbers). `book` gives the seat's plan in force and
 * calendar, read inside the write (a first pull brings the plan).
 */
export async function syncOnce(db: ConsoleDb, link: OfficeLink, book: () => Promise<SeatBook | null>): Promise<SyncReport> {
  let state = await syncState(db);
  const refused: OfficeRefusal[] = [];
  const undo = new Map<string, { table: TableName; key: string }>(
    (state.putBack ?? []).map((row) => [`${row.table}\u0000${row.key}`, row]),
  );
  let pushed = 0;
  let awaitsSignIn: string | undefined;
  for (;;) {
    const scanned = await scanLog(db, state);
    const batch = scanned.waiting.slice(0, PUSH_BATCH);
    if (batch.length === 0) {
      // Only the seat's own entries (its pulls among them) since the last answer: the next scan starts after them.
      if (scanned.lastLogSeq > state.answeredLogSeq) {
        state = { ...state, answeredLogSeq: scanned.lastLogSeq };
        await saveState(db, state);
      }
      break;
    }
    const answers = await link.push(
      db.mode,
      batch.map(({ seq, entry }) => ({ seq, entry })),
    );
    const refusedNow: OfficeRefusal[] = [];
    for (const answer of answers) {
      const waiting = batch.find((one) => one.seq === answer.seq);
      if (!waiting) continue;
      if ('outOfOrder' in answer) throw new OfficeOutOfStep(answer.expected);
      // Its maker has no session with the office: it, and everything after it, waits until they sign in.
      if ('signIn' in answer) {
        awaitsSignIn = answer.signIn;
        break;
      }
      state = { ...state, answeredLogSeq: waiting.logSeq, answeredSeq: waiting.seq };
      pushed++;
      const { entry } = waiting;
      // Rows this seat's run wrote that the office's did not (a refused command wrote none) become the office's again.
      const officeWrote = answer.outcome.ok ? answer.outcome.wrote : {};
      for (const [table, keys] of Object.entries(entry.wrote ?? {})) {
        for (const key of keys.map(String)) {
          if (officeWrote && !officeWrote[table]?.includes(key)) undo.set(`${table}\u0000${key}`, { table: table as TableName, key });
        }
      }
      if (!answer.outcome.ok) {
        refusedNow.push({
          seq: waiting.seq,
          logSeq: waiting.logSeq,
          name: entry.name,
          actorId: entry.actorId,
          actorName: entry.actorName,
          at: entry.at,
          error: answer.outcome.error,
        });
      }
    }
    state = { ...state, putBack: [...undo.values()] };
    await saveState(db, state, refusedNow);
    refused.push(...refusedNow);
    // Some commands were not answered (the server stopped between them): the next round goes on.
    if (awaitsSignIn || answers.length < batch.length) break;
  }

  let pulled = 0;
  for (;;) {
    const page = await link.pull(db.mode, state.version);
    state = { ...state, version: page.version };
    pulled += await putOfficeRows(db, page.rows, book, state);
    if (page.version >= page.latest) break;
  }

  // What the office did not write of the seat's own runs (a refusal: all of it) is put back as the office has it.
  if (undo.size > 0) {
    const office = await link.rows(db.mode, [...undo.values()]);
    state = { ...state, putBack: [] };
    pulled += await putOfficeRows(db, office.rows, book, state);
  }
  return { pushed, refused, pulled, version: state.version, ...(awaitsSignIn ? { awaitsSignIn } : {}) };
}

/**
 * A seat taking the office's picture in place of its own (joining an office that has data): every
 * row of the office is pulled first, then the seat's store is cleared and filled in one transaction
 * — no screen ever sees it empty — with `also` (the seat's note of its office) written there too.
 * The seat's log stays: only what it does from now on goes to the office.
 */
export async function replaceWithOffice(
  db: ConsoleDb,
  link: OfficeLink,
  book: () => Promise<SeatBook | null>,
  also: (state: SyncState) => Promise<void>,
): Promise<number> {
  const latest = new Map<string, PulledRow>();
  let version = 0;
  for (;;) {
    const page = await link.pull(db.mode, version);
    // A row changed twice comes twice: the later one stays.
    for (const row of page.rows) latest.set(`${row.table}\u0000${row.key}`, row);
    version = page.version;
    if (version >= page.latest) break;
  }
  let written = 0;
  await maintain(db, { name: 'office.take', tables: 'all', wrote: () => null }, async () => {
    for (const table of db.tables) {
      if (table.name === 'commandLog') continue;
      if (table.name === 'settings') await table.filter((row: { key: string }) => !row.key.startsWith(OFFICE_SETTING_PREFIX)).delete();
      else await table.clear();
    }
    const answeredLogSeq = (await db.commandLog.orderBy('seq').last())?.seq ?? 0;
    const state: SyncState = { version, answeredLogSeq, answeredSeq: 0 };
    await also(state);
    written = await putOfficeRows(db, [...latest.values()], book, state);
  });
  return written;
}

/**
 * Whether a complaint's number is the seat's own for now: its registration has not been answered by
 * the office yet (or an office row holds the number meanwhile). The office's number replaces it
 * when the answer comes; a receipt printed meanwhile says so.
 */
export async function awaitsOfficeNumber(db: ConsoleDb, complaintId: string): Promise<boolean> {
  if (!(await db.settings.get('office.seat'))) return false;
  const complaint = await db.complaints.get(complaintId);
  if (!complaint) return false;
  return complaint.number.endsWith(PROVISIONAL_MARK) || Boolean((await waitingKeys(db)).get('complaints')?.has(complaintId));
}
