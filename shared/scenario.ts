// Drill scenarios (演练脚本) in the MSEL style: a list of timed injects (情景注入), each with the
// actions the plan expects in answer, their time limits and the team responsible. Pure data and
// its schema; the engine that runs a scenario is shared/scenarioEngine.ts, the evaluation
// shared/drillEvaluation.ts. Scenarios import and export as JSON validated by this schema.
import { z } from 'zod';
import { LocalizedTextSchema } from './text';

export const SCENARIO_FORMAT = 'complaint-console-scenario';
export const SCENARIO_FORMAT_VERSION = 1;

export const InjectTypeSchema = z.enum(['complaint', 'phone-call', 'opinion', 'situation', 'regulator']);
export type InjectType = z.infer<typeof InjectTypeSchema>;

export const TeamCodeSchema = z.enum(['leading-group', 'information', 'coordination', 'publicity', 'logistics']);
export type TeamCode = z.infer<typeof TeamCodeSchema>;

/**
 * A complaint an inject registers in the drill database, in the words of the intake form (plan
 * codes for channel, category and urgency). Phones are fictitious (e.g. 139 0000 xxxx).
 */
export const InjectComplaintSchema = z.object({
  channelCode: z.string().min(1),
  categoryCode: z.string().min(1),
  urgency: z.enum(['urgent', 'fairly-urgent', 'normal']),
  complainant: z.object({ name: z.string().min(1).max(50), phone: z.string().min(5).max(20) }),
  subject: z.string().min(1).max(200),
  place: z.string().min(1).max(200),
  content: z.string().min(5).max(2000),
  expectedResolution: z.string().min(1).max(500),
  peopleInvolved: z.number().int().min(1).max(100_000),
  facts: z.object({
    injury: z.boolean().default(false),
    mediaAttention: z.boolean().default(false),
    regulatorInvolved: z.boolean().default(false),
    repeatComplaint: z.boolean().default(false),
    amountAtStake: z.number().min(0).default(0),
  }),
  /** Attach to the incident opened by an earlier inject of this scenario (群体投诉), by its seq. */
  attachToSeq: z.number().int().min(1).optional(),
});
export type InjectComplaint = z.infer<typeof InjectComplaintSchema>;

/**
 * How the console tells that an expected action was done: a timeline entry of one of these kinds
 * on an incident of this drill run (e.g. 'verify', 'grade', 'activateResponse', 'communication',
 * 'instruction-issued', 'instruction-signed'), optionally only for a given team or grade; or
 * 'observed' — no record can prove it, an observer or the trainer marks it.
 */
export const ActionEvidenceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('timeline'),
    entryKinds: z.array(z.string().min(1)).min(1),
    /** For instruction entries: only those to this team count. */
    teamCode: TeamCodeSchema.optional(),
    /** For grade entries: only this level (or more severe) counts. */
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  }),
  z.object({ kind: z.literal('observed') }),
]);
export type ActionEvidence = z.infer<typeof ActionEvidenceSchema>;

export const ExpectedActionSchema = z.object({
  /** Stable within the scenario, e.g. 'b2-activate'. */
  id: z.string().regex(/^[a-z0-9-]{1,60}$/),
  /** The exercise objective this action serves (rated P/S/M/U), e.g. 'on-site-control'. */
  objective: z.string().regex(/^[a-z0-9-]{1,60}$/),
  description: LocalizedTextSchema,
  team: TeamCodeSchema,
  /** Minutes after the inject within which the plan expects it. */
  limitMinutes: z
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 30),
  evidence: ActionEvidenceSchema,
});
export type ExpectedAction = z.infer<typeof ExpectedActionSchema>;

export const InjectSchema = z.object({
  /** 1, 2, 3… in order of offset. */
  seq: z.number().int().min(1),
  /** Minutes after the drill starts (drill time: at 10× speed, 10 drill minutes pass per real minute). */
  offsetMinutes: z
    .number()
    .min(0)
    .max(60 * 24 * 7),
  type: InjectTypeSchema,
  /** Who the inject comes from and to whom, e.g. 顾客 → 24小时热线, 记者 → 宣传引导组. */
  from: LocalizedTextSchema,
  to: LocalizedTextSchema,
  content: LocalizedTextSchema,
  /** Present for type 'complaint' (and allowed for a phone call that is a complaint). */
  complaint: InjectComplaintSchema.optional(),
  expectedActions: z.array(ExpectedActionSchema).max(20),
});
export type Inject = z.infer<typeof InjectSchema>;

export const ObjectiveSchema = z.object({
  code: z.string().regex(/^[a-z0-9-]{1,60}$/),
  name: LocalizedTextSchema,
});

export const ScenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,60}$/),
    /** Shipped with the console (read-only template) or the office's own. */
    builtIn: z.boolean(),
    title: LocalizedTextSchema,
    summary: LocalizedTextSchema,
    /** 流程演练 or 突发情况演练 (DOMAIN: process drill / sudden-situation drill). */
    kind: z.enum(['process', 'sudden']),
    objectives: z.array(ObjectiveSchema).min(1).max(20),
    injects: z.array(InjectSchema).min(1).max(200),
    updatedAt: z.string(),
  })
  .superRefine((scenario, ctx) => {
    const seqs = scenario.injects.map((i) => i.seq);
    if (new Set(seqs).size !== seqs.length) ctx.addIssue({ code: 'custom', path: ['injects'], message: 'scenario.duplicate-seq' });
    const objectives = new Set(scenario.objectives.map((o) => o.code));
    const actionIds = new Set<string>();
    scenario.injects.forEach((inject, i) => {
      if (inject.type === 'complaint' && !inject.complaint) {
        ctx.addIssue({ code: 'custom', path: ['injects', i, 'complaint'], message: 'scenario.complaint-missing' });
      }
      const target = inject.complaint?.attachToSeq;
      if (target !== undefined && !scenario.injects.some((other) => other.seq === target && other.offsetMinutes <= inject.offsetMinutes)) {
        ctx.addIssue({ code: 'custom', path: ['injects', i, 'complaint', 'attachToSeq'], message: 'scenario.attach-unknown' });
      }
      inject.expectedActions.forEach((action, j) => {
        if (!objectives.has(action.objective)) {
          ctx.addIssue({ code: 'custom', path: ['injects', i, 'expectedActions', j, 'objective'], message: 'scenario.objective-unknown' });
        }
        if (actionIds.has(action.id)) {
          ctx.addIssue({ code: 'custom', path: ['injects', i, 'expectedActions', j, 'id'], message: 'scenario.duplicate-action' });
        }
        actionIds.add(action.id);
      });
    });
  });
export type Scenario = z.infer<typeof ScenarioSchema>;

/** The JSON file a scenario is exported to and imported from. */
export const ScenarioFileSchema = z.object({
  format: z.literal(SCENARIO_FORMAT),
  formatVersion: z.literal(SCENARIO_FORMAT_VERSION),
  scenario: ScenarioSchema,
});
export type ScenarioFile = z.infer<typeof ScenarioFileSchema>;
