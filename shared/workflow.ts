// The response workflow (应急响应流程) as a pure state machine. Each command names the states it
// may be given in; `transition` either returns the next state with what to record, or a typed
// refusal whose code the UI shows as a sentence (refusal.* in the catalogs).
import type { RefusalCode } from './refusalCodes';
import type { Level } from './plan';
import type { Actor, CommunicationParty, Milestones } from './model';
import type { WorkflowState } from './workflowStates';
import { everyoneFedBack, overallSatisfaction, withResult, type ComplainantResult } from './complainantResults';
import { isTooLong, TEXT_LIMITS } from './text';

export type { WorkflowState } from './workflowStates';
export { WORKFLOW_STATES } from './workflowStates';

export type Satisfaction = 'satisfied' | 'unsatisfied';
export type EscalationRoute = 'mediation' | 'arbitration' | 'authorities';

export type Command =
  | { type: 'verify'; note?: string }
  | { type: 'reject'; kind: 'invalid' | 'special'; reason: string }
  | { type: 'reinstate'; reason: string }
  | { type: 'grade'; level: Level; reason?: string }
  | { type: 'regrade'; level: Level; reason: string }
  | { type: 'activateResponse'; note?: string }
  | { type: 'completeInvestigation'; findings: string }
  | { type: 'submitSolution'; solution: string }
  | { type: 'approveSolution'; note?: string }
  | { type: 'returnSolution'; reason: string }
  | { type: 'startImplementation'; note?: string }
  | { type: 'completeImplementation'; note?: string }
  | { type: 'recordFeedback'; feedback: string; complaintId?: string }
  | { type: 'recordSatisfaction'; satisfaction: Satisfaction; note?: string; complaintId?: string }
  /** `cancelReason`: the open instructions are withdrawn (撤销) with this reason as the incident closes. */
  | { type: 'close'; note?: string; cancelReason?: string }
  | { type: 'reopen'; reason: string }
  | { type: 'escalate'; route: EscalationRoute; reason: string }
  | { type: 'resolveEscalation'; outcome: string };
export type CommandType = Command['type'];

/** One recorded contact (沟通记录) as the machine weighs it: with whom, and when it took place. */
export type CommunicationFact = { party: CommunicationParty; at: string };

/** What the machine needs to know besides the state; the repository reads it from the records. */
export type WorkflowContext = {
  actor: Actor;
  level: Level | null;
  suggestedLevel: Level;
  approvalLevels: readonly Level[];
  communications: readonly CommunicationFact[];
  /** When the solution now in hand was submitted (or, where approval is needed, approved). */
  solutionReadyAt?: string;
  feedbackRecorded: boolean;
  /** Instructions of the incident not yet accepted or cancelled (never signed, unfinished, awaiting a decision). */
  openInstructions: number;
  satisfaction?: Satisfaction;
  escalationRoute?: EscalationRoute;
  escalationResolved: boolean;
  /**
   * Each complainant's result as it stands (their own, else the one for all); needed only for a
   * feedback or satisfaction given to one complainant (`complaintId`).
   */
  complainants?: readonly ComplainantResult[];
};

/** Fields of the incident a transition sets; `undefined` in `clear` removes a value. */
export type IncidentPatch = {
  level?: Level;
  investigationFindings?: string;
  solution?: string;
  feedback?: string;
  satisfaction?: Satisfaction;
  complainantResults?: ComplainantResult[];
  escalation?: { route: EscalationRoute; outcome?: string };
  rejection?: { kind: 'invalid' | 'special'; reason: string };
};
export type MilestoneKey = Exclude<keyof Milestones, 'receivedAt'>;

/** One entry for the timeline (kind → timeline.* in the catalogs). */
export type WorkflowEvent = {
  kind: CommandType;
  note?: string;
  params?: Record<string, string | number>;
};

export type Refusal = { code: RefusalCode; params?: Record<string, string | number> };
export type Transition = {
  next: WorkflowState;
  patch: IncidentPatch;
  stamp: MilestoneKey[];
  clear: (MilestoneKey | keyof IncidentPatch)[];
  event: WorkflowEvent;
};
export type TransitionResult = { ok: true; value: Transition } | { ok: false; refusal: Refusal };

type Applied = Omit<Transition, 'clear' | 'stamp'> & Partial<Pick<Transition, 'clear' | 'stamp'>>;
type Rule<C extends Command> = {
  from: readonly WorkflowState[];
  guard?: (command: C, context: WorkflowContext) => Refusal | null;
  apply: (command: C, context: WorkflowContext, state: WorkflowState) => Applied;
};
type Table = { [K in CommandType]: Rule<Extract<Command, { type: K }>> };

