// The action forms and the state machine must agree: a form filled in completely gives its
// command everything the machine asks for, so a refusal can only be about the situation.
import { describe, expect, it } from 'vitest';
import { TRANSITIONS, transition, type CommandType, type WorkflowContext } from '@shared/workflow';
import { buildCommand, COMMAND_FIELDS, initialValues } from '../../../renderer/features/incidents/commandForms';

const leaderContext: WorkflowContext = {
  actor: { id: 'l', name: '王建国', role: 'leader' },
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
};

describe('the action forms', () => {
  it.each(Object.keys(TRANSITIONS) as CommandType[])('fill in %s completely enough for the state machine', (type) => {
    const values = initialValues(type, 1);
    for (const field of COMMAND_FIELDS[type]) if (field.kind === 'text' || field.kind === 'textarea') values[field.name] = '已核实';
    const state = TRANSITIONS[type].from[0]!;
    const result = transition(state, buildCommand(type, values), leaderContext);
    expect(result.ok ? 'accepted' : result.refusal.code).toBe('accepted');
  });

  it('leave a required reason empty until the operator writes one, so the machine refuses', () => {
    const values = initialValues('reopen', 2);
    const result = transition('closed', buildCommand('reopen', values), leaderContext);
    expect(result.ok ? 'accepted' : result.refusal.code).toBe('reason-required');
  });
});
