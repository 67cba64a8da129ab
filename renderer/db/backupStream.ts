// Backups and restores as the backup worker runs them (renderer/db/backupWorker.ts is only its
// message adapter). Plain code over a Dexie database and a few host calls, so the page runs the very
// same module where there is no Worker (unit tests under vitest, an old browser).
//
// A backup reads table by table in short reads, each chunk its own transaction, and hands sealed
// lines on as they are made: the store is never in memory at once, and a save made meanwhile never
// waits for the backup (in Chromium a readwrite transaction waits for an earlier overlapping
// readonly one, so one read over every table would hold every save for the whole backup).
//
// Still one moment's data: every write goes through the executor, which logs each command and
// maintenance run in the command log (table `commandLog`, '++seq') with the keys of the rows the
// command wrote or removed (`wrote`). The backup notes the log's last seq before it reads. When it
// has read everything, one short read looks for entries after it:
//  - none: nothing was written while reading; what was read is the data as of now.
//  - some: a patch follows (chunks marked `patch: n`): the rows those commands wrote, read again by
//    key (a later row for the same key wins), the keys no longer there as `removed`, and the log's
//    new entries. A maintenance run in the log (args null: a restore, an import's bulk load,
//    seeding) does not say what it wrote, so after one every table is read again (`replace`: a
//    restore starts the table over with the patch's rows). The patch's own reads are short as well;
//    commands run during them bring another round. The rows a round did not read again were written
//    by no command since they were read, so the backup is the data as of the last round's check.
//  - after MAX_ROUNDS rounds with saves every time, the last round is read in one transaction (the
//    written rows again): saves wait for that one read, never for the whole backup.
//
// Years of data make reading every table take most of a minute, so a backup is made from the last
// one where it can be (`carryBase`): when the store's log still holds that backup's last entry
// unchanged and every entry since names its rows, the store is that backup plus those rows. The host
// copies the earlier backup's segments into the new file as they are (the Electron folder checks
// their digests on the way; the browser store shares its stored parts), and the new backup's own
// segment is a patch: the rows written since, read again by key, the keys removed, the log's new
// entries. A maintenance run since, another installation's or schema's backup, one that carries
// MAX_SEGMENTS segments already, or patches outweighing a quarter of the rows: the store is read
// whole, and the chain starts again.
import type { IndexableType, Table } from 'dexie';
import {
  BACKUP_FORMAT_VERSION,
  canonicalJson,
  CHUNK_ROWS,
  MAX_CHUNK_CHARS,
  MAX_SEGMENTS,
  readSealedHeader,
  rowsCounted,
  SealedTrailerV3Schema,
  signedTextV3,
  type SealedChunk,
  type SealedTrailerV3,
} from '@shared/backupFormat';
import type {
  AttachmentPut,
  AttachmentRead,
  BackupCarry,
  BackupEnds,
  BackupKey,
  BackupLines,
  BackupReason,
  KeptAttachment,
  StoredBackup,
} from '@shared/bridge';
import type { Attachment } from '@shared/attachments';
import { ATTACHMENT_CONTENT, partsOf, type AttachmentPart } from '@shared/attachmentFiles';
import type { CommandLogEntry, TableName } from '@shared/commandKit';
import type { Mode } from '@shared/model';
import { fail, ok, type Result } from '@shared/result';
import { DERIVED_TABLES, restoreBackup, rowsIn, type OpenedBackup, type RestoreContext, type RestoreOptions } from './backup';
import { sha256, verifyText } from './backupCrypto';
import { installKeys, linesOfBytes, openBackup, startSealing, type SealOptions, type SealWith } from './backupSeal';
import { readTogether } from './executor';
import { keysWrittenBy } from './restoreSince';
import { countSummariesOf } from './summaryRebuild';
import type { ConsoleDb } from './schema';

/** Rows read in one short transaction. */
const READ_ROWS = 5_000;
/** Patch rounds read in short reads before the last is read in one transaction. */
export const MAX_ROUNDS = 3;
const LINES_PER_CALL = 16;
/** The most text one append carries, however few its lines (the browser host stores an append as one value). */
const APPEND_CHARS = 32 * 1024 * 1024;