const LEADERS = new Set(['leader', 'deputy']);
const isLeader = (context: WorkflowContext) => LEADERS.has(context.actor.role);
const needsText = (value: string | undefined, code: RefusalCode): Refusal | null => (value && value.trim().length > 0 ? null : { code });
/** A command for one complainant names one of the incident's. */
const unknownComplainant = (complaintId: string | undefined, context: WorkflowContext): Refusal | null =>
  complaintId !== undefined && !context.complainants?.some((c) => c.complaintId === complaintId) ? { code: 'complainant-not-found' } : null;

const MINUTE_MS = 60_000;
/**
 * 协商一致 is agreement with the complainants on this solution: a contact with them that took place
 * once the solution was ready. A call to an outside body, or a talk before there was a solution,
 * agrees nothing. Contacts are recorded to the minute, so one in the solution's minute counts.
 */
function agreementMissing(ctx: WorkflowContext): Refusal | null {
  if (ctx.communications.length === 0) return { code: 'communication-required' };
  const ready = ctx.solutionReadyAt ? Date.parse(ctx.solutionReadyAt) : NaN;
  const since = Math.floor(ready / MINUTE_MS) * MINUTE_MS;
  const agreed = ctx.communications.some((c) => c.party === 'complainant' && Date.parse(c.at) >= since);
  if (agreed) return null;
  // Plan-local minutes as stored ("2026-11-23T10:00:00+08:00" → "2026-11-23 10:00").
  return { code: 'complainant-communication-required', params: { solutionAt: (ctx.solutionReadyAt ?? '').slice(0, 16).replace('T', ' ') } };
}

const ACTIVE: readonly WorkflowState[] = [
  'graded',
  'investigating',
  'solution',
  'approval',
  'communicating',
  'implementing',
  'feedback',
  'evaluating',
  'escalated',
];

