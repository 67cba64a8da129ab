// The after-action review (总结) of a closed incident and its improvement measures (整改措施).
// Each write runs in one transaction with its timeline entry; only a closed incident is reviewed.
import { newId } from '@shared/ids';
import type { Incident } from '@shared/model';
import { fail, type Result } from '@shared/result';
import {
  MeasureSchema,
  ReviewSchema,
  measureErrors,
  reviewContent,
  reviewErrors,
  type Measure,
  type MeasureInput,
  type Review,
  type ReviewInput,
} from '@shared/review';
import { appendTimeline, isoAt, Refused, settle, type WriteContext } from './context';
import type { ConsoleDb } from './schema';

async function closedIncident(db: ConsoleDb, incidentId: string): Promise<Incident> {
  const incident = await db.incidents.get(incidentId);
  if (!incident) throw new Refused('incident-not-found');
  if (incident.state !== 'closed') throw new Refused('review-incident-not-closed');
  return incident;
}

export async function reviewOf(db: ConsoleDb, incidentId: string): Promise<Review | undefined> {
  return db.reviews.where('incidentId').equals(incidentId).first();
}

/** Writes the review (the first save creates it, later ones revise it). */
export async function saveReview(db: ConsoleDb, incidentId: string, input: ReviewInput, ctx: WriteContext): Promise<Result<Review>> {
  const errors = reviewErrors(input, ctx.now, ctx.plan.utcOffsetMinutes);
  if (Object.keys(errors).length > 0) return fail('validation', errors);
  return settle(() =>
    db.transaction('rw', [db.incidents, db.reviews, db.timeline], async () => {
      await closedIncident(db, incidentId);
      const existing = await reviewOf(db, incidentId);
      const at = isoAt(ctx);
      const review = ReviewSchema.parse({
        id: existing?.id ?? newId(),
        mode: db.mode,
        incidentId,
        ...reviewContent(input, ctx.plan.utcOffsetMinutes),
        createdAt: existing?.createdAt ?? at,
        createdBy: existing?.createdBy ?? ctx.actor.id,
        updatedAt: at,
        updatedBy: ctx.actor.id,
      });
      await db.reviews.put(review);
      await appendTimeline(db, ctx, { incidentId, kind: 'review-saved' });
      return review;
    }),
  );
}

function measureInputErrors(input: MeasureInput, ctx: WriteContext) {
  const errors = measureErrors(input, ctx.now, ctx.plan.utcOffsetMinutes);
  return Object.keys(errors).length > 0 ? fail('validation', errors) : null;
}

/** A new improvement measure, open until done; shown on the dashboard meanwhile. */
export async function addMeasure(db: ConsoleDb, incidentId: string, input: MeasureInput, ctx: WriteContext): Promise<Result<Measure>> {
  const invalid = measureInputErrors(input, ctx);
  if (invalid) return invalid;
  return settle(() =>
    db.transaction('rw', [db.incidents, db.measures, db.timeline], async () => {
      await closedIncident(db, incidentId);
      const at = isoAt(ctx);
      const measure = MeasureSchema.parse({
        id: newId(),
        mode: db.mode,
        incidentId,
        text: input.text.trim(),
        owner: input.owner.trim(),
        dueDate: input.dueDate,
        status: 'open',
        createdAt: at,
        createdBy: ctx.actor.id,
        updatedAt: at,
        updatedBy: ctx.actor.id,
      });
      await db.measures.add(measure);
      await appendTimeline(db, ctx, {
        incidentId,
        kind: 'measure-added',
        note: measure.text,
        params: { owner: measure.owner, due: measure.dueDate },
      });
      return measure;
    }),
  );
}

async function openMeasure(db: ConsoleDb, measureId: string): Promise<Measure> {
  const measure = await db.measures.get(measureId);
  if (!measure) throw new Refused('measure-not-found');
  if (measure.status === 'done') throw new Refused('measure-already-done');
  return measure;
}

/** Changes an open measure's wording, owner or due date. */
export async function updateMeasure(db: ConsoleDb, measureId: string, input: MeasureInput, ctx: WriteContext): Promise<Result<Measure>> {
  const invalid = measureInputErrors(input, ctx);
  if (invalid) return invalid;
  return settle(() =>
    db.transaction('rw', [db.measures, db.timeline], async () => {
      const measure = await openMeasure(db, measureId);
      const next: Measure = {
        ...measure,
        text: input.text.trim(),
        owner: input.owner.trim(),
        dueDate: input.dueDate,
        updatedAt: isoAt(ctx),
        updatedBy: ctx.actor.id,
      };
      await db.measures.put(next);
      await appendTimeline(db, ctx, {
        incidentId: measure.incidentId,
        kind: 'measure-changed',
        note: next.text,
        params: { owner: next.owner, due: next.dueDate },
      });
      return next;
    }),
  );
}

/** Marks a measure done: it leaves the dashboard and the review shows when it was done. */
export async function completeMeasure(db: ConsoleDb, measureId: string, ctx: WriteContext): Promise<Result<Measure>> {
  return settle(() =>
    db.transaction('rw', [db.measures, db.timeline], async () => {
      const measure = await openMeasure(db, measureId);
      const at = isoAt(ctx);
      const next: Measure = { ...measure, status: 'done', doneAt: at, doneBy: ctx.actor.id, updatedAt: at, updatedBy: ctx.actor.id };
      await db.measures.put(next);
      await appendTimeline(db, ctx, {
        incidentId: measure.incidentId,
        kind: 'measure-done',
        note: measure.text,
        params: { owner: measure.owner, due: measure.dueDate },
      });
      return next;
    }),
  );
}

/** 保护投诉人隐私: printing the report with the complainants' full personal data is recorded. */
export async function recordFullDataPrinted(db: ConsoleDb, incidentId: string, ctx: WriteContext): Promise<Result<void>> {
  return settle(() =>
    db.transaction('rw', [db.incidents, db.timeline], async () => {
      if (!(await db.incidents.get(incidentId))) throw new Refused('incident-not-found');
      await appendTimeline(db, ctx, { incidentId, kind: 'review-report-full-data' });
    }),
  );
}
