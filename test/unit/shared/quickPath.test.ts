// 当场解决: the steps a level-3 complaint settled on the spot goes through, decided by the
// workflow itself, and the refusals that keep the quick path from being a way round it.
import { describe, expect, it } from 'vitest';
import { quickPathSteps, QuickOutcomeSchema, type QuickOutcome } from '@shared/quickPath';
import { actor } from './workflowHarness';

const settled: QuickOutcome = {
  result: '当场核对小票，退还多收的 12 元。',
  feedback: '已向投诉人说明原因并退款，投诉人表示接受。',
  satisfaction: 'satisfied',
};
const staff = { actor: actor('staff'), approvalLevels: [1, 2] as const };

const kinds = (decision: ReturnType<typeof quickPathSteps>) =>
  decision.ok ? decision.steps.map((s) => (s.kind === 'command' ? s.command.type : 'communication')) : decision.refusal.code;

describe('the quick path (当场解决)', () => {
  it('walks a level-3 complaint through every stage to closed, with the on-the-spot talk as its communication', () => {
    const decision = quickPathSteps({ outcome: settled, suggestedLevel: 3, context: staff });
    expect(kinds(decision)).toEqual([
      'verify',
      'grade',
      'activateResponse',
      'completeInvestigation',
      'submitSolution',
      'communication',
      'startImplementation',
      'completeImplementation',
      'recordFeedback',
      'recordSatisfaction',
      'close',
    ]);
    if (!decision.ok) return;
    const commands = decision.steps.flatMap((s) => (s.kind === 'command' ? [s] : []));
    expect(commands.map((s) => s.from)[0]).toBe('registered');
    expect(commands.at(-1)!.transition.next).toBe('closed');
    expect(commands.find((s) => s.command.type === 'grade')!.transition.patch.level).toBe(3);
    expect(commands.find((s) => s.command.type === 'recordFeedback')!.transition.patch.feedback).toBe(settled.feedback);
  });

  it('refuses a complaint the rules grade level 1 or 2', () => {
    for (const level of [1, 2] as const) {
      const decision = quickPathSteps({ outcome: settled, suggestedLevel: level, context: staff });
      expect(decision).toEqual({ ok: false, refusal: { code: 'quick-path-level', params: { suggested: level } } });
    }
  });

  it('takes the approval stage where the plan asks the leader to approve level 3, and only a leader may', () => {
    const leader = quickPathSteps({ outcome: settled, suggestedLevel: 3, context: { actor: actor('leader'), approvalLevels: [3] } });
    expect(kinds(leader)).toContain('approveSolution');
    const operator = quickPathSteps({ outcome: settled, suggestedLevel: 3, context: { actor: actor('staff'), approvalLevels: [3] } });
    expect(operator).toEqual({ ok: false, refusal: { code: 'approval-needs-leader' } });
  });

  it('refuses to close when the complainant is not satisfied, as the workflow does', () => {
    const decision = quickPathSteps({ outcome: { ...settled, satisfaction: 'unsatisfied' }, suggestedLevel: 3, context: staff });
    expect(decision).toEqual({ ok: false, refusal: { code: 'complainant-unsatisfied' } });
  });

  it('asks for the result, the feedback and the satisfaction', () => {
    const parsed = QuickOutcomeSchema.safeParse({ result: ' ', feedback: '', satisfaction: '' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]))).toEqual({
      result: 'validation.required',
      feedback: 'validation.required',
      satisfaction: 'validation.choose',
    });
  });
});
