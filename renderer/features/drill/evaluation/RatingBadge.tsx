// A P/S/M/U rating as a coloured badge, or 未评 when nothing could be rated.
import { useTranslation } from 'react-i18next';
import type { DrillRating } from '@shared/drillEvaluation';

export function RatingBadge({ rating }: { rating: DrillRating | null }) {
  const { t } = useTranslation();
  if (!rating) return <span className="muted">{t('drill.rating.none')}</span>;
  return (
    <span className={`rating rating-${rating}`} title={t(`drill.rating.${rating}`)}>
      {t(`drill.rating.${rating}`)}
    </span>
  );
}
