// Helpers for the workflow tests: actors, a permissive context, one valid command of each type,
// and a tiny in-memory incident that applies transitions the way the repository does (patch,
// stamp, clear), so journeys can be followed step by step.
import type { Actor, Milestones, Role } from '@shared/model';
import type { Level } from '@shared/plan';
import {
  transition,
  type Command,
  type CommandType,
  type CommunicationFact,
  type IncidentPatch,
  type Refusal,
  type TransitionResult,
  type WorkflowContext,
  type WorkflowState,
} from '@shared/workflow';

export const actor = (role: Role): Actor => ({ id: `${role}-id`, name: `${role}-name`, role });

/** A context in which every guard passes (a leader, everything recorded, the complainant satisfied). */
export function context(overrides: Partial<WorkflowContext> = {}): WorkflowContext {
  return {
    actor: actor('leader'),
    level: 2,
    suggestedLevel: 2,
    approvalLevels: [1, 2],
    solutionReadyAt: '2026-11-25T11:00:00+08:00',
    communications: [{ party: 'complainant', at: '2026-11-25T14:00:00+08:00' }],
    openInstructions: 0,
    feedbackRecorded: true,
    satisfaction: 'satisfied',
    escalationRoute: 'mediation',
    escalationResolved: true,
    ...overrides,
  };
}

/** One well-formed command of each type; with context() every one passes its guard. */
export const VALID: { [K in CommandType]: Extract<Command, { type: K }> } = {
  verify: { type: 'verify', note: '经核实情况属实' },
  reject: { type: 'reject', kind: 'special', reason: '重复投诉' },
  reinstate: { type: 'reinstate', reason: '复核后确认有效' },
  grade: { type: 'grade', level: 2 },
  regrade: { type: 'regrade', level: 1, reason: '媒体开始关注' },
  activateResponse: { type: 'activateResponse', note: '启动响应' },
  completeInvestigation: { type: 'completeInvestigation', findings: '加油机计量误差超标' },
  submitSolution: { type: 'submitSolution', solution: '赔礼道歉并退还差额' },
  approveSolution: { type: 'approveSolution', note: '同意' },
  returnSolution: { type: 'returnSolution', reason: '补偿标准需复核' },
  startImplementation: { type: 'startImplementation' },
  completeImplementation: { type: 'completeImplementation' },
  recordFeedback: { type: 'recordFeedback', feedback: '已电话告知处理结果' },
  recordSatisfaction: { type: 'recordSatisfaction', satisfaction: 'satisfied' },
  close: { type: 'close' },
  reopen: { type: 'reopen', reason: '投诉人再次反映' },
  escalate: { type: 'escalate', route: 'arbitration', reason: '双方协商未果' },
  resolveEscalation: { type: 'resolveEscalation', outcome: '仲裁裁决退还差额' },
};

export const COMMAND_TYPES = Object.keys(VALID) as CommandType[];

export function refusalOf(result: TransitionResult): Refusal {
  if (result.ok) throw new Error(`expected a refusal, got a transition to ${result.value.next}`);
  return result.refusal;
}

export function refusalCode(state: WorkflowState, command: Command, ctx: WorkflowContext): string {
  return refusalOf(transition(state, command, ctx)).code;
}

// ——— an in-memory incident ———

export type TestIncident = IncidentPatch & {
  state: WorkflowState;
  milestones: Milestones;
  communications: CommunicationFact[];
  timeline: CommandType[];
};

export function newIncident(receivedAt = '2026-11-23T09:00:00+08:00'): TestIncident {
  return { state: 'registered', milestones: { receivedAt }, communications: [], timeline: [] };
}

export type Seat = { actor: Actor; suggestedLevel?: Level; approvalLevels?: readonly Level[]; at: string };

/** Gives a command as the repository would: context from the record, then patch, stamp and clear. */
export function give(incident: TestIncident, command: Command, seat: Seat): TransitionResult {
  const result = transition(incident.state, command, {
    actor: seat.actor,
    level: incident.level ?? null,
    suggestedLevel: seat.suggestedLevel ?? 2,
    approvalLevels: seat.approvalLevels ?? [1, 2],
    communications: incident.communications,
    solutionReadyAt: incident.milestones.solutionReadyAt,
    openInstructions: 0,
    feedbackRecorded: Boolean(incident.feedback),
    satisfaction: incident.satisfaction,
    escalationRoute: incident.escalation?.route,
    escalationResolved: Boolean(incident.escalation?.outcome),
  });
  if (!result.ok) return result;
  const { next, patch, stamp, clear, event } = result.value;
  Object.assign(incident, patch);
  incident.state = next;
  for (const key of stamp) incident.milestones[key] = seat.at;
  for (const key of clear) {
    if (key in incident.milestones) delete incident.milestones[key as keyof Milestones];
    else delete incident[key as keyof IncidentPatch];
  }
  incident.timeline.push(event.kind);
  return result;
}

/** Like give, but the test fails at once if the command is refused. */
export function must(incident: TestIncident, command: Command, seat: Seat): void {
  const result = give(incident, command, seat);
  if (!result.ok) throw new Error(`${command.type} refused in ${incident.state}: ${result.refusal.code}`);
}
