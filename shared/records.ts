// Records of the desktop services kept in the console's database: the notification centre's
// history and the journal of imports from other systems.
import { z } from 'zod';
import { NoticeTargetSchema } from './bridge';
import { ModeSchema } from './model';
import { ALERT_KINDS } from './alertKinds';

/**
 * One alert that came due, as the notification centre lists it. `id` is the firing id
 * (`key@instant`), so the same firing is recorded once however many windows or reloads see it.
 */
export const StoredNoticeSchema = z.object({
  id: z.string(),
  mode: ModeSchema,
  /** The alert's stable key, e.g. `incident:<id>:investigation:overdue`. */
  key: z.string(),
  kind: z.enum(ALERT_KINDS),
  /** An i18n key and its params, so the history reads in the operator's language. */
  titleKey: z.string(),
  bodyKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  target: NoticeTargetSchema.optional(),
  /** Indexed copy of target.id, to find an incident's notices. */
  targetId: z.string().optional(),
  urgent: z.boolean(),
  /**
   * When the console raised it (recorded it in the centre). Later than `dueAt` when the console
   * was closed or asleep at the due instant. Notices stored before `dueAt` existed hold the due
   * instant here.
   */
  firedAt: z.string(),
  /** The instant its alert was due (for a repeating level-1 notice, its first showing's); absent on older rows. */
  dueAt: z.string().optional(),
  /** How many times it has been shown (a level-1 alert repeats until acknowledged). */
  shownCount: z.number().int().min(1),
  /** When the console last showed it (the latest repeat). */
  lastShownAt: z.string(),
  acknowledgedAt: z.string().optional(),
  acknowledgedBy: z.string().optional(),
  acknowledgedByName: z.string().optional(),
});
export type StoredNotice = z.infer<typeof StoredNoticeSchema>;

/** kept: a take-back found others' work on what the run brought in, so all of it stayed. */
export const ImportStatusSchema = z.enum(['running', 'done', 'cancelled', 'rolled-back', 'kept']);

/** One import of a hotline export: what came in, and what happened to it. */
export const ImportRunSchema = z.object({
  id: z.string().uuid(),
  mode: ModeSchema,
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  status: ImportStatusSchema,
  startedAt: z.string(),
  startedBy: z.string(),
  finishedAt: z.string().optional(),
  totalRows: z.number().int().min(0),
  importedRows: z.number().int().min(0),
  invalidRows: z.number().int().min(0),
  duplicateRows: z.number().int().min(0),
});
export type ImportRun = z.infer<typeof ImportRunSchema>;
