// The bars each figure draws, from the same statistics the tables are written from.
import type { TFunction } from 'i18next';
import type { Plan } from '@shared/plan';
import { NATIONAL_COLOURS } from '@shared/plan';
import type { ChartKey, PeriodStatistics, StatisticsWords } from '@shared/statistics';
import type { BarDatum } from '../../ui/charts';
import { bucketAxisLabel } from './statisticsWords';

const COLOUR_HEX = { red: '#c62828', orange: '#ef6c00', yellow: '#c99a00', blue: '#1565c0' } as const;
const GREEN = '#2e7d32';
const RED = '#c62828';
const GREY = '#98a2b3';
/** Below this on-time rate a stage's bar is red, as on the dashboard. */
const ON_TIME_TARGET = 0.8;

/** `series` is what a bar measures, named in the tooltip. */
export type ChartBars = { data: BarDatum[]; series: string; horizontal?: boolean; percent?: boolean };

export function chartBars(chart: ChartKey, stats: PeriodStatistics, words: StatisticsWords, plan: Plan, t: TFunction): ChartBars | null {
  const complaints = t('statistics.series.complaints');
  const incidents = t('statistics.series.incidents');
  switch (chart) {
    case 'trend':
      return {
        data: stats.trend.buckets.map((b) => ({ label: bucketAxisLabel(b.start, stats.trend.unit), value: b.complaints })),
        series: complaints,
      };
    case 'category':
      return {
        data: stats.byCategory.map((r) => ({ label: words.category(r.categoryCode), value: r.count })),
        series: incidents,
        horizontal: true,
      };
    case 'level':
      return {
        data: stats.byLevel.map((r) => {
          const grade = plan.grades.find((g) => g.level === r.level);
          return {
            label: words.level(r.level),
            value: r.count,
            colour: grade ? COLOUR_HEX[NATIONAL_COLOURS[grade.nationalLevels[0]!]] : GREY,
          };
        }),
        series: incidents,
      };
    case 'channel':
      return {
        data: stats.byChannel.map((r) => ({ label: words.channel(r.channelCode), value: r.count })),
        series: complaints,
        horizontal: true,
      };
    case 'place':
      return { data: stats.byPlace.map((r) => ({ label: words.place(r.place), value: r.count })), series: incidents, horizontal: true };
    case 'onTime':
      return {
        data: stats.onTime
          .filter((r) => r.rate !== null)
          .map((r) => ({
            label: words.stage(r.stage),
            value: Math.round((r.rate ?? 0) * 100),
            colour: (r.rate ?? 0) < ON_TIME_TARGET ? RED : GREEN,
          })),
        series: t('statistics.series.rate'),
        horizontal: true,
        percent: true,
      };
    case 'satisfaction':
      return {
        data: (['satisfied', 'unsatisfied', 'unrecorded'] as const).map((key) => ({
          label: words.satisfaction(key),
          value: stats.satisfaction[key],
          colour: key === 'satisfied' ? GREEN : key === 'unsatisfied' ? RED : GREY,
        })),
        series: incidents,
      };
    case 'recurring':
      return {
        data: stats.recurring.map((r) => ({
          label: t('statistics.recurringLabel', { category: words.category(r.categoryCode), place: r.place }),
          value: r.count,
        })),
        series: incidents,
        horizontal: true,
      };
    case 'workload':
      return {
        data: stats.workload.map((r) => ({ label: words.team(r.teamId), value: r.issued })),
        series: t('statistics.series.issued'),
        horizontal: true,
      };
    case 'measures':
      return null;
  }
}

/** A horizontal chart grows with its rows so every label keeps its line; a column chart has one height. */
export const chartHeight = (bars: ChartBars) => (bars.horizontal ? Math.max(140, bars.data.length * 30 + 40) : 220);
