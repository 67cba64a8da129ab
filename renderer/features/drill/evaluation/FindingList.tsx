// The findings recorded so far, with their measures' status and the buttons to mark a measure
// done (or reopen it) and to remove a finding.
import { useTranslation } from 'react-i18next';
import type { DrillFinding } from '@shared/drillRecords';

export function FindingList({
  findings,
  objectiveName,
  onToggle,
  onRemove,
}: {
  findings: readonly DrillFinding[];
  objectiveName: (code: string) => string;
  onToggle: (finding: DrillFinding) => void;
  onRemove: (finding: DrillFinding) => void;
}) {
  const { t } = useTranslation();
  if (findings.length === 0) return <p className="muted">{t('drill.evaluation.noFindings')}</p>;
  return (
    <table className="drill-table" aria-label={t('drill.evaluation.findings')}>
      <thead>
        <tr>
          <th>{t('drill.evaluation.objective')}</th>
          <th>{t('drill.evaluation.finding')}</th>
          <th>{t('drill.evaluation.measure')}</th>
          <th>{t('drill.evaluation.owner')}</th>
          <th>{t('drill.evaluation.dueDate')}</th>
          <th>{t('drill.evaluation.measureStatus')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {findings.map((finding) => (
          <tr key={finding.id}>
            <td>{finding.objective ? objectiveName(finding.objective) : ''}</td>
            <td>{finding.finding}</td>
            <td>{finding.measure}</td>
            <td>{finding.owner}</td>
            <td className="mono">{finding.dueDate}</td>
            <td>{finding.status === 'done' ? t('drill.evaluation.done') : t('drill.evaluation.open')}</td>
            <td className="drill-row-actions">
              <button type="button" onClick={() => onToggle(finding)}>
                {finding.status === 'open' ? t('drill.evaluation.markDone') : t('drill.evaluation.reopen')}
              </button>
              <button type="button" className="link" onClick={() => onRemove(finding)}>
                {t('drill.evaluation.remove')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
