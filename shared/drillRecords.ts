// Records of rehearsal mode kept in the drill database (complaint-console-drill) only: the
// office's own scenarios, each drill run with its clock and log, observers' notes, and the
// findings of an evaluation with their improvement measures. The live database has these tables
// (one schema for both) but they stay empty there; the repositories refuse a live database.
import { z } from 'zod';
import { RatingAdjustmentSchema } from './drillEvaluation';
import { ScenarioSchema } from './scenario';
import { DrillRunSchema } from './scenarioEngine';

/** One entry of a run's log: the engine's events, with the real and the drill instant. */
export const DrillLogEntrySchema = z
  .object({
    kind: z.string().min(1),
    atMs: z.number(),
    drillMinute: z.number().min(0),
    seq: z.number().int().optional(),
    speed: z.number().optional(),
    from: z.number().optional(),
    to: z.number().optional(),
    resentCount: z.number().int().optional(),
    by: z.string().optional(),
  })
  .loose();
export type DrillLogEntry = z.infer<typeof DrillLogEntrySchema>;

/** A trainer's adjustment of an objective's rating, with when it was made. */
export const StoredAdjustmentSchema = RatingAdjustmentSchema.extend({ at: z.string() });
export type StoredAdjustment = z.infer<typeof StoredAdjustmentSchema>;

export const DrillRunRecordSchema = z.object({
  id: z.string(),
  /** 演练编号, e.g. YL-PX-20261123-01: what people and printouts call the run. */
  number: z.string(),
  /** The scenario as it was when the run was created: later edits never change a run's evaluation. */
  scenario: ScenarioSchema,
  /** The drill notice (演练通知) this run carries out, if any. */
  noticeId: z.string().optional(),
  state: DrillRunSchema,
  log: z.array(DrillLogEntrySchema),
  /** Inject seq → the incident its complaint opened or joined in the drill database. */
  injectIncidents: z.record(z.string(), z.string()),
  /** Incident id → its number (YL-SJ-…), for notices and links; absent on runs stored before it. */
  incidentNumbers: z.record(z.string(), z.string()).optional(),
  adjustments: z.array(StoredAdjustmentSchema),
  createdAt: z.string(),
  createdBy: z.string(),
  createdByName: z.string(),
  updatedAt: z.string(),
});
export type DrillRunRecord = z.infer<typeof DrillRunRecordSchema>;

/** An observer's note (观察记录), timed on both clocks; optionally marks an 'observed' action done or not. */
export const DrillNoteSchema = z.object({
  id: z.string(),
  runId: z.string(),
  /** Real instant (ISO with the plan's offset). */
  at: z.string(),
  drillMinute: z.number().min(0),
  by: z.string(),
  byName: z.string(),
  text: z.string().max(2000),
  actionId: z.string().optional(),
  done: z.boolean().optional(),
});
export type DrillNote = z.infer<typeof DrillNoteSchema>;

export const MeasureStatusSchema = z.enum(['open', 'done']);
/** A finding of the evaluation (发现的问题) and the improvement measure (整改措施) it leads to. */
export const DrillFindingSchema = z.object({
  id: z.string(),
  runId: z.string(),
  /** The objective it concerns, if one. */
  objective: z.string().optional(),
  finding: z.string().min(1).max(1000),
  measure: z.string().min(1).max(1000),
  owner: z.string().min(1).max(50),
  /** YYYY-MM-DD. */
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  status: MeasureStatusSchema,
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
});
export type DrillFinding = z.infer<typeof DrillFindingSchema>;
