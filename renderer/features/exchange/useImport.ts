// The import as the operator walks through it: choose a file → map columns and see the check →
// commit with progress (cancellable) → the report. Rows live here only while the page is open.
import { useEffect, useRef, useState } from 'react';
import {
  checkRows,
  guessMapping,
  headerSignature,
  mappingFromNames,
  mappingToNames,
  splitDuplicates,
  type ColumnMapping,
  type Duplicate,
  type RowProblem,
  type SourceTable,
  type ValidRow,
} from '@shared/importing';
import type { ImportRun } from '@shared/records';
import type { Failure } from '@shared/result';
import { useConsole } from '../../db/DatabaseContext';
import { rememberedMapping, rememberMapping, runImport, storedDuplicateKeys } from '../../db/imports';
import { getHost } from '../../host';
import { useOperator, useWriteContext } from '../session/useWriteContext';
import { readCsv } from './csvFile';
import { readXlsx, SpreadsheetWorkerBlocked } from './xlsxFile';

export type LoadedFile = { fileName: string; format: ImportRun['format']; table: SourceTable; signature: string };
export type Check = { valid: ValidRow[]; problems: RowProblem[]; invalidRows: number; duplicates: Duplicate[]; fresh: ValidRow[] };
export type Progress = { imported: number; total: number; cancelling: boolean };
export type Finished = { run: ImportRun | null; failure: Failure | null; check: Check };

const FILTERS = [{ name: 'CSV / Excel', extensions: ['csv', 'xlsx', 'txt'] }];

export function useImport() {
  const { db, plan, now } = useConsole();
  const operator = useOperator();
  const writeContext = useWriteContext();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [check, setCheck] = useState<Check | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [finished, setFinished] = useState<Finished | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const cancelRef = useRef(false);

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
      setFinished(null);
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
    cancelRef.current = false;
    await rememberMapping(db, file.signature, mappingToNames(file.table.headers, mapping), writeContext());
    setProgress({ imported: 0, total: check.fresh.length, cancelling: false });
    const result = await runImport(
      db,
      {
        fileName: file.fileName,
        format: file.format,
        totalRows: file.table.rows.length,
        invalidRows: check.invalidRows,
        duplicateRows: check.duplicates.length,
        rows: check.fresh,
      },
      writeContext,
      {
        onProgress: (imported) => setProgress((p) => (p ? { ...p, imported } : p)),
        cancelled: () => cancelRef.current,
      },
    );
    setProgress(null);
    setFinished(result.ok ? { run: result.value, failure: null, check } : { run: null, failure: result.error, check });
    setFile(null);
  }

  function cancel() {
    cancelRef.current = true;
    setProgress((p) => (p ? { ...p, cancelling: true } : p));
  }

  function reset() {
    setFile(null);
    setCheck(null);
    setFinished(null);
    setFailure(null);
  }

  return { file, mapping, setMapping, check, progress, finished, failure, chooseFile, commit, cancel, reset };
}
