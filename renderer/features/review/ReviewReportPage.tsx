// 总结报告: the after-action report of a closed incident, laid out for A4 — cover, key facts,
// handling digest, time limits, causes and lessons, releases, measures, accountability and
// follow-up, signatures, and the full timeline as an annex. The complainants' personal data is
// masked unless the operator chooses otherwise for one print, which the timeline records.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { TimelineEntry } from '@shared/model';
import { maskName, maskPhone } from '@shared/privacy';
import { maskKnownPersonalData, timeLimitTable, timelineDigest } from '@shared/review';
import { useConsole } from '../../db/DatabaseContext';
import { recordFullDataPrinted } from '../../db/reviews';
import { useAppSelector } from '../../store';
import { attempt, failureText } from '../../ui/describe';
import { formatDateTime } from '../../ui/format';
import { SummarySection, TimelineTable } from '../print/SummarySections';
import { usePrintToPdf } from '../print/usePrintToPdf';
import { useOperator, useWriteContext } from '../session/useWriteContext';
import {
  AccountabilitySection,
  AnalysisSection,
  Cover,
  FactsSection,
  MeasuresSection,
  ReleasesSection,
  Signatures,
  type Masking,
} from './ReportSections';
import { DigestTable, LimitsTable } from './ReviewTables';
import { ClosedIncidentOnly } from './ClosedIncidentOnly';
import type { ReviewRecords } from './useReviewRecords';
import '../print/print.css';
import './review.css';

export function ReviewReportPage({ id }: { id: string }) {
  return <ClosedIncidentOnly id={id}>{(records) => <ReviewReport records={records} />}</ClosedIncidentOnly>;
}

const identity = (value: string) => value;

function ReviewReport({ records }: { records: ReviewRecords }) {
  const { t } = useTranslation();
  const book = useConsole();
  const { db, plan, calendar, now } = book;
  const operator = useOperator();
  const writeContext = useWriteContext();
  const locale = useAppSelector((s) => s.session.locale);
  const { print, printing, failure } = usePrintToPdf();
  const [full, setFull] = useState(false);
  const [recordFailure, setRecordFailure] = useState<string | null>(null);
  const { incident, review, complaints } = records;

  const people = complaints.map((c) => c.complainant);
  const mask: Masking = full
    ? { text: identity, name: identity, phone: identity }
    : { text: (value) => maskKnownPersonalData(value, people), name: maskName, phone: maskPhone };
  const timeline: TimelineEntry[] = full ? records.timeline : records.timeline.map((e) => (e.note ? { ...e, note: mask.text(e.note) } : e));

  async function printReport() {
    setRecordFailure(null);
    if (full) {
      // 保护投诉人隐私: a print with full personal data leaves a trace on the incident's timeline.
      const recorded = await attempt(() => recordFullDataPrinted(db, incident.id, writeContext()));
      if (!recorded.ok) {
        setRecordFailure(failureText(recorded.error, t));
        return;
      }
    }
    await print(t('review.report.fileName', { number: incident.number }));
    // For that print only.
    setFull(false);
  }

  return (
    <div className="summary-screen">
      <div className="summary-toolbar no-print">
        <Link href={`/incidents/${incident.id}/review`} className="back">
          ← {t('review.report.back')}
        </Link>
        <label className="review-check review-full-data" title={t('review.report.showFullHint')}>
          <input type="checkbox" checked={full} onChange={(e) => setFull(e.target.checked)} />
          {t('review.report.showFull')}
        </label>
        <button type="button" className="primary" disabled={printing} onClick={() => void printReport()}>
          {printing ? t('review.report.printing') : t('review.report.print')}
        </button>
      </div>
      {full ? <p className="notice warning no-print summary-failure">{t('review.report.showFullHint')}</p> : null}
      {failure || recordFailure ? (
        <div className="notice error no-print summary-failure" role="alert">
          {failure ?? recordFailure}
        </div>
      ) : null}
      {!review ? <p className="notice no-print summary-failure">{t('review.report.notWrittenYet')}</p> : null}
      {/* lang lets the browser pick the right glyphs and spacing for the words on the page. */}
      <article className="incident-summary review-report" aria-label={t('review.report.title')} lang={locale}>
        <Cover incident={incident} />
        <div className="review-body">
          <FactsSection incident={incident} complaints={complaints} mask={mask} />
          <p className="summary-privacy">{full ? t('review.report.privacyFull') : t('review.report.privacyMasked')}</p>
          <SummarySection title={t('review.report.section.digest')} empty={null}>
            <DigestTable rows={timelineDigest(incident, records.timeline)} mask={mask.text} />
          </SummarySection>
          <SummarySection title={t('review.report.section.limits')} empty={null}>
            <LimitsTable rows={timeLimitTable(incident, book, calendar, now())} />
          </SummarySection>
          <AnalysisSection review={review} mask={mask} />
          <ReleasesSection releases={records.releases} mask={mask} />
          <MeasuresSection measures={records.measures} mask={mask} />
          <AccountabilitySection review={review} mask={mask} />
          <Signatures />
          <p className="summary-meta">
            <span>{t('print.printedAt', { at: formatDateTime(now(), plan.utcOffsetMinutes) })}</span>
            {operator ? <span>{t('print.printedBy', { name: operator.name })}</span> : null}
          </p>
        </div>
        <div className="review-appendix">
          <h2 className="review-appendix-title">{t('review.report.section.appendix')}</h2>
          <TimelineTable entries={timeline} />
        </div>
      </article>
    </div>
  );
}
