// 舆情: the monitoring team's items, logged per incident by a command (decision in shared/opinion.ts)
// with a timeline entry in the same change. Reading them is a plain indexed query on [incidentId+foundAt].
import Dexie from 'dexie';
import { decideLogOpinion, logOpinionArgs, type OpinionInput, type OpinionItem } from '@shared/opinion';
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute, type Command } from './executor';
import type { ConsoleDb } from './schema';

export const logOpinionCommand: Command<{ incidentId: string; input: OpinionInput }, { incidentExists: boolean }, OpinionItem> = {
  name: 'opinion.log',
  args: logOpinionArgs,
  tables: ['incidents', 'opinions'],
  read: async (db, { incidentId }) => ({ incidentExists: Boolean(await db.incidents.get(incidentId)) }),
  decide: decideLogOpinion,
};

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
