// The after-action review (总结) and its improvement measures (整改措施) as commands: only a closed
// incident is reviewed; the rules for what may be saved are in review.ts. Each decision writes the
// row with its entry on the incident's timeline.
import { z } from 'zod';
import { decided, refused, stamped, type Decision, type Stamp } from './commandKit';
import type { Incident } from './model';
import {
  AccountabilitySchema,
  FOLLOW_UP_RESULTS,
  measureErrors,
  reviewContent,
  reviewErrors,
  type FieldErrors,
  type Measure,
  type Review,
} from './review';

const withErrors = (errors: FieldErrors) => (Object.keys(errors).length > 0 ? refused<never>('validation', errors) : null);

function closedRefusal(incident: Incident | undefined): Decision<never> | null {
  if (!incident) return refused('incident-not-found');
  if (incident.state !== 'closed') return refused('review-incident-not-closed');
  return null;
}

// ---- 总结 -------------------------------------------------------------------------------------

export const reviewInputSchema = z.object({
  causeAnalysis: z.string(),
  wentWell: z.string(),
  toImprove: z.string(),
  accountability: AccountabilitySchema,
  followUp: z.object({
    at: z.string(),
    by: z.string(),
    result: z.union([z.enum(FOLLOW_UP_RESULTS), z.literal('')], { error: 'validation.choose' }),
    note: z.string(),
  }),
});
export const saveReviewArgs = z.object({ incidentId: z.string().min(1), input: reviewInputSchema });
export type ReviewSeen = { incident: Incident | undefined; existing: Review | undefined };

/** Writes the review (the first save creates it, later ones revise it, keeping who began it). */
export function decideSaveReview(seen: ReviewSeen, { incidentId, input }: z.output<typeof saveReviewArgs>, stamp: Stamp): Decision<Review> {
  const invalid = withErrors(reviewErrors(input, stamp.nowMs, stamp.utcOffsetMinutes)) ?? closedRefusal(seen.incident);
  if (invalid) return invalid;
  const { existing } = seen;
  const review: Review = {
    id: existing?.id ?? stamp.newId(),
    mode: stamp.mode,
    incidentId,
    ...reviewContent(input, stamp.utcOffsetMinutes),
    createdAt: existing?.createdAt ?? stamp.at,
    createdBy: existing?.createdBy ?? stamp.actor.id,
    ...stamped(stamp),
  };
  return decided(review, [{ put: 'reviews', row: review }], [{ incidentId, kind: 'review-saved' }]);
}

// ---- 整改措施 ----------------------------------------------------------------------------------

export const measureInputSchema = z.object({ text: z.string(), owner: z.string(), dueDate: z.string() });
type MeasureInput = z.output<typeof measureInputSchema>;
const measureInvalid = (input: MeasureInput, stamp: Stamp) => withErrors(measureErrors(input, stamp.nowMs, stamp.utcOffsetMinutes));
const measureParams = (measure: Measure) => ({ owner: measure.owner, due: measure.dueDate });

export const addMeasureArgs = z.object({ incidentId: z.string().min(1), input: measureInputSchema });

/** A new improvement measure of a closed incident, open until done; the dashboard shows it meanwhile. */
export function decideAddMeasure(
  seen: { incident: Incident | undefined },
  { incidentId, input }: z.output<typeof addMeasureArgs>,
  stamp: Stamp,
): Decision<Measure> {
  const invalid = measureInvalid(input, stamp) ?? closedRefusal(seen.incident);
  if (invalid) return invalid;
  const measure: Measure = {
    id: stamp.newId(),
    mode: stamp.mode,
    incidentId,
    text: input.text.trim(),
    owner: input.owner.trim(),
    dueDate: input.dueDate,
    status: 'open',
    createdAt: stamp.at,
    createdBy: stamp.actor.id,
    ...stamped(stamp),
  };
  return decided(
    measure,
    [{ put: 'measures', row: measure }],
    [{ incidentId, kind: 'measure-added', note: measure.text, params: measureParams(measure) }],
  );
}

function openMeasureRefusal(measure: Measure | undefined): Decision<never> | null {
  if (!measure) return refused('measure-not-found');
  if (measure.status === 'done') return refused('measure-already-done');
  return null;
}

export const updateMeasureArgs = z.object({ measureId: z.string().min(1), input: measureInputSchema });
export type MeasureSeen = { measure: Measure | undefined };

/** Changes an open measure's wording, owner or due date. */
export function decideUpdateMeasure(seen: MeasureSeen, { input }: z.output<typeof updateMeasureArgs>, stamp: Stamp): Decision<Measure> {
  const invalid = measureInvalid(input, stamp) ?? openMeasureRefusal(seen.measure);
  if (invalid) return invalid;
  const measure = seen.measure!;
  const next: Measure = { ...measure, text: input.text.trim(), owner: input.owner.trim(), dueDate: input.dueDate, ...stamped(stamp) };
  return decided(
    next,
    [{ put: 'measures', row: next }],
    [{ incidentId: measure.incidentId, kind: 'measure-changed', note: next.text, params: measureParams(next) }],
  );
}

export const completeMeasureArgs = z.object({ measureId: z.string().min(1) });

/** Marks a measure done: it leaves the dashboard and the review shows when it was done. */
export function decideCompleteMeasure(seen: MeasureSeen, _args: z.output<typeof completeMeasureArgs>, stamp: Stamp): Decision<Measure> {
  const refusal = openMeasureRefusal(seen.measure);
  if (refusal) return refusal;
  const measure = seen.measure!;
  const next: Measure = { ...measure, status: 'done', doneAt: stamp.at, doneBy: stamp.actor.id, ...stamped(stamp) };
  return decided(
    next,
    [{ put: 'measures', row: next }],
    [{ incidentId: measure.incidentId, kind: 'measure-done', note: measure.text, params: measureParams(measure) }],
  );
}

// ---- 保护投诉人隐私 ------------------------------------------------------------------------------

export const fullDataPrintedArgs = z.object({ incidentId: z.string().min(1) });

/** Printing the report with the complainants' full personal data is on the record. */
export function decideFullDataPrinted(
  seen: { incidentExists: boolean },
  { incidentId }: z.output<typeof fullDataPrintedArgs>,
): Decision<void> {
  if (!seen.incidentExists) return refused('incident-not-found');
  return decided(undefined, [], [{ incidentId, kind: 'review-report-full-data' }]);
}
