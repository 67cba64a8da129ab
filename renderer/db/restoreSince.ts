// A restore of a backup this very store was at a while ago writes back only what changed since.
//
// Every write goes through the executor, which logs each command with the keys of the rows it wrote
// or removed (`wrote`, renderer/db/executor.ts). When the store's log holds the backup's last entry
// unchanged, and every entry after it is a command that names its rows, the store is the backup's
// data plus exactly those rows: putting each of them back as the backup has it (or removing it
// where the backup has none) and dropping the later log entries gives the same store as clearing
// every table and writing the whole backup — in the time of the changes, not of the years of data.
// Anything else (a maintenance run since, such as a restore or seeding; another store's backup; a
// backup of an older schema, whose rows were brought up to date apart from the store's) is
// restored whole by the caller.
//
// The timeline is only ever appended to, with new keys (the executor's `bulkAdd`): an entry written
// since the backup is not in it and is removed without searching the backup's timeline.
import type { IndexableType } from 'dexie';
import type { CommandLogEntry, RowWrite, TableName } from '@shared/commandKit';
import type { ConsoleDb } from './schema';

/** A piece of a backup's table as the restore writes it: rows to put, or keys a patch removed. */
export type Piece = { put: unknown[] } | { remove: IndexableType[] };

export type ChangesSince = {
  /** Each changed row as the backup has it, or its removal; the later log entries removed. */
  writes: RowWrite[];
  /** The backup's last log entry: the store's later ones are removed. */
  logAfter: number;
  /** A plan version or the office calendar changed: the running totals are counted again. */
  recount: boolean;
};

/** JSON with every object's keys in order: the same entry reads the same whatever order it was built in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * The rows the logged commands wrote or removed, by table; null when one of the entries does not
 * say (a maintenance run, or an entry from before the log named them). A backup's patch and a
 * restore of changes read the log this way.
 */
export function keysWrittenBy(entries: readonly CommandLogEntry[]): Map<string, Set<string | number>> | null {
  const keys = new Map<string, Set<string | number>>();
  for (const entry of entries) {
    if (entry.args === null || entry.wrote === undefined) return null;
    for (const [table, written] of Object.entries(entry.wrote)) {
      const set = keys.get(table) ?? new Set<string | number>();
      for (const key of written) set.add(key);
      keys.set(table, set);
    }
  }
  return keys;
}

/** The keys the rows of `table` are stored under. */
const keyPathOf = (db: ConsoleDb, table: string) => db.table(table).schema.primKey.keyPath as string;

/**
 * What to write to take the store back to the backup, or null when it must be restored whole. Runs
 * inside the restore's transaction (it reads the log and writes nothing).
 */
export async function changesSince(
  db: ConsoleDb,
  schemaVersion: number,
  piecesOf: (table: string) => Iterable<Piece>,
): Promise<ChangesSince | null> {
  if (schemaVersion !== db.verno) return null;
  let last: CommandLogEntry | undefined;
  for (const piece of piecesOf('commandLog')) {
    if ('put' in piece) for (const row of piece.put as CommandLogEntry[]) if (!last || (row.seq ?? 0) >= (last.seq ?? 0)) last = row;
  }
  if (!last?.seq) return null;
  const stored = await db.commandLog.get(last.seq);
  if (!stored || canonical(stored) !== canonical(last)) return null;
  const wanted = keysWrittenBy(await db.commandLog.where(':id').above(last.seq).toArray());
  if (!wanted) return null;
  const known = new Set(db.tables.map((table) => table.name));
  const writes: RowWrite[] = [];
  for (const [table, keys] of wanted) {
    // The log is taken back below, to the backup's last entry (entries an earlier restore removed
    // came after an entry the store no longer holds, or after this backup's last one).
    if (table === 'commandLog') continue;
    if (!known.has(table)) return null;
    if (table === 'timeline') {
      for (const key of keys) writes.push({ remove: 'timeline', key: key as string });
      continue;
    }
    // The backup's row for each key, the latest where a patch wrote it again.
    const keyPath = keyPathOf(db, table);
    const found = new Map<IndexableType, object>();
    for (const piece of piecesOf(table)) {
      if ('put' in piece) {
        for (const row of piece.put as Record<string, string | number>[]) if (keys.has(row[keyPath]!)) found.set(row[keyPath]!, row);
      } else for (const key of piece.remove) found.delete(key);
    }
    for (const key of keys) {
      const row = found.get(key);
      writes.push(row ? { put: table as TableName, row } : { remove: table as TableName, key: key as string });
    }
  }
  return { writes, logAfter: last.seq, recount: wanted.has('plans') || wanted.has('calendarYears') };
}

/** Writes the changes, a table at a time, and takes the log back to the backup's last entry. */
export async function writeChanges(db: ConsoleDb, changes: ChangesSince): Promise<void> {
  const puts = new Map<string, object[]>();
  const removes = new Map<string, string[]>();
  for (const write of changes.writes) {
    if ('put' in write) {
      const rows = puts.get(write.put) ?? [];
      rows.push(write.row);
      puts.set(write.put, rows);
    } else {
      const keys = removes.get(write.remove) ?? [];
      keys.push(write.key);
      removes.set(write.remove, keys);
    }
  }
  // Removals first: a row written since may hold a unique value a row put back had before it.
  for (const [table, keys] of removes) await db.table(table).bulkDelete(keys);
  for (const [table, rows] of puts) await db.table(table).bulkPut(rows);
  await db.commandLog.where(':id').above(changes.logAfter).delete();
}
