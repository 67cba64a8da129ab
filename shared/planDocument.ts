// The plan as a document (预案文本): the fourteen parts plans in this field are written in. The
// title and 生效日期 are the plan's own fields; the other twelve are prose the office writes,
// bounded like every other free text so a pasted file cannot bloat backups and print-outs.
import { z } from 'zod';
import { TEXT_LIMITS } from './text';

/** Prose in Chinese with an optional English rendering, each at most `max` after trimming. */
const boundedText = (max: number) =>
  z.object({
    zh: z.string().trim().min(1, { error: 'validation.required' }).max(max, { error: 'validation.tooLong' }),
    en: z.string().trim().max(max, { error: 'validation.tooLong' }).optional(),
  });

export const PlanProseSchema = boundedText(TEXT_LIMITS.prose);
export type PlanProse = z.infer<typeof PlanProseSchema>;

/** 职责: what one team of the organisation does under this plan, linked to it by its code. */
export const PlanDutySchema = z.object({
  teamCode: z.string().regex(/^[a-z0-9-]+$/),
  /** How the plan names the team, shown when the organisation has no team with that code. */
  teamName: boundedText(TEXT_LIMITS.name),
  duty: boundedText(TEXT_LIMITS.note),
});
export type PlanDuty = z.infer<typeof PlanDutySchema>;

export const PlanDocumentSchema = z.object({
  purpose: PlanProseSchema,
  scope: PlanProseSchema,
  definitions: PlanProseSchema,
  duties: z.array(PlanDutySchema).min(1).max(30),
  acceptance: PlanProseSchema,
  investigation: PlanProseSchema,
  handling: PlanProseSchema,
  feedback: PlanProseSchema,
  resources: PlanProseSchema,
  revision: PlanProseSchema,
  training: PlanProseSchema,
  improvement: PlanProseSchema,
});
export type PlanDocument = z.infer<typeof PlanDocumentSchema>;

/** The fourteen parts in the order a printed plan gives them (标题 and 生效日期 head the page). */
export const PLAN_PARTS = [
  'title',
  'effectiveDate',
  'purpose',
  'scope',
  'definitions',
  'duties',
  'acceptance',
  'investigation',
  'handling',
  'feedback',
  'resources',
  'revision',
  'training',
  'improvement',
] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];

/** The prose parts, i.e. the body sections under 一、二、三… on paper. */
export const PROSE_PARTS = [
  'purpose',
  'scope',
  'definitions',
  'acceptance',
  'investigation',
  'handling',
  'feedback',
  'resources',
  'revision',
  'training',
  'improvement',
] as const satisfies readonly PlanPart[];
