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

/** The header row and the data rows; fully blank lines are skipped, the delimiter is detected. */
export function readCsv(bytes: Uint8Array): SourceTable {
  const parsed = Papa.parse<string[]>(decodeText(bytes), { skipEmptyLines: 'greedy' });
  const [headers = [], ...rows] = parsed.data;
  return { headers: headers.map((h) => h.trim()), rows };
}

/** UTF-8 with a BOM, so Excel opens Chinese text correctly; CRLF as Excel writes it. */
export function writeCsv(table: ExportTable): string {
  return '\ufeff' + Papa.unparse({ fields: table.columns.map((c) => c.title), data: table.rows }, { newline: '\r\n' });
}

/** A small CSV of our own (e.g. the invalid rows of an import) for the operator to download. */
export function writeRowsCsv(headers: string[], rows: (string | number)[][]): string {
  return '\ufeff' + Papa.unparse({ fields: headers, data: rows }, { newline: '\r\n' });
}
