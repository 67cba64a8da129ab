// 版本对比: what changed between two versions of the plan, one row per setting, so the leader
// can read a revision side by side before approving it. Values stay coded (stage, unit) for the
// screen to put into words; names come in the reader's language.
import { reportingRule } from './upwardReports';
import { callBackRule } from './callBacks';
import { drillProgrammeRule } from './drillProgramme';
import { petitionRule } from './petitionLimits';
import { archiveRule } from './archive';
import { opinionWarningRule } from './opinionWarning';
import { personalDataRoles } from './exporting';
import { liveBoardDaysOf } from './boardRetention';
import type { Plan, StandardInstruction, TimeLimitRule } from './plan';
import { PROSE_PARTS } from './planDocument';
import { DEFAULT_HOLDING_STATEMENT } from './releases';
import { localized, type Locale } from './text';

export type InstructionValue = Pick<StandardInstruction, 'teamCode' | 'levels' | 'dueMinutes' | 'priority'> & { content: string };
export type DiffValue =
  | { text: string }
  | { amount: number; unit: TimeLimitRule['unit'] }
  /** Levels or roles, for the screen to name each. */
  | { codes: string[]; kind: 'level' | 'role' | 'national' }
  | { flag: boolean }
  | { instruction: InstructionValue }
  | null;
