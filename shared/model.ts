// The records the console keeps. Primary keys are UUIDs, every record says who changed it and
// when (ISO with offset), and the timeline is append-only, so a future sync engine can merge
// seats without our help.
import { z } from 'zod';
import { ComplainantResultSchema, SatisfactionSchema } from './complainantResults';
import { LevelSchema, UrgencySchema } from './plan';
import { LocalizedTextSchema } from './text';
import type { TimelineKind } from './timelineKinds';
import { WORKFLOW_STATES } from './workflowStates';

export const ModeSchema = z.enum(['live', 'drill']);
export type Mode = z.infer<typeof ModeSchema>;

/** 组长, 副组长, 成员, 工作人员, and 导调员 (the trainer who runs drills without being a leader). */
export const ROLES = ['leader', 'deputy', 'member', 'staff', 'trainer'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const ActorSchema = z.object({ id: z.string(), name: z.string(), role: RoleSchema });
export type Actor = z.infer<typeof ActorSchema>;

export const PersonSchema = z.object({
  id: z.string().uuid(),
  name: z.string().min(1),
  role: RoleSchema,
  title: z.string(),
  phone: z.string(),
  /** Department (部门) the person belongs to in the organisation, e.g. 客户服务部. */
  department: z.string().default(''),
  sample: z.boolean(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Person = z.infer<typeof PersonSchema>;

export const TEAM_CODES = ['leading-group', 'information', 'coordination', 'publicity', 'logistics'] as const;
export const WORKING_TEAM_CODES = ['information', 'coordination', 'publicity', 'logistics'] as const;
/** 领导小组, the four 工作组, standing departments (部门) and per-incident 专项处理小组. */
export const TEAM_KINDS = ['leading-group', 'working-team', 'department', 'task-force'] as const;
export const TeamSchema = z.object({
  id: z.string().uuid(),
  code: z.string(),
  kind: z.enum(TEAM_KINDS),
  name: LocalizedTextSchema,
  duties: LocalizedTextSchema,
  leadId: z.string().optional(),
  memberIds: z.array(z.string()),
  /** For a task force: the incident it was formed for. */
  incidentId: z.string().optional(),
  phone: z.string(),
  sample: z.boolean(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Team = z.infer<typeof TeamSchema>;

/** Facts the grading rules read; gathered at intake and revised at assessment. */
export const GradingFactsSchema = z.object({
  mediaAttention: z.boolean(),
  injury: z.boolean(),
  regulatorInvolved: z.boolean(),
  repeatComplaint: z.boolean(),
  amountAtStake: z.number().nonnegative(),
});
export type GradingFacts = z.infer<typeof GradingFactsSchema>;

export const ComplainantSchema = z.object({
  name: z.string(),
  phone: z.string(),
  idNumber: z.string(),
  address: z.string(),
});
export type Complainant = z.infer<typeof ComplainantSchema>;

export const ComplaintSchema = z.object({
  id: z.string().uuid(),
  mode: ModeSchema,
  number: z.string(),
  incidentId: z.string().uuid(),
  receivedAt: z.string(),
  channelCode: z.string(),
  categoryCode: z.string(),
  urgency: UrgencySchema,
  complainant: ComplainantSchema,
  content: z.string(),
  subject: z.string(),
  expectedResolution: z.string(),
  place: z.string(),
  peopleInvolved: z.number().int().positive(),
  facts: GradingFactsSchema,
  ownerId: z.string(),
  /** The import run that brought this complaint in from another system (absent when typed in). */
  importId: z.string().uuid().optional(),
  /** The other system's own ticket number (e.g. the hotline's 工单号), to recognise a re-import. */
  externalRef: z.string().optional(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Complaint = z.infer<typeof ComplaintSchema>;

export const WorkflowStateSchema = z.enum(WORKFLOW_STATES);

export const MilestonesSchema = z.object({
  receivedAt: z.string(),
  acceptedAt: z.string().optional(),
  gradedAt: z.string().optional(),
  levelOneAt: z.string().optional(),
  activatedAt: z.string().optional(),
  investigationDoneAt: z.string().optional(),
  reopenedAt: z.string().optional(),
  solutionReadyAt: z.string().optional(),
  feedbackAt: z.string().optional(),
  closedAt: z.string().optional(),
});
export type Milestones = z.infer<typeof MilestonesSchema>;

export const IncidentSchema = z.object({
  id: z.string().uuid(),
  mode: ModeSchema,
  number: z.string(),
  title: z.string(),
  categoryCode: z.string(),
  channelCode: z.string(),
  place: z.string(),
  urgency: UrgencySchema,
  level: LevelSchema.nullable(),
  state: WorkflowStateSchema,
  ownerId: z.string(),
  /** The plan version in force when the incident was opened; its clocks keep that version's limits. */
  planVersionId: z.string().optional(),
  facts: GradingFactsSchema,
  milestones: MilestonesSchema,
  investigationFindings: z.string().optional(),
  solution: z.string().optional(),
  /** For all complainants at once (the only kind before results were kept per complainant); see complainantResults. */
  feedback: z.string().optional(),
  /** The complainants' satisfaction taken together: recorded for all at once, or summed from each one's. */
  satisfaction: SatisfactionSchema.optional(),
  /** Each complainant's own feedback and satisfaction, by complaint (群体投诉). */
  complainantResults: z.array(ComplainantResultSchema).optional(),
  escalation: z.object({ route: z.enum(['mediation', 'arbitration', 'authorities']), outcome: z.string().optional() }).optional(),
  rejection: z.object({ kind: z.enum(['invalid', 'special']), reason: z.string() }).optional(),
  // Projections of the complaints and clocks, recomputed (never incremented) in the same
  // transaction as any change, so that the board can index and sort by them.
  complainantCount: z.number().int().nonnegative(),
  peopleInvolved: z.number().int().nonnegative(),
  complainantNames: z.array(z.string()),
  nextDeadlineAt: z.string().nullable(),
  nextDeadlineStage: z.string().nullable(),
  /** Its last change while it is on the live board; absent once it has finished and left it (shared/boardRetention.ts). */
  boardAt: z.string().optional(),
  /** 1 while the next deadline cannot be counted (the calendar lacks the year); absent otherwise. */
  deadlineUnknown: z.literal(1).optional(),
  /** 信息报送: when the reports upward went out (shared/upwardReports.ts counts its clocks from these). */
  reporting: z
    .object({
      firstSentAt: z.string().optional(),
      lastSentAt: z.string().optional(),
      followUpsSent: z.number().int().nonnegative().optional(),
      finalSentAt: z.string().optional(),
    })
    .optional(),
  /** The earliest report upward still owed (ISO), so what is due is found by index; absent when none is owed. */
  reportDueAt: z.string().optional(),
  /** 回访: the last attempt and when the complainant was reached (shared/callBacks.ts). */
  callBack: z.object({ lastAttemptAt: z.string().optional(), doneAt: z.string().optional() }).optional(),
  /** When the call-back is owed (ISO), found by index; absent when none is owed. */
  callBackDueAt: z.string().optional(),
  /** 归档: the archive number, when and by whom, and the last day it must be kept (plan-local date). */
  archive: z
    .object({
      number: z.string(),
      at: z.string(),
      by: z.string(),
      byName: z.string(),
      retainUntil: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    })
    .optional(),
  /** The import run that created this incident, so a cancelled import can be taken back whole. */
  importId: z.string().uuid().optional(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Incident = z.infer<typeof IncidentSchema>;

export const TimelineEntrySchema = z.object({
  id: z.string().uuid(),
  mode: ModeSchema,
  incidentId: z.string(),
  at: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  kind: z.string(),
  from: z.string().optional(),
  to: z.string().optional(),
  note: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
/**
 * An entry as stored: the schema takes any kind, since a backup from an older console may hold
 * kinds no longer written; what this console writes is typed by kind (timelineKinds).
 */
export type StoredTimelineEntry = z.infer<typeof TimelineEntrySchema>;
export type TimelineEntry = Omit<StoredTimelineEntry, 'kind'> & { kind: TimelineKind };

export const COMMUNICATION_CHANNELS = ['phone', 'visit', 'email', 'sms', 'letter', 'online', 'other'] as const;
/** With whom: the complainants, or an outside body (公安、技术监督局…) or anyone else brought in. */
export const COMMUNICATION_PARTIES = ['complainant', 'outside-body', 'other'] as const;
export type CommunicationParty = (typeof COMMUNICATION_PARTIES)[number];
export const CommunicationSchema = z.object({
  id: z.string().uuid(),
  mode: ModeSchema,
  incidentId: z.string(),
  at: z.string(),
  channel: z.enum(COMMUNICATION_CHANNELS),
  /** Absent on records made before the console asked; those were kept as contacts with the complainant. */
  party: z.enum(COMMUNICATION_PARTIES).optional(),
  person: z.string(),
  summary: z.string(),
  outcome: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
});
export type Communication = z.infer<typeof CommunicationSchema>;
export const partyOf = (communication: Pick<Communication, 'party'>): CommunicationParty => communication.party ?? 'complainant';
