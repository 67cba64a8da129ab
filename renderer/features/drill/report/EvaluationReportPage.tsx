// 演练评估报告: one drill run on paper — overview, the timeline of injects and responses, ratings,
// findings, the improvement plan, and the comparison with the previous run of the same scenario.
// On screen it is the A4 preview under a toolbar that print hides, made of the paper kit
// (ui/paper) like the incident summary and the after-action report.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { findingRows, reportComparison, reportOverview, reportTimeline, unplacedActions } from '@shared/drillReport';
import { useConsole } from '../../../db/DatabaseContext';
import { Letterhead, PaperNotice, PaperSheet, PaperToolbar, PrintButton, PrintedLine } from '../../../ui/paper/Paper';
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
      <PaperToolbar back={{ href: `/drill/runs/${id}/evaluation`, label: t('drillReport.back') }}>
        <PrintButton
          printing={printing}
          disabled={overview.status === 'ready'}
          onPrint={() => void print(t('drillReport.fileName', { number: run.number }))}
          labels={{ print: t('drillReport.print'), printing: t('drillReport.printing') }}
        />
      </PaperToolbar>
      {failure ? <PaperNotice tone="error">{failure}</PaperNotice> : null}
      {overview.status === 'ready' ? (
        <PaperNotice tone="info" role="status" onPaper>
          {t('drillReport.notStarted')}
        </PaperNotice>
      ) : (
        <PaperSheet label={t('drillReport.title')} lang={text.locale} className="drill-report">
          <Letterhead
            title={t('drillReport.title')}
            number={t('drillReport.number', { number: run.number })}
            subject={text.text(run.scenario.title)}
            drillMark={t('drillReport.drillMark')}
            warning={overview.status !== 'finished' ? t('drillReport.notFinished', { at: text.dateTime(nowMs) }) : null}
            printed={
              <PrintedLine
                at={t('drillReport.printedAt', { at: text.dateTime(nowMs) })}
                by={operator ? t('drillReport.printedBy', { name: operator.name }) : null}
              />
            }
          />
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
        </PaperSheet>
      )}
    </div>
  );
}
