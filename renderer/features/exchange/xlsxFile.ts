// The one place read-excel-file and write-excel-file meet our code. Excel keeps a date as a
// wall-clock time without a zone; both libraries carry it as the same wall time in UTC, so our
// plan-local "YYYY-MM-DD HH:mm" goes out and comes back as UTC fields of a Date.
import readXlsxFile from 'read-excel-file/browser';
import writeXlsxFile, { type SheetData } from 'write-excel-file/browser';
import type { Cell, SourceTable } from '@shared/importing';
import type { ExportColumn, ExportTable } from '@shared/exporting';

/**
 * Both libraries zip and unzip large parts with fflate in blob: workers. A page whose CSP does
 * not allow `worker-src blob:` blocks those workers without an error, and the promise would
 * never settle; the violation event turns that into a refusal the operator can read.
 */
export class SpreadsheetWorkerBlocked extends Error {
  constructor() {
    super('xlsx-blocked');
  }
}

function unlessWorkerBlocked<T>(work: () => Promise<T>): Promise<T> {
  if (typeof document === 'undefined') return work();
  return new Promise<T>((resolve, reject) => {
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      if (!event.effectiveDirective.startsWith('worker-src') && !event.blockedURI.startsWith('blob')) return;
      document.removeEventListener('securitypolicyviolation', onViolation);
      reject(new SpreadsheetWorkerBlocked());
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    work().then(
      (value) => {
        document.removeEventListener('securitypolicyviolation', onViolation);
        resolve(value);
      },
      (error: unknown) => {
        document.removeEventListener('securitypolicyviolation', onViolation);
        reject(error);
      },
    );
  });
}

/** The first sheet: its first row is the header. */
export async function readXlsx(bytes: Uint8Array): Promise<SourceTable> {
  const copy = bytes.slice().buffer;
  const sheets = await unlessWorkerBlocked(() => readXlsxFile(copy));
  const data = (sheets[0]?.data ?? []) as unknown as Cell[][];
  const nonEmpty = data.filter((row) => row.some((cell) => cell !== null && cell !== undefined && cell !== ''));
  const [headers = [], ...rows] = nonEmpty;
  return { headers: headers.map((h) => (h === null || h === undefined ? '' : String(h).trim())), rows };
}

const wallClock = (text: string): Date | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text);
  return match ? new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!, +match[4]!, +match[5]!)) : null;
};

/**
 * One cell of a list. Everything that is not a date or a number is a text cell (type String,
 * shared string) in the text format '@': Excel never runs it as a formula, however it starts
 * (=HYPERLINK(…)), not even when someone edits the cell later.
 */
export function xlsxCell(value: string | number, kind: ExportColumn['kind'] | undefined) {
  if (kind === 'datetime' && typeof value === 'string') {
    const date = wallClock(value);
    return date ? { value: date, type: Date, format: 'yyyy-mm-dd hh:mm' } : null;
  }
  if (kind === 'number' && typeof value === 'number') return { value, type: Number };
  return { value: String(value), type: String, format: '@' };
}

export async function writeXlsx(table: ExportTable): Promise<Uint8Array<ArrayBuffer>> {
  const header = table.columns.map((c) => ({ value: c.title, fontWeight: 'bold' as const }));
  const body = table.rows.map((row) => row.map((value, i) => xlsxCell(value, table.columns[i]?.kind)));
  const data: SheetData = [header, ...body];
  const blob = await unlessWorkerBlocked(() =>
    writeXlsxFile(data, {
      sheet: table.sheet,
      columns: table.columns.map((c) => ({ width: c.kind === 'datetime' ? 18 : c.title.length > 4 ? 16 : 12 })),
      stickyRowsCount: 1,
    }).toBlob(),
  );
  return new Uint8Array(await blob.arrayBuffer());
}
