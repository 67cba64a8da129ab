// Drill notices (演练通知), kept in the drill database only: listed newest first, validated whole
// with zod (per-field error codes for the form), and refused outright on the live database.
import { DrillNoticeInputSchema, DrillNoticeSchema, fieldErrors, type DrillNotice, type DrillNoticeInput } from '@shared/drillNotice';
import { newId } from '@shared/ids';
import type { Result } from '@shared/result';
import { isoAt, Refused, settle, type WriteContext } from './context';
import { requireDrillDb } from './drillGuard';
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

/** Creates a notice (no id) or replaces one; bad input saves nothing and names each field. */
export async function saveDrillNotice(
  db: ConsoleDb,
  id: string | null,
  input: DrillNoticeInput,
  ctx: WriteContext,
): Promise<Result<DrillNotice>> {
  return settle(async () => {
    requireDrillDb(db);
    const parsed = DrillNoticeInputSchema.safeParse(input);
    if (!parsed.success) throw new Refused('validation', fieldErrors(parsed.error));
    const { scenarioId, ...rest } = parsed.data;
    if (scenarioId && !(await getScenario(db, scenarioId)))
      throw new Refused('validation', { scenarioId: 'drillNotice.validation.scenario' });
    return db.transaction('rw', db.drillNotices, async () => {
      const before = id ? await db.drillNotices.get(id) : undefined;
      if (id && !before) throw new Refused('drill-notice-not-found');
      const at = isoAt(ctx);
      // Parsed again as a whole record, so nothing malformed ever reaches the table.
      const notice = DrillNoticeSchema.parse({
        id: before?.id ?? newId(),
        ...rest,
        ...(scenarioId ? { scenarioId } : {}),
        createdAt: before?.createdAt ?? at,
        updatedAt: at,
        updatedBy: ctx.actor.id,
      });
      await db.drillNotices.put(notice);
      return notice;
    });
  });
}

export async function deleteDrillNotice(db: ConsoleDb, id: string): Promise<Result<void>> {
  return settle(() =>
    db.transaction('rw', db.drillNotices, async () => {
      requireDrillDb(db);
      if (!(await db.drillNotices.get(id))) throw new Refused('drill-notice-not-found');
      await db.drillNotices.delete(id);
    }),
  );
}
