// Grade suggestion (分级建议) under the default plan's thresholds: every rule's level and reason,
// the most severe rule wins, and the boundaries the office will argue about.
import { describe, expect, it } from 'vitest';
import { defaultPlan } from '@shared/defaultPlan';
import { gradeCard, gradeSuggestion, needsRegrade, type GradingInput } from '@shared/grading';

const plan = defaultPlan('2026-01-05T09:00:00+08:00');
const thresholds = plan.grading;
const routine: GradingInput = {
  mediaAttention: false,
  injury: false,
  regulatorInvolved: false,
  repeatComplaint: false,
  amountAtStake: 0,
  peopleInvolved: 1,
  urgency: 'normal',
};
const suggest = (facts: Partial<GradingInput>) => gradeSuggestion({ ...routine, ...facts }, thresholds);
const codes = (facts: Partial<GradingInput>) => suggest(facts).reasons.map((r) => r.code);

describe('the default plan thresholds', () => {
  it('are 5 people for a group, 30 for a large group, 10 000 and 100 000 yuan', () => {
    expect(thresholds).toEqual({ groupPeople: 5, largeGroupPeople: 30, amountLevel2: 10_000, amountLevel1: 100_000 });
  });
});

describe('each grading rule', () => {
  it('suggests level 3 for a routine complaint, saying it is routine', () => {
    expect(suggest({})).toEqual({ level: 3, reasons: [{ code: 'routine', level: 3 }] });
  });

  it('suggests level 1 when someone was injured', () => {
    expect(suggest({ injury: true })).toEqual({ level: 1, reasons: [{ code: 'injury', level: 1 }] });
  });

  it('suggests level 1 when the media are paying attention', () => {
    expect(suggest({ mediaAttention: true })).toEqual({ level: 1, reasons: [{ code: 'media', level: 1 }] });
  });

  it('suggests level 2 for a group complaint, naming the people and the threshold', () => {
    expect(suggest({ peopleInvolved: 12 })).toEqual({
      level: 2,
      reasons: [{ code: 'group', level: 2, params: { people: 12, threshold: 5 } }],
    });
  });

  it('suggests level 1 for a large group, and does not also list it as an ordinary group', () => {
    expect(suggest({ peopleInvolved: 45 })).toEqual({
      level: 1,
      reasons: [{ code: 'large-group', level: 1, params: { people: 45, threshold: 30 } }],
    });
  });

  it('suggests level 2 for an amount at stake of 10 000 yuan or more', () => {
    expect(suggest({ amountAtStake: 25_000 })).toEqual({
      level: 2,
      reasons: [{ code: 'amount', level: 2, params: { amount: 25_000, threshold: 10_000 } }],
    });
  });

  it('suggests level 1 for a major amount of 100 000 yuan or more, listed once', () => {
    expect(suggest({ amountAtStake: 150_000 })).toEqual({
      level: 1,
      reasons: [{ code: 'amount-major', level: 1, params: { amount: 150_000, threshold: 100_000 } }],
    });
  });

  it('suggests level 2 when the regulator is involved (e.g. a 12315 transfer)', () => {
    expect(suggest({ regulatorInvolved: true })).toEqual({ level: 2, reasons: [{ code: 'regulator', level: 2 }] });
  });

  it('suggests level 2 for a repeat complaint', () => {
    expect(suggest({ repeatComplaint: true })).toEqual({ level: 2, reasons: [{ code: 'repeat', level: 2 }] });
  });

  it('suggests level 2 for an urgent complaint, but not for a fairly urgent one', () => {
    expect(suggest({ urgency: 'urgent' })).toEqual({ level: 2, reasons: [{ code: 'urgent', level: 2 }] });
    expect(suggest({ urgency: 'fairly-urgent' }).level).toBe(3);
  });
});

