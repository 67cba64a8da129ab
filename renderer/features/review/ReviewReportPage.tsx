// 总结报告: the after-action report of a closed incident, laid out for A4 — cover, key facts,
// handling digest, time limits, causes and lessons, releases, measures, accountability and
// follow-up, signatures, and the full timeline as an annex. The complainants' personal data is
// masked unless the operator chooses otherwise for one print, which the timeline records.
import { provenRecently } from '@shared/accounts';
import { personalDataRoles } from '@shared/exporting';
import { seat } from '../../db/seat';
import { askForPassword } from '../../ui/reauth';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { incidentFacts, NO_MASKING, type Masking } from '@shared/incidentFacts';
import type { TimelineEntry } from '@shared/model';
import { planOfIncident } from '@shared/planVersions';
import { maskName, maskPhone } from '@shared/privacy';
import { maskKnownPersonalData, timeLimitTable, timelineDigest } from '@shared/review';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { recordFullDataPrinted } from '../../db/reviews';
import { useAppSelector } from '../../store';
import { useCommand } from '../../ui/useCommand';
import { formatDateTime } from '../../ui/format';
import { PaperNotice, PaperSection, PaperSheet, PaperToolbar, PrintButton, PrintedLine } from '../../ui/paper/Paper';
import { TimelineTable } from '../print/SummarySections';
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
} from './ReportSections';
import { DigestTable, LimitsTable } from './ReviewTables';
import { ClosedIncidentOnly } from './ClosedIncidentOnly';
import type { ReviewRecords } from './useReviewRecords';
import '../print/print.css';
import './review.css';

export function ReviewReportPage({ id }: { id: string }) {
  return <ClosedIncidentOnly id={id}>{(records) => <ReviewReport records={records} />}</ClosedIncidentOnly>;
}

function ReviewReport({ records }: { records: ReviewRecords }) {
  const { t } = useTranslation();
  const book = useConsole();
  const { db, plan, calendar, now } = book;
  const operator = useOperator();
  const writeContext = useWriteContext();
  const locale = useAppSelector((s) => s.session.locale);
  const { print, printing, failure } = usePrintToPdf();
  const [full, setFull] = useState(false);
  const { alert: recordFailure, run, clear } = useCommand();
  const staff = usePeople();
  const { incident, review, complaints } = records;

  const people = complaints.map((c) => c.complainant);
  const mask: Masking = full ? NO_MASKING : { text: (value) => maskKnownPersonalData(value, people), name: maskName, phone: maskPhone };
  const facts = incidentFacts(incident, { complaints, plan: planOfIncident(book, incident), people: staff, mask });
  const timeline: TimelineEntry[] = full ? records.timeline : records.timeline.map((e) => (e.note ? { ...e, note: mask.text(e.note) } : e));

  /** Full personal data on screen is for the plan's roles, with the password given again (再次验证). */
  async function showFull(on: boolean) {
    if (!on) return setFull(false);
    if (!operator || !personalDataRoles(plan).includes(operator.role)) return;
    if (!provenRecently(seat.current().provenAtMs, now()) && !(await askForPassword())) return;
    setFull(true);
  }

  async function printReport() {
    clear();
    // 保护投诉人隐私: a print with full personal data leaves a trace on the incident's timeline.
    if (full && (await run(() => recordFullDataPrinted(db, incident.id, writeContext()))) === null) return;
    await print(t('review.report.fileName', { number: incident.number }));
    // For that print only.
    setFull(false);
  }

  return (
    <div className="summary-screen">
      <PaperToolbar back={{ href: `/incidents/${incident.id}/review`, label: t('review.report.back') }}>
        {operator && personalDataRoles(plan).includes(operator.role) ? (
          <label className="review-check review-full-data" title={t('review.report.showFullHint')}>
            <input type="checkbox" checked={full} onChange={(e) => void showFull(e.target.checked)} />
            {t('review.report.showFull')}
          </label>
        ) : null}
        <PrintButton
          printing={printing}
          onPrint={() => void printReport()}
          labels={{ print: t('review.report.print'), printing: t('review.report.printing') }}
        />
      </PaperToolbar>
      {full ? <PaperNotice tone="warning">{t('review.report.showFullHint')}</PaperNotice> : null}
      {failure || recordFailure ? <PaperNotice tone="error">{failure ?? recordFailure}</PaperNotice> : null}
      {!review ? <PaperNotice tone="info">{t('review.report.notWrittenYet')}</PaperNotice> : null}
      <PaperSheet label={t('review.report.title')} lang={locale} className="review-report">
        <Cover incident={incident} facts={facts} />
        <div className="review-body">
          <FactsSection facts={facts} />
          <p className="summary-privacy">{full ? t('review.report.privacyFull') : t('review.report.privacyMasked')}</p>
          <PaperSection title={t('review.report.section.digest')}>
            <DigestTable rows={timelineDigest(incident, records.timeline)} mask={mask.text} />
          </PaperSection>
          <PaperSection title={t('review.report.section.limits')}>
            <LimitsTable rows={timeLimitTable(incident, book, calendar, now())} />
          </PaperSection>
          <AnalysisSection review={review} mask={mask} />
          <ReleasesSection releases={records.releases} mask={mask} />
          <MeasuresSection measures={records.measures} mask={mask} />
          <AccountabilitySection review={review} mask={mask} />
          <Signatures />
          <PrintedLine
            at={t('print.printedAt', { at: formatDateTime(now(), plan.utcOffsetMinutes) })}
            by={operator ? t('print.printedBy', { name: operator.name }) : null}
          />
        </div>
        <div className="review-appendix">
          <h2 className="review-appendix-title">{t('review.report.section.appendix')}</h2>
          <TimelineTable entries={timeline} />
        </div>
      </PaperSheet>
    </div>
  );
}
