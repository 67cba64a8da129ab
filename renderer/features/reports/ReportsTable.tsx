// 信息报送记录 on paper: every report that went out — which, when, to whom, how, who received it and
// who sent it — oldest first. Printed in the incident summary (and the archive's file).
import { useTranslation } from 'react-i18next';
import type { UpwardReporting } from '@shared/plan';
import { recipientNames, sentReports, type UpwardReport } from '@shared/upwardReports';
import { useConsole } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';
import { formatDateTime } from '../../ui/format';
import { PaperSection, PaperTable } from '../../ui/paper/Paper';
import { useReportName } from './useReportName';

export function ReportsTable({ reports, rule }: { reports: readonly UpwardReport[]; rule: UpwardReporting }) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const name = useReportName();
  const sent = sentReports(reports);
  return (
    <PaperSection title={t('reports.printed.sectionTitle')} empty={sent.length ? null : t('reports.printed.none')}>
      <PaperTable
        columns={[
          { label: t('reports.printed.columns.report'), className: 'col-name' },
          { label: t('reports.printed.columns.sentAt'), className: 'col-time' },
          t('reports.printed.columns.recipients'),
          { label: t('reports.printed.columns.method'), className: 'col-channel' },
          t('reports.printed.columns.receivers'),
          { label: t('reports.printed.columns.by'), className: 'col-name' },
        ]}
      >
        {sent.map((report) => (
          <tr key={report.id}>
            <td className="nowrap">{name(report.kind, report.sequence)}</td>
            <td className="nowrap">{formatDateTime(report.sent.at, plan.utcOffsetMinutes)}</td>
            <td>{recipientNames(report.recipients, rule, locale).join(locale === 'en' ? ', ' : '、')}</td>
            <td className="nowrap">{t(`reports.method.${report.sent.method}`)}</td>
            <td>{report.sent.receivers}</td>
            <td className="nowrap">{report.sent.byName}</td>
          </tr>
        ))}
      </PaperTable>
    </PaperSection>
  );
}
