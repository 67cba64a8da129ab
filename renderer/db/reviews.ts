// The after-action review (总结) of a closed incident and its improvement measures (整改措施): the
// commands (decisions in shared/reviewCommands.ts, rules in shared/review.ts); the executor writes
// each with its timeline entry.
import type { Measure, MeasureInput, Review, ReviewInput } from '@shared/review';
import {
  addMeasureArgs,
  completeMeasureArgs,
  decideAddMeasure,
  decideCompleteMeasure,
  decideFullDataPrinted,
  decideSaveReview,
  decideUpdateMeasure,
  fullDataPrintedArgs,
  saveReviewArgs,
  updateMeasureArgs,
  type MeasureSeen,
  type ReviewSeen,
} from '@shared/reviewCommands';
import type { Incident } from '@shared/model';
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute, type Command } from './executor';
import type { ConsoleDb } from './schema';

export async function reviewOf(db: ConsoleDb, incidentId: string): Promise<Review | undefined> {
  return db.reviews.where('incidentId').equals(incidentId).first();
}

const readMeasure = async (db: ConsoleDb, { measureId }: { measureId: string }): Promise<MeasureSeen> => ({
  measure: await db.measures.get(measureId),
});

export const saveReviewCommand: Command<{ incidentId: string; input: ReviewInput }, ReviewSeen, Review> = {
  name: 'review.save',
  args: saveReviewArgs,
  tables: ['incidents', 'reviews'],
  read: async (db, { incidentId }) => ({ incident: await db.incidents.get(incidentId), existing: await reviewOf(db, incidentId) }),
  decide: decideSaveReview,
};
export const addMeasureCommand: Command<{ incidentId: string; input: MeasureInput }, { incident: Incident | undefined }, Measure> = {
  name: 'measure.add',
  args: addMeasureArgs,
  tables: ['incidents', 'measures'],
  read: async (db, { incidentId }) => ({ incident: await db.incidents.get(incidentId) }),
  decide: decideAddMeasure,
};
export const updateMeasureCommand: Command<{ measureId: string; input: MeasureInput }, MeasureSeen, Measure> = {
  name: 'measure.update',
  args: updateMeasureArgs,
  tables: ['measures'],
  read: readMeasure,
  decide: decideUpdateMeasure,
};
export const completeMeasureCommand: Command<{ measureId: string }, MeasureSeen, Measure> = {
  name: 'measure.complete',
  args: completeMeasureArgs,
  tables: ['measures'],
  read: readMeasure,
  decide: decideCompleteMeasure,
};
export const fullDataPrintedCommand: Command<{ incidentId: string }, { incidentExists: boolean }, void> = {
  name: 'review.fullDataPrinted',
  args: fullDataPrintedArgs,
  tables: ['incidents'],
  read: async (db, { incidentId }) => ({ incidentExists: Boolean(await db.incidents.get(incidentId)) }),
  decide: decideFullDataPrinted,
};

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
