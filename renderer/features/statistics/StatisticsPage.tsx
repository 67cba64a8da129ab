// 统计分析: a period's complaints and incidents by category, grade, channel and place, time-limit
// compliance per stage, satisfaction, recurring problems, team workload and overdue improvement
// measures. Every figure has its numbers beside it and a CSV of them; the page prints on A4.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHARTS, lastDayOf, presetPeriod, statisticsTable, type ChartKey, type Period } from '@shared/statistics';
import { planDateOf } from '@shared/time';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { useAppSelector } from '../../store';
import { Panel } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { useTeams } from '../../db/reads/organisation';
import { usePrintToPdf } from '../print/usePrintToPdf';
import { useOperator } from '../session/useWriteContext';
import { ChartPanel } from './ChartPanel';
import { OpinionStatsPanel } from '../opinion/OpinionStatsPanel';
import { PetitionStatsPanel } from '../petitions/PetitionStatsPanel';
import { PeriodPicker } from './PeriodPicker';
import { StatisticsBarChart } from './StatisticsBarChart';
import { chartBars, chartHeight } from './StatisticsCharts';
import { statisticsWords } from './statisticsWords';
import { SummaryTiles } from './SummaryTiles';
import { useChartExport } from './useChartExport';
import { useStatistics } from './useStatistics';
import './statistics.css';

const WIDE = new Set<ChartKey>(['trend', 'workload', 'measures']);
/** The figures that count incidents: their note says how many complaints were not accepted. */
const OF_INCIDENTS = new Set<ChartKey>(['category', 'level', 'place']);

export function StatisticsPage() {
  const { t } = useTranslation();
  const { db, plan, now } = useConsole();
  const people = usePeople();
  const teams = useTeams();
  const operator = useOperator();
  const locale = useAppSelector((s) => s.session.locale);
  const today = planDateOf(now(), plan.utcOffsetMinutes);
  const [period, setPeriod] = useState<Period>(() => presetPeriod('this-month', today));
  const stats = useStatistics(period);
  const exportChart = useChartExport();
  const { print, printing, failure } = usePrintToPdf();
  const words = useMemo(() => statisticsWords(t, locale, plan, teams, people), [t, locale, plan, teams, people]);
  const lastDay = lastDayOf(period);

  const titleOf = (chart: ChartKey) => t(`statistics.chart.${chart}`, { top: stats?.placeTop ?? 0 });
  const noteOf = (chart: ChartKey) => {
    if (!stats) return undefined;
    const notes: string[] = [
      chart === 'place' && stats.placesNotShown ? t('statistics.hint.placesNotShown', { count: stats.placesNotShown }) : null,
      OF_INCIDENTS.has(chart) && stats.summary.rejected ? t('statistics.hint.notAccepted', { count: stats.summary.rejected }) : null,
      chart === 'trend' && stats.summary.rejected ? t('statistics.hint.notAcceptedTrend', { count: stats.summary.rejected }) : null,
    ].filter((note) => note !== null);
    return notes.length ? notes.join(' ') : undefined;
  };
  return (
    <div className="statistics" lang={locale}>
      <div className="page-header">
        <h1>{t('statistics.title')}</h1>
        <button
          type="button"
          className="primary no-print"
          disabled={printing}
          onClick={() => void print(t('statistics.fileName', { from: period.from, to: lastDay }))}
        >
          {printing ? t('statistics.printing') : t('statistics.print')}
        </button>
      </div>
      {failure ? (
        <div className="notice error no-print" role="alert">
          {failure}
        </div>
      ) : null}
      <PeriodPicker today={today} period={period} onChange={setPeriod} />
      <header className="stat-head">
        <p className="stat-document">{t('statistics.documentTitle')}</p>
        <p className="stat-showing">{t('statistics.period.showing', { from: period.from, to: lastDay })}</p>
        <p className="muted small stat-meta">
          <span>{t('statistics.generatedAt', { at: formatDateTime(now(), plan.utcOffsetMinutes) })}</span>
          {operator ? <span>{t('statistics.generatedBy', { name: operator.name })}</span> : null}
        </p>
        {db.mode === 'drill' ? <p className="notice warning small">{t('statistics.drillNote')}</p> : null}
      </header>
      {stats ? (
        <>
          <Panel title={t('statistics.summary.title')} className="stat-summary">
            <SummaryTiles summary={stats.summary} />
          </Panel>
          <div className="stat-grid">
            {CHARTS.map((chart) => {
              const bars = chartBars(chart, stats, words, plan, t);
              const title = titleOf(chart);
              return (
                <ChartPanel
                  key={chart}
                  title={title}
                  hint={t(`statistics.hint.${chart}`)}
                  wide={WIDE.has(chart)}
                  table={statisticsTable(chart, stats, words)}
                  note={noteOf(chart)}
                  emptyText={chart === 'measures' ? t('statistics.noMeasures') : undefined}
                  chart={
                    bars && bars.data.length ? (
                      <StatisticsBarChart
                        data={bars.data}
                        height={chartHeight(bars)}
                        label={title}
                        series={bars.series}
                        horizontal={bars.horizontal}
                        percent={bars.percent}
                        valueFormat={bars.percent ? (v) => t('statistics.percentValue', { value: v }) : undefined}
                      />
                    ) : undefined
                  }
                  onExport={() => exportChart(chart, stats)}
                />
              );
            })}
          </div>
          <OpinionStatsPanel from={period.from} to={period.to} title={t('opinion.statistics.title')} />
          <PetitionStatsPanel from={period.from} to={period.to} />
        </>
      ) : (
        <p className="muted">{t('statistics.loading')}</p>
      )}
    </div>
  );
}
