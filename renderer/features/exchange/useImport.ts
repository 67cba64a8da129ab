// The import as the operator walks through it: choose a file → map columns and see the check →
// commit with progress (cancellable) → the report. The file and its check live here while the
// page is open; the commit, its progress and result live in importRun, beyond the page.
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  checkRows,
  guessMapping,
  headerSignature,
  mappingFromNames,
  mappingToNames,
  splitDuplicates,
  type ColumnMapping,
  type SourceTable,
} from '@shared/importing';
import type { ImportRun } from '@shared/records';
import type { Failure } from '@shared/result';
import { useConsole } from '../../db/DatabaseContext';
import { rememberedMapping, rememberMapping, storedDuplicateKeys } from '../../db/imports';
import { getHost } from '../../host';
import { useOperator, useWriteContext } from '../session/useWriteContext';
import { readCsv } from './csvFile';
import { importRun, useImportRun, type Check } from './importRun';
import { readXlsx, SpreadsheetWorkerBlocked } from './xlsxFile';

export type LoadedFile = { fileName: string; format: ImportRun['format']; table: SourceTable; signature: string };
export type { Check, Finished, Progress } from './importRun';

const FILTERS = [{ name: 'CSV / Excel', extensions: ['csv', 'xlsx', 'txt'] }];

export function useImport() {
  const { db, plan, now } = useConsole();
  const operator = useOperator();
  const writeContext = useWriteContext();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [check, setCheck] = useState<Check | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const run = useImportRun();
  // A run in the journal, from this window or another: a second one would be refused.
  const running = useLiveQuery(() => db.imports.where('status').equals('running').first(), [db]);

  async function chooseFile() {
    setFailure(null);
    const opened = await getHost().openFile({ filters: FILTERS });
    if (!opened.ok) return setFailure(opened.error);
    if (!opened.value) return;
    const { name, data } = opened.value;
    const format = name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
    try {
      const table = format === 'xlsx' ? await readXlsx(data) : readCsv(data);
      if (table.headers.length === 0 || table.rows.length === 0) return setFailure({ code: 'import-empty-file', params: { name } });
      const signature = headerSignature(table.headers);
      const remembered = await rememberedMapping(db, signature);
      setMapping(remembered ? mappingFromNames(table.headers, remembered) : guessMapping(table.headers));
      setCheck(null);
      setFile({ fileName: name, format, table, signature });
    } catch (error) {
      if (error instanceof SpreadsheetWorkerBlocked) return setFailure({ code: 'xlsx-blocked' });
      setFailure({ code: 'import-unreadable', params: { name }, message: error instanceof Error ? error.message : String(error) });
    }
  }

  // Every row is checked again whenever the mapping changes; stale answers are dropped.
  useEffect(() => {
    if (!file || !operator) return;
    let current = true;
    setCheck(null);
    const timer = setTimeout(async () => {
      const checked = checkRows(file.table, mapping, plan, now(), operator.id);
      const stored = await storedDuplicateKeys(db, checked.valid, plan.utcOffsetMinutes);
      const { fresh, duplicates } = splitDuplicates(checked.valid, stored);
      if (current) setCheck({ ...checked, fresh, duplicates });
    }, 50);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [file, mapping, plan, db, operator, now]);

  async function commit() {
    if (!file || !check) return;
    setFailure(null);
    await rememberMapping(db, file.signature, mappingToNames(file.table.headers, mapping), writeContext());
    const refused = await importRun.start({
      db,
      check,
      context: writeContext,
      plan: {
        fileName: file.fileName,
        format: file.format,
        totalRows: file.table.rows.length,
        invalidRows: check.invalidRows,
        duplicateRows: check.duplicates.length,
        rows: check.fresh,
      },
    });
    if (refused) return setFailure(refused);
    setFile(null);
    setCheck(null);
  }

  function reset() {
    importRun.dismiss();
    setFile(null);
    setCheck(null);
    setFailure(null);
  }

  return {
    file,
    mapping,
    setMapping,
    check,
    run,
    runningElsewhere: run.phase === 'running' ? undefined : running,
    failure,
    chooseFile,
    commit,
    cancel: importRun.cancel,
    reset,
  };
}
