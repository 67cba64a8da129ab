// Every word the domain can put on screen has a sentence in both languages: a state, command,
// refusal, clock or grading reason without one would show a raw key to the operator.
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { CLOCKED_STAGES } from '@shared/plan';
import {
  COMMAND_TEXT_MAX,
  WORKFLOW_STATES,
  TRANSITIONS,
  transition,
  type Command,
  type CommandType,
  type WorkflowContext,
} from '@shared/workflow';
import { gradeSuggestion } from '@shared/grading';
import { en } from '../../../renderer/i18n/en';
import { zhCN } from '../../../renderer/i18n/zh-CN';

const STATUSES = ['not-started', 'on-time', 'due-soon', 'overdue', 'met', 'missed', 'calendar-missing'];

function leafKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value as object, `${prefix}${key}.`),
  );
}

/** Every refusal code the machine gives, collected by trying every command in every state with bare input. */
function refusalCodes(): Set<string> {
  const codes = new Set<string>();
  const bare: Record<CommandType, Command> = {
    verify: { type: 'verify' },
    reject: { type: 'reject', kind: 'invalid', reason: '' },
    reinstate: { type: 'reinstate', reason: '' },
    grade: { type: 'grade', level: 1 },
    regrade: { type: 'regrade', level: 1, reason: '' },
    activateResponse: { type: 'activateResponse' },
    completeInvestigation: { type: 'completeInvestigation', findings: '' },
    submitSolution: { type: 'submitSolution', solution: '' },
    approveSolution: { type: 'approveSolution' },
    returnSolution: { type: 'returnSolution', reason: '' },
    startImplementation: { type: 'startImplementation' },
    completeImplementation: { type: 'completeImplementation' },
    recordFeedback: { type: 'recordFeedback', feedback: '' },
    recordSatisfaction: { type: 'recordSatisfaction', satisfaction: 'unsatisfied' },
    close: { type: 'close' },
    reopen: { type: 'reopen', reason: '' },
    escalate: { type: 'escalate', route: 'mediation', reason: '' },
    resolveEscalation: { type: 'resolveEscalation', outcome: '' },
  };
  const contexts: WorkflowContext[] = [
    {
      actor: { id: 's', name: 's', role: 'staff' },
      level: 1,
      suggestedLevel: 3,
      approvalLevels: [1],
      communications: [],
      openInstructions: 0,
      feedbackRecorded: false,
      escalationResolved: false,
    },
    {
      actor: { id: 's', name: 's', role: 'staff' },
      level: 1,
      suggestedLevel: 3,
      approvalLevels: [1],
      communications: [],
      openInstructions: 0,
      feedbackRecorded: true,
      escalationResolved: false,
    },
    {
      actor: { id: 's', name: 's', role: 'staff' },
      level: 1,
      suggestedLevel: 3,
      approvalLevels: [1],
      // A call to an outside body before any solution: not the complainants' agreement.
      communications: [{ party: 'outside-body', at: '2026-11-23T09:00:00+08:00' }],
      solutionReadyAt: '2026-11-25T11:00:00+08:00',
      openInstructions: 0,
      feedbackRecorded: true,
      satisfaction: 'unsatisfied',
      escalationResolved: false,
    },
    {
      actor: { id: 's', name: 's', role: 'staff' },
      level: 1,
      suggestedLevel: 3,
      approvalLevels: [1],
      communications: [],
      openInstructions: 2,
      feedbackRecorded: true,
      satisfaction: 'satisfied',
      escalationResolved: false,
    },
  ];
  // The same commands with each text they can carry far too long.
  const overlong = (type: CommandType) =>
    Object.keys(COMMAND_TEXT_MAX).map((field) => ({ ...bare[type], reason: '理由', [field]: '长'.repeat(10_000) }) as Command);
  for (const state of WORKFLOW_STATES)
    for (const type of Object.keys(TRANSITIONS) as CommandType[])
      for (const context of contexts)
        for (const command of [bare[type], ...overlong(type)]) {
          const result = transition(state, command, context);
          if (!result.ok) codes.add(result.refusal.code);
        }
  return codes;
}

describe('the language catalogs', () => {
  it('have the same keys in Chinese and English', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(zhCN).sort());
  });

  it('name every stage, command, clock and grading reason in both languages', async () => {
    const reasons = gradeSuggestion(
      {
        mediaAttention: true,
        injury: true,
        regulatorInvolved: true,
        repeatComplaint: true,
        amountAtStake: 1e9,
        peopleInvolved: 1000,
        urgency: 'urgent',
      },
      { groupPeople: 5, largeGroupPeople: 30, amountLevel2: 1, amountLevel1: 2 },
    ).reasons.map((r) => r.code);
    const required = [
      ...WORKFLOW_STATES.map((s) => `state.${s}`),
      ...Object.keys(TRANSITIONS).flatMap((c) => [`command.${c}`, `timeline.${c}`]),
      ...CLOCKED_STAGES.map((s) => `clock.stage.${s}`),
      ...STATUSES.map((s) => `clock.status.${s}`),
      ...[...reasons, 'group', 'amount', 'routine'].map((r) => `grading.reason.${r}`),
      ...[...refusalCodes(), 'incident-not-found', 'incident-not-open', 'storage-failed', 'validation'].map((c) => `refusal.${c}`),
    ];
    for (const [lng, catalog] of [
      ['zh-CN', zhCN],
      ['en', en],
    ] as const) {
      const t = i18next.createInstance();
      await t.init({ lng, resources: { [lng]: { translation: catalog } } });
      const missing = required.filter((key) => !t.exists(key));
      expect(missing, lng).toEqual([]);
    }
  });
});
