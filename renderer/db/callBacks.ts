// 回访: the command that records a call-back (decision in shared/callBacks.ts), and the reads of what
// is owed (by the incidents' callBackDueAt index) and of the calls made in a period (by their time).

import { recordCallBackCommand, type CallBack, type CallBackInput } from '@shared/callBacks';
import type { Incident } from '@shared/model';
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute } from './executor';
import type { ConsoleDb } from './schema';

// Read and decided the same on the office server (shared/officeRecordCommands.ts).
export { recordCallBackCommand };

export const recordCallBack = (db: ConsoleDb, incidentId: string, input: CallBackInput, ctx: WriteContext): Promise<Result<CallBack>> =>
  execute(db, recordCallBackCommand, { incidentId, input }, ctx);

/** An incident's call-backs, oldest first. */
export const callBacksOf = (db: ConsoleDb, incidentId: string): Promise<CallBack[]> =>
  db.callBacks.where('incidentId').equals(incidentId).sortBy('at');

/**
 * The incidents owed a call-back since `since` (ISO), soonest first; at most `limit` (a page). Files
 * left without a call-back for longer are not what a morning's calls are about, and at years of
 * data there are many.
 */
export const incidentsDueCallBack = (db: ConsoleDb, since: string, limit = 200): Promise<Incident[]> =>
  db.incidents.where('callBackDueAt').aboveOrEqual(since).limit(limit).toArray();

/** The call-backs made between two ISO instants (a year), by the index on their time. */
export const callBacksBetween = (db: ConsoleDb, from: string, to: string): Promise<CallBack[]> =>
  db.callBacks.where('at').between(from, to, true, false).toArray();