export type BackupProgress = { phase: 'reading' | 'writing'; done: number; total: number };
type Progress = (progress: BackupProgress) => void;

/** Every table of the store, the command log included (the executor names it apart from the others). */
type StoreTable = TableName | 'commandLog';
/** The tables a backup holds: all but those counted from the others (DERIVED_TABLES). */
const names = (db: ConsoleDb) =>
  db.tables
    .map((table) => table.name as StoreTable)
    .filter((name) => !DERIVED_TABLES.includes(name))
    .sort();
/** `readTogether` over one table of the store, the command log included. */
const readOne = <T>(db: ConsoleDb, name: StoreTable, read: () => Promise<T>) => readTogether(db, [name as TableName], read);
const tableOf = (db: ConsoleDb, name: string) => db.table(name) as Table<Record<string, unknown>, IndexableType>;

/**
 * A table's rows in primary-key order, each read of READ_ROWS its own transaction. With `ahead`,
 * the next read is under way while the caller seals and hands on the rows just read (outside a
 * transaction only: inside one, nothing may wait on anything but the database).
 */
async function* rowsOf(db: ConsoleDb, name: StoreTable, after?: IndexableType, ahead = false): AsyncGenerator<unknown[]> {
  const table = tableOf(db, name);
  const keyPath = table.schema.primKey.keyPath as string;
  const read = (from: IndexableType | undefined) =>
    readOne(db, name, () => (from === undefined ? table.orderBy(':id') : table.where(':id').above(from)).limit(READ_ROWS).toArray());
  let pending = read(after);
  for (;;) {
    const rows = await pending;
    if (rows.length === 0) return;
    const more = rows.length === READ_ROWS;
    after = rows[rows.length - 1]![keyPath] as IndexableType;
    if (more && ahead) {
      pending = read(after);
      // A backup stopped meanwhile never awaits it: its failure is not left unhandled.
      pending.catch(() => undefined);
    }
    yield name === 'settings' ? rows.map(withoutSecrets) : rows;
    if (!more) return;
    if (!ahead) pending = read(after);
  }
}

/**
 * A setting as a backup keeps it: this PC's token with its office server stays on the PC (a backup
 * file carried elsewhere must not let another PC act as this seat). A store restored from it shows
 * the office as needing to be joined again, as a restored seat must be anyway.
 */
export function withoutSecrets(row: Record<string, unknown>): Record<string, unknown> {
  if (row.key !== 'office.seat' || typeof row.value !== 'object' || row.value === null) return row;
  return { ...row, value: { ...(row.value as Record<string, unknown>), token: '' } };
}

const lastSeq = (db: ConsoleDb) => readOne(db, 'commandLog', async () => (await db.commandLog.orderBy(':id').last())?.seq ?? 0);

/**
 * The chunks of one patch round. Where every new log entry names the rows its command wrote, those
 * rows are read again by key: a row found is added (a later row for the same key wins), a key no
 * longer there is `removed`. A maintenance run may have written anything, so after one every table
 * is read again (`replace`). Then the log's new entries.
 */
async function* patchChunks(db: ConsoleDb, round: number, newer: CommandLogEntry[], logAfter: number): AsyncGenerator<SealedChunk> {
  const written = keysWrittenBy(newer);
  const kept = new Set(names(db));
  if (written) {
    for (const [table, keys] of [...written].sort(([a], [b]) => a.localeCompare(b))) {
      if (!kept.has(table as StoreTable)) continue;
      const all = [...keys];
      for (let start = 0; start < all.length; start += READ_ROWS) {
        const slice = all.slice(start, start + READ_ROWS);
        const found = await readOne(db, table as StoreTable, () => tableOf(db, table).bulkGet(slice));
        // The log's own rows follow below, all of them; of the log, only entries removed (a restore
        // takes it back) are named here.
        const rows =
          table === 'commandLog'
            ? []
            : found.filter((row) => row !== undefined).map((row) => (table === 'settings' ? withoutSecrets(row) : row));
        const removed = slice.filter((_, i) => found[i] === undefined);
        if (rows.length > 0) yield { table, rows, patch: round };
        if (removed.length > 0) yield { table, rows: [], patch: round, removed };
      }
    }
  } else {
    for (const table of names(db)) {
      if (table === 'commandLog') continue;
      let any = false;
      for await (const rows of rowsOf(db, table)) {
        any = true;
        yield { table, rows, patch: round, replace: true };
      }
      // An empty table still starts over: its rows were removed meanwhile.
      if (!any) yield { table, rows: [], patch: round, replace: true };
    }
  }
  for await (const rows of rowsOf(db, 'commandLog', logAfter)) yield { table: 'commandLog', rows, patch: round };
}

