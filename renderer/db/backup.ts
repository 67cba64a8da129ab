// Backups of one mode's database: the rows checked and brought up to this build's schema, and a
// restore that replaces everything in one transaction, so a refused or failed restore changes
// nothing. Live backups restore only into the live database and drill backups only into the drill
// database. Reading and sealing a backup is renderer/db/backupStream.ts (in the backup worker);
// `exportSnapshot` is the whole store in memory, for tests and small comparisons only.
import Dexie, { type IndexableType, type Transaction } from 'dexie';
import type { BackupKind } from '@shared/backupFormat';
import type { BackupSnapshot } from '@shared/bridge';
import type { Mode } from '@shared/model';
import { fail, ok, type Result } from '@shared/result';
import type { AttachmentPut, KeptAttachment } from '@shared/bridge';
import type { Attachment } from '@shared/attachments';
import { ATTACHMENT_CONTENT, fromBase64, type AttachmentPart } from '@shared/attachmentFiles';
import { toIsoWithOffset } from '@shared/time';
import { settle, type WriteContext } from './context';
import type { TimelineAppend } from '@shared/commandKit';
import { newId } from '@shared/ids';
import { actorFor, maintain, readTogether, reauthMissing } from './executor';
import { calendarOf, officeCalendarRows } from './calendar';
import { changesSince, writeChanges, type ChangesSince, type Piece } from './restoreSince';
import { planInForce } from './seed';
import { keepSummaries } from './summaries';
import { upgradeToVersion2, upgradeToVersion8, upgradeToVersion10 } from './migrations';
import { ORGANISATION_TIMELINE } from './organisation';
import { countSummariesOf } from './summaryRebuild';
import type { ConsoleDb } from './schema';
import { ACCOUNTS_SCHEMA_VERSION } from './schema';

/** The name and version written into a backup, so a file says which build made it. */
export const APP_IDENTITY = {
  name: '应急指挥台',
  // Vite defines the version in the app; unit tests run without it.
  version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0',
};

/**
 * Tables counted from the others (the running totals): never in a backup; a restore clears them,
 * and the console counts them again from the restored records.
 */
export const DERIVED_TABLES: readonly string[] = ['summaries'];

/** Rows read per request: small enough that the page keeps painting between them. */
const PAGE = 2_000;

/**
 * Every table of the database, read in one transaction so the snapshot is one moment's data.
 * Read a page of keys at a time: between pages the page's other work runs, so a backup of a
 * hundred thousand complaints does not freeze the window.
 */
export async function exportSnapshot(db: ConsoleDb): Promise<BackupSnapshot> {
  return readTogether(db, 'all', async () => {
    const tables: Record<string, unknown[]> = {};
    for (const table of db.tables) {
      if (DERIVED_TABLES.includes(table.name)) continue;
      const rows: unknown[] = [];
      let after: IndexableType | undefined;
      for (;;) {
        const collection = after === undefined ? table.orderBy(':id') : table.where(':id').above(after);
        const keys = await collection.limit(PAGE).primaryKeys();
        if (keys.length === 0) break;
        rows.push(...(await table.bulkGet(keys)));
        after = keys[keys.length - 1];
        if (keys.length < PAGE) break;
      }
      tables[table.name] = rows;
    }
    return { schemaVersion: db.verno, tables };
  });
}

type Rows = Record<string, unknown[]>;

/**
 * The few table operations the schema upgrades use, over rows in memory instead of a store, so a
 * backup from an older version is brought up to date by the very code that upgrades a database.
 */
function memoryTransaction(tables: Rows): Transaction {
  const table = (name: string) => {
    const rows = (tables[name] ??= []);
    return {
      toArray: async () => [...rows],
      count: async () => rows.length,
      bulkAdd: async (added: unknown[]) => {
        rows.push(...added);
      },
      toCollection: () => ({
        modify: async (change: (row: never) => unknown) => {
          for (const row of rows) change(row as never);
        },
      }),
    };
  };
  return { table } as unknown as Transaction;
}

