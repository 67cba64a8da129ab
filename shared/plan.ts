// The plan in force (应急预案) configures the console: categories, channels, urgency, grades,
// grading thresholds and time limits. Everything here is data the office can revise.
import { z } from 'zod';
import { PlanDocumentSchema } from './planDocument';
import { LocalizedTextSchema } from './text';
import { OpinionWarningRuleSchema } from './opinionWarning';
import { PetitionRuleSchema } from './petitionRule';

export const LEVELS = [1, 2, 3] as const;
export const LevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type Level = z.infer<typeof LevelSchema>;

export const NATIONAL_LEVELS = ['I', 'II', 'III', 'IV'] as const;
export const NationalLevelSchema = z.enum(NATIONAL_LEVELS);
export type NationalLevel = z.infer<typeof NationalLevelSchema>;
/** National practice: I 特别重大 red, II 重大 orange, III 较大 yellow, IV 一般 blue. */
export const NATIONAL_COLOURS: Record<NationalLevel, 'red' | 'orange' | 'yellow' | 'blue'> = {
  I: 'red',
  II: 'orange',
  III: 'yellow',
  IV: 'blue',
};

export const GradeSchema = z.object({
  level: LevelSchema,
  name: LocalizedTextSchema,
  criteria: LocalizedTextSchema,
  response: LocalizedTextSchema,
  nationalLevels: z.array(NationalLevelSchema).min(1),
});
export type Grade = z.infer<typeof GradeSchema>;

export const CodedItemSchema = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/),
  name: LocalizedTextSchema,
});
export type CodedItem = z.infer<typeof CodedItemSchema>;

/**
 * A category also names who handles it (对口处理): a department of the organisation (as written
 * on people's records) or a team code. Absent: the intake default applies.
 */
export const CategorySchema = CodedItemSchema.extend({ department: z.string().max(100).optional() });
export type Category = z.infer<typeof CategorySchema>;

/** Where a version of the plan stands (shared/planVersions.ts holds the transitions). */
export const PLAN_VERSION_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export const PlanVersionStatusSchema = z.enum(PLAN_VERSION_STATUSES);
export type PlanVersionStatus = z.infer<typeof PlanVersionStatusSchema>;

export const URGENCIES = ['urgent', 'fairly-urgent', 'normal'] as const;
export const UrgencySchema = z.enum(URGENCIES);
export type Urgency = z.infer<typeof UrgencySchema>;

/** Stages whose clocks the plan sets (see deadlines.ts for what starts and stops each). */
export const CLOCKED_STAGES = ['acceptance', 'report', 'investigation', 'solution', 'feedback', 'evaluation'] as const;
export const ClockedStageSchema = z.enum(CLOCKED_STAGES);
export type ClockedStage = z.infer<typeof ClockedStageSchema>;

export const TimeLimitRuleSchema = z
  .object({
    stage: ClockedStageSchema,
    amount: z.number().positive(),
    unit: z.enum(['minutes', 'hours', 'workingDays']),
    /** Where the clock starts: the previous stage's end (default) or the moment of receipt. */
    from: z.enum(['previous', 'received']).default('previous'),
    /** A rule limited to some categories or levels wins over a general one. */
    categories: z.array(z.string()).optional(),
    levels: z.array(LevelSchema).optional(),
  })
  // About a year of working days; a longer allowance is a typing error, not a time limit.
  .refine((rule) => rule.unit !== 'workingDays' || (Number.isInteger(rule.amount) && rule.amount <= 250), {
    error: 'validation.workingDays',
  });
export type TimeLimitRule = z.infer<typeof TimeLimitRuleSchema>;

export const GradingThresholdsSchema = z.object({
  /** People involved at which a matter is a group complaint (群体投诉). */
  groupPeople: z.number().int().min(2),
  /** People involved at which a group complaint is level 1 by itself. */
  largeGroupPeople: z.number().int().min(2),
  /** Amount at stake (CNY) at which a complaint is at least level 2 / level 1. */
  amountLevel2: z.number().nonnegative(),
  amountLevel1: z.number().nonnegative(),
});
export type GradingThresholds = z.infer<typeof GradingThresholdsSchema>;

