// One figure of the statistics: its chart, the numbers as a table (for screen readers, for the
// paper and for checking by hand) and 导出CSV for the same table.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Failure } from '@shared/result';
import type { StatisticsTable } from '@shared/statistics';
import { failureText } from '../../ui/describe';
import { Panel } from '../../ui/Field';
import { keyIn } from '../../i18n/keys';

type Props = {
  title: string;
  hint: string;
  table: StatisticsTable;
  /** The chart; absent for a figure that is a list (e.g. overdue measures). */
  chart?: ReactNode;
  note?: string;
  /** What an empty figure says; 本期无数据 unless the figure is not of the period. */
  emptyText?: string;
  /** Across the whole row, the chart beside its table (long tables: the trend, workload, measures). */
  wide?: boolean;
  onExport: () => Promise<{ ok: true; value: { file: string } | null } | { ok: false; error: Failure }>;
};

export function ChartPanel({ title, hint, table, chart, note, emptyText, wide, onExport }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ saved: string } | { failure: Failure } | null>(null);
  const empty = table.rows.length === 0;
  // A column of numbers is right-aligned, its heading too, so figures line up under their name. A
  // blank figure (a share of nothing, shown as —) is a number cell as well: a column of them only
  // must not leave its heading on the left while its cells stand on the right.
  const isNumber = (cell: string | number | undefined) => typeof cell === 'number' || cell === '';
  const numeric = table.columns.map((_, column) => table.rows.some((row) => column > 0 && isNumber(row[column])));

  async function exportTable() {
    setBusy(true);
    setOutcome(null);
    try {
      const result = await onExport();
      if (!result.ok) setOutcome({ failure: result.error });
      else if (result.value) setOutcome({ saved: t('statistics.export.saved', { file: result.value.file }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Panel
      title={title}
      className={`stat-panel${wide ? ' stat-wide' : ''}`}
      actions={
        <button
          type="button"
          className="no-print"
          disabled={busy}
          aria-label={t('statistics.export.label', { chart: title })}
          onClick={() => void exportTable()}
        >
          {t('statistics.export.button')}
        </button>
      }
    >
      <p className="muted small stat-hint">{hint}</p>
      {empty ? <p className="muted stat-empty">{emptyText ?? t('statistics.noData')}</p> : null}
      {!empty ? (
        <div className="stat-figure">
          {chart ? <div className="stat-chart">{chart}</div> : null}
          {/* A wide panel's table scrolls on screen (statistics.css): focusable, so it scrolls by keyboard too. */}
          <div
            className="stat-numbers"
            tabIndex={wide ? 0 : undefined}
            role={wide ? 'group' : undefined}
            aria-label={wide ? t('statistics.tableLabel', { chart: title }) : undefined}
          >
            <table className="stat-table" aria-label={t('statistics.tableLabel', { chart: title })}>
              <thead>
                <tr>
                  {table.columns.map((column, index) => (
                    <th key={column} scope="col" className={numeric[index] ? 'num' : undefined}>
                      {t(keyIn('statistics.column', column))}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, index) => (
                  <tr key={`${String(row[0])}-${index}`}>
                    {row.map((cell, column) =>
                      column === 0 ? (
                        <th key={column} scope="row">
                          {cell === '' ? t('statistics.noValue') : cell}
                        </th>
                      ) : (
                        <td key={column} className={isNumber(cell) ? 'num' : undefined}>
                          {cell === '' ? t('statistics.noValue') : cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
      {note ? <p className="muted small">{note}</p> : null}
      {outcome && 'saved' in outcome ? (
        <div className="notice success no-print" role="status">
          {outcome.saved}
        </div>
      ) : null}
      {outcome && 'failure' in outcome ? (
        <div className="notice error no-print" role="alert">
          {failureText(outcome.failure, t)}
        </div>
      ) : null}
    </Panel>
  );
}
