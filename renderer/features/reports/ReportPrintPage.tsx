// One report upward on paper: the kind and number as its title, the incident, whom it goes to, who
// drafted and approved it, what was sent when and how, and its words as paragraphs.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { planOfIncident } from '@shared/planVersions';
import { recipientNames, reportingRule } from '@shared/upwardReports';
import { useConsole } from '../../db/DatabaseContext';
import { useReportWithIncident } from '../../db/reads/reports';
import { useAppSelector } from '../../store';
import { formatDateTime } from '../../ui/format';
import { FactTable, PaperSection } from '../../ui/paper/Paper';
import { PrintedPaper } from '../print/PrintedPaper';
import { useReportName } from './useReportName';
import '../print/print.css';

export function ReportPrintPage({ incidentId, reportId }: { incidentId: string; reportId: string }) {
  const { t } = useTranslation();
  const book = useConsole();
  const { plan } = book;
  const locale = useAppSelector((s) => s.session.locale);
  const name = useReportName();
  const loaded = useReportWithIncident(incidentId, reportId);
  if (loaded === undefined) return null;
  if (loaded === null)
    return (
      <div className="empty" role="alert">
        <p>{t('reports.refusal.report-not-found')}</p>
        <Link href={`/incidents/${incidentId}`}>{t('print.back')}</Link>
      </div>
    );
  const { report, incident } = loaded;
  const rule = reportingRule(planOfIncident(book, incident));
  const at = (iso: string) => formatDateTime(iso, plan.utcOffsetMinutes);
  const title = name(report.kind, report.sequence);
  const rows: [string, string][] = [
    [t('reports.printed.recipients'), recipientNames(report.recipients, rule, locale).join(locale === 'en' ? ', ' : '、')],
    [t('reports.printed.drafted'), t('reports.byAt', { name: report.createdByName, at: at(report.createdAt) })],
    ...(report.needsApproval
      ? [
          [
            t('reports.printed.approved'),
            report.decision ? t(`reports.decision.${report.decision.kind}`, { name: report.decision.byName, at: at(report.decision.at) }) : t('reports.needsApproval'),
          ] as [string, string],
        ]
      : []),
    [
      t('reports.printed.sent'),
      report.sent
        ? t('reports.sentLine', { at: at(report.sent.at), method: t(`reports.method.${report.sent.method}`), receivers: report.sent.receivers, name: report.sent.byName })
        : t('reports.printed.notSent'),
    ],
  ];
  return (
    <PrintedPaper
      back={{ href: `/incidents/${incident.id}`, label: t('print.back') }}
      title={title}
      number={incident.number}
      subject={report.title}
      drill={incident.mode === 'drill'}
    >
        <PaperSection title={t('reports.printed.facts')}>
          <FactTable label={title} rows={rows} />
        </PaperSection>
        <PaperSection title={t('reports.field.text')}>
          <div className="report-printed-text">
            {report.text.split(/\n+/).map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
        </PaperSection>
    </PrintedPaper>
  );
}
