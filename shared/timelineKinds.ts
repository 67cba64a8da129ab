// The vocabulary of the timeline: every kind of entry a command can append, with the values its
// sentence needs. The catalogs hold one sentence per kind under `timeline.<kind>` (zh-CN and en);
// a kind written here without a sentence, or a sentence's value not given, fails the checks.
// Entries stored by an older console may carry a kind no longer written: they still load (the
// stored schema takes any kind) and show a neutral sentence.

type Text = string | number;
/** The receiving team or person of an instruction, in both languages. */
type Receiver = { receiver: Text; receiverEn?: Text };
/** i18next's context suffix: picks a sentence variant such as `recordFeedback_complainant`. */
type Context<C extends string> = { context?: C };
/** A report upward: its kind, its number (续报), and to whom, in both languages. */
type ReportParams = { kind: Text; sequence: Text; recipients: Text; recipientsEn?: Text } & Context<'numbered'>;

export type TimelineParams = {
  // The complaint workflow (shared/workflow.ts) and registration.
  registered: { complaint: Text; people?: Text };
  attached: { complaint: Text; people?: Text };
  'regrade-suggested': { people: Text; from: Text; level: Text };
  verify: Record<string, never>;
  reject: { rejectionKind: Text };
  reinstate: Record<string, never>;
  grade: { level: Text; suggested: Text };
  regrade: { from: Text; level: Text };
  activateResponse: { level: Text };
  completeInvestigation: Record<string, never>;
  submitSolution: { approval?: Text };
  approveSolution: Record<string, never>;
  returnSolution: Record<string, never>;
  startImplementation: Record<string, never>;
  completeImplementation: Record<string, never>;
  recordFeedback: { complaint?: Text } & Context<'complainant'>;
  recordSatisfaction: { satisfaction: Text; complaint?: Text } & Context<'complainant'>;
  close: { cancelled?: Text };
  reopen: Record<string, never>;
  escalate: { route: Text };
  resolveEscalation: Record<string, never>;
  communication: { channel?: Text; party?: Text };
  'personal-data-viewed': { complaint: Text } & Context<'petition'>;
  'drill-inject': { seq: Text; sender: Text; senderEn?: Text; addressee: Text; addresseeEn?: Text };
  // Instructions (指令) to teams.
  'instruction-issued': Receiver & { deadline: Text };
  'instruction-signed': Receiver;
  'instruction-progress': Receiver;
  'instruction-reported': Receiver;
  'instruction-accepted': Receiver;
  'instruction-returned': Receiver;
  'instruction-cancelled': Receiver;
  'instruction-overdue': Receiver & { deadline: Text; issuer: Text } & Context<'unsigned' | 'unfinished'>;
  // The organisation's audit (the ORGANISATION_TIMELINE pseudo-incident).
  'task-force-formed': { lead: Text; count: Text };
  'task-force-changed': { lead: Text; count: Text };
  'person-added': { name: Text };
  'person-changed': { name: Text };
  'person-removed': { name: Text };
  'person-removed-reassigned': { name: Text; count: Text; to: Text };
  'team-changed': { team: Text };
  'department-added': { team: Text };
  'shift-added': { name: Text; date: Text; start: Text; end: Text };
  'shift-changed': { name: Text; date: Text; start: Text; end: Text };
  'shift-removed': { name: Text; date: Text; start: Text; end: Text };
  'contact-added': { name: Text };
  'contact-changed': { name: Text };
  'contact-removed': { name: Text };
  // Notices (提醒) acknowledged.
  'notice-acknowledged': {
    stage?: Text;
    number?: Text;
    receiver?: Text;
    receiverEn?: Text;
  } & Context<string>; // the notice's kind
  // Imports and exports.
  'import-finished': { file: Text; imported: Text; invalid: Text; duplicates: Text };
  'import-cancelled': { file: Text; removed: Text };
  'import-rolled-back': { file: Text; removed: Text };
  'import-kept': { file: Text; incidents: Text; imported: Text };
  'complaints-exported': { file: Text; count: Text; list?: Text; format?: Text };
  'incidents-exported': { file: Text; count: Text; list?: Text; format?: Text };
  'personal-data-exported': { file: Text; count: Text; list?: Text; format?: Text };
  'personal-data-export-started': { file: Text; count: Text; list?: Text; format?: Text };
  'personal-data-exported-to': { file: Text };
  // Backups and preferences.
  'backup-exported-to': { file: Text };
  'backup-exported': { file: Text; complaints: Text; incidents: Text };
  'backup-restored': { backupAt: Text; complaints: Text; incidents: Text };
  'preferences-changed': { fields?: Text };
  // Public statements (口径).
  'release-drafted': { title: Text; version: Text };
  'release-edited': { title: Text; version: Text };
  'release-revised': { title: Text; version: Text };
  'release-submitted': { title: Text; version: Text };
  'release-returned': { title: Text; version: Text };
  'release-approved': { title: Text; version: Text };
  'release-published': { channel: Text; title: Text; version: Text };
  'opinion-logged': { platform: Text; sentiment: Text; reach: Text };
  'opinion-attached': { count: Text; reach: Text };
  // 归档 and the deletion of a file after its retention (in the organisation's audit).
  archived: { archive: Text; until: Text };
  'archive-deleted': { archive: Text; number: Text; until: Text; count: Text };
  // Reports upward (信息报送): 首报, 续报 (numbered), 终报.
  'report-drafted': ReportParams;
  'report-submitted': ReportParams;
  'report-approved': ReportParams;
  'report-returned': ReportParams;
  'report-sent': ReportParams & { method?: Text };
  // 回访 after closing.
  'call-back': { method: Text; rating?: Text } & Context<'unreached'>;
  // 证据与附件: a file attached to the incident, a complaint, a communication or the review.
  'attachment-added': { file: Text; type: Text; on: Text };
  // 信访事项 (on the petition's own timeline).
  petition: { number: Text; department?: Text } & Context<
    | 'registered'
    | 'accepted'
    | 'rejected'
    | 'transfer'
    | 'assign'
    | 'receipt'
    | 'extended'
    | 'answered'
    | 'reviewRequested'
    | 'reviewAnswered'
    | 'recheckRequested'
    | 'recheckAnswered'
  >;
  // Resources.
  'resource-allocated': { resource: Text; quantity: Text; unit: Text; due?: Text } & Context<'due'>;
  'resource-returned': { resource: Text; quantity: Text; unit: Text };
  'resource-added': { resource: Text };
  'resource-changed': { resource: Text };
  'resource-samples-loaded': { count: Text };
  // The office calendar (调休, closures).
  'calendar-year-drafted': { year: Text };
  'calendar-year-imported': { year: Text };
  'calendar-year-approved': { year: Text; count: Text };
  'calendar-deadline-dated': { year: Text };
  'calendar-deadline-recounted': Record<string, never>;
  'calendar-closures-drafted': { year: Text; count: Text };
  'calendar-closures-approved': { year: Text; count: Text };
  'calendar-closures-recounted': { year: Text };
  // The after-action review.
  'review-saved': Record<string, never>;
  'measure-added': { owner: Text; due: Text };
  'measure-changed': { owner: Text; due: Text };
  'measure-done': { owner: Text; due?: Text };
  'review-report-full-data': Record<string, never>;
  'acknowledgement-given': { complaint: Text };
  // Plans (预案).
  'plan-draft-from-template': { template: Text; title: Text; version?: Text };
  'plan-imported': { title: Text; version?: Text };
  'plan-revision-started': { version: Text };
  'plan-draft-saved': { version: Text };
  'plan-submitted': { version: Text };
  'plan-returned': { version: Text; comment: Text };
  'plan-approved': { version: Text; effective: Text };
  'plan-draft-discarded': { version: Text };
  // Accounts and the seat (账户与席位): who signed in where, and who manages whose account.
  'account-created': { name: Text; seat: Text };
  'password-reset': { name: Text; seat: Text };
  'password-changed': { name: Text; seat: Text };
  'account-disabled': { name: Text; seat: Text };
  'account-enabled': { name: Text; seat: Text };
  'signed-in': { name: Text; seat: Text };
  'sign-in-failed': { name: Text; seat: Text; left: Text };
  'account-locked': { name: Text; seat: Text; until: Text };
  'sign-in-while-locked': { name: Text; seat: Text; until: Text };
  'signed-out': { name: Text; seat: Text };
  'seat-locked': { name: Text; seat: Text };
  'seat-unlocked': { name: Text; seat: Text };
  'password-confirmed': { name: Text; seat: Text };
};
export type TimelineKind = keyof TimelineParams;

