// Grade suggestion (分级建议) from the facts of a complaint or incident. Each rule that fires gives
// a reason the operator sees; the suggestion is the most severe level any rule reaches.
import type { Grade, GradingThresholds, Level, Urgency } from './plan';
import type { GradingFacts } from './model';

export type GradingInput = GradingFacts & { peopleInvolved: number; urgency: Urgency };

export type GradeReason = { code: string; level: Level; params?: Record<string, number> };
export type GradeSuggestion = { level: Level; reasons: GradeReason[] };

export function gradeSuggestion(input: GradingInput, thresholds: GradingThresholds): GradeSuggestion {
  const reasons: GradeReason[] = [];
  if (input.injury) reasons.push({ code: 'injury', level: 1 });
  if (input.mediaAttention) reasons.push({ code: 'media', level: 1 });
  if (input.peopleInvolved >= thresholds.largeGroupPeople) {
    reasons.push({ code: 'large-group', level: 1, params: { people: input.peopleInvolved, threshold: thresholds.largeGroupPeople } });
  } else if (input.peopleInvolved >= thresholds.groupPeople) {
    reasons.push({ code: 'group', level: 2, params: { people: input.peopleInvolved, threshold: thresholds.groupPeople } });
  }
  if (input.amountAtStake >= thresholds.amountLevel1) {
    reasons.push({ code: 'amount-major', level: 1, params: { amount: input.amountAtStake, threshold: thresholds.amountLevel1 } });
  } else if (input.amountAtStake >= thresholds.amountLevel2) {
    reasons.push({ code: 'amount', level: 2, params: { amount: input.amountAtStake, threshold: thresholds.amountLevel2 } });
  }
  if (input.regulatorInvolved) reasons.push({ code: 'regulator', level: 2 });
  if (input.repeatComplaint) reasons.push({ code: 'repeat', level: 2 });
  if (input.urgency === 'urgent') reasons.push({ code: 'urgent', level: 2 });
  if (reasons.length === 0) reasons.push({ code: 'routine', level: 3 });
  const level = Math.min(...reasons.map((r) => r.level)) as Level;
  return { level, reasons };
}

/** A group complaint reaching the plan's threshold while graded below what the facts now call for. */
export function needsRegrade(currentLevel: Level | null, suggestion: GradeSuggestion): boolean {
  return currentLevel !== null && suggestion.level < currentLevel;
}

/**
 * The plan's grades the grading card reads: the suggestion's, the level in force (chosen by the
 * operator, perhaps above or below the suggestion) and the one whose criteria, response and
 * national grade describe the incident — the level in force once there is one.
 */
export function gradeCard(grades: readonly Grade[], currentLevel: Level | null, suggestion: Pick<GradeSuggestion, 'level'>) {
  const suggested = grades.find((g) => g.level === suggestion.level);
  const current = currentLevel === null ? undefined : grades.find((g) => g.level === currentLevel);
  return { suggested, current, describing: currentLevel === null ? suggested : current };
}
