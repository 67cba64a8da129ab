// What the workflow refuses, and why: commands given in the wrong stage, by the wrong person, or
// without the text or records the plan requires.
import { describe, expect, it } from 'vitest';
import { commandsFrom, transition, WORKFLOW_STATES, type CommandType, type WorkflowState } from '@shared/workflow';
import { actor, COMMAND_TYPES, context, refusalCode, refusalOf, VALID } from './workflowHarness';

/** Where each command may be given, written from the plan's workflow (not read from the machine). */
const ALLOWED: Record<CommandType, WorkflowState[]> = {
  verify: ['registered'],
  reject: ['registered'],
  reinstate: ['rejected'],
  grade: ['verified'],
  regrade: ['graded', 'investigating', 'solution', 'approval', 'communicating', 'implementing', 'feedback', 'evaluating', 'escalated'],
  activateResponse: ['graded'],
  completeInvestigation: ['investigating'],
  submitSolution: ['solution'],
  approveSolution: ['approval'],
  returnSolution: ['approval'],
  startImplementation: ['communicating'],
  completeImplementation: ['implementing'],
  recordFeedback: ['feedback'],
  recordSatisfaction: ['evaluating'],
  close: ['evaluating'],
  reopen: ['evaluating', 'closed'],
  escalate: ['evaluating', 'communicating'],
  resolveEscalation: ['escalated'],
};

describe('commands given in the wrong stage', () => {
  it('are refused in every state they do not belong to, and accepted in every state they do', () => {
    for (const state of WORKFLOW_STATES) {
      for (const type of COMMAND_TYPES) {
        const result = transition(state, VALID[type], context());
        if (ALLOWED[type].includes(state)) {
          expect(result.ok, `${type} from ${state}`).toBe(true);
        } else {
          expect(result.ok, `${type} from ${state}`).toBe(false);
          expect(refusalOf(result), `${type} from ${state}`).toEqual({
            code: 'not-allowed-in-state',
            params: { state, command: type },
          });
        }
      }
    }
  });

  it('offers in each stage exactly the commands that may be given there', () => {
    for (const state of WORKFLOW_STATES) {
      const expected = COMMAND_TYPES.filter((type) => ALLOWED[type].includes(state));
      expect([...commandsFrom(state)].sort(), state).toEqual(expected.sort());
    }
  });

  it('offers nothing but reinstating for a rejected complaint, and nothing but reopening for a closed one', () => {
    expect(commandsFrom('rejected')).toEqual(['reinstate']);
    expect(commandsFrom('closed')).toEqual(['reopen']);
  });

  it('refuses a stage check before any guard: a member closing a registered complaint hears the stage, not the missing feedback', () => {
    expect(refusalCode('registered', VALID.close, context({ actor: actor('member'), feedbackRecorded: false }))).toBe(
      'not-allowed-in-state',
    );
  });
});

describe('who may activate a response and approve a solution', () => {
  it('refuses to activate a level-1 response for an ordinary operator or a group member', () => {
    for (const role of ['staff', 'member'] as const) {
      expect(refusalCode('graded', VALID.activateResponse, context({ actor: actor(role), level: 1 }))).toBe(
        'level1-activation-needs-leader',
      );
    }
  });

  it('lets the leader and a deputy activate a level-1 response', () => {
    for (const role of ['leader', 'deputy'] as const) {
      const result = transition('graded', VALID.activateResponse, context({ actor: actor(role), level: 1 }));
      expect(result.ok && result.value.next).toBe('investigating');
    }
  });

  it('lets the command office activate a level-2 or level-3 response', () => {
    for (const level of [2, 3] as const) {
      const result = transition('graded', VALID.activateResponse, context({ actor: actor('staff'), level }));
      expect(result.ok && result.value.next, `level ${level}`).toBe('investigating');
    }
  });

  it('refuses approval or return of a solution by anyone outside the leadership', () => {
    for (const role of ['staff', 'member'] as const) {
      expect(refusalCode('approval', VALID.approveSolution, context({ actor: actor(role) }))).toBe('approval-needs-leader');
      expect(refusalCode('approval', VALID.returnSolution, context({ actor: actor(role) }))).toBe('approval-needs-leader');
    }
  });

  it('lets a deputy approve or return a solution', () => {
    expect(transition('approval', VALID.approveSolution, context({ actor: actor('deputy') })).ok).toBe(true);
    expect(transition('approval', VALID.returnSolution, context({ actor: actor('deputy') })).ok).toBe(true);
  });
});

