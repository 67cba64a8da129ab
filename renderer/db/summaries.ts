// The summaries in the store: kept by the executor in each command's transaction, counted again
// from the records when they are missing or were counted under another plan or calendar.
import type { Table } from 'dexie';
import type { RowWrite, TableName } from '@shared/commandKit';
import {
  applyDelta,
  contributionOf,
  deltaOf,
  isSummarised,
  summaryBasis,
  type Contribution,
  type SummaryDelta,
  type SummaryRow,
} from '@shared/summaries';
import type { WriteContext } from './context';
import type { ConsoleDb, StoredSummary } from './schema';

/** The row that says what the stored summaries were counted under. */
export const BASIS_KEY = 'basis';

export const summarisedWrites = (tables: readonly TableName[]) => tables.some(isSummarised);

/**
 * Writes a command's rows with the summaries they move: each summarised row's old contribution is
 * taken away and its new one added, in the caller's transaction (which holds `summaries` and `plans`).
 */
export async function keepSummaries(db: ConsoleDb, writes: readonly RowWrite[], ctx: WriteContext, write: () => Promise<void>) {
  const touched = new Map<string, Map<string, object | null>>();
  for (const w of writes) {
    const table = 'put' in w ? w.put : w.remove;
    if (!isSummarised(table)) continue;
    const key = 'put' in w ? (w.row as { id: string }).id : w.key;
    let rows = touched.get(table);
    if (!rows) touched.set(table, (rows = new Map()));
    // The last write of a row in the command is what stays.
    rows.set(key, 'put' in w ? w.row : null);
  }
  if (touched.size === 0) return write();
  const before = new Map<string, (object | undefined)[]>();
  for (const [table, rows] of touched) before.set(table, await (db.table(table) as Table<object, string>).bulkGet([...rows.keys()]));
  await write();

  // Read before the loop: no awaiting inside it, so the transaction never waits on anything but the store.
  const basis = summaryBasis({ plan: ctx.plan, plans: touched.has('incidents') ? await db.plans.toArray() : [] }, ctx.calendar);
  const delta: SummaryDelta = new Map();
  for (const [table, rows] of touched) {
    if (!isSummarised(table)) continue;
    const old = before.get(table)!;
    let i = 0;
    for (const after of rows.values()) {
      const was = old[i++];
      const oldPart: Contribution = was ? contributionOf(table, was, basis) : new Map();
      const newPart: Contribution = after ? contributionOf(table, after, basis) : new Map();
      deltaOf(oldPart, newPart, delta);
    }
  }
  if (delta.size === 0) return;
  const keys = [...delta.keys()];
  const stored = await db.summaries.bulkGet(keys);
  const put: StoredSummary[] = [];
  const gone: string[] = [];
  keys.forEach((key, i) => {
    const next = applyDelta(stored[i], key, delta.get(key)!);
    if (next) put.push(next);
    else if (stored[i]) gone.push(key);
  });
  if (put.length > 0) await db.summaries.bulkPut(put);
  if (gone.length > 0) await db.summaries.bulkDelete(gone);
}

/** The signature the stored summaries were counted under, or null if they were never counted. */
export async function storedSignature(db: ConsoleDb): Promise<string | null> {
  return (await db.summaries.get(BASIS_KEY))?.signature ?? null;
}

/** The stored summaries other than the basis, in key order (for tests and the rebuild check). */
export async function storedSummaries(db: ConsoleDb): Promise<SummaryRow[]> {
  return (await db.summaries.toArray())
    .filter((row) => row.key !== BASIS_KEY)
    .map(({ key, counts, members }) => ({ key, counts, members }))
    .sort((a, b) => a.key.localeCompare(b.key));
}