/** 标准指令: what each team is told to do when a response is activated, issued in one click. */
export const StandardInstructionSchema = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/),
  teamCode: z.string(),
  content: LocalizedTextSchema,
  /** Minutes after issue the instruction is due. */
  dueMinutes: z.number().int().positive(),
  priority: z.enum(['urgent', 'high', 'normal']),
  /** Levels whose activation issues it; absent: every level. */
  levels: z.array(LevelSchema).optional(),
});
export type StandardInstruction = z.infer<typeof StandardInstructionSchema>;

/** 信息报送: whom an activated response reports to, on what clock, and which levels' reports the leader approves first. */
export const ReportRecipientSchema = z.object({ code: z.string().regex(/^[a-z0-9-]+$/), name: LocalizedTextSchema });
export const UpwardReportingSchema = z.object({
  /** 领导小组 and the outside bodies the plan names (市场监管, 网信办, 主管部门, 公安…). */
  recipients: z.array(ReportRecipientSchema).min(1).max(20),
  /** Levels whose activated response owes reports upward. */
  levels: z.array(LevelSchema).min(1),
  /** 首报: within this many minutes of activation. */
  firstWithinMinutes: z.number().int().min(1).max(1440),
  /** 续报: every this many hours after the last report while the incident is open. */
  followUpEveryHours: z.number().positive().max(168),
  /** 终报: within this many hours of closing. */
  finalWithinHours: z.number().positive().max(720),
  /** Levels whose reports the leader or a deputy approves before they are sent. */
  approvalLevels: z.array(LevelSchema),
  /**
   * The words a report starts from. Placeholders {{organisation}}, {{number}}, {{title}},
   * {{place}}, {{level}}, {{received}}, {{activated}}, {{people}}, {{stage}}, {{kind}}.
   */
  template: LocalizedTextSchema.optional(),
});
export type UpwardReporting = z.infer<typeof UpwardReportingSchema>;

/** 回访: a follow-up call on the complainant this many days after closing, for the levels named. */
export const CallBackRuleSchema = z.object({
  afterDays: z.number().int().min(1).max(90),
  levels: z.array(LevelSchema).min(1),
});
export type CallBackRule = z.infer<typeof CallBackRuleSchema>;

/** 演练计划: a planned drill is reminded this many days before its day. */
/** The most days before a drill the plan may remind (shared/drillProgramme.ts MAX_REMIND_DAYS reads up to it). */
export const DrillProgrammeRuleSchema = z.object({ remindDaysBefore: z.number().int().min(0).max(60) });
export type DrillProgrammeRule = z.infer<typeof DrillProgrammeRuleSchema>;

/** 归档: how many years an archived file is kept, by level, and who may delete it afterwards. */
export const ArchiveRuleSchema = z.object({
  /** Years kept after the year of archiving, for levels 1, 2 and 3 (and ungraded files, as level 3). */
  retentionYears: z.tuple([z.number().int().min(1).max(100), z.number().int().min(1).max(100), z.number().int().min(1).max(100)]),
  deleteRoles: z.array(z.enum(['leader', 'deputy', 'member', 'staff', 'trainer'])).min(1),
});
export type ArchiveRule = z.infer<typeof ArchiveRuleSchema>;