/** The last entry of the command log a backup holds, as its trailer names it (null for an empty log). */
async function throughOf(entry: CommandLogEntry | undefined): Promise<SealedTrailerV3['through']> {
  return entry?.seq ? { seq: entry.seq, digest: await sha256(canonicalJson(entry)) } : null;
}

/**
 * An earlier backup of this store that the next one can be made from: its segments come over as they
 * are, and only the rows written since are read. See `carryBase`.
 */
export type CarryBase = { file: string; trailer: SealedTrailerV3 };

export interface StreamOptions extends Omit<SealOptions, 'chunkRows'> {
  chunkRows?: number;
  /** For tests: a shorter longest chunk text (MAX_CHUNK_CHARS). */
  chunkChars?: number;
  /** For tests: less text to one append (APPEND_CHARS). */
  appendChars?: number;
  /** For tests: runs between two short reads (a save made while the backup reads). */
  betweenReads?: () => Promise<void>;
  /** Where the attached files' content is read from (the host); without it, a backup holds their records only. */
  files?: Pick<BackupHostCalls, 'readAttachment'>;
}

/**
 * The content of the attached files the rows name, as pieces (ATTACHMENT_CONTENT), once per hash in
 * a backup. A file this PC does not hold (attached at another seat) or whose bytes no longer match
 * its hash is left out and said in the log: one missing photo must not stop the office's backup.
 */
async function* attachmentContent(
  files: StreamOptions['files'],
  rows: readonly unknown[],
  carried: Set<string>,
): AsyncGenerator<AttachmentPart[]> {
  if (!files?.readAttachment) return;
  for (const row of rows as Attachment[]) {
    if (carried.has(row.hash)) continue;
    carried.add(row.hash);
    const read = await files
      .readAttachment({ hash: row.hash })
      .catch((error: unknown) => fail('attachment-missing', undefined, String(error)));
    if (!read.ok) {
      console.warn(`Backup: the file of attachment ${row.id} is not carried (${read.error.code}).`);
      continue;
    }
    for (const part of partsOf(row.hash, read.value)) yield [part];
  }
}

/** Where the host copies an earlier backup's segments in, among the lines. */
export type CarryLine = { carry: string };

/** The earlier backup named in `from` no longer holds the store's past: this backup must read the store whole. */
const CARRY_REFUSED = 'backup-carry-refused';

/** The backup's lines, read whole: the header, the sealed chunks as they are read, the trailer. */
export async function* backupLines(db: ConsoleDb, options: StreamOptions, onProgress?: Progress): AsyncGenerator<string> {
  for await (const line of linesOf(db, options, null, onProgress)) if (typeof line === 'string') yield line;
}

/**
 * The backup's lines. Made from `from`, an earlier backup of this store: the host copies that one's
 * segments where the `CarryLine` stands, and this one's own segment holds the rows the commands since
 * wrote (read again by key, or named as removed) and the log's entries since; every table read whole
 * otherwise. Either way, patch rounds follow for saves made while it reads.
 */