export const TRANSITIONS: Table = {
  verify: {
    from: ['registered'],
    apply: (c) => ({ next: 'verified', patch: {}, stamp: ['acceptedAt'], event: { kind: 'verify', note: c.note } }),
  },
  reject: {
    from: ['registered'],
    guard: (c) => needsText(c.reason, 'reason-required'),
    apply: (c) => ({
      next: 'rejected',
      patch: { rejection: { kind: c.kind, reason: c.reason.trim() } },
      stamp: ['acceptedAt'],
      event: { kind: 'reject', note: c.reason.trim(), params: { rejectionKind: c.kind } },
    }),
  },
  reinstate: {
    from: ['rejected'],
    guard: (c) => needsText(c.reason, 'reason-required'),
    apply: (c) => ({ next: 'verified', patch: {}, clear: ['rejection'], event: { kind: 'reinstate', note: c.reason.trim() } }),
  },
  grade: {
    from: ['verified'],
    guard: (c, ctx) =>
      c.level !== ctx.suggestedLevel && !(c.reason && c.reason.trim())
        ? { code: 'override-reason-required', params: { suggested: ctx.suggestedLevel } }
        : null,
    apply: (c, ctx) => ({
      next: 'graded',
      patch: { level: c.level },
      stamp: c.level === 1 ? ['gradedAt', 'levelOneAt'] : ['gradedAt'],
      event: { kind: 'grade', note: c.reason?.trim() || undefined, params: { level: c.level, suggested: ctx.suggestedLevel } },
    }),
  },
  regrade: {
    from: ACTIVE,
    // Raising an incident to level 1 or taking it down from level 1 is the leading group's
    // decision: otherwise an operator could lower it, activate it and raise it again, and no
    // leader would ever have given the level-1 command.
    guard: (c, ctx) => {
      if (c.level === ctx.level) return { code: 'same-level', params: { level: c.level } };
      if ((c.level === 1 || ctx.level === 1) && !isLeader(ctx)) return { code: 'level1-regrade-needs-leader' };
      return needsText(c.reason, 'reason-required');
    },
    apply: (c, ctx, state) => ({
      next: state,
      patch: { level: c.level },
      stamp: c.level === 1 ? ['levelOneAt'] : [],
      event: { kind: 'regrade', note: c.reason.trim(), params: { from: ctx.level ?? 0, level: c.level } },
    }),
  },
  activateResponse: {
    from: ['graded'],
    guard: (_c, ctx) => (ctx.level === 1 && !isLeader(ctx) ? { code: 'level1-activation-needs-leader' } : null),
    apply: (c, ctx) => ({
      next: 'investigating',
      patch: {},
      stamp: ['activatedAt'],
      event: { kind: 'activateResponse', note: c.note, params: { level: ctx.level ?? 0 } },
    }),
  },
  completeInvestigation: {
    from: ['investigating'],
    guard: (c) => needsText(c.findings, 'findings-required'),
    apply: (c) => ({
      next: 'solution',
      patch: { investigationFindings: c.findings.trim() },
      stamp: ['investigationDoneAt'],
      event: { kind: 'completeInvestigation', note: c.findings.trim() },
    }),
  },
  submitSolution: {
    from: ['solution'],
    guard: (c) => needsText(c.solution, 'solution-required'),
    apply: (c, ctx) => {
      const needsApproval = ctx.level !== null && ctx.approvalLevels.includes(ctx.level);
      return {
        next: needsApproval ? 'approval' : 'communicating',
        patch: { solution: c.solution.trim() },
        stamp: needsApproval ? [] : ['solutionReadyAt'],
        event: { kind: 'submitSolution', note: c.solution.trim(), params: { approval: needsApproval ? 1 : 0 } },
      };
    },
  },
  approveSolution: {
    from: ['approval'],
    guard: (_c, ctx) => (isLeader(ctx) ? null : { code: 'approval-needs-leader' }),
    apply: (c) => ({ next: 'communicating', patch: {}, stamp: ['solutionReadyAt'], event: { kind: 'approveSolution', note: c.note } }),
  },
  returnSolution: {
    from: ['approval'],
    guard: (c, ctx) => (isLeader(ctx) ? needsText(c.reason, 'reason-required') : { code: 'approval-needs-leader' }),
    apply: (c) => ({ next: 'solution', patch: {}, event: { kind: 'returnSolution', note: c.reason.trim() } }),
  },
  startImplementation: {
    from: ['communicating'],
    guard: (_c, ctx) => agreementMissing(ctx),
    apply: (c) => ({ next: 'implementing', patch: {}, event: { kind: 'startImplementation', note: c.note } }),
  },
  completeImplementation: {
    from: ['implementing'],
    apply: (c) => ({ next: 'feedback', patch: {}, event: { kind: 'completeImplementation', note: c.note } }),
  },
  recordFeedback: {
    from: ['feedback'],
    guard: (c, ctx) => needsText(c.feedback, 'feedback-required') ?? unknownComplainant(c.complaintId, ctx),
    apply: (c, ctx): Applied => {
      const feedback = c.feedback.trim();
      if (c.complaintId === undefined) {
        return { next: 'evaluating', patch: { feedback }, stamp: ['feedbackAt'], event: { kind: 'recordFeedback', note: feedback } };
      }
      // 群体投诉: the stage is done once every complainant has heard the result.
      const results = withResult(ctx.complainants ?? [], c.complaintId, { feedback });
      const done = everyoneFedBack(results);
      return {
        next: done ? 'evaluating' : 'feedback',
        patch: { complainantResults: results },
        stamp: done ? ['feedbackAt'] : [],
        event: { kind: 'recordFeedback', note: feedback, params: { complaint: c.complaintId, context: 'complainant' } },
      };
    },
  },
  recordSatisfaction: {
    from: ['evaluating'],
    guard: (c, ctx) => unknownComplainant(c.complaintId, ctx),
    apply: (c, ctx): Applied => {
      // A third party's outcome from before this result does not answer a new dissatisfaction.
      const escalation: Transition['clear'] = c.satisfaction === 'unsatisfied' ? ['escalation'] : [];
      if (c.complaintId === undefined) {
        // For everyone at once: nobody keeps an answer of their own.
        const results = ctx.complainants?.map(({ satisfaction: _, ...rest }) => rest);
        return {
          next: 'evaluating',
          patch: { satisfaction: c.satisfaction, ...(results ? { complainantResults: results } : {}) },
          clear: escalation,
          event: { kind: 'recordSatisfaction', note: c.note, params: { satisfaction: c.satisfaction } },
        };
      }
      const results = withResult(ctx.complainants ?? [], c.complaintId, { satisfaction: c.satisfaction });
      const overall = overallSatisfaction(results);
      return {
        next: 'evaluating',
        patch: { complainantResults: results, ...(overall ? { satisfaction: overall } : {}) },
        clear: overall ? escalation : [...escalation, 'satisfaction'],
        event: {
          kind: 'recordSatisfaction',
          note: c.note,
          params: { satisfaction: c.satisfaction, complaint: c.complaintId, context: 'complainant' },
        },
      };
    },
  },
  close: {
    from: ['evaluating'],
    guard: (c, ctx) => {
      if (!ctx.feedbackRecorded) return { code: 'feedback-missing' };
      if (!ctx.satisfaction) return { code: 'satisfaction-missing' };
      if (ctx.satisfaction === 'unsatisfied' && !ctx.escalationResolved) return { code: 'complainant-unsatisfied' };
      // Closing leaves nobody's work hanging: what is still open is withdrawn, with a reason, or the
      // incident stays open until it is done.
      if (ctx.openInstructions > 0 && !c.cancelReason?.trim())
        return { code: 'open-instructions', params: { count: ctx.openInstructions } };
      return null;
    },
    apply: (c, ctx) => ({
      next: 'closed',
      patch: {},
      stamp: ['closedAt'],
      event: { kind: 'close', note: c.note, params: ctx.openInstructions > 0 ? { cancelled: ctx.openInstructions } : undefined },
    }),
  },
  reopen: {
    from: ['evaluating', 'closed'],
    guard: (c) => needsText(c.reason, 'reason-required'),
    apply: (c) => ({
      next: 'solution',
      patch: {},
      stamp: ['reopenedAt'],
      // The new round's feedback is given again: the old text must not count as "feedback
      // recorded", or a third party's outcome would skip implementation and feedback.
      clear: ['solutionReadyAt', 'feedbackAt', 'closedAt', 'satisfaction', 'escalation', 'feedback', 'complainantResults'],
      event: { kind: 'reopen', note: c.reason.trim() },
    }),
  },
  escalate: {
    from: ['evaluating', 'communicating'],
    guard: (c) => needsText(c.reason, 'reason-required'),
    apply: (c) => ({
      next: 'escalated',
      patch: { escalation: { route: c.route } },
      event: { kind: 'escalate', note: c.reason.trim(), params: { route: c.route } },
    }),
  },
  resolveEscalation: {
    from: ['escalated'],
    guard: (c) => needsText(c.outcome, 'outcome-required'),
    apply: (c, ctx) => ({
      // Before feedback, the outcome goes back to negotiation with the complainant (and so needs a
      // recorded communication before implementation); after feedback, to the evaluation.
      next: ctx.feedbackRecorded ? 'evaluating' : 'communicating',
      patch: { escalation: { route: ctx.escalationRoute ?? 'mediation', outcome: c.outcome.trim() } },
      event: { kind: 'resolveEscalation', note: c.outcome.trim() },
    }),
  },
};

