// After-action review (总结) of a closed incident and its improvement measures (整改措施): the
// records, the rules for what may be saved, the timeline digest and the time-limit table the
// review and its printed report (总结报告) show.
import { z } from 'zod';
import type { WorkingCalendar } from './calendar';
import { clockStatus, stageClocks } from './deadlines';
import { ModeSchema, type Incident, type TimelineEntry } from './model';
import { CLOCKED_STAGES, type ClockedStage, type TimeLimitRule } from './plan';
import { planOfIncident, type PlanBook } from './planVersions';
import { maskName, maskPhone } from './privacy';
import { parsePlanLocalDateTime, planDateOf, toIsoWithOffset } from './time';

/** 回访 result: 满意 / 基本满意 / 不满意 / 未能联系. */
export const FOLLOW_UP_RESULTS = ['satisfied', 'basically-satisfied', 'unsatisfied', 'unreachable'] as const;
export type FollowUpResult = (typeof FOLLOW_UP_RESULTS)[number];

export const AccountabilitySchema = z.object({
  /** Whether anyone is held accountable (追责); the persons and measures are then required. */
  decided: z.boolean(),
  persons: z.string(),
  measuresTaken: z.string(),
  note: z.string(),
});
export type Accountability = z.infer<typeof AccountabilitySchema>;

