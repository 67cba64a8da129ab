// 归档: archiving a finished incident and deleting a file after its retention (decisions in
// shared/archive.ts); the executor writes each with its timeline or audit entry.
import { archiveCommand, deleteArchiveCommand } from '@shared/archive';
import type { Incident } from '@shared/model';
import type { HostApi } from '@shared/bridge';
import { fail, type Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute } from './executor';
import type { ConsoleDb } from './schema';

// Read and decided the same on the office server (shared/officeRecordCommands.ts).
export { archiveCommand, deleteArchiveCommand };

export const archiveIncident = (db: ConsoleDb, incidentId: string, ctx: WriteContext): Promise<Result<Incident>> =>
  execute(db, archiveCommand, { incidentId }, ctx);

/**
 * 销毁: the command removes the file's records, its evidence records among them; then the host drops
 * each attached file no record names any more (a photo attached to two incidents stays for the other).
 */
export async function deleteArchivedFile(
  db: ConsoleDb,
  incidentId: string,
  ctx: WriteContext,
  files?: Pick<HostApi, 'removeAttachment'>,
): Promise<Result<{ number: string; archive: string }>> {
  const hashes = [...new Set((await db.attachments.where('incidentId').equals(incidentId).toArray()).map((a) => a.hash))];
  const deleted = await execute(db, deleteArchiveCommand, { incidentId }, ctx);
  if (!deleted.ok || !files) return deleted;
  for (const hash of hashes) {
    if ((await db.attachments.where('hash').equals(hash).count()) > 0) continue;
    const removed = await files.removeAttachment({ hash }).catch((error: unknown) => fail('attachment-missing', undefined, String(error)));
    // The records are gone either way; a file left behind is found and said in the log.
    if (!removed.ok) console.warn(`An attached file of the deleted file was not removed (${removed.error.code}).`);
  }
  return deleted;
}