/**
 * How long each text a command carries may be: a note or reason said with a step, or the prose
 * of findings, a solution, the feedback and an escalation's outcome. The refusal names the field
 * (`<field>-too-long`).
 */
export const COMMAND_TEXT_MAX = {
  note: TEXT_LIMITS.note,
  reason: TEXT_LIMITS.note,
  findings: TEXT_LIMITS.prose,
  solution: TEXT_LIMITS.prose,
  feedback: TEXT_LIMITS.prose,
  outcome: TEXT_LIMITS.prose,
  cancelReason: TEXT_LIMITS.note,
} as const;

function overlongText(command: Command): Refusal | null {
  for (const [field, max] of Object.entries(COMMAND_TEXT_MAX)) {
    const value = (command as Partial<Record<string, unknown>>)[field];
    if (typeof value === 'string' && isTooLong(value, max)) return { code: `${field}-too-long`, params: { max } };
  }
  return null;
}

export function transition(state: WorkflowState, command: Command, context: WorkflowContext): TransitionResult {
  const rule = TRANSITIONS[command.type] as Rule<Command>;
  if (!rule.from.includes(state)) {
    return { ok: false, refusal: { code: 'not-allowed-in-state', params: { state, command: command.type } } };
  }
  const refusal = rule.guard?.(command, context) ?? overlongText(command);
  if (refusal) return { ok: false, refusal };
  const result = rule.apply(command, context, state);
  return { ok: true, value: { stamp: [], clear: [], ...result } };
}

/** Commands that may be given in a state (guards aside): what the detail view offers. */
export function commandsFrom(state: WorkflowState): CommandType[] {
  return (Object.keys(TRANSITIONS) as CommandType[]).filter((type) => TRANSITIONS[type].from.includes(state));
}

export const isOpen = (state: WorkflowState) => state !== 'closed' && state !== 'rejected';
