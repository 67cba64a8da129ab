// 当场解决: a level-3 complaint settled while the complainant is still there. The console still
// walks every stage of the workflow, so the timeline reads as if each step had been taken by hand;
// this module decides the steps by running the machine itself, and refuses where it refuses.
import { z } from 'zod';
import type { Level } from './plan';
import { requiredText, TEXT_LIMITS } from './text';
import { transition, type Command, type Refusal, type Transition, type WorkflowContext, type WorkflowState } from './workflow';

/** What the quick-path form adds to the intake fields. */
export const QuickOutcomeSchema = z.object({
  /** 处理结果: what was done on the spot. */
  result: requiredText(TEXT_LIMITS.prose),
  /** 反馈: what the complainant was told, and why. */
  // Also the summary of the on-the-spot talk, so it is held to a note's length.
  feedback: requiredText(TEXT_LIMITS.note),
  satisfaction: z.enum(['satisfied', 'unsatisfied'], { error: 'validation.choose' }),
});
export type QuickOutcomeInput = z.input<typeof QuickOutcomeSchema>;
export type QuickOutcome = z.output<typeof QuickOutcomeSchema>;

/** The on-the-spot talk is the communication the workflow asks for before implementation. */
export type QuickStep = { kind: 'command'; command: Command; from: WorkflowState; transition: Transition } | { kind: 'communication' };

export type QuickPathInput = {
  outcome: QuickOutcome;
  /** The level the grading rules suggest for the complaint as registered. */
  suggestedLevel: Level;
  context: Pick<WorkflowContext, 'actor' | 'approvalLevels'>;
};
export type QuickPathDecision = { ok: true; steps: QuickStep[] } | { ok: false; refusal: Refusal };

const QUICK_LEVEL: Level = 3;
/** The machine only compares the steps' times with each other; at the desk they are one moment. */
const ON_THE_SPOT = '1970-01-01T00:00:00Z';

/** The commands, in order, that take a just-registered complaint to closed; or the first refusal. */
export function quickPathSteps({ outcome, suggestedLevel, context }: QuickPathInput): QuickPathDecision {
  // Only what the rules themselves call level 3: settling on the spot is no way round a grade.
  if (suggestedLevel !== QUICK_LEVEL) return { ok: false, refusal: { code: 'quick-path-level', params: { suggested: suggestedLevel } } };

  const wanted: (Command | 'communication')[] = [
    { type: 'verify' },
    { type: 'grade', level: QUICK_LEVEL },
    { type: 'activateResponse' },
    { type: 'completeInvestigation', findings: outcome.result },
    { type: 'submitSolution', solution: outcome.result },
    { type: 'approveSolution' },
    'communication',
    { type: 'startImplementation' },
    { type: 'completeImplementation' },
    { type: 'recordFeedback', feedback: outcome.feedback },
    { type: 'recordSatisfaction', satisfaction: outcome.satisfaction },
    { type: 'close' },
  ];

  let state: WorkflowState = 'registered';
  const ctx: WorkflowContext = {
    actor: context.actor,
    approvalLevels: context.approvalLevels,
    level: null,
    suggestedLevel,
    communications: [],
    // Nothing is issued between registration and closing on the spot.
    openInstructions: 0,
    feedbackRecorded: false,
    escalationResolved: false,
  };
  const steps: QuickStep[] = [];
  for (const step of wanted) {
    if (step === 'communication') {
      // Every step happens in the one moment at the desk; the talk is with the complainant, on
      // the solution just settled, so it is dated with it.
      ctx.communications = [{ party: 'complainant', at: ctx.solutionReadyAt ?? ON_THE_SPOT }];
      steps.push({ kind: 'communication' });
      continue;
    }
    // Approval is a stage only where the plan asks for it at this level.
    if (step.type === 'approveSolution' && state !== 'approval') continue;
    const result = transition(state, step, ctx);
    if (!result.ok) return { ok: false, refusal: result.refusal };
    const { next, patch } = result.value;
    steps.push({ kind: 'command', command: step, from: state, transition: result.value });
    state = next;
    if (patch.level !== undefined) ctx.level = patch.level;
    if (patch.feedback !== undefined) ctx.feedbackRecorded = true;
    if (patch.satisfaction !== undefined) ctx.satisfaction = patch.satisfaction;
    if (result.value.stamp.includes('solutionReadyAt')) ctx.solutionReadyAt = ON_THE_SPOT;
  }
  return { ok: true, steps };
}
