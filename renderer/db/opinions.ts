// 舆情: the monitoring team's items, logged by a command (decision in shared/opinion.ts) on an
// incident or, watched before any incident exists, on their own; attached to an incident later.
// Reads are indexed: an incident's items by [incidentId+foundAt], the watched ones by `watching`,
// a period's by `foundAt`.
import Dexie from 'dexie';
import { type OpinionInput, type OpinionItem } from '@shared/opinion';
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute } from './executor';
import type { ConsoleDb } from './schema';
import { attachOpinionsCommand, logOpinionCommand } from '@shared/officeRecordCommands';

// Read and decided the same on the office server (shared/officeRecordCommands.ts).
export { attachOpinionsCommand, logOpinionCommand };

/**
 * Logs one item, on an incident or (no `incidentId`) watched on its own. Bad input comes back as
 * `validation` with a problem code per field (opinion.error.<code>) and nothing is stored.
 */
export const logOpinionItem = (
  db: ConsoleDb,
  incidentId: string | undefined,
  input: OpinionInput,
  ctx: WriteContext,
): Promise<Result<OpinionItem>> => execute(db, logOpinionCommand, { ...(incidentId ? { incidentId } : {}), input }, ctx);

/** 关联到事件: watched items join an incident (with one entry on its timeline). */
export const attachOpinions = (db: ConsoleDb, itemIds: string[], incidentId: string, ctx: WriteContext): Promise<Result<OpinionItem[]>> =>
  execute(db, attachOpinionsCommand, { itemIds, incidentId }, ctx);

/** An incident's items, newest find first. */
export function opinionItemsOf(db: ConsoleDb, incidentId: string): Promise<OpinionItem[]> {
  return db.opinions.where('[incidentId+foundAt]').between([incidentId, Dexie.minKey], [incidentId, Dexie.maxKey]).reverse().toArray();
}

/** Items watched without an incident, newest find first, at most `limit` (a page). */
export const watchedItems = (db: ConsoleDb, limit = 200): Promise<OpinionItem[]> =>
  db.opinions.where('[watching+foundAt]').between([1, Dexie.minKey], [1, Dexie.maxKey]).reverse().limit(limit).toArray();

/** How many items are watched without an incident (from the index, no rows read). */
export const watchedCount = (db: ConsoleDb): Promise<number> => db.opinions.where('watching').equals(1).count();

/** Items found from `from` (inclusive) to `to` (exclusive), ISO with the plan's offset, by index. */
export const opinionsFoundBetween = (db: ConsoleDb, from: string, to: string): Promise<OpinionItem[]> =>
  db.opinions.where('foundAt').between(from, to, true, false).toArray();

/** The latest items attached to incidents (newest find first), at most `limit`. */
export async function recentAttached(db: ConsoleDb, limit = 20): Promise<OpinionItem[]> {
  const found: OpinionItem[] = [];
  await db.opinions
    .orderBy('foundAt')
    .reverse()
    .until(() => found.length >= limit)
    .each((item) => {
      if (item.incidentId) found.push(item);
    });
  return found;
}
