// 版本对比: two versions side by side, one row per changed setting (shared/planDiff.ts).
import { useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Team } from '@shared/model';
import type { Plan } from '@shared/plan';
import { RESPONSIBLE_TEAM } from '@shared/routing';
import { localized, type Locale } from '@shared/text';
import { planDiff, type DiffRow, type DiffValue } from '@shared/planDiff';
import { versionNumberOf } from '@shared/planVersions';
import { Field, Panel } from '../../ui/Field';
import { useAppSelector } from '../../store';
import { useTeams } from '../../db/reads/organisation';
import { useUnitName } from './useUnitName';
import { keyIn, say } from '../../i18n/keys';

export function PlanDiffPanel({ versions }: { versions: Plan[] }) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  // Default: the two newest versions, older on the left.
  const [leftId, setLeftId] = useState(versions[1]?.id ?? versions[0]?.id ?? '');
  const [rightId, setRightId] = useState(versions[0]?.id ?? '');
  const left = versions.find((v) => v.id === leftId);
  const right = versions.find((v) => v.id === rightId);
  const rows = left && right ? planDiff(left, right, locale) : [];
  const teams = useTeams();
  const teamName = (code: string) => teamLabel(code, teams, locale, t);
  const nth = (v: Plan) => t('planEditor.versions.nth', { version: versionNumberOf(v) });
  const picker = (label: string, value: string, onChange: (id: string) => void) => (
    <Field label={label}>
      {(a) => (
        <select {...a} value={value} onChange={(e) => onChange(e.target.value)}>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {nth(v)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const unitLabel = useUnitName();
  // A department may be stored as a team's code: shown by the team's name.
  const categoryName = (code: string) => {
    const found = right?.categories.find((c) => c.code === code) ?? left?.categories.find((c) => c.code === code);
    return found ? localized(found.name, locale) : code;
  };
  const value = (v: DiffValue, topic: DiffRow['topic']) => {
    if (v && 'text' in v && topic === 'department') return unitLabel(v.text);
    if (v && 'text' in v && topic === 'dueSoon') {
      const [hours, fraction] = v.text.split('|').map(Number);
      return t('plan.dueSoon', { hours: hours ?? 0, percent: Math.round((fraction ?? 0) * 100) });
    }
    return diffValueText(v, t, teamName);
  };
  return (
    <Panel title={t('planEditor.diff.title')} className="plan-diff">
      <div className="plan-diff-pickers">
        {picker(t('planEditor.diff.left'), leftId, setLeftId)}
        {picker(t('planEditor.diff.right'), rightId, setRightId)}
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('planEditor.diff.none')}</p>
      ) : (
        <table className="plan-table" aria-label={t('planEditor.diff.title')}>
          <thead>
            <tr>
              <th>{t('planEditor.diff.field')}</th>
              <th>{left ? nth(left) : ''}</th>
              <th>{right ? nth(right) : ''}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <td>{subject(row, t, { team: teamName, category: categoryName })}</td>
                <td className="diff-before">{value(row.before, row.topic)}</td>
                <td className="diff-after">{value(row.after, row.topic)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

type Names = { team: (code: string) => string; category: (code: string) => string };

/** The row's setting in words: 时限·受理（自受理时起）, 对口部门·食品安全, 阈值·群体投诉人数… */
function subject(row: DiffRow, t: TFunction, names: Names): string {
  const topic = t(`planEditor.diff.topic.${row.topic}`);
  const byTopic: Partial<Record<DiffRow['topic'], () => string>> = {
    timeLimit: () =>
      [t(keyIn('clock.stage', row.subject)), row.scope ? scopeText(row.scope, t, names.category) : ''].filter(Boolean).join(' '),
    gradeName: () => say(t, keyIn('level', row.subject)),
    threshold: () => say(t, keyIn('planEditor.editor', row.subject)),
    instruction: () => names.team(row.subject),
    duty: () => names.team(row.subject),
    urgency: () => t(keyIn('planEditor.editor.urgency', row.subject)),
    document: () => t(keyIn('planTemplates.print.section', row.subject)),
  };
  const untitled: DiffRow['topic'][] = ['approval', 'personalData', 'closures', 'statement', 'title', 'dueSoon'];
  const what = byTopic[row.topic]?.() ?? (untitled.includes(row.topic) ? '' : row.subject);
  return what ? `${topic} · ${what}` : topic;
}

/** A time limit's scope in brackets, so rules of one stage read apart. */
function scopeText(scope: NonNullable<DiffRow['scope']>, t: TFunction, categoryName: (code: string) => string): string {
  const parts = [
    scope.from === 'received' ? t('plan.fromReceived') : '',
    scope.categories ? t('plan.onlyCategories', { list: scope.categories.map(categoryName).join(t('common.listSeparator')) }) : '',
    scope.levels ? t('plan.onlyLevels', { list: scope.levels.map((l) => t(`level.${l}`)).join(t('common.listSeparator')) }) : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** A value in words: an allowance with its unit, levels and roles by name, an instruction whole. */
function diffValueText(v: DiffValue, t: TFunction, teamName: (code: string) => string): ReactNode {
  if (v === null) return <span className="muted">{t('planEditor.diff.absent')}</span>;
  if ('text' in v) return v.text;
  if ('amount' in v) return `${v.amount} ${t(`clock.unit.${v.unit}`)}`;
  if ('flag' in v) return t(v.flag ? 'common.yes' : 'common.no');
  const list = (items: string[]) => items.join(t('common.listSeparator'));
  if ('codes' in v)
    return !v.codes.length
      ? t('planEditor.diff.absent')
      : v.kind === 'national'
        ? v.codes.join('/')
        : list(v.codes.map((c) => say(t, v.kind === 'level' ? keyIn('level', c) : keyIn('role', c))));
  const s = v.instruction;
  return t('planEditor.diff.instruction', {
    team: teamName(s.teamCode),
    levels: list((s.levels ?? [1, 2, 3]).map((l) => t(`level.${l}`))),
    minutes: s.dueMinutes,
    priority: t(`planEditor.editor.priorities.${s.priority}`),
    content: s.content,
  });
}

const teamLabel = (code: string, teams: Team[], locale: Locale, t: TFunction) => {
  if (code === RESPONSIBLE_TEAM) return t('planEditor.editor.responsibleTeam');
  const team = teams.find((tm) => tm.code === code);
  return team ? localized(team.name, locale) : code;
};
