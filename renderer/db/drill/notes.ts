// Observers' notes (观察记录) on a drill run: what they saw, timed on both clocks, optionally
// marking an observed action done or not (decision in shared/drillCommands.ts).
import type { DrillNote } from '@shared/drillRecords';
import type { Result } from '@shared/result';
import type { WriteContext } from '../context';
import { execute } from '../executor';
import type { ConsoleDb } from '../schema';
import { addDrillNoteCommand } from '@shared/officeDrillCommands';

// Read and decided the same on the office server (shared/officeDrillCommands.ts).
export { addDrillNoteCommand };

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
