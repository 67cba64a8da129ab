// The after-action review (总结) of a closed incident and its improvement measures (整改措施): the
// commands (decisions in shared/reviewCommands.ts, rules in shared/review.ts); the executor writes
// each with its timeline entry.
import type { Measure, MeasureInput, Review, ReviewInput } from '@shared/review';
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute } from './executor';
import type { ConsoleDb } from './schema';
import {
  saveReviewCommand,
  addMeasureCommand,
  updateMeasureCommand,
  completeMeasureCommand,
  fullDataPrintedCommand,
} from '@shared/officeRecordCommands';

// Read and decided the same on the office server (shared/officeRecordCommands.ts).
export { saveReviewCommand, addMeasureCommand, updateMeasureCommand, completeMeasureCommand, fullDataPrintedCommand };

export async function reviewOf(db: ConsoleDb, incidentId: string): Promise<Review | undefined> {
  return db.reviews.where('incidentId').equals(incidentId).first();
}

/** Writes the review (the first save creates it, later ones revise it). */
export const saveReview = (db: ConsoleDb, incidentId: string, input: ReviewInput, ctx: WriteContext): Promise<Result<Review>> =>
  execute(db, saveReviewCommand, { incidentId, input }, ctx);

/** A new improvement measure, open until done; shown on the dashboard meanwhile. */
export const addMeasure = (db: ConsoleDb, incidentId: string, input: MeasureInput, ctx: WriteContext): Promise<Result<Measure>> =>
  execute(db, addMeasureCommand, { incidentId, input }, ctx);

/** Changes an open measure's wording, owner or due date. */
export const updateMeasure = (db: ConsoleDb, measureId: string, input: MeasureInput, ctx: WriteContext): Promise<Result<Measure>> =>
  execute(db, updateMeasureCommand, { measureId, input }, ctx);

/** Marks a measure done: it leaves the dashboard and the review shows when it was done. */
export const completeMeasure = (db: ConsoleDb, measureId: string, ctx: WriteContext): Promise<Result<Measure>> =>
  execute(db, completeMeasureCommand, { measureId }, ctx);

/** 保护投诉人隐私: printing the report with the complainants' full personal data is recorded. */
export const recordFullDataPrinted = (db: ConsoleDb, incidentId: string, ctx: WriteContext): Promise<Result<void>> =>
  execute(db, fullDataPrintedCommand, { incidentId }, ctx);
