// The drill's overall rating (the worst of its objectives'), the computed one beside it when the
// trainer's adjustments changed it, and the rule the ratings follow.
import { useTranslation } from 'react-i18next';
import type { DrillEvaluation } from '@shared/drillEvaluation';
import { RatingBadge } from './RatingBadge';

export function OverallRating({ overall }: { overall: DrillEvaluation['overall'] }) {
  const { t } = useTranslation();
  return (
    <section className="drill-overall" aria-label={t('drill.evaluation.overall')}>
      <span className="label">{t('drill.evaluation.overall')}</span>
      <RatingBadge rating={overall.rating} />
      {overall.rating !== overall.computed ? (
        <span className="muted">
          {t('drill.evaluation.computed')}: <RatingBadge rating={overall.computed} />
        </span>
      ) : null}
      <p className="hint">
        <strong>{t('drill.evaluation.ruleTitle')}</strong> {t('drill.evaluation.rule')}
      </p>
    </section>
  );
}
