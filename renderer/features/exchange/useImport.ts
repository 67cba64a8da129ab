// The import as the operator walks through it: choose a file → map columns and see the check →
// commit with progress (cancellable) → the report. The file and its check live here while the
// page is open; the commit, its progress and result live in importRun, beyond the page.
import { useEffect, useState } from 'react';
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
import { useRunningImport } from '../../db/reads/records';
import { getHost } from '../../host';
import { useOperator, useWriteContext } from '../session/useWriteContext';
import { readImportFile } from './importFile';
import { importRun, useImportRun, type Check } from './importRun';

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
  const running = useRunningImport();

  async function chooseFile() {
    setFailure(null);
    const opened = await getHost().openFile({ filters: FILTERS });
    if (!opened.ok) return setFailure(opened.error);
    if (!opened.value) return;
    const { name, data } = opened.value;
    const read = await readImportFile(name, data);
    if (!read.ok) return setFailure(read.error);
    const { format, table } = read.value;
    const signature = headerSignature(table.headers);
    const remembered = await rememberedMapping(db, signature);
    setMapping(remembered ? mappingFromNames(table.headers, remembered) : guessMapping(table.headers));
    setCheck(null);
    setFile({ fileName: name, format, table, signature });
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
