// 信访事项 in 统计分析, counted apart from complaints: the period's petitions by month received and
// by where they stand now, with the 复查 and 复核 asked.
import { useTranslation } from 'react-i18next';
import type { PetitionMonth } from '@shared/petitionStatistics';
import { usePetitionStatistics } from '../../db/reads/petitions';
import { Panel } from '../../ui/Field';
import './petitions.css';

const COLUMNS = ['received', 'pending', 'handling', 'answered', 'rejected', 'review', 'recheck'] as const;

export function PetitionStatsPanel({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const stats = usePetitionStatistics(from, to);
  if (!stats) return null;
  const row = (label: string, m: PetitionMonth) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      {COLUMNS.map((c) => (
        <td key={c} className="num">
          {m[c]}
        </td>
      ))}
    </tr>
  );
  return (
    <Panel title={t('petitions.statistics.title')} className="petition-stats">
      <p className="muted small">{t('petitions.statistics.apart', { count: stats.total.received })}</p>
      {stats.months.length > 0 ? (
        <table aria-label={t('petitions.statistics.title')}>
          <thead>
            <tr>
              <th>{t('petitions.statistics.month')}</th>
              {COLUMNS.map((c) => (
                <th key={c} className="num">
                  {t(`petitions.statistics.column.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stats.months.map((m) => row(m.month, m))}
            {row(t('petitions.statistics.total'), stats.total)}
          </tbody>
        </table>
      ) : null}
    </Panel>
  );
}