// A record keyed by every kind: the compiler refuses a kind left out here or one not in the map.
const EVERY_KIND: Record<TimelineKind, true> = {
  registered: true,
  attached: true,
  'regrade-suggested': true,
  verify: true,
  reject: true,
  reinstate: true,
  grade: true,
  regrade: true,
  activateResponse: true,
  completeInvestigation: true,
  submitSolution: true,
  approveSolution: true,
  returnSolution: true,
  startImplementation: true,
  completeImplementation: true,
  recordFeedback: true,
  recordSatisfaction: true,
  close: true,
  reopen: true,
  escalate: true,
  resolveEscalation: true,
  communication: true,
  'personal-data-viewed': true,
  'drill-inject': true,
  'instruction-issued': true,
  'instruction-signed': true,
  'instruction-progress': true,
  'instruction-reported': true,
  'instruction-accepted': true,
  'instruction-returned': true,
  'instruction-cancelled': true,
  'instruction-overdue': true,
  'task-force-formed': true,
  'task-force-changed': true,
  'person-added': true,
  'person-changed': true,
  'person-removed': true,
  'person-removed-reassigned': true,
  'team-changed': true,
  'department-added': true,
  'shift-added': true,
  'shift-changed': true,
  'shift-removed': true,
  'contact-added': true,
  'contact-changed': true,
  'contact-removed': true,
  'notice-acknowledged': true,
  'import-finished': true,
  'import-cancelled': true,
  'import-rolled-back': true,
  'import-kept': true,
  'complaints-exported': true,
  'incidents-exported': true,
  'personal-data-exported': true,
  'personal-data-export-started': true,
  'personal-data-exported-to': true,
  'backup-exported-to': true,
  'backup-exported': true,
  'backup-restored': true,
  'preferences-changed': true,
  'release-drafted': true,
  'release-edited': true,
  'release-revised': true,
  'release-submitted': true,
  'release-returned': true,
  'release-approved': true,
  'release-published': true,
  'report-drafted': true,
  'report-submitted': true,
  'report-approved': true,
  'report-returned': true,
  'report-sent': true,
  'opinion-attached': true,
  archived: true,
  'archive-deleted': true,
  'call-back': true,
  'attachment-added': true,
  petition: true,
  'opinion-logged': true,
  'resource-allocated': true,
  'resource-returned': true,
  'resource-added': true,
  'resource-changed': true,
  'resource-samples-loaded': true,
  'calendar-year-drafted': true,
  'calendar-year-imported': true,
  'calendar-year-approved': true,
  'calendar-deadline-dated': true,
  'calendar-deadline-recounted': true,
  'calendar-closures-drafted': true,
  'calendar-closures-approved': true,
  'calendar-closures-recounted': true,
  'review-saved': true,
  'measure-added': true,
  'measure-changed': true,
  'measure-done': true,
  'review-report-full-data': true,
  'acknowledgement-given': true,
  'plan-draft-from-template': true,
  'plan-imported': true,
  'plan-revision-started': true,
  'plan-draft-saved': true,
  'plan-submitted': true,
  'plan-returned': true,
  'plan-approved': true,
  'plan-draft-discarded': true,
  'account-created': true,
  'password-reset': true,
  'password-changed': true,
  'account-disabled': true,
  'account-enabled': true,
  'signed-in': true,
  'sign-in-failed': true,
  'account-locked': true,
  'sign-in-while-locked': true,
  'signed-out': true,
  'seat-locked': true,
  'seat-unlocked': true,
  'password-confirmed': true,
};
export const TIMELINE_KINDS = Object.keys(EVERY_KIND) as TimelineKind[];

/** Whether a stored kind is one this console writes (an older console's may not be). */
export const isTimelineKind = (kind: string): kind is TimelineKind => Object.hasOwn(EVERY_KIND, kind);

/** What one entry says, by kind: the kind and the values its sentence needs. */
export type TimelineBody = {
  [K in TimelineKind]: { kind: K; params?: TimelineParams[K]; note?: string | undefined; from?: string; to?: string };
}[TimelineKind];

/**
 * One entry built where the kind is chosen at run time (`before ? 'person-changed' :
 * 'person-added'`): the kind's params are checked against the map, which a plain object literal
 * cannot do for a kind that is itself a union.
 */
export function timelineBody<K extends TimelineKind>(
  kind: K,
  params: TimelineParams[K],
  more: { note?: string | undefined; from?: string; to?: string } = {},
): TimelineBody {
  return { kind, params, ...more } as TimelineBody;
}