async function* linesOf(
  db: ConsoleDb,
  options: StreamOptions,
  from: CarryBase | null,
  onProgress?: Progress,
): AsyncGenerator<string | CarryLine> {
  const chunkRows = options.chunkRows ?? CHUNK_ROWS;
  const chunkChars = options.chunkChars ?? MAX_CHUNK_CHARS;
  let seen = await lastSeq(db);
  let since: CommandLogEntry[] = [];
  if (from) {
    // The store must still hold the earlier backup's last log entry as it was, and every entry since
    // must name its rows; otherwise (a restore or a maintenance run came meanwhile) it is read whole.
    const through = from.trailer.through!;
    const [entry, newer] = await readOne(db, 'commandLog', () =>
      Promise.all([db.commandLog.get(through.seq), db.commandLog.where(':id').above(through.seq).toArray()]),
    );
    if ((await throughOf(entry))?.digest !== through.digest || !keysWrittenBy(newer)) throw fail(CARRY_REFUSED);
    since = newer;
    seen = newer.at(-1)?.seq ?? through.seq;
  }
  const counts: Record<string, number> = {};
  for (const table of names(db)) counts[table] = await readOne(db, table, () => tableOf(db, table).count());
  const sealer = await startSealing(options, db.verno, counts);
  const written = from ? [...(keysWrittenBy(since)?.values() ?? [])].reduce((sum, keys) => sum + keys.size, 0) : 0;
  let total = from ? written + since.length : Object.values(counts).reduce((sum, count) => sum + count, 0);
  let done = 0;
  let logAfter = from?.trailer.through?.seq ?? 0;
  // The attached files whose content this backup holds (an earlier one carried in holds its own).
  const carriedFiles = new Set<string>();
  const withContent = async function* (chunk: SealedChunk): AsyncGenerator<string> {
    yield* seal(chunk);
    if (chunk.table !== 'attachments' || chunk.rows.length === 0) return;
    for await (const rows of attachmentContent(options.files, chunk.rows, carriedFiles))
      yield* seal({ table: ATTACHMENT_CONTENT, rows, ...(chunk.patch !== undefined ? { patch: chunk.patch } : {}) });
  };
  const seal = async function* (chunk: SealedChunk): AsyncGenerator<string> {
    if (chunk.table === 'commandLog' && chunk.rows.length > 0) logAfter = (chunk.rows.at(-1) as CommandLogEntry).seq ?? logAfter;
    // Sealed in pieces of chunkRows (halved while a piece's text is longer than a line may be),
    // all at once; an empty chunk (a table starting over empty) is sealed as it is.
    const lines: Promise<string>[] = [];
    const sealPiece = (rows: unknown[]) => {
      const json = JSON.stringify({ ...chunk, rows });
      if (json.length <= chunkChars || rows.length < 2) lines.push(sealer.text(json, { patch: chunk.patch, rows: rows.length }));
      else {
        const half = Math.ceil(rows.length / 2);
        sealPiece(rows.slice(0, half));
        sealPiece(rows.slice(half));
      }
    };
    for (let start = 0; start < Math.max(1, chunk.rows.length); start += chunkRows) sealPiece(chunk.rows.slice(start, start + chunkRows));
    for (const line of lines) yield await line;
    done += chunk.rows.length;
    onProgress?.({ phase: 'reading', done, total: Math.max(total, done) });
  };
  yield sealer.header;
  if (from) {
    sealer.carry(from.trailer);
    yield { carry: from.file };
  }
  yield sealer.marker;
  if (from) {
    // The rows written since the earlier backup, as they are now; its later rows win over its own.
    for await (const chunk of patchChunks(db, sealer.rounds() + 1, since, logAfter)) {
      yield* withContent(chunk);
      await options.betweenReads?.();
    }
  } else {
    for (const table of names(db)) {
      for await (const rows of rowsOf(db, table, undefined, true)) {
        yield* withContent({ table, rows });
        await options.betweenReads?.();
      }
    }
  }
  let last: CommandLogEntry | undefined;
  for (let rounds = 1; ; rounds += 1) {
    const round = sealer.rounds() + 1;
    const after = seen;
    const [newer, at] = await readOne(db, 'commandLog', () =>
      Promise.all([db.commandLog.where(':id').above(after).toArray(), after > 0 ? db.commandLog.get(after) : undefined]),
    );
    if (newer.length === 0) {
      last = at;
      break;
    }
    seen = newer.at(-1)!.seq ?? seen;
    // A rough share of a patch, so the bar moves on (a backup made from the last one: the entries).
    total += from ? newer.length : (counts.complaints ?? 0);
    if (rounds < MAX_ROUNDS) {
      for await (const chunk of patchChunks(db, round, newer, logAfter)) {
        yield* withContent(chunk);
        await options.betweenReads?.();
      }
      continue;
    }
    // Saves every round: the last round in one transaction (its own view of the log included).
    const [chunks, end] = await readTogether(db, 'all', async () => {
      const all = await db.commandLog.where(':id').above(after).toArray();
      const read: SealedChunk[] = [];
      for await (const chunk of patchChunks(db, round, all, logAfter)) read.push(chunk);
      return [read, all.at(-1)] as const;
    });
    for (const chunk of chunks) yield* withContent(chunk);
    last = end;
    break;
  }
  yield await sealer.trailer(await throughOf(last));
}

