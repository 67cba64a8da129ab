// The one place papaparse meets our code: hotline CSV exports in, our lists out. Hotline systems
// often write GBK/GB18030, so bytes that are not valid UTF-8 are read as GB18030.
import Papa from 'papaparse';
import type { SourceTable } from '@shared/importing';
import type { ExportTable } from '@shared/exporting';

/** UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"), else GB18030. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    // TextDecoder drops a UTF-8 BOM itself (ignoreBOM defaults to false).
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * A text cell Excel would run as a formula (=HYPERLINK(…), +, -, @, or after a tab or CR). A
 * complaint's words are the complainant's, so any of them can start that way. Papaparse's own
 * `escapeFormulae: true` pattern ends in `.*$` and so misses a cell with a line break in it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** What writeCsv puts in front of such a cell: Excel shows it as text and hides the quote. */
const FORMULA_GUARD = /^'(?=[=+\-@\t\r])/;

/** A cell as its writer meant it: the quote that kept a formula from running is taken off again. */
export const unguardedCell = (cell: string) => cell.replace(FORMULA_GUARD, '');

/**
 * The header row and the data rows; fully blank lines are skipped, the delimiter is detected.
 * With `maxRows`, reading stops one row past it, so an oversized file is known without reading
 * it all (the caller refuses it).
 */
export function readCsv(bytes: Uint8Array, maxRows?: number): SourceTable {
  const parsed = Papa.parse<string[]>(decodeText(bytes), {
    skipEmptyLines: 'greedy',
    ...(maxRows === undefined ? {} : { preview: maxRows + 2 }),
  });
  const [headers = [], ...rows] = parsed.data;
  return { headers: headers.map((h) => unguardedCell(h).trim()), rows: rows.map((cells) => cells.map(unguardedCell)) };
}

const unparse = (fields: string[], data: (string | number)[][]) =>
  // UTF-8 with a BOM, so Excel opens Chinese text correctly; CRLF as Excel writes it. Numbers
  // (amounts, counts) are never guarded: only text is, so a negative amount stays a number.
  '\ufeff' + Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: FORMULA_START });

/** A list for Excel: no cell is ever run as a formula (a ' goes in front; see readCsv). */
export function writeCsv(table: ExportTable): string {
  return unparse(
    table.columns.map((c) => c.title),
    table.rows,
  );
}

/** A small CSV of our own (e.g. the invalid rows of an import) for the operator to download. */
export function writeRowsCsv(headers: string[], rows: (string | number)[][]): string {
  return unparse(headers, rows);
}
