// What a plan must hold together beyond its shape: codes that other parts refer to exist and
// are unique, thresholds rise with the level, and every team given instructions has a duty.
// Applied to templates (in tests) and to every plan file before it is stored.
import type { Plan } from './plan';
import { RESPONSIBLE_TEAM } from './routing';

export type PlanProblem = { path: string; problem: string; params?: Record<string, string | number> };

const duplicates = (codes: readonly string[]) => codes.filter((code, i) => codes.indexOf(code) !== i);

export function planProblems(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const levels = plan.grades.map((g) => g.level);
  if (duplicates(levels.map(String)).length > 0) problems.push({ path: 'grades', problem: 'level-twice' });
  for (const [field, items] of [
    ['categories', plan.categories],
    ['channels', plan.channels],
    ['standardInstructions', plan.standardInstructions],
  ] as const) {
    for (const code of duplicates(items.map((item) => item.code))) problems.push({ path: field, problem: 'code-twice', params: { code } });
  }
  const scopes = plan.timeLimits.map((rule) =>
    [rule.stage, [...(rule.categories ?? [])].sort().join('+'), [...(rule.levels ?? [])].sort().join('+')].join('|'),
  );
  plan.timeLimits.forEach((rule, i) => {
    if (rule.levels && rule.levels.length === 0) problems.push({ path: `timeLimits.${i}.levels`, problem: 'no-level' });
    // Two rules for the same incidents at one stage: which one the clock follows would be a guess.
    if (scopes.indexOf(scopes[i]!) !== i) problems.push({ path: `timeLimits.${i}`, problem: 'rule-twice' });
  });
  const categoryCodes = new Set(plan.categories.map((c) => c.code));
  plan.timeLimits.forEach((rule, i) => {
    for (const code of rule.categories ?? []) {
      if (!categoryCodes.has(code)) problems.push({ path: `timeLimits.${i}.categories`, problem: 'unknown-category', params: { code } });
    }
  });
  plan.standardInstructions.forEach((instruction, i) => {
    if (instruction.levels && instruction.levels.length === 0)
      problems.push({ path: `standardInstructions.${i}.levels`, problem: 'no-level' });
  });
  if (plan.personalDataRoles && plan.personalDataRoles.length === 0)
    problems.push({ path: 'personalDataRoles', problem: 'no-personal-data-role' });
  if (plan.grading.largeGroupPeople < plan.grading.groupPeople) {
    problems.push({ path: 'grading.largeGroupPeople', problem: 'large-group-below-group' });
  }
  if (plan.grading.amountLevel1 < plan.grading.amountLevel2) {
    problems.push({ path: 'grading.amountLevel1', problem: 'level1-amount-below-level2' });
  }
  // 舆情预警: each level's thresholds above the one below it.
  if (plan.opinionWarning) {
    const w = plan.opinionWarning;
    for (const [lower, upper] of [
      ['yellow', 'orange'],
      ['orange', 'red'],
    ] as const)
      for (const measure of ['reach', 'spread'] as const)
        if (w[upper][measure] <= w[lower][measure])
          problems.push({ path: `opinionWarning.${upper}.${measure}`, problem: 'warning-not-above' });
  }
  if (plan.document) {
    const dutyTeams = plan.document.duties.map((d) => d.teamCode);
    for (const code of duplicates(dutyTeams)) problems.push({ path: 'document.duties', problem: 'code-twice', params: { code } });
    plan.standardInstructions.forEach((instruction, i) => {
      // 责任部门 is whichever unit the incident's category names, not a team of the plan's own.
      if (instruction.teamCode !== RESPONSIBLE_TEAM && !dutyTeams.includes(instruction.teamCode)) {
        problems.push({ path: `standardInstructions.${i}.teamCode`, problem: 'team-without-duty', params: { code: instruction.teamCode } });
      }
    });
  }
  return problems;
}
