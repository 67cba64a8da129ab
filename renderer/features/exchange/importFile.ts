// A chosen file turned into a header and rows, or refused with a sentence: too large, too many
// rows, empty, or unreadable. Size is refused before anything is parsed; a CSV is read only one
// row past the row limit.
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type SourceTable } from '@shared/importing';
import type { ImportRun } from '@shared/records';
import { fail, ok, type Result } from '@shared/result';
import { readCsv } from './csvFile';
import { readXlsx, SpreadsheetWorkerBlocked } from './xlsxFile';

export type ReadFile = { format: ImportRun['format']; table: SourceTable };
export type ImportLimits = { maxBytes: number; maxRows: number };
const LIMITS: ImportLimits = { maxBytes: MAX_IMPORT_BYTES, maxRows: MAX_IMPORT_ROWS };
const MEGABYTE = 1024 * 1024;

export async function readImportFile(name: string, data: Uint8Array, limits: ImportLimits = LIMITS): Promise<Result<ReadFile>> {
  if (data.byteLength > limits.maxBytes) {
    return fail('import-too-large', { name, size: Math.ceil(data.byteLength / MEGABYTE), limit: Math.floor(limits.maxBytes / MEGABYTE) });
  }
  const format = name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
  let table: SourceTable;
  try {
    table = format === 'xlsx' ? await readXlsx(data) : readCsv(data, limits.maxRows);
  } catch (error) {
    if (error instanceof SpreadsheetWorkerBlocked) return fail('xlsx-blocked');
    // The reader's own words (often English, about zip entries) mean nothing to the operator.
    return fail('import-unreadable', { name });
  }
  if (table.rows.length > limits.maxRows) return fail('import-too-many-rows', { name, limit: limits.maxRows.toLocaleString('en-US') });
  if (table.headers.length === 0 || table.rows.length === 0) return fail('import-empty-file', { name });
  return ok({ format, table });
}
