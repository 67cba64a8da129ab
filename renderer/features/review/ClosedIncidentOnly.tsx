// The review and its report exist for a closed incident only: anything else says why and leads
// back (to the board when the incident is unknown, to the incident while it is still open).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useReviewRecords, type ReviewRecords } from './useReviewRecords';

export function ClosedIncidentOnly({ id, children }: { id: string; children: (records: ReviewRecords) => ReactNode }) {
  const { t } = useTranslation();
  const records = useReviewRecords(id);
  if (records === undefined) return null;
  if (records === null || records.incident.state !== 'closed')
    return (
      <div className="empty" role="alert">
        <p>{records === null ? t('review.page.notFound') : t('review.page.notClosed')}</p>
        <Link href={records === null ? '/board' : `/incidents/${id}`}>
          {records === null ? t('review.page.backToBoard') : t('review.page.back')}
        </Link>
      </div>
    );
  return <>{children(records)}</>;
}
