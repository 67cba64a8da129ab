// 分级建议: what the rules suggest from the facts, with the reasons, beside the current level.
import { useTranslation } from 'react-i18next';
import type { GradeSuggestion } from '@shared/grading';
import type { Incident } from '@shared/model';
import { localized } from '@shared/text';
import { planOfIncident } from '@shared/planVersions';
import { useConsole } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';
import { LevelBadge } from '../../ui/Badges';
import { Panel } from '../../ui/Field';

export function GradingPanel({ incident, suggestion }: { incident: Incident; suggestion: GradeSuggestion }) {
  const { t } = useTranslation();
  const plan = planOfIncident(useConsole(), incident);
  const locale = useAppSelector((s) => s.session.locale);
  const grade = plan.grades.find((g) => g.level === suggestion.level);
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
        </span>
        <span>
          {t('grading.current', { level: '' })}
          <LevelBadge level={incident.level} grades={plan.grades} />
        </span>
        {grade ? <span className="muted small">{t('level.national', { levels: grade.nationalLevels.join('/') })}</span> : null}
      </div>
      <ul className="reasons">
        {suggestion.reasons.map((reason) => (
          <li key={reason.code}>{t(`grading.reason.${reason.code}`, reason.params ?? {})}</li>
        ))}
      </ul>
      {grade ? (
        <p className="small muted">
          {t('grading.criteria', { text: `${localized(grade.criteria, locale)} ${localized(grade.response, locale)}` })}
        </p>
      ) : null}
    </Panel>
  );
}
