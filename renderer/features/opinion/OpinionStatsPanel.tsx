// Public opinion by warning level over a period, with items per day: the statistics page gives its
// period, the dashboard the last 7 days (and how many items wait without an incident).
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { countByWarning, opinionByDay, WARNING_LEVELS } from '@shared/opinionWarning';
import { startOfPlanDate, toIsoWithOffset } from '@shared/time';
import { useConsole } from '../../db/DatabaseContext';
import { useOpinionsFoundBetween, useWatchedCount } from '../../db/reads/opinions';
import { Panel } from '../../ui/Field';
import { OpinionLevelsChart } from './OpinionLevelsChart';
import { WarningBadge } from './OpinionList';
import './opinion.css';

type Props = { from: string; to: string; title: string; onDashboard?: boolean };

export function OpinionStatsPanel({ from, to, title, onDashboard = false }: Props) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const offset = plan.utcOffsetMinutes;
  const iso = (date: string) => toIsoWithOffset(startOfPlanDate(date, offset), offset);
  const items = useOpinionsFoundBetween(iso(from), iso(to));
  const watched = useWatchedCount();
  if (!items) return null;
  const counts = countByWarning(items);
  const names = {
    none: t('opinion.warningShort.none'),
    blue: t('opinion.warningShort.blue'),
    yellow: t('opinion.warningShort.yellow'),
    orange: t('opinion.warningShort.orange'),
    red: t('opinion.warningShort.red'),
  };
  return (
    <Panel title={title} className="opinion-stats">
      <ul className="warning-tiles" aria-label={t('opinion.statistics.byLevel')}>
        {[...WARNING_LEVELS].reverse().map((level) => (
          <li key={level}>
            <WarningBadge level={level} /> {counts[level]}
          </li>
        ))}
        <li>
          <WarningBadge level={undefined} /> {counts.none}
        </li>
        <li className="muted">{t('opinion.statistics.total', { count: items.length })}</li>
      </ul>
      {onDashboard && watched !== undefined ? (
        <p className="small">
          {t('opinion.dashboard.watched', { count: watched })} · <Link href="/opinion">{t('opinion.dashboard.open')}</Link>
        </p>
      ) : null}
      <OpinionLevelsChart
        days={opinionByDay(items, from, to, offset)}
        label={t('opinion.statistics.trend')}
        names={names}
        height={onDashboard ? 180 : 240}
      />
    </Panel>
  );
}
