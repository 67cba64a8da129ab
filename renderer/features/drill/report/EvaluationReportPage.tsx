// 演练评估报告: one drill run on paper — overview, the timeline of injects and responses, ratings,
// findings, the improvement plan, and the comparison with the previous run of the same scenario.
// On screen it is the A4 preview under a toolbar that print hides; the running header and page
// numbers come from the console's one @page rule (features/print/PrintSetup).
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { findingRows, reportComparison, reportOverview, reportTimeline, unplacedActions } from '@shared/drillReport';
import { useConsole } from '../../../db/DatabaseContext';
import { usePrintToPdf } from '../../print/usePrintToPdf';
import { useOperator } from '../../session/useWriteContext';
import { DrillTabs } from '../DrillTabs';
import { ComparisonSection } from './ComparisonSection';
import { FindingsSection, ImprovementPlanSection, OverviewSection, RatingsSection } from './ReportSections';
import { useReportText } from './reportText';
import { TimelineSection } from './TimelineSection';
import { useReportData, type ReportData } from './useReportData';
import './report.css';

export function EvaluationReportPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const data = useReportData(id);
  if (data === undefined) return null;
  if ('failure' in data) {
    return (
      <div className="drill-report-screen">
        <DrillTabs />
        <div className="notice error" role="alert">
          <p>{data.failure === 'drill-run-not-found' ? t('drillReport.notFound') : t('drillReport.failed', { code: data.failure })}</p>
          <Link href="/drill">{t('drillReport.backHome')}</Link>
        </div>
      </div>
    );
  }
  return <EvaluationReport id={id} data={data} />;
}

function EvaluationReport({ id, data }: { id: string; data: ReportData }) {
  const text = useReportText();
  const { t } = text;
  const { now } = useConsole();
  const operator = useOperator();
  const { print, printing, failure } = usePrintToPdf();
  const input = data.evaluation;
  const { run } = input;
  const nowMs = now();
  const overview = reportOverview(input, nowMs);

  return (
    <div className="drill-report-screen">
      <DrillTabs />
      <div className="drill-report-toolbar no-print">
        <Link href={`/drill/runs/${id}/evaluation`} className="back">
          ← {t('drillReport.back')}
        </Link>
        <button
          type="button"
          className="primary"
          disabled={printing || overview.status === 'ready'}
          onClick={() => void print(t('drillReport.fileName', { number: run.number }))}
        >
          {printing ? t('drillReport.printing') : t('drillReport.print')}
        </button>
      </div>
      {failure ? (
        <div className="notice error no-print drill-report-failure" role="alert">
          {failure}
        </div>
      ) : null}
      {overview.status === 'ready' ? (
        <p className="notice drill-report-failure" role="status">
          {t('drillReport.notStarted')}
        </p>
      ) : (
        // lang lets the browser pick the right glyphs and spacing for the words on the page.
        <article className="drill-report" aria-label={t('drillReport.title')} lang={text.locale}>
          <header className="drill-report-head">
            <h1>{t('drillReport.title')}</h1>
            <p className="drill-report-title">
              <span className="drill-report-number">{t('drillReport.number', { number: run.number })}</span> {text.text(run.scenario.title)}
            </p>
            {/* Drill data never passes for live data, not even on paper. */}
            <p className="drill-report-mark">{t('drillReport.drillMark')}</p>
            {overview.status !== 'finished' ? (
              <p className="drill-report-warning" role="status">
                {t('drillReport.notFinished', { at: text.dateTime(nowMs) })}
              </p>
            ) : null}
            <p className="drill-report-meta">
              <span>{t('drillReport.printedAt', { at: text.dateTime(nowMs) })}</span>
              {operator ? <span>{t('drillReport.printedBy', { name: operator.name })}</span> : null}
            </p>
          </header>
          <OverviewSection overview={overview} noticeTitle={data.noticeTitle} text={text} />
          <TimelineSection
            rows={reportTimeline(input)}
            unplaced={unplacedActions(input)}
            incidentNumbers={data.incidentNumbers}
            text={text}
          />
          <RatingsSection evaluation={input.evaluation} text={text} />
          <FindingsSection rows={findingRows(input)} text={text} />
          <ImprovementPlanSection rows={findingRows(input)} text={text} />
          <ComparisonSection comparison={reportComparison(input)} laterNumber={run.number} text={text} />
        </article>
      )}
    </div>
  );
}
