// file:save, file:open and print:pdf — the operator's own files, always through a dialog, so the
// renderer never names a path on disk.
import type { OpenedFile, OpenFileRequest, PrintRequest, SavedFile, SaveFileRequest } from '@shared/bridge';
import type { Result } from '@shared/result';

export interface FileDialogs {
  saveFile(request: SaveFileRequest): Promise<Result<SavedFile>>;
  openFile(request: OpenFileRequest): Promise<Result<OpenedFile>>;
}

export interface PdfPrinter {
  printToPdf(request: PrintRequest): Promise<Result<SavedFile>>;
}

export const saveFileHandler =
  ({ files }: { files: FileDialogs }) =>
  (request: SaveFileRequest) =>
    files.saveFile(request);

export const openFileHandler =
  ({ files }: { files: FileDialogs }) =>
  (request: OpenFileRequest) =>
    files.openFile(request);

export const printToPdfHandler =
  ({ print }: { print: PdfPrinter }) =>
  (request: PrintRequest) =>
    print.printToPdf(request);
