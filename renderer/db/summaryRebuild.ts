// Counting the summaries again from the records: when they are missing (a new store, a restore,
// the first open after an update) or were counted under another plan or calendar.
import type { Table } from 'dexie';
import type { WorkingCalendar } from '@shared/calendar';
import type { Plan } from '@shared/plan';
import {
  contributionOf,
  rowsOf,
  SUMMARISED_TABLES,
  summaryBasis,
  type Contribution,
  type SummaryBasis,
  type SummaryRow,
} from '@shared/summaries';
import { summarySignature } from '@shared/summaries';
import { calendarOf, officeCalendarRows } from './calendar';
import { maintain } from './executor';
import { planInForce } from './seed';
import type { ConsoleDb } from './schema';
import { BASIS_KEY } from './summaries';

const PAGE = 2_000;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The last command's place in the log: if it moves while the records are counted, the count is stale. */
const lastSeq = async (db: ConsoleDb) => (await db.commandLog.orderBy('seq').lastKey()) ?? 0;

async function countPaged(db: ConsoleDb, basis: SummaryBasis, onPage?: (rows: number) => Promise<void> | void): Promise<Contribution> {
  const total: Contribution = new Map();
  for (const table of SUMMARISED_TABLES) {
    const store = db.table(table) as Table<object, string>;
    let after: string | undefined;
    for (;;) {
      // Each page its own short read, so a save is never kept waiting by a recount.
      const rows = await (after === undefined ? store.orderBy(':id') : store.where(':id').above(after)).limit(PAGE).toArray();
      for (const row of rows) contributionOf(table, row, basis, total);
      await onPage?.(rows.length);
      if (rows.length < PAGE) break;
      after = (rows[rows.length - 1] as { id: string }).id;
      await pause();
    }
  }
  return total;
}

/**
 * Counts the summaries again from the records and stores them with `signature`. Read a page at a
 * time; if a command ran meanwhile the count is taken again, and the last try counts inside the
 * writing transaction itself so it cannot be overtaken.
 */
export async function rebuildSummaries(
  db: ConsoleDb,
  book: { plan: Plan; plans: readonly Plan[] },
  calendar: WorkingCalendar,
  signature: string,
  /** Told the rows counted after each page (a progress line; awaited). */
  onPage?: (rows: number) => Promise<void> | void,
): Promise<SummaryRow[]> {
  const basis = summaryBasis(book, calendar);
  const store = async (rows: SummaryRow[]) => {
    await db.summaries.clear();
    await db.summaries.bulkPut([...rows, { key: BASIS_KEY, counts: {}, members: {}, signature }]);
    return rows;
  };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const from = await lastSeq(db);
    const total = await countPaged(db, basis, onPage);
    const written = await maintain(db, { name: 'summaries.rebuild', tables: ['summaries'], derived: true }, async () =>
      (await lastSeq(db)) === from ? store(rowsOf(total)) : null,
    );
    if (written) return written;
  }
  return maintain(db, { name: 'summaries.rebuild', tables: ['summaries', ...SUMMARISED_TABLES], derived: true }, async () => {
    const total: Contribution = new Map();
    for (const table of SUMMARISED_TABLES) for (const row of await db.table(table).toArray()) contributionOf(table, row, basis, total);
    return store(rowsOf(total));
  });
}

const running = new WeakMap<ConsoleDb, string>();

/**
 * Starts a count of the totals under `signature` unless one is already under way for it; failures
 * are logged and tried at the next change. `count` runs it (the console passes the backup worker's,
 * so the records are read and counted off the page); without one it runs here.
 */
export function keepSummariesCounted(
  db: ConsoleDb,
  book: { plan: Plan; plans: readonly Plan[] },
  calendar: WorkingCalendar,
  signature: string,
  count: () => Promise<unknown> = () => rebuildSummaries(db, book, calendar, signature),
): void {
  if (running.get(db) === signature) return;
  running.set(db, signature);
  count()
    .catch((error: unknown) => console.warn('Summaries not counted:', error instanceof Error ? error.message : error))
    .finally(() => {
      if (running.get(db) === signature) running.delete(db);
    });
}

/**
 * Counts the summaries of a store as the console would on opening it (its plan in force, versions
 * and calendar): after a bulk load or where no screen is open.
 */
export async function countSummariesOf(db: ConsoleDb, nowMs = Date.now()): Promise<SummaryRow[]> {
  const plans = await db.plans.toArray();
  const plan = await planInForce(db, nowMs);
  if (!plan) return [];
  const years = await officeCalendarRows(db);
  return rebuildSummaries(db, { plan, plans }, calendarOf(years), summarySignature(plan, plans, years));
}