export const PlanSchema = z.object({
  id: z.string().uuid(),
  title: LocalizedTextSchema,
  version: z.string().min(1),
  effectiveDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  organisationName: LocalizedTextSchema,
  utcOffsetMinutes: z.number().int(),
  grades: z.array(GradeSchema).length(3),
  categories: z.array(CategorySchema).min(1),
  channels: z.array(CodedItemSchema).min(1),
  urgencies: z.array(z.object({ code: UrgencySchema, name: LocalizedTextSchema })).length(3),
  grading: GradingThresholdsSchema,
  /** Levels whose solution the leading group approves (方案审批). */
  approvalLevels: z.array(LevelSchema),
  timeLimits: z.array(TimeLimitRuleSchema).min(1),
  dueSoon: z.object({ hours: z.number().nonnegative(), fraction: z.number().min(0).max(1) }),
  standardInstructions: z.array(StandardInstructionSchema),
  /**
   * 口径模板: the holding statement the publicity team starts a release from. Placeholders
   * {{organisation}}, {{title}}, {{place}}, {{date}}. Absent on plans stored before it existed
   * (shared/releases.ts supplies the default then).
   */
  holdingStatement: LocalizedTextSchema.optional(),
  /**
   * 舆情: suggest raising an incident's grade once the estimated reach of its negative items
   * found within `withinHours` reaches `negativeReach`. Absent on older plans (shared/opinion.ts
   * supplies the default then).
   */
  opinionRaise: z.object({ negativeReach: z.number().int().positive(), withinHours: z.number().positive() }).optional(),
  /** 信息报送 (首报, 续报, 终报). Absent on older plans: shared/upwardReports.ts supplies the default. */
  upwardReporting: UpwardReportingSchema.optional(),
  /** 舆情预警: warning levels by reach, spread and media pickup. Absent on older plans: shared/opinionWarning.ts supplies the default. */
  opinionWarning: OpinionWarningRuleSchema.optional(),
  /** 回访 after closing. Absent on older plans: shared/callBacks.ts supplies the default. */
  callBacks: CallBackRuleSchema.optional(),
  /** 演练计划 reminders. Absent on older plans: shared/drillProgramme.ts supplies the default. */
  drillProgramme: DrillProgrammeRuleSchema.optional(),
  /** 信访事项的时限 (受理, 答复, 复查, 复核). Absent on older plans: shared/petitionLimits.ts supplies the default. */
  petitions: PetitionRuleSchema.optional(),
  /** 归档. Absent on older plans: shared/archive.ts supplies the default. */
  archive: ArchiveRuleSchema.optional(),
  /**
   * Roles that may take complainants' personal data out of the console in full (lists and
   * backups to a file). Absent on older plans: leader and deputy (shared/exporting.ts). The
   * roles are spelled out here because model.ts imports this module.
   */
  personalDataRoles: z.array(z.enum(['leader', 'deputy', 'member', 'staff', 'trainer'])).optional(),
  /**
   * Whether this version's working-day limits also skip the office's own closure days (kept with
   * the calendar, approved by the leader). Absent or false: the official calendar only.
   */
  countsOfficeClosures: z.boolean().optional(),
  /**
   * Days a closed or rejected incident stays on the live board after its last change; then it is
   * found by number or search only (shared/boardRetention.ts). Absent on older plans: 180.
   */
  liveBoardDays: z.number().int().min(7).max(3650).optional(),
  /** The plan's written parts (预案文本); absent on plans stored before they existed. */
  document: PlanDocumentSchema.optional(),
  inForce: z.boolean(),
  /*
   * Versions (修订和审批). All absent on plans stored before versions existed: such a plan is
   * approved version 1, in force from its creation (read through shared/planVersions.ts).
   * `version` above stays the label printed on the document; this number orders revisions.
   */
  versionNumber: z.number().int().positive().optional(),
  status: PlanVersionStatusSchema.optional(),
  /** ISO date-time from which an approved version governs newly opened incidents. */
  effectiveFrom: z.string().optional(),
  /** The version this one was revised from. */
  basedOn: z.string().optional(),
  returnComment: z.string().optional(),
  submittedBy: z.string().optional(),
  submittedAt: z.string().optional(),
  approvedBy: z.string().optional(),
  approvedAt: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Plan = z.infer<typeof PlanSchema>;