export type DiffRow = {
  topic:
    | 'timeLimit'
    | 'category'
    | 'department'
    | 'gradeName'
    | 'criteria'
    | 'threshold'
    | 'channel'
    | 'urgency'
    | 'approval'
    | 'instruction'
    | 'statement'
    | 'personalData'
    | 'closures'
    | 'title'
    | 'document'
    | 'duty'
    | 'response'
    | 'national'
    | 'dueSoon';
  /** What the row is about: a stage, a category's, channel's or level's name, a threshold's key, a team's code. */
  subject: string;
  /** A time limit's scope, so two rules of one stage read apart (自受理时起, 仅适用于服务质量…). */
  scope?: Pick<TimeLimitRule, 'from' | 'categories' | 'levels'>;
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

  push({ topic: 'title', subject: 'title', before: text(localized(a.title, locale)), after: text(localized(b.title, locale)) });
  for (const part of PROSE_PARTS) {
    const prose = (plan: Plan) => (plan.document ? localized(plan.document[part], locale) : undefined);
    push({ topic: 'document', subject: part, before: text(prose(a)), after: text(prose(b)) });
  }
  const dutiesA = new Map((a.document?.duties ?? []).map((d) => [d.teamCode, d]));
  const dutiesB = new Map((b.document?.duties ?? []).map((d) => [d.teamCode, d]));
  for (const code of new Set([...dutiesA.keys(), ...dutiesB.keys()])) {
    const before = dutiesA.get(code);
    const after = dutiesB.get(code);
    push({
      topic: 'duty',
      subject: code,
      before: text(before && localized(before.duty, locale)),
      after: text(after && localized(after.duty, locale)),
    });
  }

  const rulesA = new Map(a.timeLimits.map((r) => [ruleKey(r), r]));
  const rulesB = new Map(b.timeLimits.map((r) => [ruleKey(r), r]));
  for (const key of new Set([...rulesA.keys(), ...rulesB.keys()])) {
    const before = rulesA.get(key);
    const after = rulesB.get(key);
    const rule = (before ?? after)!;
    push({
      topic: 'timeLimit',
      subject: rule.stage,
      scope: {
        from: rule.from,
        ...(rule.categories ? { categories: rule.categories } : {}),
        ...(rule.levels ? { levels: rule.levels } : {}),
      },
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
      subject,
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
    push({ topic: 'response', subject, before: text(localized(gradeA.response, locale)), after: text(localized(gradeB.response, locale)) });
    push({
      topic: 'national',
      subject,
      before: { codes: gradeA.nationalLevels, kind: 'national' },
      after: { codes: gradeB.nationalLevels, kind: 'national' },
    });
  }

  for (const key of ['groupPeople', 'largeGroupPeople', 'amountLevel2', 'amountLevel1'] as const)
    push({ topic: 'threshold', subject: key, before: text(String(a.grading[key])), after: text(String(b.grading[key])) });
  const reach = (plan: Plan) => (plan.opinionRaise ? String(plan.opinionRaise.negativeReach) : undefined);
  push({ topic: 'threshold', subject: 'negativeReach', before: text(reach(a)), after: text(reach(b)) });
  const window = (plan: Plan) => (plan.opinionRaise ? String(plan.opinionRaise.withinHours) : undefined);
  push({ topic: 'threshold', subject: 'withinHours', before: text(window(a)), after: text(window(b)) });
  /** A threshold row: the same figure read from each version. */
  const threshold = (subject: Parameters<typeof push>[0]['subject'], of: (plan: Plan) => string | number) =>
    push({ topic: 'threshold', subject, before: text(String(of(a))), after: text(String(of(b))) });
  const dueSoon = (plan: Plan) => `${plan.dueSoon.hours}|${plan.dueSoon.fraction}`;
  push({ topic: 'dueSoon', subject: 'dueSoon', before: text(dueSoon(a)), after: text(dueSoon(b)) });
  push({ topic: 'threshold', subject: 'liveBoardDays', before: text(String(liveBoardDaysOf(a))), after: text(String(liveBoardDaysOf(b))) });
  // 信息报送: as the rule applies (a plan without one follows the default).
  for (const key of ['firstWithinMinutes', 'followUpEveryHours', 'finalWithinHours'] as const)
    push({ topic: 'threshold', subject: key, before: text(String(reportingRule(a)[key])), after: text(String(reportingRule(b)[key])) });
  threshold('callBackDays', (plan) => callBackRule(plan).afterDays);
  threshold('drillRemindDays', (plan) => drillProgrammeRule(plan).remindDaysBefore);
  // 信访事项的时限, as the rule applies.
  const dayKind = (plan: Plan) =>
    petitionRule(plan).dayKind === 'working' ? (locale === 'en' ? 'working days' : '工作日') : locale === 'en' ? 'calendar days' : '自然日';
  push({ topic: 'threshold', subject: 'petitionDayKind', before: text(dayKind(a)), after: text(dayKind(b)) });
  for (const key of [
    'decideWithinDays',
    'answerWithinDays',
    'extendDays',
    'reviewRequestDays',
    'reviewAnswerDays',
    'recheckRequestDays',
    'recheckAnswerDays',
  ] as const)
    threshold(key, (plan) => petitionRule(plan)[key]);
  // Which levels report, are approved first, get a call-back; how long files are kept; the opinion warnings.
  const levels = (list: readonly number[]) => [...list].sort().join('/');
  threshold('reportLevels', (plan) => levels(reportingRule(plan).levels));
  threshold('reportApprovalLevels', (plan) => levels(reportingRule(plan).approvalLevels));
  threshold('callBackLevels', (plan) => levels(callBackRule(plan).levels));
  threshold('retentionYearsAll', (plan) => archiveRule(plan).retentionYears.join('/'));
  for (const level of ['yellow', 'orange', 'red'] as const)
    for (const measure of ['reach', 'spread'] as const)
      threshold(`warning-${level}-${measure}`, (plan) => opinionWarningRule(plan)[level][measure]);

  const chanA = new Map(a.channels.map((c) => [c.code, localized(c.name, locale)]));
  const chanB = new Map(b.channels.map((c) => [c.code, localized(c.name, locale)]));
  for (const code of new Set([...chanA.keys(), ...chanB.keys()]))
    push({ topic: 'channel', subject: (chanB.get(code) ?? chanA.get(code))!, before: text(chanA.get(code)), after: text(chanB.get(code)) });

  for (const urgencyB of b.urgencies) {
    const urgencyA = a.urgencies.find((u) => u.code === urgencyB.code);
    push({
      topic: 'urgency',
      subject: urgencyB.code,
      before: text(urgencyA && localized(urgencyA.name, locale)),
      after: text(localized(urgencyB.name, locale)),
    });
  }
  const codes = (list: readonly (string | number)[], kind: 'level' | 'role'): DiffValue => ({ codes: list.map(String), kind });
  push({ topic: 'approval', subject: 'levels', before: codes(a.approvalLevels, 'level'), after: codes(b.approvalLevels, 'level') });
  push({
    topic: 'personalData',
    subject: 'roles',
    before: codes(personalDataRoles(a), 'role'),
    after: codes(personalDataRoles(b), 'role'),
  });
  push({
    topic: 'closures',
    subject: 'closures',
    before: { flag: a.countsOfficeClosures === true },
    after: { flag: b.countsOfficeClosures === true },
  });
  const statement = (plan: Plan) => localized(plan.holdingStatement ?? DEFAULT_HOLDING_STATEMENT, locale);
  push({ topic: 'statement', subject: 'statement', before: text(statement(a)), after: text(statement(b)) });

  const instruction = (s: StandardInstruction): DiffValue => ({
    instruction: {
      teamCode: s.teamCode,
      levels: s.levels,
      dueMinutes: s.dueMinutes,
      priority: s.priority,
      content: localized(s.content, locale),
    },
  });
  const insA = new Map(a.standardInstructions.map((s) => [s.code, s]));
  const insB = new Map(b.standardInstructions.map((s) => [s.code, s]));
  for (const code of new Set([...insA.keys(), ...insB.keys()])) {
    const before = insA.get(code);
    const after = insB.get(code);
    push({
      topic: 'instruction',
      subject: (after ?? before)!.teamCode,
      before: before ? instruction(before) : null,
      after: after ? instruction(after) : null,
    });
  }
  return rows;
}
