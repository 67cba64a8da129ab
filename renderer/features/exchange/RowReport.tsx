// 校验报告: invalid rows (row as numbered in the file, field, reason) and duplicates, each list
// virtualised because a bad export can have thousands; the invalid rows download as CSV.
import { useTranslation } from 'react-i18next';
import type { Duplicate, RowProblem } from '@shared/importing';
import { toIsoWithOffset } from '@shared/time';
import { getHost } from '../../host';
import { useConsole } from '../../db/DatabaseContext';
import { VirtualList } from '../../ui/VirtualList';
import { writeRowsCsv } from './csvFile';
import { countOf, duplicateText, fieldLabel, problemText } from './exchangeText';
import { useAppSelector } from '../../store';

const ROW_HEIGHT = 34;
/** A report grows with its rows up to this many, then scrolls. */
const MAX_VISIBLE_ROWS = { problems: 9, duplicates: 6 };
const listHeight = (rows: number, max: number) => Math.min(rows, max) * ROW_HEIGHT;

export function ProblemList({ problems, fileName }: { problems: RowProblem[]; fileName: string }) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const { plan, now } = useConsole();
  if (problems.length === 0) return <p className="muted">{t('exchange.report.noProblems')}</p>;
  async function download() {
    const headers = [t('exchange.report.row'), t('exchange.report.field'), t('exchange.report.reason')];
    const csv = writeRowsCsv(
      headers,
      problems.map((p) => [p.row, fieldLabel(p.field, t), problemText(p, t)]),
    );
    const stamp = toIsoWithOffset(now(), plan.utcOffsetMinutes).slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
    const base = fileName.replace(/\.[^.]+$/, '').replace(/[\\/:*?"<>|]/g, '_');
    await getHost().saveFile({
      suggestedName: `${t('exchange.report.fileName', { file: base })}-${stamp}.csv`,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      data: csv,
    });
  }
  return (
    <div className="report-block">
      <div className="report-head">
        <h3>{t('exchange.report.invalidTitle', { findings: countOf('findings', problems.length, locale, t) })}</h3>
        <button type="button" onClick={() => void download()}>
          {t('exchange.report.download')}
        </button>
      </div>
      <div
        className="report-table"
        role="table"
        aria-label={t('exchange.report.invalidLabel')}
        style={{ ['--list-height' as string]: `${listHeight(problems.length, MAX_VISIBLE_ROWS.problems)}px` }}
      >
        <div className="report-row report-header" role="row">
          <span role="columnheader">{t('exchange.report.row')}</span>
          <span role="columnheader">{t('exchange.report.field')}</span>
          <span role="columnheader">{t('exchange.report.reason')}</span>
        </div>
        <VirtualList
          items={problems}
          rowHeight={ROW_HEIGHT}
          label={t('exchange.report.invalidLabel')}
          getKey={(p) => `${p.row}:${p.field}`}
          render={(p) => (
            <div className="report-row" role="row">
              <span role="cell" className="mono">
                {p.row}
              </span>
              <span role="cell">{fieldLabel(p.field, t)}</span>
              <span role="cell">{problemText(p, t)}</span>
            </div>
          )}
        />
      </div>
    </div>
  );
}

export function DuplicateList({ duplicates }: { duplicates: Duplicate[] }) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  if (duplicates.length === 0) return null;
  return (
    <div className="report-block">
      <div className="report-head">
        <h3>{t('exchange.report.duplicateTitle', { duplicates: countOf('duplicates', duplicates.length, locale, t) })}</h3>
      </div>
      <div
        className="report-table"
        role="table"
        aria-label={t('exchange.report.duplicateLabel')}
        style={{ ['--list-height' as string]: `${listHeight(duplicates.length, MAX_VISIBLE_ROWS.duplicates)}px` }}
      >
        <div className="report-row report-header" role="row">
          <span role="columnheader">{t('exchange.report.row')}</span>
          <span role="columnheader">{t('exchange.field.externalRef')}</span>
          <span role="columnheader">{t('exchange.report.reason')}</span>
        </div>
        <VirtualList
          items={duplicates}
          rowHeight={ROW_HEIGHT}
          label={t('exchange.report.duplicateLabel')}
          getKey={(d) => String(d.row)}
          render={(d) => (
            <div className="report-row" role="row">
              <span role="cell" className="mono">
                {d.row}
              </span>
              <span role="cell" className="mono">
                {d.externalRef || t('exchange.report.noRef')}
              </span>
              <span role="cell">{duplicateText(d, t)}</span>
            </div>
          )}
        />
      </div>
    </div>
  );
}
