// 导出CSV for one chart: its table in Chinese (files go to Chinese offices whatever the screen's
// language), with a BOM so Excel reads it, saved through the host.
import { useTranslation } from 'react-i18next';
import type { Result } from '@shared/result';
import { lastDayOf, statisticsTable, type ChartKey, type PeriodStatistics } from '@shared/statistics';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { getHost } from '../../host';
import { writeRowsCsv } from '../exchange/csvFile';
import { useTeams } from '../../db/reads/organisation';
import { statisticsWords } from './statisticsWords';
import { keyIn } from '../../i18n/keys';

/** The CSV text of a chart's table, headers and names in Chinese. */
export function useChartCsv() {
  const { i18n } = useTranslation();
  const { plan } = useConsole();
  const teams = useTeams();
  const people = usePeople();
  return (chart: ChartKey, stats: PeriodStatistics) => {
    const zh = i18n.getFixedT('zh-CN');
    const table = statisticsTable(chart, stats, statisticsWords(zh, 'zh-CN', plan, teams, people));
    return writeRowsCsv(
      table.columns.map((column) => zh(keyIn('statistics.column', column))),
      table.rows,
    );
  };
}

export function useChartExport() {
  const { i18n, t } = useTranslation();
  const { db } = useConsole();
  const csvOf = useChartCsv();
  return async (chart: ChartKey, stats: PeriodStatistics): Promise<Result<{ file: string } | null>> => {
    const zh = i18n.getFixedT('zh-CN');
    const name = zh('statistics.csvFileName', {
      chart: zh(`statistics.chart.${chart}`, { top: stats.placeTop }),
      from: stats.period.from.replaceAll('-', ''),
      to: lastDayOf(stats.period).replaceAll('-', ''),
    });
    // A drill's figures are named as such, so they are never passed on as live data.
    const suggestedName = `${db.mode === 'drill' ? t('drill.exportPrefix') : ''}${name}`;
    try {
      const saved = await getHost().saveFile({ suggestedName, filters: [{ name: 'CSV', extensions: ['csv'] }], data: csvOf(chart, stats) });
      if (!saved.ok) return saved;
      return { ok: true, value: saved.value.saved ? { file: saved.value.name ?? suggestedName } : null };
    } catch (error) {
      return { ok: false, error: { code: 'export-failed', message: error instanceof Error ? error.message : String(error) } };
    }
  };
}
