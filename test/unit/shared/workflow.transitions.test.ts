// Every move of the response workflow (应急响应流程): from each state a command may be given in,
// the stage it leads to, the milestones it stamps, what it records on the incident and the
// timeline entry it writes.
import { describe, expect, it } from 'vitest';
import {
  transition,
  type Command,
  type IncidentPatch,
  type MilestoneKey,
  type WorkflowContext,
  type WorkflowState,
} from '@shared/workflow';
import { context, VALID } from './workflowHarness';

type Case = {
  name: string;
  command: Command;
  from: WorkflowState[];
  /** 'same' for commands that keep the incident where it is. */
  next: WorkflowState | 'same';
  stamp: MilestoneKey[];
  patch: IncidentPatch;
  clear?: string[];
  ctx?: Partial<WorkflowContext>;
  params?: Record<string, string | number>;
};

const ACTIVE: WorkflowState[] = [
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

const CASES: Case[] = [
  {
    name: 'verifying a registration accepts it',
    command: VALID.verify,
    from: ['registered'],
    next: 'verified',
    stamp: ['acceptedAt'],
    patch: {},
  },
  {
    name: 'rejecting a registration as special records the kind and reason, and still stops the acceptance clock',
    command: { type: 'reject', kind: 'special', reason: '  重复投诉 ' },
    from: ['registered'],
    next: 'rejected',
    stamp: ['acceptedAt'],
    patch: { rejection: { kind: 'special', reason: '重复投诉' } },
    params: { rejectionKind: 'special' },
  },
  {
    name: 'reinstating a rejected complaint makes it verified again and drops the rejection',
    command: VALID.reinstate,
    from: ['rejected'],
    next: 'verified',
    stamp: [],
    patch: {},
    clear: ['rejection'],
  },
  {
    name: 'grading as suggested sets the level',
    command: { type: 'grade', level: 2 },
    from: ['verified'],
    next: 'graded',
    stamp: ['gradedAt'],
    patch: { level: 2 },
    params: { level: 2, suggested: 2 },
  },
  {
    name: 'grading level 1 also starts the report-to-the-leading-group clock',
    command: { type: 'grade', level: 1 },
    from: ['verified'],
    next: 'graded',
    stamp: ['gradedAt', 'levelOneAt'],
    patch: { level: 1 },
    ctx: { suggestedLevel: 1 },
    params: { level: 1, suggested: 1 },
  },
  {
    name: 'regrading to level 3 keeps the stage and stamps nothing',
    command: { type: 'regrade', level: 3, reason: '影响已消除' },
    from: ACTIVE,
    next: 'same',
    stamp: [],
    patch: { level: 3 },
    params: { from: 2, level: 3 },
  },
  {
    name: 'regrading up to level 1 keeps the stage and starts the report clock',
    command: { type: 'regrade', level: 1, reason: '媒体开始关注' },
    from: ACTIVE,
    next: 'same',
    stamp: ['levelOneAt'],
    patch: { level: 1 },
    params: { from: 2, level: 1 },
  },
  {
    name: 'activating the response starts the investigation',
    command: VALID.activateResponse,
    from: ['graded'],
    next: 'investigating',
    stamp: ['activatedAt'],
    patch: {},
    params: { level: 2 },
  },
  {
    name: 'completing the investigation records the findings and moves to the solution',
    command: { type: 'completeInvestigation', findings: ' 加油机计量误差超标 ' },
    from: ['investigating'],
    next: 'solution',
    stamp: ['investigationDoneAt'],
    patch: { investigationFindings: '加油机计量误差超标' },
  },
  {
    name: 'a level-2 solution goes to the leading group for approval',
    command: VALID.submitSolution,
    from: ['solution'],
    next: 'approval',
    stamp: [],
    patch: { solution: '赔礼道歉并退还差额' },
    params: { approval: 1 },
  },
  {
    name: 'a level-3 solution needs no approval: it is ready and communication starts',
    command: VALID.submitSolution,
    from: ['solution'],
    next: 'communicating',
    stamp: ['solutionReadyAt'],
    patch: { solution: '赔礼道歉并退还差额' },
    ctx: { level: 3 },
    params: { approval: 0 },
  },
  {
    name: 'approving the solution makes it ready and starts communication',
    command: VALID.approveSolution,
    from: ['approval'],
    next: 'communicating',
    stamp: ['solutionReadyAt'],
    patch: {},
  },
  {
    name: 'returning the solution sends it back for redrafting',
    command: VALID.returnSolution,
    from: ['approval'],
    next: 'solution',
    stamp: [],
    patch: {},
  },
  {
    name: 'implementation starts after the complainant was contacted',
    command: VALID.startImplementation,
    from: ['communicating'],
    next: 'implementing',
    stamp: [],
    patch: {},
  },
  {
    name: 'completing the implementation moves to feedback',
    command: VALID.completeImplementation,
    from: ['implementing'],
    next: 'feedback',
    stamp: [],
    patch: {},
  },
  {
    name: 'recording the feedback to the complainant moves to evaluation',
    command: VALID.recordFeedback,
    from: ['feedback'],
    next: 'evaluating',
    stamp: ['feedbackAt'],
    patch: { feedback: '已电话告知处理结果' },
  },
  {
    name: 'recording satisfaction keeps the incident under evaluation',
    command: { type: 'recordSatisfaction', satisfaction: 'unsatisfied' },
    from: ['evaluating'],
    next: 'evaluating',
    stamp: [],
    patch: { satisfaction: 'unsatisfied' },
    params: { satisfaction: 'unsatisfied' },
    // an earlier third-party outcome does not answer this new dissatisfaction
    clear: ['escalation'],
  },
  { name: 'closing a satisfied complaint', command: VALID.close, from: ['evaluating'], next: 'closed', stamp: ['closedAt'], patch: {} },
  {
    name: 'reopening goes back to the solution and clears what the new round must redo',
    command: VALID.reopen,
    from: ['evaluating', 'closed'],
    next: 'solution',
    stamp: ['reopenedAt'],
    patch: {},
    clear: ['solutionReadyAt', 'feedbackAt', 'closedAt', 'satisfaction', 'escalation', 'feedback', 'complainantResults'],
  },
  {
    name: 'escalating to arbitration records the route',
    command: VALID.escalate,
    from: ['evaluating', 'communicating'],
    next: 'escalated',
    stamp: [],
    patch: { escalation: { route: 'arbitration' } },
    params: { route: 'arbitration' },
  },
  {
    name: 'a third-party outcome after feedback goes back to evaluation',
    command: VALID.resolveEscalation,
    from: ['escalated'],
    next: 'evaluating',
    stamp: [],
    patch: { escalation: { route: 'arbitration', outcome: '仲裁裁决退还差额' } },
    ctx: { escalationRoute: 'arbitration', escalationResolved: false },
  },
  {
    name: 'a third-party outcome before any feedback goes back to negotiation with the complainant',
    command: VALID.resolveEscalation,
    from: ['escalated'],
    next: 'communicating',
    stamp: [],
    patch: { escalation: { route: 'mediation', outcome: '仲裁裁决退还差额' } },
    ctx: { escalationRoute: 'mediation', escalationResolved: false, feedbackRecorded: false },
  },
];

describe('the response workflow moves', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      for (const from of c.from) {
        it(`from ${from}`, () => {
          const result = transition(from, c.command, context(c.ctx));
          if (!result.ok) throw new Error(`refused: ${result.refusal.code}`);
          const t = result.value;
          expect(t.next).toBe(c.next === 'same' ? from : c.next);
          expect([...t.stamp].sort()).toEqual([...c.stamp].sort());
          expect(t.patch).toEqual(c.patch);
          expect([...t.clear].sort()).toEqual([...(c.clear ?? [])].sort());
          expect(t.event.kind).toBe(c.command.type);
          if (c.params) expect(t.event.params).toEqual(c.params);
        });
      }
    });
  }

  it('covers every command of the machine', () => {
    expect(new Set(CASES.map((c) => c.command.type))).toEqual(new Set(Object.keys(VALID)));
  });

  it('writes the trimmed reason or text on the timeline entry', () => {
    const result = transition('registered', { type: 'reject', kind: 'invalid', reason: '  不属于受理范围  ' }, context());
    expect(result.ok && result.value.event.note).toBe('不属于受理范围');
  });

  it('keeps the override reason of a grade on the timeline, and names the suggestion it departed from', () => {
    const result = transition('verified', { type: 'grade', level: 1, reason: ' 涉及多家媒体 ' }, context({ suggestedLevel: 3 }));
    if (!result.ok) throw new Error(result.refusal.code);
    expect(result.value.event).toEqual({ kind: 'grade', note: '涉及多家媒体', params: { level: 1, suggested: 3 } });
  });

  it('keeps the route the incident was escalated by when the outcome is recorded', () => {
    const result = transition(
      'escalated',
      { type: 'resolveEscalation', outcome: '由市场监管部门调解' },
      context({ escalationRoute: 'authorities', escalationResolved: false }),
    );
    expect(result.ok && result.value.patch.escalation).toEqual({ route: 'authorities', outcome: '由市场监管部门调解' });
  });
});