/** The few host calls a backup or restore needs; the worker asks the page for them. */
export interface BackupHostCalls {
  beginBackup(request: { header: string }): Promise<Result<{ id: string }>>;
  appendBackup(request: { id: string; lines: string[] }): Promise<Result<void>>;
  finishBackup(request: { id: string; trailer: string }): Promise<Result<StoredBackup>>;
  abortBackup(id: string): Promise<Result<void>>;
  readBackup(request: { file: string; offset: number }): Promise<Result<BackupLines>>;
  listBackups(mode: Mode): Promise<Result<StoredBackup[]>>;
  backupEnds(request: { file: string }): Promise<Result<BackupEnds>>;
  carryBackup(request: BackupCarry): Promise<Result<void>>;
  /** An attached file's bytes (a backup carries them). Every host has it; a test's host may not. */
  readAttachment?(request: AttachmentRead): Promise<Result<Uint8Array>>;
  /** Keeps an attached file a restore brings back. */
  putAttachment?(request: AttachmentPut): Promise<Result<KeptAttachment>>;
}

/** How many of the newest stored backups are looked at for one to make the next from. */
const CARRY_CANDIDATES = 3;

/**
 * The newest stored backup the next one can be made from, or null when it must read the store whole.
 * It must be this installation's own, of this store's mode and schema, with its signature good; carry
 * fewer than MAX_SEGMENTS segments, and patches that do not outweigh a quarter of its rows; and the
 * store must still hold its last log entry as it was, every entry since naming the rows it wrote, and
 * not so many of them that reading the store whole would be as quick.
 */
