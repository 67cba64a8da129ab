// 舆情: the monitoring team's items, logged per incident by a command (decision in shared/opinion.ts)
// with a timeline entry in the same change. Reading them is a plain indexed query on [incidentId+foundAt].
import Dexie from 'dexie';
import { type OpinionInput, type OpinionItem } from '@shared/opinion';
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute } from './executor';
import type { ConsoleDb } from './schema';
import { logOpinionCommand } from '@shared/officeRecordCommands';

// Read and decided the same on the office server (shared/officeRecordCommands.ts).
export { logOpinionCommand };

/**
 * Logs one item. Bad input comes back as `validation` with a problem code per field (params:
 * field → code, opinion.error.<code> in the catalogs) and nothing is stored.
 */
export const logOpinionItem = (db: ConsoleDb, incidentId: string, input: OpinionInput, ctx: WriteContext): Promise<Result<OpinionItem>> =>
  execute(db, logOpinionCommand, { incidentId, input }, ctx);

/** An incident's items, newest find first. */
export function opinionItemsOf(db: ConsoleDb, incidentId: string): Promise<OpinionItem[]> {
  return db.opinions.where('[incidentId+foundAt]').between([incidentId, Dexie.minKey], [incidentId, Dexie.maxKey]).reverse().toArray();
}