describe('grading against the suggestion', () => {
  it('refuses a grade other than the suggested one without a reason, naming the suggestion', () => {
    const result = transition('verified', { type: 'grade', level: 3 }, context({ suggestedLevel: 1 }));
    expect(refusalOf(result)).toEqual({ code: 'override-reason-required', params: { suggested: 1 } });
    expect(refusalCode('verified', { type: 'grade', level: 3, reason: '   ' }, context({ suggestedLevel: 1 }))).toBe(
      'override-reason-required',
    );
  });

  it('accepts an override with a reason', () => {
    const result = transition('verified', { type: 'grade', level: 3, reason: '涉事金额已退还' }, context({ suggestedLevel: 1 }));
    expect(result.ok && result.value.patch.level).toBe(3);
  });

  it('accepts the suggested grade without a reason', () => {
    const result = transition('verified', { type: 'grade', level: 1 }, context({ suggestedLevel: 1 }));
    expect(result.ok && result.value.patch.level).toBe(1);
  });

  it('refuses to regrade to the level the incident already has', () => {
    const result = transition('investigating', { type: 'regrade', level: 2, reason: '复核' }, context({ level: 2 }));
    expect(refusalOf(result)).toEqual({ code: 'same-level', params: { level: 2 } });
  });

  it('refuses a regrade without a reason', () => {
    expect(refusalCode('investigating', { type: 'regrade', level: 1, reason: ' ' }, context({ level: 2 }))).toBe('reason-required');
  });
});

describe('text the plan requires', () => {
  const blanks = ['', '   ', '\n\t'];
  const cases: [string, WorkflowState, (text: string) => Parameters<typeof transition>[1], string][] = [
    ['rejecting', 'registered', (reason) => ({ type: 'reject', kind: 'invalid', reason }), 'reason-required'],
    ['reinstating', 'rejected', (reason) => ({ type: 'reinstate', reason }), 'reason-required'],
    ['completing the investigation', 'investigating', (findings) => ({ type: 'completeInvestigation', findings }), 'findings-required'],
    ['submitting a solution', 'solution', (solution) => ({ type: 'submitSolution', solution }), 'solution-required'],
    ['returning a solution', 'approval', (reason) => ({ type: 'returnSolution', reason }), 'reason-required'],
    ['recording feedback', 'feedback', (feedback) => ({ type: 'recordFeedback', feedback }), 'feedback-required'],
    ['reopening', 'closed', (reason) => ({ type: 'reopen', reason }), 'reason-required'],
    ['escalating', 'communicating', (reason) => ({ type: 'escalate', route: 'mediation', reason }), 'reason-required'],
    ['recording a third-party outcome', 'escalated', (outcome) => ({ type: 'resolveEscalation', outcome }), 'outcome-required'],
  ];
  for (const [name, state, command, code] of cases) {
    it(`refuses ${name} with an empty or blank text (${code})`, () => {
      for (const blank of blanks) expect(refusalCode(state, command(blank), context())).toBe(code);
    });
  }
});