export async function carryBase(host: BackupHostCalls, db: ConsoleDb, key: BackupKey): Promise<CarryBase | null> {
  const listed = await host.listBackups(db.mode).catch(() => null);
  if (!listed?.ok) return null;
  const keys = await installKeys(key);
  for (const backup of listed.value.filter((one) => one.reason !== 'legacy').slice(0, CARRY_CANDIDATES)) {
    const ends = await host.backupEnds({ file: backup.file }).catch(() => null);
    if (!ends?.ok) continue;
    const header = readSealedHeader(ends.value.header);
    if (!header || header.formatVersion !== BACKUP_FORMAT_VERSION || header.mode !== db.mode || header.schemaVersion !== db.verno) continue;
    if (header.seal.kind !== 'install' || header.seal.installId !== key.installId) continue;
    const trailer = SealedTrailerV3Schema.safeParse(safeJson(ends.value.trailer));
    if (!trailer.success || !trailer.data.through) continue;
    const { end: _end, signature, ...body } = trailer.data;
    if (!(await verifyText(keys, signedTextV3(await sha256(ends.value.header), body), signature))) continue;
    const rows = rowsCounted(header.counts);
    if (body.segments.length >= MAX_SEGMENTS || body.superseded > rows / 4) continue;
    const through = body.through!;
    const [entry, newer] = await readOne(db, 'commandLog', () =>
      Promise.all([db.commandLog.get(through.seq), db.commandLog.where(':id').above(through.seq).toArray()]),
    );
    if ((await throughOf(entry))?.digest !== through.digest) continue;
    const written = keysWrittenBy(newer);
    // A maintenance run since (a whole restore, seeding) may have written anything: read whole.
    if (!written) return null;
    const changed = [...written.values()].reduce((sum, keys) => sum + keys.size, 0);
    return changed > rows / 4 ? null : { file: backup.file, trailer: trailer.data };
  }
  return null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Writes a sealed backup to the host's store as it is read. Nothing is left behind on failure. An
 * install-sealed backup is made from the last one where it can be (`carryBase`); if the host cannot
 * copy that one's lines after all (the file is damaged or gone), it is made again, reading the store.
 */
export async function streamBackupTo(
  host: BackupHostCalls,
  db: ConsoleDb,
  options: StreamOptions,
  onProgress?: Progress,
): Promise<Result<StoredBackup>> {
  const from = options.sealWith.kind === 'install' ? await carryBase(host, db, options.sealWith.key) : null;
  if (from) {
    const carried = await writeBackup(host, linesOf(db, options, from, onProgress), options);
    if (carried.ok || carried.error.code !== CARRY_REFUSED) return carried;
    console.info('Backup: the earlier backup could not be carried over; reading the store whole.');
  }
  return writeBackup(host, linesOf(db, options, null, onProgress), options);
}

async function writeBackup(
  host: BackupHostCalls,
  lines: AsyncGenerator<string | CarryLine>,
  options: StreamOptions,
): Promise<Result<StoredBackup>> {
  let header: IteratorResult<string | CarryLine>;
  try {
    header = await lines.next();
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'ok' in error) return error as Result<StoredBackup>;
    throw error;
  }
  if (header.done || typeof header.value !== 'string') return fail('backup-write-failed');
  const begun = await host.beginBackup({ header: header.value });
  if (!begun.ok) return begun;
  const { id } = begun.value;
  // One append at a time is under way while the next lines are read and sealed.
  let appending: Promise<Result<void>> | null = null;
  const appended = async () => {
    const result = await appending;
    appending = null;
    if (result && !result.ok) throw result;
  };
  const appendChars = options.appendChars ?? APPEND_CHARS;
  try {
    let batch: string[] = [];
    let chars = 0;
    let last: string | null = null;
    const flush = async () => {
      await appended();
      if (batch.length > 0) appending = host.appendBackup({ id, lines: batch });
      batch = [];
      chars = 0;
    };
    for await (const line of lines) {
      if (typeof line !== 'string') {
        // The earlier backup's segments go in here, after every line before them.
        if (last !== null) batch.push(last);
        last = null;
        await flush();
        await appended();
        const carried = await host.carryBackup({ id, from: line.carry });
        if (!carried.ok) throw fail(CARRY_REFUSED, undefined, carried.error.message ?? carried.error.code);
        continue;
      }
      // A line joins the batch unless that would make it too long: then the batch goes first.
      if (last !== null && batch.length > 0 && chars + last.length > appendChars) await flush();
      if (last !== null) {
        batch.push(last);
        chars += last.length;
      }
      last = line;
      if (batch.length >= LINES_PER_CALL) await flush();
    }
    await flush();
    await appended();
    if (last === null) throw fail('backup-write-failed');
    const finished = await host.finishBackup({ id, trailer: last });
    if (!finished.ok) throw finished;
    return finished;
  } catch (error) {
    // The append under way finishes first, so nothing it stores is left behind the abort.
    await Promise.resolve(appending).catch(() => undefined);
    await host.abortBackup(id).catch(() => undefined);
    if (typeof error === 'object' && error !== null && 'ok' in error) return error as Result<StoredBackup>;
    throw error;
  }
}

/** A whole backup as one file's bytes (a file for another PC), read and sealed like any backup. */
export async function backupBytes(db: ConsoleDb, options: StreamOptions, onProgress?: Progress): Promise<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const line of backupLines(db, options, onProgress)) {
    const bytes = encoder.encode(`${line}\n`);
    parts.push(bytes);
    size += bytes.length;
  }
  const file = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    file.set(part, at);
    at += part.length;
  }
  return file;
}

// ---------------------------------------------------------------------------------------------
// Requests, as the page sends them to the worker (or runs them itself): everything in them crosses
// a postMessage (a CryptoKey does; a database object does not, so it goes by name and mode).

export type DbRef = { name: string; mode: Mode };
export type BackupSource = { kind: 'stored'; file: string } | { kind: 'bytes'; data: Uint8Array };

/** What the page is shown of an opened backup; its rows stay where it was opened, under `handle`. */
export type BackupSummary = Omit<OpenedBackup, 'tables' | 'packed'> & { handle: string; complaints: number; incidents: number };

