// A scenario's codes in the operator's words: problems and where they are, evidence, teams,
// inject types, and a file name made from the title. No ids or codes reach the screen.
import type { TFunction } from 'i18next';
import type { ActionEvidence, Scenario, TeamCode } from '@shared/scenario';
import { localized, type Locale } from '@shared/text';
import type { Team } from '@shared/model';
import { keyIn, say } from '../../../i18n/keys';

/** `too-small:1` → 不能小于 1. */
export function problemText(problem: string, t: TFunction): string {
  const [name, n] = problem.split(':');
  return t(`drillScenarios.problem.${name ?? 'invalid'}`, { n: n ?? '', defaultValue: t('drillScenarios.problem.invalid') });
}

const COLLECTIONS: Record<string, string> = { objectives: 'objective', injects: 'inject', expectedActions: 'action' };

/** `injects.2.expectedActions.0.limitMinutes` → 第 3 条注入 · 第 1 项预期行动 · 时限. */
export function pathText(path: string, t: TFunction): string {
  const parts = path ? path.split('.') : [];
  const words: string[] = [];
  parts.forEach((part, i) => {
    const previous = parts[i - 1];
    if (/^\d+$/.test(part)) {
      const item = previous ? COLLECTIONS[previous] : undefined;
      if (item) words[words.length - 1] = say(t, keyIn('drillScenarios.path', item), { n: Number(part) + 1 });
      return;
    }
    if (part === 'name' && previous === 'complainant') return;
    if (part === 'zh' || part === 'en') {
      words.push(t(`drillScenarios.path.${part}`));
      return;
    }
    const word = t(`drillScenarios.path.${part}`, { defaultValue: '' });
    if (word) words.push(word);
  });
  return words.length ? words.join(t('drillScenarios.path.separator')) : t('drillScenarios.path.whole');
}

/** One line for a problem anywhere in the scenario. */
export function locatedProblem(path: string, problem: string, t: TFunction): string {
  return t('drillScenarios.path.located', { where: pathText(path, t), problem: problemText(problem, t) });
}

/** The working team's name as the office has it, or the plan's default name. */
export function teamNamer(teams: Team[], locale: Locale, t: TFunction): (code: TeamCode) => string {
  return (code) => {
    const team = teams.find((candidate) => candidate.code === code && candidate.kind !== 'task-force');
    return team ? localized(team.name, locale) : t(`drillScenarios.team.${code}`);
  };
}

export const KNOWN_ENTRY_KINDS = [
  'verify',
  'grade',
  'regrade',
  'activateResponse',
  'communication',
  'instruction-issued',
  'instruction-signed',
  'instruction-reported',
  'instruction-accepted',
  'task-force-formed',
  'completeInvestigation',
  'submitSolution',
  'approveSolution',
  'startImplementation',
  'completeImplementation',
  'recordFeedback',
  'recordSatisfaction',
  'escalate',
  'close',
  'reject',
] as const;

export const entryKindText = (kind: string, t: TFunction) =>
  (KNOWN_ENTRY_KINDS as readonly string[]).includes(kind)
    ? t(keyIn('drillScenarios.entryKind', kind))
    : t('drillScenarios.entryKind.other');

/** 事件时间线出现：分级 或 调整分级（一级及以上） / 观察员记录. */
export function evidenceText(evidence: ActionEvidence, teamName: (code: TeamCode) => string, t: TFunction): string {
  if (evidence.kind === 'observed') return t('drillScenarios.evidence.observed');
  const kinds = [...new Set(evidence.entryKinds.map((kind) => entryKindText(kind, t)))].join(t('drillScenarios.evidence.or'));
  return [
    t('drillScenarios.evidence.timeline', { kinds }),
    evidence.teamCode ? t('drillScenarios.evidence.toTeam', { team: teamName(evidence.teamCode) }) : '',
    evidence.level ? t('drillScenarios.evidence.atLevel', { level: t(`level.${evidence.level}`) }) : '',
  ].join('');
}

/** The drill's length: the last inject's offset. */
export const durationOf = (scenario: Scenario) => Math.max(0, ...scenario.injects.map((inject) => inject.offsetMinutes));

export const actionCount = (scenario: Scenario) => scenario.injects.reduce((sum, inject) => sum + inject.expectedActions.length, 0);

/** A title fit for a file name: no characters a file system refuses. */
export const fileSafe = (title: string) =>
  title
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-')
    .trim()
    .slice(0, 80) || 'scenario';
