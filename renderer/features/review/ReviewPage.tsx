// 事后总结: for a closed incident, the digest of its handling, the time limits met or missed, the
// review form and the improvement measures; the way on to the printed report (总结报告).
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { timeLimitTable, timelineDigest } from '@shared/review';
import { useConsole } from '../../db/DatabaseContext';
import { LevelBadge, StateBadge } from '../../ui/Badges';
import { Panel } from '../../ui/Field';
import { MeasuresPanel } from './MeasuresPanel';
import { ReviewForm } from './ReviewForm';
import { DigestTable, LimitsTable } from './ReviewTables';
import { ClosedIncidentOnly } from './ClosedIncidentOnly';
import type { ReviewRecords } from './useReviewRecords';
import '../print/print.css';
import './review.css';
import { planOfIncident } from '@shared/planVersions';

export function ReviewPage({ id }: { id: string }) {
  return <ClosedIncidentOnly id={id}>{(records) => <ReviewScreen records={records} />}</ClosedIncidentOnly>;
}

function ReviewScreen({ records }: { records: ReviewRecords }) {
  const { t } = useTranslation();
  const book = useConsole();
  const { calendar, now } = book;
  const { incident, review } = records;
  const plan = planOfIncident(book, incident);
  return (
    <div className="review-screen">
      <div className="page-header incident-header">
        <Link href={`/incidents/${incident.id}`} className="back">
          ← {t('review.page.back')}
        </Link>
        <h1>
          {t('review.page.title')} <span className="mono">{incident.number}</span> {incident.title}
        </h1>
        <div className="header-badges">
          <LevelBadge level={incident.level} grades={plan.grades} />
          <StateBadge state={incident.state} />
        </div>
        <Link href={`/incidents/${incident.id}/review/print`} className="button">
          {t('review.page.report')}
        </Link>
      </div>
      {/* Six columns, three of them times: across the page, not in the side column, so each time
          stays on one line. It comes first, as the facts a review starts from. */}
      <Panel title={t('review.limits.title')} className="review-limits-panel">
        <LimitsTable rows={timeLimitTable(incident, book, calendar, now())} />
      </Panel>
      <div className="review-grid">
        <div className="review-main">
          {/* Filled once from the stored review; saving keeps the form (and its message) as typed. */}
          <ReviewForm incidentId={incident.id} review={review} />
          <MeasuresPanel incidentId={incident.id} measures={records.measures} />
        </div>
        <div className="review-side">
          <Panel title={t('review.digest.title')}>
            <DigestTable rows={timelineDigest(incident, records.timeline)} />
          </Panel>
        </div>
      </div>
    </div>
  );
}
