// The dashboard's four charts: today by hour, by category, level distribution, on-time rate.
import { useTranslation } from 'react-i18next';
import type { SummaryRow } from '@shared/summaries';
import { byHourOf, countsWithPrefix, onTimeOf, sumCounts } from '@shared/summaryViews';
import { NATIONAL_COLOURS } from '@shared/plan';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';
import { BarsChart } from '../../ui/charts';
import { RECENT_DAYS } from './useDashboardData';

const COLOUR_HEX = { red: '#c62828', orange: '#ef6c00', yellow: '#c99a00', blue: '#1565c0' } as const;

type Props = {
  /** The open incidents' summary, today's and the last RECENT_DAYS days'. */
  open: SummaryRow;
  today: SummaryRow;
  recentDays: SummaryRow[];
  dark?: boolean;
  height: number;
};

export function DashboardCharts({ open, today, recentDays, dark, height }: Props) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const byHour = byHourOf(today).map((value, hour) => ({ label: String(hour).padStart(2, '0'), value }));
  const categoryName = (code: string) => localized(plan.categories.find((c) => c.code === code)?.name ?? { zh: code }, locale);
  const byCategory = countsWithPrefix(open.counts, 'cat:')
    .slice(0, 6)
    .map((c) => ({ label: categoryName(c.key), value: c.count }));
  const levels = countsWithPrefix(open.counts, 'lv:');
  const byLevel = (['1', '2', '3', 'none'] as const).map((key) => {
    const grade = plan.grades.find((g) => String(g.level) === key);
    return {
      label: key === 'none' ? t('level.none') : t(`level.${key}`),
      value: levels.find((l) => l.key === key)?.count ?? 0,
      colour: grade ? COLOUR_HEX[NATIONAL_COLOURS[grade.nationalLevels[0]!]] : '#98a2b3',
    };
  });
  const onTime = onTimeOf(sumCounts(recentDays))
    .filter((r) => r.rate !== null)
    .map((r) => ({
      label: t(`clock.stage.${r.stage}`),
      value: Math.round((r.rate ?? 0) * 100),
      colour: (r.rate ?? 0) < 0.8 ? '#c62828' : '#2e7d32',
    }));
  const percent = (v: number) => `${v}%`;
  const onTimeTitle = t('dashboard.chartOnTime', { days: RECENT_DAYS });
  return (
    <div className="chart-grid">
      <section className="chart-panel" aria-label={t('dashboard.chartByHour')}>
        <h3>{t('dashboard.chartByHour')}</h3>
        <BarsChart data={byHour} height={height} label={t('dashboard.chartByHour')} dark={dark} />
      </section>
      <section className="chart-panel" aria-label={t('dashboard.chartByCategory')}>
        <h3>{t('dashboard.chartByCategory')}</h3>
        {byCategory.length ? (
          <BarsChart data={byCategory} height={height} label={t('dashboard.chartByCategory')} horizontal dark={dark} />
        ) : (
          <p className="muted">{t('dashboard.noData')}</p>
        )}
      </section>
      <section className="chart-panel" aria-label={t('dashboard.chartByLevel')}>
        <h3>{t('dashboard.chartByLevel')}</h3>
        <BarsChart data={byLevel} height={height} label={t('dashboard.chartByLevel')} dark={dark} />
      </section>
      <section className="chart-panel" aria-label={onTimeTitle}>
        <h3>{onTimeTitle}</h3>
        {onTime.length ? (
          <BarsChart data={onTime} height={height} label={onTimeTitle} horizontal dark={dark} valueFormat={percent} />
        ) : (
          <p className="muted">{t('dashboard.noData')}</p>
        )}
      </section>
    </div>
  );
}