export const FollowUpSchema = z.object({
  at: z.string(),
  by: z.string(),
  result: z.enum(FOLLOW_UP_RESULTS),
  note: z.string(),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const ReviewSchema = z.object({
  id: z.string().uuid(),
  mode: ModeSchema,
  /** One review per incident (a unique index). */
  incidentId: z.string(),
  causeAnalysis: z.string(),
  wentWell: z.string(),
  toImprove: z.string(),
  accountability: AccountabilitySchema,
  /** Absent until the complainant has been called back (回访). */
  followUp: FollowUpSchema.optional(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Review = z.infer<typeof ReviewSchema>;

export const MEASURE_STATUSES = ['open', 'done'] as const;
export const MeasureSchema = z.object({
  id: z.string().uuid(),
  mode: ModeSchema,
  incidentId: z.string(),
  text: z.string(),
  owner: z.string(),
  /** YYYY-MM-DD, a plan-local date. */
  dueDate: z.string(),
  status: z.enum(MEASURE_STATUSES),
  doneAt: z.string().optional(),
  doneBy: z.string().optional(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Measure = z.infer<typeof MeasureSchema>;

// ---- What the forms send, and the problems with it, field by field -------------------------

export type ReviewInput = {
  causeAnalysis: string;
  wentWell: string;
  toImprove: string;
  accountability: Accountability;
  /** Empty result: no follow-up yet. `at` is a plan-local date-time (datetime-local input). */
  followUp: { at: string; by: string; result: FollowUpResult | ''; note: string };
};

export type FieldErrors = Record<string, string>;

const LONG = 4000;
const SHORT = 200;

function checkText(errors: FieldErrors, field: string, value: string, { required, max }: { required: boolean; max: number }) {
  if (required && !value.trim()) errors[field] = 'validation.required';
  else if (value.trim().length > max) errors[field] = 'validation.tooLong';
}

/** Every problem with a review as typed, keyed by field path; empty when it may be saved. */
export function reviewErrors(input: ReviewInput, nowMs: number, offsetMinutes: number): FieldErrors {
  const errors: FieldErrors = {};
  checkText(errors, 'causeAnalysis', input.causeAnalysis, { required: true, max: LONG });
  checkText(errors, 'wentWell', input.wentWell, { required: false, max: LONG });
  checkText(errors, 'toImprove', input.toImprove, { required: false, max: LONG });
  const a = input.accountability;
  checkText(errors, 'accountability.persons', a.persons, { required: a.decided, max: SHORT * 5 });
  checkText(errors, 'accountability.measuresTaken', a.measuresTaken, { required: a.decided, max: LONG });
  checkText(errors, 'accountability.note', a.note, { required: false, max: LONG });
  const f = input.followUp;
  if (f.result !== '') {
    if (!(FOLLOW_UP_RESULTS as readonly string[]).includes(f.result)) errors['followUp.result'] = 'validation.choose';
    const at = parsePlanLocalDateTime(f.at, offsetMinutes);
    if (at === null) errors['followUp.at'] = 'validation.dateTime';
    else if (at > nowMs + 5 * 60_000) errors['followUp.at'] = 'validation.future';
    checkText(errors, 'followUp.by', f.by, { required: true, max: SHORT });
  }
  checkText(errors, 'followUp.note', f.note, { required: false, max: LONG });
  return errors;
}

/** The review's content as stored (trimmed; the follow-up only when there was one). */
export function reviewContent(
  input: ReviewInput,
  offsetMinutes: number,
): Pick<Review, 'causeAnalysis' | 'wentWell' | 'toImprove' | 'accountability' | 'followUp'> {
  const a = input.accountability;
  const f = input.followUp;
  return {
    causeAnalysis: input.causeAnalysis.trim(),
    wentWell: input.wentWell.trim(),
    toImprove: input.toImprove.trim(),
    accountability: {
      decided: a.decided,
      persons: a.decided ? a.persons.trim() : '',
      measuresTaken: a.decided ? a.measuresTaken.trim() : '',
      note: a.note.trim(),
    },
    ...(f.result !== ''
      ? {
          followUp: {
            at: toIsoWithOffset(parsePlanLocalDateTime(f.at, offsetMinutes)!, offsetMinutes),
            by: f.by.trim(),
            result: f.result,
            note: f.note.trim(),
          },
        }
      : {}),
  };
}

export type MeasureInput = { text: string; owner: string; dueDate: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) =>
  DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** Every problem with a measure as typed; a due date before today is a slip, not a plan. */
export function measureErrors(input: MeasureInput, nowMs: number, offsetMinutes: number): FieldErrors {
  const errors: FieldErrors = {};
  checkText(errors, 'text', input.text, { required: true, max: 1000 });
  checkText(errors, 'owner', input.owner, { required: true, max: 100 });
  if (!isDate(input.dueDate)) errors.dueDate = 'validation.date';
  else if (input.dueDate < planDateOf(nowMs, offsetMinutes)) errors.dueDate = 'review.validation.dueDatePast';
  return errors;
}

/** Open and past its due date (the due date itself is still in time). */
export function measureOverdue(measure: Pick<Measure, 'status' | 'dueDate'>, nowMs: number, offsetMinutes: number): boolean {
  return measure.status === 'open' && measure.dueDate < planDateOf(nowMs, offsetMinutes);
}

/** Open first (the earliest due first), then done ones by due date. */
export function byDueDate(a: Measure, b: Measure): number {
  return (
    Number(a.status === 'done') - Number(b.status === 'done') ||
    a.dueDate.localeCompare(b.dueDate) ||
    a.createdAt.localeCompare(b.createdAt)
  );
}

// ---- Timeline digest ------------------------------------------------------------------------

export const DIGEST_STEPS = [
  'received',
  'verified',
  'graded',
  'activated',
  'instructions',
  'investigation',
  'solution',
  'approval',
  'feedback',
  'closed',
] as const;
export type DigestStep = (typeof DIGEST_STEPS)[number];

export type DigestRow = {
  step: DigestStep;
  /** When it happened (ISO), or null when the incident never went through this step. */
  at: string | null;
  /** Who did it, when the timeline says. */
  actorName?: string;
  /** Instructions issued; the grade for `graded`/`activated`. */
  count?: number;
  level?: number;
  /** The decisive text: findings, solution, feedback. */
  note?: string;
};

/** Timeline kinds that mark each step; the last such entry counts (a step done again after a reopen). */
const STEP_KINDS: Record<
  Exclude<DigestStep, 'instructions'>,
  { kinds: string[]; milestone?: keyof Incident['milestones']; first?: boolean }
> = {
  received: { kinds: ['registered'], milestone: 'receivedAt', first: true },
  verified: { kinds: ['verify'], milestone: 'acceptedAt' },
  graded: { kinds: ['grade', 'regrade'], milestone: 'gradedAt' },
  activated: { kinds: ['activateResponse'], milestone: 'activatedAt' },
  investigation: { kinds: ['completeInvestigation'], milestone: 'investigationDoneAt' },
  solution: { kinds: ['submitSolution'] },
  approval: { kinds: ['approveSolution'] },
  feedback: { kinds: ['recordFeedback'], milestone: 'feedbackAt' },
  closed: { kinds: ['close'], milestone: 'closedAt' },
};

/**
 * The incident's story in ten lines: received, verified, graded, activated, instructions issued,
 * investigation, solution, approval, feedback, closed — each with its time, from the timeline
 * (oldest first) and, where the timeline has no entry (an imported record), the milestones.
 */
export function timelineDigest(incident: Incident, timeline: readonly TimelineEntry[]): DigestRow[] {
  const byKind = new Map<string, TimelineEntry[]>();
  for (const entry of timeline) {
    const list = byKind.get(entry.kind);
    if (list) list.push(entry);
    else byKind.set(entry.kind, [entry]);
  }
  const find = (kinds: string[], first: boolean) => {
    const found = kinds.flatMap((kind) => byKind.get(kind) ?? []).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    return first ? found[0] : found.at(-1);
  };
  return DIGEST_STEPS.map((step): DigestRow => {
    if (step === 'instructions') {
      const issued = byKind.get('instruction-issued') ?? [];
      return { step, at: issued[0]?.at ?? null, count: issued.length };
    }
    const rule = STEP_KINDS[step];
    const entry = find(rule.kinds, rule.first ?? false);
    const at = entry?.at ?? (rule.milestone ? (incident.milestones[rule.milestone] ?? null) : null);
    const row: DigestRow = { step, at };
    if (entry) row.actorName = entry.actorId === 'system' ? '' : entry.actorName;
    if ((step === 'graded' || step === 'activated') && at !== null && incident.level !== null) row.level = incident.level;
    const note =
      step === 'investigation'
        ? incident.investigationFindings
        : step === 'solution'
          ? incident.solution
          : step === 'feedback'
            ? incident.feedback
            : undefined;
    if (note && at !== null) row.note = note;
    return row;
  });
}

// ---- Time limits met or missed ----------------------------------------------------------------

export type LimitOutcome = 'met' | 'missed' | 'unfinished' | 'not-applicable' | 'unknown';
export type LimitRow = {
  stage: ClockedStage;
  rule: TimeLimitRule | null;
  startAt: number | null;
  dueAt: number | null;
  doneAt: number | null;
  outcome: LimitOutcome;
  /** For a missed limit: how late the stage finished, in milliseconds. */
  lateBy?: number;
};

/**
 * Every clocked stage of the incident's plan version, in workflow order, with what became of its limit: met, missed
 * (and by how much), never finished, or not applicable (no rule for this incident, e.g. the
 * level-1 report on a level-3 complaint, or a clock that never started).
 */
export function timeLimitTable(incident: Incident, book: PlanBook, calendar: WorkingCalendar, nowMs: number): LimitRow[] {
  // The limits of the version the incident was opened under, as its clocks ran, not today's.
  const plan = planOfIncident(book, incident);
  const clocks = new Map(stageClocks(incident, plan, calendar).map((clock) => [clock.stage, clock]));
  return CLOCKED_STAGES.map((stage): LimitRow => {
    const clock = clocks.get(stage);
    if (!clock || clock.startAt === null)
      return { stage, rule: clock?.rule ?? null, startAt: null, dueAt: null, doneAt: null, outcome: 'not-applicable' };
    const row: LimitRow = { stage, rule: clock.rule, startAt: clock.startAt, dueAt: clock.dueAt, doneAt: clock.doneAt, outcome: 'unknown' };
    if (clock.doneAt === null) return { ...row, outcome: 'unfinished' };
    const status = clockStatus(clock, nowMs, plan.dueSoon);
    if (status === 'met') return { ...row, outcome: 'met' };
    if (status === 'missed' && clock.dueAt !== null) return { ...row, outcome: 'missed', lateBy: clock.doneAt - clock.dueAt };
    return row;
  });
}

// ---- Privacy on paper -------------------------------------------------------------------------

/**
 * 保护投诉人隐私 in free text: the complainants' phone numbers and names, wherever an operator
 * typed them into a note, are replaced with their masked forms.
 */
export function maskKnownPersonalData(text: string, people: readonly { name: string; phone: string }[]): string {
  let out = text;
  for (const { name, phone } of people) {
    const digits = phone.replace(/\s+/g, '');
    if (digits.length >= 5) out = out.split(digits).join(maskPhone(digits));
    const trimmed = name.trim();
    if ([...trimmed].length >= 2) out = out.split(trimmed).join(maskName(trimmed));
  }
  return out;
}
