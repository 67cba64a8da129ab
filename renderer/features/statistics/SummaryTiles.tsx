// 概况: the period's headline figures, each a term and its value.
import { useTranslation } from 'react-i18next';
import { percent, type PeriodStatistics } from '@shared/statistics';

const TILES = ['complaints', 'incidents', 'levelOne', 'rejected', 'closed', 'satisfaction', 'onTime', 'overdueMeasures'] as const;

export function SummaryTiles({ summary }: { summary: PeriodStatistics['summary'] }) {
  const { t } = useTranslation();
  const rate = (value: number | null) => {
    const shown = percent(value);
    return shown === '' ? t('statistics.noValue') : t('statistics.percentValue', { value: shown });
  };
  const values: Record<(typeof TILES)[number], string> = {
    complaints: String(summary.complaints),
    incidents: String(summary.incidents),
    levelOne: String(summary.levelOne),
    rejected: String(summary.rejected),
    closed: String(summary.closed),
    satisfaction: rate(summary.satisfactionRate),
    onTime: rate(summary.onTimeRate),
    overdueMeasures: String(summary.overdueMeasures),
  };
  return (
    <div className="stat-tiles">
      {TILES.map((tile) => {
        const label = t(`statistics.summary.${tile}`);
        const warn = (tile === 'overdueMeasures' && summary.overdueMeasures > 0) || (tile === 'levelOne' && summary.levelOne > 0);
        // Each tile a labelled group holding its own term and value: a dl may hold only plain
        // div wrappers, so a group role inside one breaks the list for screen readers.
        return (
          <div key={tile} role="group" aria-label={label} className={`stat-tile${warn ? ' warn' : ''}`}>
            <dl>
              <dt>{label}</dt>
              <dd>{values[tile]}</dd>
            </dl>
          </div>
        );
      })}
    </div>
  );
}
