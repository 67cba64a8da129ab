// 信息报送: reports upward from an activated response — 首报 within the plan's minutes of
// activation, 续报 every so many hours after the last report while the incident is open, 终报
// within so many hours of closing — each drafted from the plan's template, approved by the leader
// first where the plan says so, and sent to named bodies by a logged method at a logged time.
// Pure: the clocks take the instant from the caller.
import { z } from 'zod';
import type { Actor, Incident } from './model';
import { ModeSchema } from './model';
import type { Level, Plan, UpwardReporting } from './plan';
import type { RefusalCode } from './refusalCodes';
import { fillTemplate } from './releases';
import { localized, TEXT_LIMITS, type Locale, type LocalizedText } from './text';
import { parsePlanLocalDateTime, toIsoWithOffset } from './time';
import { isOpen } from './workflow';

export const REPORT_KINDS = ['first', 'follow-up', 'final'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
/** 电话, 传真, 电子邮件, 公文, 政务平台, 当面. */
export const REPORT_METHODS = ['phone', 'fax', 'email', 'document', 'platform', 'in-person'] as const;
export type ReportMethod = (typeof REPORT_METHODS)[number];
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'sent'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

const Who = { by: z.string(), byName: z.string() };

export const UpwardReportSchema = z.object({
  id: z.string(),
  mode: ModeSchema,
  incidentId: z.string(),
  kind: z.enum(REPORT_KINDS),
  /** 1 for 首报 and 终报; 续报 are numbered 1, 2, 3… in the order they were drafted. */
  sequence: z.number().int().positive(),
  title: z.string(),
  text: z.string(),
  /** Codes of the plan's recipients. */
  recipients: z.array(z.string()).min(1),
  status: z.enum(REPORT_STATUSES),
  /** Whether the leader approves it before it is sent (the plan's approval levels, at drafting). */
  needsApproval: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string(),
  createdByName: z.string(),
  submittedAt: z.string().optional(),
  decision: z.object({ kind: z.enum(['approved', 'returned']), at: z.string(), ...Who, comment: z.string().optional() }).optional(),
  /** What went out: to whom (the bodies above, and the people reached), how, when, by whom. */
  sent: z.object({ at: z.string(), method: z.enum(REPORT_METHODS), receivers: z.string(), ...Who, recordedAt: z.string() }).optional(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type UpwardReport = z.infer<typeof UpwardReportSchema>;

// ── The plan's rule ──────────────────────────────────────────────────────────

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

export const DEFAULT_REPORT_TEMPLATE: LocalizedText = {
  zh: '一、基本情况：{{received}}，{{place}}发生“{{title}}”（事件编号 {{number}}），涉及 {{people}} 人，定为{{level}}，于 {{activated}} 启动应急响应。\n二、目前进展：当前处于“{{stage}}”阶段。\n三、已采取的措施：\n四、下一步工作：\n\n报告单位：{{organisation}}应急指挥部办公室',
  en: '1. What happened: on {{received}}, “{{title}}” (incident {{number}}) at {{place}}, {{people}} people involved, graded {{level}}; the response was activated at {{activated}}.\n2. Where it stands: {{stage}}.\n3. Measures taken:\n4. Next steps:\n\nReported by the command office of {{organisation}}',
};

/** The rule when the plan in force has none of its own (older plans): the default plan's 30 minutes, hourly, 24 hours. */
export const DEFAULT_UPWARD_REPORTING: UpwardReporting = {
  recipients: [
    { code: 'leading-group', name: t('应急领导小组', 'Emergency leading group') },
    { code: 'market-regulator', name: t('市场监管部门', 'Market regulator') },
    { code: 'cyberspace', name: t('网信办', 'Cyberspace administration') },
    { code: 'authority', name: t('主管部门', 'Supervising authority') },
    { code: 'police', name: t('公安机关', 'Police') },
  ],
  levels: [1, 2],
  firstWithinMinutes: 30,
  followUpEveryHours: 1,
  finalWithinHours: 24,
  approvalLevels: [1],
};

export const reportingRule = (plan: Pick<Plan, 'upwardReporting'>): UpwardReporting => plan.upwardReporting ?? DEFAULT_UPWARD_REPORTING;

/** Whether the incident's response owes reports upward: activated at a level the rule names. */
export const owesReports = (incident: Pick<Incident, 'level' | 'milestones'>, rule: UpwardReporting): boolean =>
  incident.milestones.activatedAt !== undefined && incident.level !== null && rule.levels.includes(incident.level);

/**
 * Whether the console keeps this incident's report clocks: it stores a report owed or one sent.
 * An incident activated before reports upward existed stores neither, and is not held to clocks
 * nobody could have met; from its first report sent (or a regrade into a reporting level) it is.
 */
export const tracksReports = (incident: Pick<Incident, 'reportDueAt' | 'reporting'>): boolean =>
  incident.reportDueAt !== undefined || incident.reporting !== undefined;

// ── The clocks ──────────────────────────────────────────────────────────────

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type ReportClock = {
  kind: ReportKind;
  /** 续报: the number the next one will carry. */
  sequence: number;
  startAt: number;
  dueAt: number;
  /** When the report that answers it was sent; null while it is owed. */
  doneAt: number | null;
};

type Reported = Pick<Incident, 'level' | 'state' | 'milestones' | 'reporting' | 'reportDueAt'>;
const ms = (iso: string | undefined) => (iso ? Date.parse(iso) : null);

/**
 * The report clocks of one incident: 首报 from activation; once it is sent and while the incident
 * is open, the next 续报 from the last report sent (of any kind); 终报 from closing. A report
 * counts from the moment it went out (the time recorded with it), not from when it was drafted.
 * Read from the incident alone (its `reporting`, kept by the send command), so what is owed is
 * also stored on it (`reportDueAt`) and found by index.
 */
export function reportClocks(incident: Reported, rule: UpwardReporting, { starting = false } = {}): ReportClock[] {
  if (!owesReports(incident, rule) || incident.state === 'rejected') return [];
  if (!starting && !tracksReports(incident)) return [];
  const activated = Date.parse(incident.milestones.activatedAt!);
  const sent = incident.reporting ?? {};
  const firstDone = ms(sent.firstSentAt);
  const clocks: ReportClock[] = [
    { kind: 'first', sequence: 1, startAt: activated, dueAt: activated + rule.firstWithinMinutes * MINUTE, doneAt: firstDone },
  ];
  const last = ms(sent.lastSentAt) ?? firstDone;
  if (firstDone !== null && last !== null && isOpen(incident.state)) {
    clocks.push({
      kind: 'follow-up',
      sequence: (sent.followUpsSent ?? 0) + 1,
      startAt: last,
      dueAt: last + rule.followUpEveryHours * HOUR,
      doneAt: null,
    });
  }
  const closedAt = incident.state === 'closed' ? ms(incident.milestones.closedAt) : null;
  if (closedAt !== null) {
    clocks.push({
      kind: 'final',
      sequence: 1,
      startAt: closedAt,
      dueAt: closedAt + rule.finalWithinHours * HOUR,
      doneAt: ms(sent.finalSentAt),
    });
  }
  return clocks;
}

/**
 * What the incident stores so that an owed report is found by index: the deadline of the report
 * owed that started last (a 终报 after closing even when a 首报 was never sent), so the newest duty
 * is always in the alert watcher's window; the older one's alerts come with it.
 * `starting`: the step that makes the incident owe reports (activation, a regrade into a
 * reporting level) starts its clocks.
 */
export function reportProjection(
  incident: Reported,
  plan: Pick<Plan, 'upwardReporting' | 'utcOffsetMinutes'>,
  starting = false,
): { reportDueAt?: string } {
  const owed = reportClocks(incident, reportingRule(plan), { starting }).filter((clock) => clock.doneAt === null);
  const latest = owed.reduce<ReportClock | null>(
    (found, clock) => (found === null || clock.startAt >= found.startAt ? clock : found),
    null,
  );
  return { reportDueAt: latest === null ? undefined : toIsoWithOffset(latest.dueAt, plan.utcOffsetMinutes) };
}

/** The incident's record of reports sent, with one more that went out at `at`. */
export function withReportSent(reporting: Incident['reporting'], kind: ReportKind, at: string): NonNullable<Incident['reporting']> {
  const before = reporting ?? {};
  const later = (a: string | undefined) => (a && Date.parse(a) > Date.parse(at) ? a : at);
  return {
    ...before,
    ...(kind === 'first'
      ? { firstSentAt: before.firstSentAt && Date.parse(before.firstSentAt) < Date.parse(at) ? before.firstSentAt : at }
      : {}),
    ...(kind === 'follow-up' ? { followUpsSent: (before.followUpsSent ?? 0) + 1 } : {}),
    ...(kind === 'final' ? { finalSentAt: at } : {}),
    lastSentAt: later(before.lastSentAt),
  };
}

/** The report the office should draft next (what the panel offers first), or null when none is owed. */
export function nextReportKind(clocks: readonly ReportClock[]): ReportKind | null {
  return clocks.find((c) => c.doneAt === null)?.kind ?? null;
}

// ── Drafting from the template ─────────────────────────────────────────────────

export type ReportDraftContext = {
  plan: Pick<Plan, 'organisationName' | 'utcOffsetMinutes' | 'upwardReporting' | 'grades'>;
  incident: Pick<Incident, 'number' | 'title' | 'place' | 'level' | 'peopleInvolved' | 'milestones'>;
  kind: ReportKind;
  sequence: number;
  /** Words the template's {{kind}} and {{stage}} take, in the drafter's language. */
  kindName: string;
  stageName: string;
  locale: Locale;
};

const localTime = (iso: string | undefined, offset: number) =>
  iso ? toIsoWithOffset(Date.parse(iso), offset).slice(0, 16).replace('T', ' ') : '';

/** The title and words a new report starts from, filled from the incident. */
export function reportDraft(ctx: ReportDraftContext): { title: string; text: string } {
  const { plan, incident, locale } = ctx;
  const rule = reportingRule(plan);
  const grade = plan.grades.find((g) => g.level === incident.level);
  const organisation = localized(plan.organisationName, locale);
  const values = {
    organisation,
    number: incident.number,
    title: incident.title,
    place: incident.place,
    level: grade ? localized(grade.name, locale) : '',
    received: localTime(incident.milestones.receivedAt, plan.utcOffsetMinutes),
    activated: localTime(incident.milestones.activatedAt, plan.utcOffsetMinutes),
    people: String(incident.peopleInvolved),
    stage: ctx.stageName,
    kind: ctx.kindName,
  };
  const title = locale === 'en' ? `${ctx.kindName}: ${incident.title}` : `关于“${incident.title}”的${ctx.kindName}`;
  return { title, text: fillTemplate(localized(rule.template ?? DEFAULT_REPORT_TEMPLATE, locale), values) };
}

// ── What may be typed ─────────────────────────────────────────────────────────

export type ReportInput = { title: string; text: string; recipients: readonly string[] };
export type SendInput = { method: string; /** plan-local "YYYY-MM-DDTHH:mm" */ at: string; receivers: string };

export const REPORT_TEXT_MAX = 20_000;

/** Field by field (catalog keys): a title, the words and at least one recipient the plan names. */
export function reportErrors(input: ReportInput, rule: UpwardReporting): Record<string, string> {
  const errors: Record<string, string> = {};
  const title = input.title.trim();
  if (!title) errors.title = 'validation.required';
  else if (title.length > 200) errors.title = 'validation.tooLong';
  const text = input.text.trim();
  if (!text) errors.text = 'validation.required';
  else if (text.length > REPORT_TEXT_MAX) errors.text = 'validation.tooLong';
  const known = new Set(rule.recipients.map((r) => r.code));
  if (input.recipients.length === 0) errors.recipients = 'reports.error.recipients';
  else if (input.recipients.some((code) => !known.has(code))) errors.recipients = 'reports.error.recipientUnknown';
  return errors;
}

/**
 * Field by field: a method, a time not in the future (five minutes' grace for clocks) and not before
 * the response was activated (a report phoned in first is typed up afterwards), and who was reached.
 */
export function sendErrors(
  input: SendInput,
  clock: { utcOffsetMinutes: number; nowMs: number },
  activatedAt?: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!(REPORT_METHODS as readonly string[]).includes(input.method)) errors.method = 'validation.choose';
  const at = parsePlanLocalDateTime(input.at, clock.utcOffsetMinutes);
  if (at === null) errors.at = 'validation.dateTime';
  else if (at > clock.nowMs + 5 * MINUTE) errors.at = 'validation.future';
  else if (activatedAt && at < Date.parse(activatedAt) - MINUTE) errors.at = 'reports.error.beforeActivation';
  const receivers = input.receivers.trim();
  if (!receivers) errors.receivers = 'validation.required';
  else if (receivers.length > TEXT_LIMITS.short) errors.receivers = 'validation.tooLong';
  return errors;
}

// ── The steps ───────────────────────────────────────────────────────────────

const LEADERS = new Set(['leader', 'deputy']);
export const mayApproveReports = (actor: Pick<Actor, 'role'>) => LEADERS.has(actor.role);

export type ReportStep =
  | { type: 'revise'; title: string; text: string; recipients: readonly string[] }
  | { type: 'submit' }
  | { type: 'approve'; comment?: string | undefined }
  | { type: 'return'; comment: string };
export type ReportStepType = ReportStep['type'] | 'send';

const FROM: Record<ReportStepType, readonly ReportStatus[]> = {
  revise: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  approve: ['submitted'],
  return: ['submitted'],
  send: ['draft', 'returned', 'approved'],
};

/** Whether a report in this state can take the step: sending a report that needs approval waits for it. */
export function stepAllowed(report: Pick<UpwardReport, 'status' | 'needsApproval'>, type: ReportStepType): boolean {
  if (!FROM[type].includes(report.status)) return false;
  if (type === 'send') return report.needsApproval ? report.status === 'approved' : true;
  if (type === 'submit') return report.needsApproval;
  return true;
}

/** The steps this actor may take now: what the panel offers. */
export function reportStepsFor(report: Pick<UpwardReport, 'status' | 'needsApproval'>, actor: Pick<Actor, 'role'>): ReportStepType[] {
  const all: ReportStepType[] = ['revise', 'submit', 'approve', 'return', 'send'];
  return all.filter((type) => stepAllowed(report, type) && ((type !== 'approve' && type !== 'return') || mayApproveReports(actor)));
}

/** Why a step is refused, or null when it may be taken. */
export function stepRefusal(
  report: Pick<UpwardReport, 'status' | 'needsApproval'>,
  type: ReportStepType,
  actor: Pick<Actor, 'role'>,
): RefusalCode | null {
  if ((type === 'approve' || type === 'return') && !mayApproveReports(actor)) return 'report-needs-leader';
  if (type === 'send' && report.needsApproval && report.status !== 'approved' && report.status !== 'sent') return 'report-not-approved';
  if (!stepAllowed(report, type)) return 'report-wrong-status';
  return null;
}

/** Whether a report drafted now for this incident needs the leader's approval. */
export const approvalNeeded = (level: Level | null, rule: UpwardReporting) => level !== null && rule.approvalLevels.includes(level);

/** Every report sent, oldest first: the log of what went to whom, when and how. */
export function sentReports<T extends Pick<UpwardReport, 'sent'>>(reports: readonly T[]): (T & { sent: NonNullable<T['sent']> })[] {
  return reports
    .filter((r): r is T & { sent: NonNullable<T['sent']> } => r.sent !== undefined)
    .sort((a, b) => Date.parse(a.sent.at) - Date.parse(b.sent.at));
}

/** The recipients' names in the drafter's language, in the plan's order. */
export function recipientNames(codes: readonly string[], rule: UpwardReporting, locale: Locale): string[] {
  const chosen = new Set(codes);
  const named = rule.recipients.filter((r) => chosen.has(r.code)).map((r) => localized(r.name, locale));
  // A code the plan no longer names (a later version dropped it) is kept as written.
  const unknown = codes.filter((code) => !rule.recipients.some((r) => r.code === code));
  return [...named, ...unknown];
}