/** The upgrade into each schema version (from the one before), as schema.ts declares them. */
const UPGRADES: Record<number, (tx: Transaction) => Promise<void>> = {
  2: upgradeToVersion2,
  // Version 3 added tables and indexes only.
  3: async () => undefined,
  // Version 4 added the drill tables (empty in the live database).
  4: async () => undefined,
  // Version 5 added the teams' tools and the after-action review (new tables).
  5: async () => undefined,
  // Version 6 added the office's holiday arrangements (a new table).
  6: async () => undefined,
  // Version 7 added the log of commands run (a new table).
  7: async () => undefined,
  // Version 8 added the summaries (derived, counted again after a restore), indexes, and the mark
  // on incidents whose deadline the calendar could not count.
  8: upgradeToVersion8,
  // Version 9 added the accounts (a new table; a restore of an older backup keeps today's).
  9: async () => undefined,
  // Version 10 indexed the notices by raised and due time, and gave the oldest their due time.
  10: upgradeToVersion10,
  // Version 11 added the reports upward (a new table) and an index on the incidents' report owed.
  11: async () => undefined,
  // Version 12 added the attachments' records (their files are the host's), the drill
  // programme and training, and the petitions (new tables).
  12: async () => undefined,
};

/** The rows brought up to the `target` schema, or null if an upgrade step is missing. Changes `tables` in place. */
export async function upgradeRows(tables: Rows, from: number, target: number): Promise<Rows | null> {
  for (let version = from + 1; version <= target; version += 1) {
    const upgrade = UPGRADES[version];
    if (!upgrade) return null;
    await upgrade(memoryTransaction(tables));
  }
  return tables;
}

/** How far a backup can be trusted: signed by this console, sealed with a passphrase, or not signed at all (first format). */
export type BackupTrust = 'signed' | 'passphrase' | 'unsigned';

/** A backup that has been opened, checked row by row and brought up to this build's schema. */
export interface OpenedBackup {
  createdAt: string;
  mode: Mode;
  reason: BackupKind | 'legacy';
  /** The schema the file was made with (its rows are already upgraded). */
  schemaVersion: number;
  trust: BackupTrust;
  tables: Rows;
  /**
   * Where set, the rows instead of `tables` (which is then empty): each table's chunks as their
   * JSON text (`rows`, and the keys a patch `removed`), already checked. A backup opened in the
   * worker waits for the operator's confirmation this way, a fraction of the memory its rows would
   * take as objects.
   */
  packed?: Record<string, PackedRows>;
}

export type PackedRows = { json: string[]; count: number };

/** How many rows of `table` the backup holds. */
export const rowsIn = (backup: OpenedBackup, table: string): number => backup.packed?.[table]?.count ?? backup.tables[table]?.length ?? 0;

/** A table's pieces in order: the objects in pages, or each packed chunk's rows (or removals). */
function* piecesOf(backup: OpenedBackup, table: string): Generator<Piece> {
  const packed = backup.packed?.[table];
  if (packed) {
    // A few chunks to one write: fewer, larger requests.
    let rows: unknown[] = [];
    for (const json of packed.json) {
      const chunk = JSON.parse(json) as { rows: unknown[]; removed?: IndexableType[] };
      rows.push(...chunk.rows);
      if (chunk.removed && chunk.removed.length > 0) {
        // Removals come after the rows before them, and before those after.
        yield { put: rows };
        rows = [];
        yield { remove: chunk.removed };
      } else if (rows.length >= PAGE) {
        yield { put: rows };
        rows = [];
      }
    }
    if (rows.length > 0) yield { put: rows };
    return;
  }
  const rows = backup.tables[table] ?? [];
  for (let start = 0; start < rows.length; start += PAGE) yield { put: rows.slice(start, start + PAGE) };
}

export type RestoredBackup = { createdAt: string; complaints: number; incidents: number };

const LEADERS = new Set(['leader', 'deputy']);

export interface RestoreOptions {
  /** A leader has read that the file is not signed by this console and restores it anyway. */
  untrustedConfirmed?: boolean;
  /**
   * The database is empty (storage was reset) and this is the start screen's offer of the latest
   * backup: nobody can be signed in without a roster, and there is nothing to lose.
   */
  intoEmpty?: boolean;
  /** Told of the rows written so far and the rows to write (for a progress bar). */
  onRows?: (done: number, total: number) => void;
  /** Where the backup's attached files are put back (the host); without it, only their records are restored. */
  files?: { putAttachment?(request: AttachmentPut): Promise<Result<KeptAttachment>> };
}

