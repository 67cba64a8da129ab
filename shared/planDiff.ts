// 版本对比: what changed between two versions of the plan, one row per setting, so the leader
// can read a revision side by side before approving it. Values stay coded (stage, unit) for the
// screen to put into words; names come in the reader's language.
import type { Plan, TimeLimitRule } from './plan';
import { localized, type Locale } from './text';

export type DiffValue = { text: string } | { amount: number; unit: TimeLimitRule['unit'] } | null;
export type DiffRow = {
  topic: 'timeLimit' | 'category' | 'department' | 'gradeName' | 'criteria' | 'threshold' | 'channel';
  /** What the row is about: a stage, a category's or level's name, a threshold's key. */
  subject: string;
  before: DiffValue;
  after: DiffValue;
};

const ruleKey = (rule: TimeLimitRule) =>
  [rule.stage, rule.from, (rule.categories ?? []).join('+'), (rule.levels ?? []).join('+')].join('|');

const same = (a: DiffValue, b: DiffValue) => JSON.stringify(a) === JSON.stringify(b);

export function planDiff(a: Plan, b: Plan, locale: Locale): DiffRow[] {
  const rows: DiffRow[] = [];
  const push = (row: DiffRow) => {
    if (!same(row.before, row.after)) rows.push(row);
  };
  const text = (value: string | undefined): DiffValue => (value ? { text: value } : null);

  const rulesA = new Map(a.timeLimits.map((r) => [ruleKey(r), r]));
  const rulesB = new Map(b.timeLimits.map((r) => [ruleKey(r), r]));
  for (const key of new Set([...rulesA.keys(), ...rulesB.keys()])) {
    const before = rulesA.get(key);
    const after = rulesB.get(key);
    push({
      topic: 'timeLimit',
      subject: (before ?? after)!.stage,
      before: before ? { amount: before.amount, unit: before.unit } : null,
      after: after ? { amount: after.amount, unit: after.unit } : null,
    });
  }

  const catsA = new Map(a.categories.map((c) => [c.code, c]));
  const catsB = new Map(b.categories.map((c) => [c.code, c]));
  for (const code of new Set([...catsA.keys(), ...catsB.keys()])) {
    const before = catsA.get(code);
    const after = catsB.get(code);
    const subject = localized((after ?? before)!.name, locale);
    push({
      topic: 'category',
      subject: code,
      before: before ? { text: localized(before.name, locale) } : null,
      after: after ? { text: localized(after.name, locale) } : null,
    });
    if (before && after) push({ topic: 'department', subject, before: text(before.department), after: text(after.department) });
  }

  for (const gradeB of b.grades) {
    const gradeA = a.grades.find((g) => g.level === gradeB.level);
    if (!gradeA) continue;
    const subject = localized(gradeB.name, locale);
    push({ topic: 'gradeName', subject: String(gradeB.level), before: text(localized(gradeA.name, locale)), after: text(subject) });
    push({ topic: 'criteria', subject, before: text(localized(gradeA.criteria, locale)), after: text(localized(gradeB.criteria, locale)) });
  }

  for (const key of ['groupPeople', 'largeGroupPeople', 'amountLevel2', 'amountLevel1'] as const)
    push({ topic: 'threshold', subject: key, before: text(String(a.grading[key])), after: text(String(b.grading[key])) });
  const reach = (plan: Plan) => (plan.opinionRaise ? String(plan.opinionRaise.negativeReach) : undefined);
  push({ topic: 'threshold', subject: 'negativeReach', before: text(reach(a)), after: text(reach(b)) });

  const chanA = new Map(a.channels.map((c) => [c.code, localized(c.name, locale)]));
  const chanB = new Map(b.channels.map((c) => [c.code, localized(c.name, locale)]));
  for (const code of new Set([...chanA.keys(), ...chanB.keys()]))
    push({ topic: 'channel', subject: code, before: text(chanA.get(code)), after: text(chanB.get(code)) });
  return rows;
}