describe('records a stage needs first', () => {
  it('refuses to start implementation before any communication with the complainant is recorded', () => {
    expect(refusalCode('communicating', VALID.startImplementation, context({ communications: [] }))).toBe('communication-required');
  });

  it('refuses to start implementation when the only contact is a call to an outside body before the solution', () => {
    const refusal = refusalOf(
      transition(
        'communicating',
        VALID.startImplementation,
        context({
          solutionReadyAt: '2026-11-25T11:00:00+08:00',
          communications: [{ party: 'outside-body', at: '2026-11-24T16:00:00+08:00' }],
        }),
      ),
    );
    expect(refusal).toEqual({ code: 'complainant-communication-required', params: { solutionAt: '2026-11-25 11:00' } });
  });

  it('refuses to start implementation on a talk with the complainant from before the solution, or a call to an outside body after it', () => {
    const ctx = (party: 'complainant' | 'outside-body', at: string) =>
      context({ solutionReadyAt: '2026-11-25T11:00:20+08:00', communications: [{ party, at }] });
    expect(refusalCode('communicating', VALID.startImplementation, ctx('complainant', '2026-11-25T10:59:00+08:00'))).toBe(
      'complainant-communication-required',
    );
    expect(refusalCode('communicating', VALID.startImplementation, ctx('outside-body', '2026-11-25T15:00:00+08:00'))).toBe(
      'complainant-communication-required',
    );
    // Recorded to the minute: a talk in the solution's own minute is after it.
    expect(transition('communicating', VALID.startImplementation, ctx('complainant', '2026-11-25T11:00:00+08:00')).ok).toBe(true);
  });

  it('refuses to close while instructions are still open, unless they are withdrawn with a reason', () => {
    const open = context({ openInstructions: 2 });
    expect(refusalOf(transition('evaluating', VALID.close, open))).toEqual({ code: 'open-instructions', params: { count: 2 } });
    expect(refusalCode('evaluating', { type: 'close', cancelReason: '  ' }, open)).toBe('open-instructions');
    const closed = transition('evaluating', { type: 'close', cancelReason: '投诉人已满意，余下指令不再需要' }, open);
    expect(closed.ok && closed.value.next).toBe('closed');
    expect(closed.ok && closed.value.event.params).toEqual({ cancelled: 2 });
  });

  it('refuses to close without feedback to the complainant', () => {
    expect(refusalCode('evaluating', VALID.close, context({ feedbackRecorded: false }))).toBe('feedback-missing');
  });

  it('refuses to close before the complainant’s satisfaction is asked', () => {
    expect(refusalCode('evaluating', VALID.close, context({ satisfaction: undefined }))).toBe('satisfaction-missing');
  });

  it('refuses to close an unsatisfied complaint that has not been through a third party', () => {
    expect(
      refusalCode(
        'evaluating',
        VALID.close,
        context({ satisfaction: 'unsatisfied', escalationRoute: undefined, escalationResolved: false }),
      ),
    ).toBe('complainant-unsatisfied');
  });

  it('refuses to close an unsatisfied complaint while mediation is still open', () => {
    expect(refusalCode('evaluating', VALID.close, context({ satisfaction: 'unsatisfied', escalationResolved: false }))).toBe(
      'complainant-unsatisfied',
    );
  });

  it('closes a satisfied complaint', () => {
    const result = transition('evaluating', VALID.close, context({ satisfaction: 'satisfied', escalationResolved: false }));
    expect(result.ok && result.value.next).toBe('closed');
  });

  it('closes an unsatisfied complaint once the mediation or arbitration outcome is in', () => {
    const result = transition('evaluating', VALID.close, context({ satisfaction: 'unsatisfied', escalationResolved: true }));
    expect(result.ok && result.value.next).toBe('closed');
  });
});

describe('notes and prose longer than the console keeps', () => {
  const long = (n: number) => '述'.repeat(n);

  it('refuses a note or a reason over 2000 characters, naming the field, and takes one of 2000', () => {
    expect(refusalOf(transition('registered', { type: 'verify', note: long(2001) }, context()))).toEqual({
      code: 'note-too-long',
      params: { max: 2000 },
    });
    expect(refusalCode('registered', { type: 'reject', kind: 'invalid', reason: long(2001) }, context())).toBe('reason-too-long');
    expect(refusalCode('evaluating', { type: 'recordSatisfaction', satisfaction: 'satisfied', note: long(2001) }, context())).toBe(
      'note-too-long',
    );
    expect(transition('registered', { type: 'verify', note: long(2000) }, context()).ok).toBe(true);
  });

  it('refuses findings, a solution, the feedback or an outcome over 5000 characters', () => {
    expect(refusalOf(transition('investigating', { type: 'completeInvestigation', findings: long(5001) }, context()))).toEqual({
      code: 'findings-too-long',
      params: { max: 5000 },
    });
    expect(refusalCode('solution', { type: 'submitSolution', solution: long(5001) }, context())).toBe('solution-too-long');
    expect(refusalCode('feedback', { type: 'recordFeedback', feedback: long(5001) }, context())).toBe('feedback-too-long');
    expect(refusalCode('escalated', { type: 'resolveEscalation', outcome: long(5001) }, context())).toBe('outcome-too-long');
    expect(transition('investigating', { type: 'completeInvestigation', findings: long(5000) }, context()).ok).toBe(true);
  });

  it('still says first what is missing or who may act', () => {
    expect(refusalCode('registered', { type: 'reject', kind: 'invalid', reason: '  ' }, context())).toBe('reason-required');
    expect(refusalCode('approval', { type: 'returnSolution', reason: long(2001) }, context({ actor: actor('staff') }))).toBe(
      'approval-needs-leader',
    );
  });
});