export type BackupRequest =
  | { op: 'backup'; db: DbRef; reason: BackupReason; createdAtMs: number; key: BackupKey }
  | { op: 'file'; db: DbRef; createdAtMs: number; sealWith: SealWith }
  | { op: 'open'; source: BackupSource; key: BackupKey | null; passphrase?: string }
  | { op: 'restore'; db: DbRef; handle: string; ctx: RestoreContext; options: Omit<RestoreOptions, 'onRows' | 'files'> }
  | { op: 'drop'; handle: string }
  /** The running totals counted again from the records, as the console counts them on opening. */
  | { op: 'count'; db: DbRef; nowMs: number };

/** Where a request runs: how to reach the host, the database and the page's progress bar. */
export interface BackupPlace {
  host: BackupHostCalls;
  /** The database by name and mode, and whether to close it afterwards (the worker's own connection). */
  database(ref: DbRef): { db: ConsoleDb; close: boolean };
  progress(progress: BackupProgress): void;
}

/** Opened backups waiting for the operator's confirmation, by handle (one place's memory). */
const openedBackups = new Map<string, OpenedBackup>();
let handles = 0;

/** A stored backup's lines, read from the host a block at a time. */
export async function* storedLines(host: Pick<BackupHostCalls, 'readBackup'>, file: string): AsyncGenerator<string> {
  let offset: number | null = 0;
  while (offset !== null) {
    const read = await host.readBackup({ file, offset });
    if (!read.ok) throw read;
    yield* read.value.lines;
    offset = read.value.next;
  }
}

async function openSource(place: BackupPlace, request: Extract<BackupRequest, { op: 'open' }>): Promise<Result<BackupSummary>> {
  const source = request.source.kind === 'stored' ? storedLines(place.host, request.source.file) : linesOfBytes(request.source.data);
  let opened: Result<OpenedBackup>;
  try {
    opened = await openBackup(source, {
      key: request.key,
      ...(request.passphrase ? { passphrase: request.passphrase } : {}),
      pack: true,
      onRows: (done, total) => place.progress({ phase: 'reading', done, total }),
    });
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'ok' in error) return error as Result<BackupSummary>;
    // Bytes that are not UTF-8 mean a damaged file, not a backup.
    return fail('backup-corrupt');
  }
  if (!opened.ok) return opened;
  const handle = `opened-${(handles += 1)}`;
  // Only the last opened backup is kept: the screen offers one at a time.
  openedBackups.clear();
  openedBackups.set(handle, opened.value);
  const { tables: _tables, packed: _packed, ...summary } = opened.value;
  return ok({ ...summary, handle, complaints: rowsIn(opened.value, 'complaints'), incidents: rowsIn(opened.value, 'incidents') });
}

/** Runs one request where it is (the worker, or the page without one). */
export async function runBackupRequest(place: BackupPlace, request: BackupRequest): Promise<unknown> {
  if (request.op === 'open') return openSource(place, request);
  if (request.op === 'drop') return void openedBackups.delete(request.handle);
  const { db, close } = place.database(request.db);
  try {
    if (request.op === 'count') return (await countSummariesOf(db, request.nowMs)).length;
    if (request.op === 'backup') {
      const options = {
        mode: db.mode,
        reason: request.reason,
        createdAtMs: request.createdAtMs,
        sealWith: { kind: 'install' as const, key: request.key },
        files: place.host,
      };
      return await streamBackupTo(place.host, db, options, place.progress);
    }
    if (request.op === 'file') {
      return await backupBytes(
        db,
        { mode: db.mode, reason: 'file', createdAtMs: request.createdAtMs, sealWith: request.sealWith, files: place.host },
        place.progress,
      );
    }
    const backup = openedBackups.get(request.handle);
    if (!backup) return fail('backup-corrupt');
    const restored = await restoreBackup(db, backup, request.ctx, {
      ...request.options,
      files: place.host,
      onRows: (done, total) => place.progress({ phase: 'writing', done, total }),
    });
    if (restored.ok) openedBackups.delete(request.handle);
    return restored;
  } finally {
    if (close) db.close();
  }
}
