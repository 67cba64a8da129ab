// Printing the page as it is now to an A4 PDF. The page's own print CSS supplies the running
// header (organisation name, 内部资料) and the "page X / Y" footer through @page margin boxes, so
// Chromium's own header and footer stay off; the main process only renders and saves.
import type { PrintRequest, SavedFile } from '@shared/bridge';
import { fail, type Result } from '@shared/result';
import type { FileService } from './files';

export const PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  // Lets the page's @page rules (size, margins) win over Chromium's defaults.
  preferCSSPageSize: true,
  displayHeaderFooter: false,
} as const;

export type PdfOptions = typeof PDF_OPTIONS;

export interface PrintableContents {
  printToPDF(options: PdfOptions): Promise<Uint8Array>;
}

export interface PrintServiceDeps {
  /** The console window's web contents, or null when there is no window to print. */
  getContents: () => PrintableContents | null;
  files: Pick<FileService, 'saveChosen'>;
}

const PDF_FILTERS = [{ name: 'PDF', extensions: ['pdf'] }];
// Some save dialogs (GTK) do not add the filter's extension, and a PDF without .pdf opens nowhere.
const withPdfExtension = (name: string) => (/\.pdf$/i.test(name) ? name : `${name}.pdf`);
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createPrintService({ getContents, files }: PrintServiceDeps) {
  return {
    /** Renders first, then asks where to save, so the PDF shows the page as it was when asked. */
    async printToPdf(request: PrintRequest): Promise<Result<SavedFile>> {
      const contents = getContents();
      if (!contents) return fail('print-no-window');
      let pdf: Uint8Array;
      try {
        pdf = await contents.printToPDF(PDF_OPTIONS);
      } catch (error) {
        return fail('print-failed', undefined, describe(error));
      }
      return files.saveChosen(withPdfExtension(request.suggestedName), PDF_FILTERS, pdf);
    },
  };
}
export type PrintService = ReturnType<typeof createPrintService>;