/**
 * Puts the attached files a backup carries back into the host's store, each checked against its
 * hash (and its type, by the name its record gives it). Done before the records are written: a
 * file is kept under its hash, so one put back by a restore that then fails changes nothing anyone
 * sees. A file whose pieces are incomplete or whose bytes do not match refuses the whole restore.
 */
/** The backup's file pieces one chunk at a time (a chunk holds one piece), never a page of them at once. */
function* contentChunks(backup: OpenedBackup): Generator<AttachmentPart[]> {
  const packed = backup.packed?.[ATTACHMENT_CONTENT];
  if (packed) for (const json of packed.json) yield (JSON.parse(json) as { rows: AttachmentPart[] }).rows;
  else yield (backup.tables[ATTACHMENT_CONTENT] ?? []) as AttachmentPart[];
}

async function putBackFiles(backup: OpenedBackup, files: RestoreOptions['files']): Promise<Result<number>> {
  if (!files?.putAttachment || rowsIn(backup, ATTACHMENT_CONTENT) === 0) return ok(0);
  const names = new Map<string, string>();
  for (const piece of piecesOf(backup, 'attachments'))
    if ('put' in piece) for (const row of piece.put as Attachment[]) names.set(row.hash, row.name);
  let put = 0;
  let pending: { hash: string; parts: Uint8Array[]; of: number } | null = null;
  const damaged = (hash: string) => fail('backup-attachment-damaged', { file: names.get(hash) ?? hash.slice(0, 12) });
  for (const parts of contentChunks(backup)) {
    for (const part of parts) {
      if (pending && pending.hash !== part.hash) return damaged(pending.hash);
      if (!pending) {
        // A file carried twice (a patch wrote its record again) is put back once.
        if (part.part !== 0) continue;
        pending = { hash: part.hash, parts: [], of: part.parts };
      }
      if (part.part !== pending.parts.length || part.parts !== pending.of) return damaged(part.hash);
      pending.parts.push(fromBase64(part.data));
      if (pending.parts.length < pending.of) continue;
      const data = new Uint8Array(pending.parts.reduce((sum, bytes) => sum + bytes.byteLength, 0));
      let at = 0;
      for (const bytes of pending.parts) {
        data.set(bytes, at);
        at += bytes.byteLength;
      }
      const name = names.get(pending.hash);
      // Content no record names is not put back: it could be anything.
      if (name !== undefined) {
        const kept = await files.putAttachment({ name, data, hash: pending.hash });
        // A full disk or a host gone is said as itself, not as a damaged backup.
        if (!kept.ok) return kept.error.code === 'attachment-damaged' ? damaged(pending.hash) : kept;
        put += 1;
      }
      pending = null;
    }
  }
  return pending ? damaged(pending.hash) : ok(put);
}

/**
 * What a restore needs of the write context: who, when, and the plan's clock offset for the audit
 * entry. A whole WriteContext fits; a worker is given just these (they cross a postMessage).
 */
export type RestoreContext = Pick<WriteContext, 'actor' | 'now'> & { plan: Pick<WriteContext['plan'], 'utcOffsetMinutes'> };

/**
 * Runs after a restore has been written (its transaction committed), in the same place the restore
 * ran (the backup worker, or the page without one): the running totals are counted from the
 * restored rows there, off the page, before any screen reads them.
 */
export async function afterRestore(db: ConsoleDb): Promise<void> {
  try {
    await countSummariesOf(db);
  } catch (error) {
    // The restore stands; the console counts the totals itself when it finds them missing.
    console.warn('Summaries not counted after the restore:', error instanceof Error ? error.message : error);
  }
}

/**
 * Replaces all data of the database's mode with an opened backup of the same mode. Everything is
 * cleared and written in one transaction with its audit entry: a bad row or a broken unique
 * number aborts it, and the data stays exactly as it was. Numbering counters never go back, so a
 * number once given out is never given again. The caller backs up the current data first.
 */
