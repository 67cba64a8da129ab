// Taking back an import (cancelled, failed, or left running by a window that died), as a command
// whose decision is in shared/importCommands.ts: everything the run wrote goes at once, or — when
// people have since worked on what it brought in — nothing goes, the run is kept and marked as
// such, and the operator is told in sentences what others have done, on which incidents.
import { decideTakeBack, takeBackArgs, type RecordsOn, type TakeBack, type TakeBackArgs, type TakeBackSeen } from '@shared/importCommands';
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute, type Command } from './executor';
import type { ConsoleDb } from './schema';

export { LATER_WORK_KINDS, type LaterWork, type LaterWorkKind, type TakeBack } from '@shared/importCommands';

/** Everything on the run's incidents, and the run's own complaints. */
async function takeBackSeen(db: ConsoleDb, { runId }: TakeBackArgs): Promise<TakeBackSeen> {
  const run = await db.imports.get(runId);
  const incidents = run ? await db.incidents.where('importId').equals(runId).toArray() : [];
  const ids = incidents.map((i) => i.id);
  const on = async (rows: Promise<{ incidentId?: string | undefined }[]>) => (await rows).map((r) => r.incidentId ?? '');
  const of = (table: 'communications' | 'instructions' | 'teams' | 'releases' | 'opinions' | 'allocations' | 'reviews' | 'measures') =>
    ids.length === 0 ? Promise.resolve([]) : on(db.table(table).where('incidentId').anyOf(ids).toArray());
  const recordsOn: RecordsOn = {
    communication: await of('communications'),
    instruction: await of('instructions'),
    taskForce: await of('teams'),
    release: await of('releases'),
    opinion: await of('opinions'),
    allocation: await of('allocations'),
    review: await of('reviews'),
    measure: await of('measures'),
  };
  const anyOf = <T>(rows: () => Promise<T[]>) => (ids.length === 0 ? Promise.resolve([] as T[]) : rows());
  return {
    run,
    incidents,
    complaintsOn: await anyOf(() => db.complaints.where('incidentId').anyOf(ids).toArray()),
    runComplaintIds: run ? ((await db.complaints.where('importId').equals(runId).primaryKeys()) as string[]) : [],
    entriesOn: await anyOf(() => db.timeline.where('incidentId').anyOf(ids).toArray()),
    noticeIdsOn: (await anyOf(() => db.notices.where('targetId').anyOf(ids).primaryKeys())) as string[],
    recordsOn,
  };
}

export const takeBackImportCommand: Command<TakeBackArgs, TakeBackSeen, TakeBack> = {
  name: 'import.takeBack',
  args: takeBackArgs,
  tables: [
    'complaints',
    'incidents',
    'timeline',
    'communications',
    'instructions',
    'teams',
    'notices',
    'releases',
    'opinions',
    'allocations',
    'reviews',
    'measures',
    'imports',
  ],
  read: takeBackSeen,
  decide: decideTakeBack,
};

/**
 * Takes back every record of a run at once (its complaints, incidents, their registration entries
 * and alerts); numbers drawn stay used (gaps are honest). If others have worked on its incidents
 * since, changes nothing but the run's status ('kept') and says what.
 */
export const takeBackImport = (
  db: ConsoleDb,
  runId: string,
  status: 'cancelled' | 'rolled-back',
  ctx: WriteContext,
): Promise<Result<TakeBack>> => execute(db, takeBackImportCommand, { runId, status }, ctx);
