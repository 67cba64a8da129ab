// Observers' notes (观察记录) on a drill run: what they saw, timed on both clocks, optionally
// marking an observed action done or not (decision in shared/drillCommands.ts).
import { addNoteArgs, decideAddNote, type RunSeen } from '@shared/drillCommands';
import type { DrillNote } from '@shared/drillRecords';
import type { Result } from '@shared/result';
import type { WriteContext } from '../context';
import { execute, type Command } from '../executor';
import type { ConsoleDb } from '../schema';

export const addDrillNoteCommand: Command<{ runId: string; text: string; actionId?: string; done?: boolean }, RunSeen, DrillNote> = {
  name: 'drillRun.note',
  args: addNoteArgs,
  tables: ['drillRuns', 'drillNotes'],
  read: async (db, { runId }) => ({ run: await db.drillRuns.get(runId) }),
  decide: decideAddNote,
};

/** An observer's note, timed now on both clocks; optionally marking an observed action done or not. */
export const addDrillNote = (
  db: ConsoleDb,
  runId: string,
  input: { text: string; actionId?: string; done?: boolean },
  ctx: WriteContext,
): Promise<Result<DrillNote>> => execute(db, addDrillNoteCommand, { runId, ...input }, ctx);

export async function notesOfRun(db: ConsoleDb, runId: string): Promise<DrillNote[]> {
  if (db.mode !== 'drill') return [];
  return db.drillNotes.where('[runId+at]').between([runId, ''], [runId, '\uffff']).toArray();
}
