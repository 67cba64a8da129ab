// Drill notices (演练通知), kept in the drill database only: listed newest first, validated whole
// with zod (per-field error codes for the form), and refused outright on the live database.
import { noticeFieldErrors, type DrillNotice, type DrillNoticeInput } from '@shared/drillNotice';
import * as setup from '@shared/officePlanCommands';
import { fail, type Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute } from './executor';
import type { ConsoleDb } from './schema';

/** The most recently written first; the live database has none. */
export async function listDrillNotices(db: ConsoleDb): Promise<DrillNotice[]> {
  if (db.mode !== 'drill') return [];
  const notices = await db.drillNotices.orderBy('updatedAt').reverse().toArray();
  // Same-minute edits: the later-created one first, so the order never jumps between reads.
  return notices.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.createdAt.localeCompare(a.createdAt));
}

export async function getDrillNotice(db: ConsoleDb, id: string): Promise<DrillNotice | undefined> {
  if (db.mode !== 'drill') return undefined;
  return db.drillNotices.get(id);
}

// Read and decided the same on every seat and on the office server (shared/officePlanCommands.ts).
export const saveNoticeCommand = { ...setup.saveNoticeCommand, invalid: noticeFieldErrors };
export const { removeNoticeCommand } = setup;

/** Creates a notice (no id) or replaces one; bad input saves nothing and names each field. */
export const saveDrillNotice = (
  db: ConsoleDb,
  id: string | null,
  input: DrillNoticeInput,
  ctx: WriteContext,
): Promise<Result<DrillNotice>> =>
  db.mode !== 'drill' ? Promise.resolve(fail('drill-database-required')) : execute(db, saveNoticeCommand, { id, input }, ctx);

export const deleteDrillNotice = (db: ConsoleDb, id: string, ctx: WriteContext): Promise<Result<void>> =>
  execute(db, removeNoticeCommand, { id }, ctx);