describe('several rules at once', () => {
  it('takes the most severe level and lists every reason', () => {
    const suggestion = suggest({ repeatComplaint: true, regulatorInvolved: true, mediaAttention: true });
    expect(suggestion.level).toBe(1);
    expect(suggestion.reasons.map((r) => r.code).sort()).toEqual(['media', 'regulator', 'repeat']);
  });

  it('stays at level 2 when every reason is level 2, and never says routine', () => {
    const suggestion = suggest({
      peopleInvolved: 6,
      amountAtStake: 20_000,
      regulatorInvolved: true,
      repeatComplaint: true,
      urgency: 'urgent',
    });
    expect(suggestion.level).toBe(2);
    expect(suggestion.reasons.map((r) => r.code).sort()).toEqual(['amount', 'group', 'regulator', 'repeat', 'urgent']);
  });
});

describe('boundaries', () => {
  it('treats 5 people as a group and 4 as not', () => {
    expect(codes({ peopleInvolved: 4 })).toEqual(['routine']);
    expect(codes({ peopleInvolved: 5 })).toEqual(['group']);
  });

  it('treats 30 people as a large group and 29 as an ordinary group', () => {
    expect(suggest({ peopleInvolved: 29 })).toMatchObject({ level: 2, reasons: [{ code: 'group' }] });
    expect(suggest({ peopleInvolved: 30 })).toMatchObject({ level: 1, reasons: [{ code: 'large-group' }] });
  });

  it('treats 10 000 yuan as level 2 and 9 999 as routine', () => {
    expect(codes({ amountAtStake: 9_999 })).toEqual(['routine']);
    expect(codes({ amountAtStake: 10_000 })).toEqual(['amount']);
  });

  it('treats 100 000 yuan as level 1 and 99 999 as level 2', () => {
    expect(suggest({ amountAtStake: 99_999 }).level).toBe(2);
    expect(suggest({ amountAtStake: 100_000 }).level).toBe(1);
  });

  it('follows a plan that revised its thresholds', () => {
    const strict = { ...thresholds, groupPeople: 3 };
    expect(gradeSuggestion({ ...routine, peopleInvolved: 3 }, strict).level).toBe(2);
  });
});

describe('whether an incident needs regrading', () => {
  it('says so when the facts now call for a more severe level than the grade', () => {
    expect(needsRegrade(3, suggest({ peopleInvolved: 8 }))).toBe(true);
    expect(needsRegrade(2, suggest({ peopleInvolved: 30 }))).toBe(true);
  });

  it('does not when the grade is as severe as the facts or more', () => {
    expect(needsRegrade(2, suggest({ peopleInvolved: 8 }))).toBe(false);
    expect(needsRegrade(1, suggest({}))).toBe(false);
  });

  it('does not for an incident not yet graded', () => {
    expect(needsRegrade(null, suggest({ peopleInvolved: 100 }))).toBe(false);
  });
});

describe('plan time limits', () => {
  it('refuses a working-day allowance longer than a year or not in whole days', async () => {
    const { TimeLimitRuleSchema } = await import('@shared/plan');
    expect(TimeLimitRuleSchema.safeParse({ stage: 'solution', amount: 5, unit: 'workingDays' }).success).toBe(true);
    expect(TimeLimitRuleSchema.safeParse({ stage: 'solution', amount: 900, unit: 'workingDays' }).success).toBe(false);
    expect(TimeLimitRuleSchema.safeParse({ stage: 'solution', amount: 2.5, unit: 'workingDays' }).success).toBe(false);
    expect(TimeLimitRuleSchema.safeParse({ stage: 'acceptance', amount: 900, unit: 'hours' }).success).toBe(true);
  });
});

describe('the grading card', () => {
  it('describes an incident overridden to level 1 by level 1 (national I/II), not by the level-2 suggestion', () => {
    const card = gradeCard(plan.grades, 1, { level: 2 });
    expect(card.suggested?.nationalLevels).toEqual(['III']);
    expect(card.current?.nationalLevels).toEqual(['I', 'II']);
    expect(card.describing?.level).toBe(1);
  });

  it('describes an incident lowered below the suggestion by the lower level', () => {
    expect(gradeCard(plan.grades, 3, { level: 1 }).describing?.nationalLevels).toEqual(['IV']);
  });

  it('describes an ungraded incident by its suggestion', () => {
    const card = gradeCard(plan.grades, null, { level: 2 });
    expect(card.current).toBeUndefined();
    expect(card.describing?.nationalLevels).toEqual(['III']);
  });
});
