// On a closed incident's page: whether its after-action review is written, its open measures,
// and the way to the review and its printed report.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { useReviewState } from '../../db/reads/reviews';
import { Panel } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import './review.css';

export function ReviewPanel({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const people = usePeople();
  const data = useReviewState(incidentId);
  if (!data) return null;
  const { review, measures } = data;
  const open = measures.filter((m) => m.status === 'open').length;
  const author = review ? (people.find((p) => p.id === review.updatedBy)?.name ?? '') : '';
  return (
    <Panel
      title={t('review.panel.title')}
      className="review-panel"
      actions={
        <div className="review-panel-actions">
          <Link href={`/incidents/${incidentId}/review`} className="button primary">
            {review ? t('review.panel.view') : t('review.panel.write')}
          </Link>
          <Link href={`/incidents/${incidentId}/review/print`} className="button">
            {t('review.panel.report')}
          </Link>
        </div>
      }
    >
      <p role="status">
        {review
          ? t('review.panel.written', { at: formatDateTime(review.updatedAt, plan.utcOffsetMinutes), name: author })
          : t('review.panel.notWritten')}
      </p>
      {measures.length ? <p className="muted">{t('review.panel.openMeasures', { open, total: measures.length })}</p> : null}
    </Panel>
  );
}