export async function restoreBackup(
  db: ConsoleDb,
  backup: OpenedBackup,
  ctx: RestoreContext,
  options: RestoreOptions = {},
): Promise<Result<RestoredBackup>> {
  if (options.intoEmpty) {
    if ((await db.plans.count()) > 0) return fail('backup-restore-needs-leader');
  } else {
    // The whole office's data is replaced, so it is a decision for the leading group, by the
    // person signed in here, who gave their password again just now.
    const who = actorFor('backup.restore', ctx);
    if (!who.ok) return who.error.code === 'command-not-permitted' ? fail('backup-restore-needs-leader') : who;
    if (!LEADERS.has(who.value.actor.role)) return fail('backup-restore-needs-leader');
    if (reauthMissing('backup.restore', null, null, ctx.now)) return fail('reauth-required');
    ctx = { ...ctx, actor: who.value.actor };
  }
  // Drill data never reaches the live database, nor live data the drill database.
  if (backup.mode !== db.mode) return fail(db.mode === 'drill' ? 'backup-not-live' : 'backup-drill-in-live');
  if (backup.trust !== 'signed' && !options.untrustedConfirmed) return fail(`backup-${backup.trust}-needs-confirmation`);
  if (backup.schemaVersion > db.verno) {
    return fail('backup-newer-version', { schemaVersion: backup.schemaVersion, appSchemaVersion: db.verno });
  }
  // The attached files' content is not a table: it goes back to the host's files (putBackFiles).
  const names = [...new Set([...Object.keys(backup.tables), ...Object.keys(backup.packed ?? {})])].filter(
    (name) => name !== ATTACHMENT_CONTENT,
  );
  const known = new Set(db.tables.map((table) => table.name));
  const unknown = names.find((name) => !known.has(name));
  if (unknown !== undefined) return fail('backup-unknown-table', { table: unknown });
  // Without a plan the console cannot open; such a file was not made by a working console.
  if (rowsIn(backup, 'plans') === 0) return fail('backup-no-plan');
  const filesBack = await putBackFiles(backup, options.files);
  if (!filesBack.ok) return filesBack;

  const restored: RestoredBackup = {
    createdAt: backup.createdAt,
    complaints: rowsIn(backup, 'complaints'),
    incidents: rowsIn(backup, 'incidents'),
  };
  const at = toIsoWithOffset(ctx.now, ctx.plan.utcOffsetMinutes);
  let total = names.reduce((sum, name) => sum + rowsIn(backup, name), 0);
  let done = 0;
  // Where the store was the backup's data a while ago, only what changed since is written back
  // (renderer/db/restoreSince.ts); otherwise every table is cleared and written whole.
  let since: ChangesSince | null = null;
  const keepAccounts = backup.schemaVersion < ACCOUNTS_SCHEMA_VERSION || rowsIn(backup, 'accounts') === 0;
  // What a restore of changes wrote, named in its log entry like a command's: the rows put back or
  // removed, the later log entries taken away, the raised counters and its own audit entry.
  const wrote: Record<string, (string | number)[]> = {};
  const named = (table: string, keys: (string | number)[]) => {
    if (keys.length > 0) (wrote[table] ??= []).push(...keys);
  };
  // One transaction for the whole restore, so a refused or failed one changes nothing. It runs in
  // the backup worker (renderer/db/backupStream.ts), so however long it takes, the page keeps
  // painting; saves made meanwhile wait for it, which is right: their data is being replaced.
  const written = await settle(() =>
    maintain(
      db,
      {
        name: 'backup.restore',
        actor: ctx.actor,
        at,
        tables: 'all',
        wrote: () => (since ? { args: { backupAt: backup.createdAt, changes: (since as ChangesSince).writes.length }, wrote } : null),
      },
      async () => {
        const issued = new Map((await db.counters.toArray()).map((counter) => [counter.key, counter.value]));
        since = options.intoEmpty ? null : await changesSince(db, backup.schemaVersion, (table) => piecesOf(backup, table));
        // A backup without accounts (older than them, or made before anyone had one) leaves today's
        // as they are: a restore never leaves the console with no one able to sign in, nor opens
        // the first run's leader form to whoever comes next.
        if (since && keepAccounts)
          since = { ...since, writes: since.writes.filter((write) => ('put' in write ? write.put : write.remove) !== 'accounts') };
        if (since) {
          const changes = since;
          total = changes.writes.length;
          // The running totals move with the rows, as they do for a command.
          const kept = changes.recount ? null : await summaryContext(db, ctx);
          for (const write of changes.writes) {
            if ('put' in write) named(write.put, [(write.row as Record<string, string | number>)[keyPathOf(db, write.put)]!]);
            else named(write.remove, [write.key]);
          }
          named('commandLog', (await db.commandLog.where(':id').above(changes.logAfter).primaryKeys()) as number[]);
          if (kept) await keepSummaries(db, changes.writes, kept, () => writeChanges(db, changes));
          else await writeChanges(db, changes);
          options.onRows?.(total, total);
        }
        const cleared = db.tables.filter((table) => table.name !== 'accounts' || !keepAccounts);
        if (!since) for (const table of cleared) await table.clear();
        for (const table of since ? [] : db.tables) {
          // In pieces within the one transaction (a later row for the same key wins).
          for (const piece of piecesOf(backup, table.name)) {
            if ('remove' in piece) {
              await table.bulkDelete(piece.remove);
              continue;
            }
            await table.bulkPut(piece.put as never[]);
            done += piece.put.length;
            options.onRows?.(done, total);
          }
        }
        // A counter the backup holds lower than now would hand out numbers already given.
        const counters = await db.counters.bulkGet([...issued.keys()]);
        const raised = [...issued].filter(([, value], i) => (counters[i]?.value ?? 0) < value).map(([key, value]) => ({ key, value }));
        if (raised.length > 0) await db.counters.bulkPut(raised);
        named(
          'counters',
          raised.map((counter) => counter.key),
        );
        named('timeline', [
          await appendTimeline(db, ctx, {
            incidentId: ORGANISATION_TIMELINE,
            kind: 'backup-restored',
            params: {
              backupAt: toIsoWithOffset(Date.parse(backup.createdAt), ctx.plan.utcOffsetMinutes).slice(0, 16).replace('T', ' '),
              complaints: restored.complaints,
              incidents: restored.incidents,
            },
          }),
        ]);
        return restored;
      },
    ),
  );
  if (written.ok) {
    const changed = since as ChangesSince | null;
    // For whoever looks into a slow restore: which way it went.
    console.info(
      changed ? `Restore: ${changed.writes.length} rows changed since the backup written back.` : 'Restore: every table written.',
    );
    if (!changed || changed.recount) await afterRestore(db);
    return written;
  }
  // The engine's own words (ConstraintError, bulkPut…) mean nothing to an operator; the log keeps them.
  console.warn('Restore rolled back:', written.error.message ?? written.error.code);
  return fail('backup-restore-failed');
}

