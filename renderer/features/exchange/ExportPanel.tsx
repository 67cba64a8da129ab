// 导出: the complaint or incident list to CSV or XLSX. Files are written in Chinese whatever the
// screen's language (they go to Chinese offices and hotline systems, and must re-import).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  complaintTable,
  exportFileName,
  incidentTable,
  mayExportPersonalData,
  personalDataRoles,
  type ExportTable,
} from '@shared/exporting';
import type { Failure } from '@shared/result';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import {
  auditFullExport,
  complaintsForExport,
  incidentsForExport,
  recordExport,
  recordFullExportSaved,
  type ExportList,
} from '../../db/exports';
import { askForPassword } from '../../ui/reauth';
import { getHost } from '../../host';
import { failureText } from '../../ui/describe';
import { Panel } from '../../ui/Field';
import { useOperator, useWriteContext } from '../session/useWriteContext';
import { writeCsv } from './csvFile';
import { SpreadsheetWorkerBlocked, writeXlsx } from './xlsxFile';
import { keyIn, say } from '../../i18n/keys';

type Format = 'csv' | 'xlsx';

export function ExportPanel() {
  const { t, i18n } = useTranslation();
  const { db, plan, now } = useConsole();
  const people = usePeople();
  const writeContext = useWriteContext();
  const [format, setFormat] = useState<Format>('csv');
  const [full, setFull] = useState(false);
  const [busy, setBusy] = useState(false);
  const operator = useOperator();
  // Others see the option, disabled, with the reason: they learn who to ask.
  const allowedFull = operator !== null && mayExportPersonalData(plan, operator.role);
  const [outcome, setOutcome] = useState<{ saved: string; unrecorded?: boolean } | { failure: Failure } | null>(null);

  async function tableOf(list: ExportList): Promise<ExportTable> {
    if (list === 'complaints') {
      const { complaints, incidentNumbers } = await complaintsForExport(db);
      return complaintTable(complaints, incidentNumbers, plan, full && allowedFull);
    }
    const zh = i18n.getFixedT('zh-CN');
    const words = {
      state: (state: string) => zh(keyIn('state', state)),
      level: (level: number | null) => (level === null ? zh('level.none') : say(zh, keyIn('level', level))),
      person: (id: string) => people.find((p) => p.id === id)?.name ?? '',
    };
    return incidentTable(await incidentsForExport(db), plan, words, full && allowedFull);
  }

  async function exportList(list: ExportList) {
    setBusy(true);
    setOutcome(null);
    try {
      const table = await tableOf(list);
      // A drill's list is named as one, so it is never passed on as live data.
      const suggestedName = `${db.mode === 'drill' ? t('drill.exportPrefix') : ''}${exportFileName(table, now(), plan.utcOffsetMinutes, format)}`;
      const details = { list, format, count: table.rows.length, file: suggestedName };
      // Personal data in full leaves only after its audit entry is stored (and only for the roles
      // the plan names): a file that exists without a record is the leak this guards against.
      const fullData = full && allowedFull;
      if (fullData) {
        let audited = await auditFullExport(db, details, writeContext());
        // Personal data in full asks for the password again (再次验证); once given, the record is tried again.
        if (!audited.ok && audited.error.code === 'reauth-required' && (await askForPassword())) {
          audited = await auditFullExport(db, details, writeContext());
        }
        if (!audited.ok) return setOutcome({ failure: audited.error });
      }
      const data = format === 'csv' ? writeCsv(table) : await writeXlsx(table);
      const filters = [format === 'csv' ? { name: 'CSV', extensions: ['csv'] } : { name: 'Excel', extensions: ['xlsx'] }];
      const saved = await getHost().saveFile({ suggestedName, filters, data });
      if (!saved.ok) return setOutcome({ failure: saved.error });
      if (!saved.value.saved) return;
      const file = saved.value.name ?? suggestedName;
      const recorded = fullData
        ? await recordFullExportSaved(db, file, writeContext())
        : await recordExport(db, { ...details, file, fullPersonalData: false }, writeContext());
      setOutcome({
        saved: t('exchange.export.saved', { count: table.rows.length, file }),
        ...(recorded.ok ? {} : { unrecorded: true }),
      });
    } catch (error) {
      if (error instanceof SpreadsheetWorkerBlocked) return setOutcome({ failure: { code: 'xlsx-blocked' } });
      // The engine's own words are not the operator's: the sentence says the list was not written.
      setOutcome({ failure: { code: 'export-failed' } });
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
          <input
            type="checkbox"
            checked={full && allowedFull}
            disabled={!allowedFull}
            aria-describedby={allowedFull ? undefined : 'export-full-reason'}
            onChange={(e) => setFull(e.target.checked)}
          />
          {t('exchange.export.full')}
        </label>
      </div>
      {allowedFull ? null : (
        <p id="export-full-reason" className="muted small">
          {t('exchange.export.fullNotAllowed', {
            roles: personalDataRoles(plan)
              .map((role) => t(`role.${role}`))
              .join(t('exchange.listJoin')),
          })}
        </p>
      )}
      {full && allowedFull ? <p className="notice warning small">{t('exchange.export.fullWarning')}</p> : null}
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
      {outcome && 'saved' in outcome && outcome.unrecorded ? (
        <div className="notice warning" role="alert">
          {t('exchange.export.unrecorded')}
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
