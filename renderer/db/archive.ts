// 归档: archiving a finished incident and deleting a file after its retention (decisions in
// shared/archive.ts); the executor writes each with its timeline or audit entry.
import { archiveCommand, deleteArchiveCommand } from '@shared/archive';
import type { Incident } from '@shared/model';
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute } from './executor';
import type { ConsoleDb } from './schema';

// Read and decided the same on the office server (shared/officeRecordCommands.ts).
export { archiveCommand, deleteArchiveCommand };

export const archiveIncident = (db: ConsoleDb, incidentId: string, ctx: WriteContext): Promise<Result<Incident>> =>
  execute(db, archiveCommand, { incidentId }, ctx);

export const deleteArchivedFile = (
  db: ConsoleDb,
  incidentId: string,
  ctx: WriteContext,
): Promise<Result<{ number: string; archive: string }>> => execute(db, deleteArchiveCommand, { incidentId }, ctx);
