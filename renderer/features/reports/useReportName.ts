// 首报 / 续报（第2次） / 终报: a report's name as people say it, in the operator's language.
import { useTranslation } from 'react-i18next';
import type { ReportKind } from '@shared/upwardReports';

export function useReportName(): (kind: ReportKind, sequence: number) => string {
  const { t } = useTranslation();
  return (kind, sequence) => (kind === 'follow-up' ? t('reports.kindNumbered', { sequence }) : t(`reports.kind.${kind}`));
}
