// 导出: the complaint or incident list to CSV or XLSX. Files are written in Chinese whatever the
// screen's language (they go to Chinese offices and hotline systems, and must re-import).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { complaintTable, exportFileName, incidentTable, type ExportTable } from '@shared/exporting';
import type { Failure } from '@shared/result';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { complaintsForExport, incidentsForExport, recordExport, type ExportList } from '../../db/exports';
import { getHost } from '../../host';
import { failureText } from '../../ui/describe';
import { Panel } from '../../ui/Field';
import { useWriteContext } from '../session/useWriteContext';
import { writeCsv } from './csvFile';
import { SpreadsheetWorkerBlocked, writeXlsx } from './xlsxFile';

type Format = 'csv' | 'xlsx';

export function ExportPanel() {
  const { t, i18n } = useTranslation();
  const { db, plan, now } = useConsole();
  const people = usePeople();
  const writeContext = useWriteContext();
  const [format, setFormat] = useState<Format>('csv');
  const [full, setFull] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ saved: string } | { failure: Failure } | null>(null);

  async function tableOf(list: ExportList): Promise<ExportTable> {
    if (list === 'complaints') {
      const { complaints, incidentNumbers } = await complaintsForExport(db);
      return complaintTable(complaints, incidentNumbers, plan, full);
    }
    const zh = i18n.getFixedT('zh-CN');
    const words = {
      state: (state: string) => zh(`state.${state}`),
      level: (level: number | null) => (level === null ? zh('level.none') : zh(`level.${level}`)),
      person: (id: string) => people.find((p) => p.id === id)?.name ?? '',
    };
    return incidentTable(await incidentsForExport(db), plan, words, full);
  }

  async function exportList(list: ExportList) {
    setBusy(true);
    setOutcome(null);
    try {
      const table = await tableOf(list);
      // A drill's list is named as one, so it is never passed on as live data.
      const suggestedName = `${db.mode === 'drill' ? t('drill.exportPrefix') : ''}${exportFileName(table, now(), plan.utcOffsetMinutes, format)}`;
      const data = format === 'csv' ? writeCsv(table) : await writeXlsx(table);
      const filters = [format === 'csv' ? { name: 'CSV', extensions: ['csv'] } : { name: 'Excel', extensions: ['xlsx'] }];
      const saved = await getHost().saveFile({ suggestedName, filters, data });
      if (!saved.ok) return setOutcome({ failure: saved.error });
      if (!saved.value.saved) return;
      const file = saved.value.name ?? suggestedName;
      await recordExport(db, { list, format, count: table.rows.length, file, fullPersonalData: full }, writeContext());
      setOutcome({ saved: t('exchange.export.saved', { count: table.rows.length, file }) });
    } catch (error) {
      if (error instanceof SpreadsheetWorkerBlocked) return setOutcome({ failure: { code: 'xlsx-blocked' } });
      setOutcome({ failure: { code: 'export-failed', message: error instanceof Error ? error.message : String(error) } });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Panel title={t('exchange.export.title')}>
      <p className="muted small">{t('exchange.export.hint')}</p>
      <div className="export-options">
        <fieldset className="format-choice">
          <legend>{t('exchange.export.format')}</legend>
          {(['csv', 'xlsx'] as const).map((f) => (
            <label key={f} className="check">
              <input type="radio" name="export-format" checked={format === f} onChange={() => setFormat(f)} />
              {t(`exchange.export.${f}`)}
            </label>
          ))}
        </fieldset>
        <label className="check personal-data">
          <input type="checkbox" checked={full} onChange={(e) => setFull(e.target.checked)} />
          {t('exchange.export.full')}
        </label>
      </div>
      {full ? <p className="notice warning small">{t('exchange.export.fullWarning')}</p> : null}
      <div className="form-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void exportList('complaints')}>
          {t('exchange.export.complaints')}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportList('incidents')}>
          {t('exchange.export.incidents')}
        </button>
      </div>
      {outcome && 'saved' in outcome ? (
        <div className="notice success" role="status">
          {outcome.saved}
        </div>
      ) : null}
      {outcome && 'failure' in outcome ? (
        <div className="notice error" role="alert">
          {failureText(outcome.failure, t)}
        </div>
      ) : null}
    </Panel>
  );
}
