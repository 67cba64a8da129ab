// Drill notices (演练通知), kept in the drill database only: listed newest first, validated whole
// with zod (per-field error codes for the form), and refused outright on the live database.
import { z } from 'zod';
import {
  decideRemoveNotice,
  decideSaveNotice,
  noticeFieldErrors,
  saveNoticeArgs,
  type DrillNotice,
  type DrillNoticeInput,
  type NoticeSeen,
} from '@shared/drillNotice';
import { fail, type Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute, type Command } from './executor';
import { getScenario } from './scenarios';
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

export const saveNoticeCommand: Command<z.output<typeof saveNoticeArgs>, NoticeSeen, DrillNotice> = {
  name: 'drillNotice.save',
  args: saveNoticeArgs,
  tables: ['drillNotices', 'scenarios'],
  read: async (db, { id, input }) => ({
    before: id && db.mode === 'drill' ? await db.drillNotices.get(id) : undefined,
    scenarioKnown: input.scenarioId ? Boolean(await getScenario(db, input.scenarioId)) : true,
  }),
  decide: decideSaveNotice,
  invalid: noticeFieldErrors,
};

export const removeNoticeCommand: Command<{ id: string }, { notice: DrillNotice | undefined }, void> = {
  name: 'drillNotice.remove',
  args: z.object({ id: z.string().min(1) }),
  tables: ['drillNotices'],
  read: async (db, { id }) => ({ notice: db.mode === 'drill' ? await db.drillNotices.get(id) : undefined }),
  decide: decideRemoveNotice,
};

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
