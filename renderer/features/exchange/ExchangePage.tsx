// 导入导出: complaints in from hotline exports (CSV / XLSX), complaint and incident lists out.
import { useTranslation } from 'react-i18next';
import { failureText } from '../../ui/describe';
import { Panel } from '../../ui/Field';
import { CheckPanel } from './CheckPanel';
import { ExportPanel } from './ExportPanel';
import { ImportHistory } from './ImportHistory';
import { ImportProgress } from './ImportProgress';
import { ImportResult } from './ImportResult';
import { MappingPanel } from './MappingPanel';
import { PreviewTable } from './PreviewTable';
import { useImport } from './useImport';
import './exchange.css';

export function ExchangePage() {
  const { t } = useTranslation();
  const flow = useImport();
  const { file, progress, finished } = flow;
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
      {progress && file ? <ImportProgress progress={progress} fileName={file.fileName} onCancel={flow.cancel} /> : null}
      {!progress && finished ? <ImportResult finished={finished} onDone={flow.reset} /> : null}
      {!progress && file ? (
        <>
          <p className="file-line">
            {t('exchange.file.loaded', { file: file.fileName, rows: file.table.rows.length, columns: file.table.headers.length })}
          </p>
          <MappingPanel headers={file.table.headers} mapping={flow.mapping} onChange={flow.setMapping} />
          <PreviewTable table={file.table} mapping={flow.mapping} />
          <CheckPanel
            check={flow.check}
            total={file.table.rows.length}
            fileName={file.fileName}
            onCommit={() => void flow.commit()}
            onReset={flow.reset}
          />
        </>
      ) : null}
      {!progress && !file && !finished ? (
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
      {!progress && !file ? <ImportHistory /> : null}
    </div>
  );
}