/** What the running totals are kept with inside the restore: the plan in force, its versions, the office calendar. */
async function summaryContext(db: ConsoleDb, ctx: RestoreContext): Promise<WriteContext | null> {
  const plan = await planInForce(db, ctx.now);
  if (!plan) return null;
  return { actor: ctx.actor, now: ctx.now, plan, plans: await db.plans.toArray(), calendar: calendarOf(await officeCalendarRows(db)) };
}

/** Whether the database has lost its data: no plan (seeding always writes one) and nothing registered. */
export async function isEmptyDatabase(db: ConsoleDb): Promise<boolean> {
  return readTogether(db, ['plans', 'complaints', 'incidents'], async () => {
    // One row is enough to tell: IndexedDB counts a whole table by walking it, which at years of
    // data held every start of the console for the best part of a second.
    // (Dexie's limit(1).count() still counts the whole range: the first key is read instead.)
    const firsts = await Promise.all([db.plans, db.complaints, db.incidents].map((table) => table.limit(1).primaryKeys()));
    return firsts.every((keys) => keys.length === 0);
  });
}

/** The database behind a mode, whether or not it has been created. */
export function databaseExists(name: string): Promise<boolean> {
  return Dexie.exists(name);
}

/** The restore's own entry, written inside its `maintain` (which is the executor's). */
async function appendTimeline(db: ConsoleDb, ctx: RestoreContext, entry: TimelineAppend): Promise<string> {
  const note = entry.note?.trim();
  const id = newId();
  await db.timeline.add({
    id,
    mode: db.mode,
    at: toIsoWithOffset(ctx.now, ctx.plan.utcOffsetMinutes),
    actorId: ctx.actor.id,
    actorName: ctx.actor.name,
    ...entry,
    ...(note ? { note } : { note: undefined }),
  });
  return id;
}

const keyPathOf = (db: ConsoleDb, table: string) => db.table(table).schema.primKey.keyPath as string;
