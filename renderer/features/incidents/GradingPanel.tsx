// 分级建议: what the rules suggest from the facts, with the reasons, beside the current level.
import { useTranslation } from 'react-i18next';
import { gradeCard, type GradeSuggestion } from '@shared/grading';
import type { Incident } from '@shared/model';
import { localized } from '@shared/text';
import { planOfIncident } from '@shared/planVersions';
import { useConsole } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';
import { LevelBadge } from '../../ui/Badges';
import { Panel } from '../../ui/Field';
import { keyIn, say } from '../../i18n/keys';

export function GradingPanel({ incident, suggestion }: { incident: Incident; suggestion: GradeSuggestion }) {
  const { t } = useTranslation();
  const plan = planOfIncident(useConsole(), incident);
  const locale = useAppSelector((s) => s.session.locale);
  // The national grade and the criteria follow the level in force, not the suggestion it overrode.
  const { suggested, current, describing: grade } = gradeCard(plan.grades, incident.level, suggestion);
  const raise = incident.level !== null && suggestion.level < incident.level;
  return (
    <Panel title={t('grading.title')} className="grading-panel">
      {raise ? (
        <div className="notice warning" role="alert">
          {t('grading.regradeSuggested', { level: t(`level.${suggestion.level}`) })}
        </div>
      ) : null}
      <div className="grading-levels">
        <span>
          {t('grading.suggested', { level: '' })}
          <LevelBadge level={suggestion.level} grades={plan.grades} />
          {suggested ? <span className="muted small"> {t('level.national', { levels: suggested.nationalLevels.join('/') })}</span> : null}
        </span>
        <span>
          {t('grading.current', { level: '' })}
          <LevelBadge level={incident.level} grades={plan.grades} />
          {current ? <span className="muted small"> {t('level.national', { levels: current.nationalLevels.join('/') })}</span> : null}
        </span>
      </div>
      <ul className="reasons">
        {suggestion.reasons.map((reason) => (
          <li key={reason.code}>{say(t, keyIn('grading.reason', reason.code), reason.params ?? {})}</li>
        ))}
      </ul>
      {grade ? (
        <p className="small muted">
          {t('grading.criteria', {
            level: t(`level.${grade.level}`),
            text: `${localized(grade.criteria, locale)} ${localized(grade.response, locale)}`,
          })}
        </p>
      ) : null}
    </Panel>
  );
}
