// 导入导出: complaints in from hotline exports (CSV / XLSX), complaint and incident lists out.
// A run under way is shown from importRun, so coming back to the page finds it again.
import { useTranslation } from 'react-i18next';
import { failureText } from '../../ui/describe';
import { Panel } from '../../ui/Field';
import { CheckPanel } from './CheckPanel';
import { formatCount } from './exchangeText';
import { ExportPanel } from './ExportPanel';
import { ImportHistory } from './ImportHistory';
import { importRun } from './importRun';
import { ImportProgress } from './ImportProgress';
import { ImportResult } from './ImportResult';
import { MappingPanel } from './MappingPanel';
import { PreviewTable } from './PreviewTable';
import { useImport } from './useImport';
import { useAppSelector } from '../../store';
import './exchange.css';

export function ExchangePage() {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const flow = useImport();
  const { file, run } = flow;
  const idle = run.phase === 'idle';
  return (
    <div className="exchange">
      <div className="page-header">
        <h1>{t('exchange.title')}</h1>
      </div>
      {flow.failure ? (
        <div className="notice error" role="alert">
          {failureText(flow.failure, t)}
        </div>
      ) : null}
      {run.phase === 'running' ? <ImportProgress progress={run.progress} fileName={run.fileName} onCancel={importRun.cancel} /> : null}
      {run.phase === 'finished' ? <ImportResult finished={run.finished} onDone={flow.reset} /> : null}
      {idle && file ? (
        <>
          <p className="file-line">
            {t('exchange.file.loaded', {
              file: file.fileName,
              rows: t('exchange.unit.rows', { count: file.table.rows.length, n: formatCount(file.table.rows.length, locale) }),
              columns: t('exchange.unit.columns', { count: file.table.headers.length, n: file.table.headers.length }),
            })}
          </p>
          <MappingPanel headers={file.table.headers} mapping={flow.mapping} onChange={flow.setMapping} />
          <PreviewTable table={file.table} mapping={flow.mapping} check={flow.check} />
          <CheckPanel
            check={flow.check}
            total={file.table.rows.length}
            fileName={file.fileName}
            runningElsewhere={flow.runningElsewhere?.fileName ?? null}
            onCommit={() => void flow.commit()}
            onReset={flow.reset}
          />
        </>
      ) : null}
      {idle && !file ? (
        <div className="exchange-home">
          <Panel title={t('exchange.import.title')}>
            <p>{t('exchange.import.intro')}</p>
            <p className="muted small">{t('exchange.import.formats')}</p>
            <div className="form-actions">
              <button type="button" className="primary" onClick={() => void flow.chooseFile()}>
                {t('exchange.import.choose')}
              </button>
            </div>
          </Panel>
          <ExportPanel />
        </div>
      ) : null}
      {!file || !idle ? <ImportHistory /> : null}
    </div>
  );
}
