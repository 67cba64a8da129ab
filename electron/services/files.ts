// Files the operator chooses: exports and PDFs saved through a save dialog, hotline exports read
// through an open dialog. The dialogs come in as functions already bound to the console window
// (so they are modal to it), the file system as an interface, so tests pass fakes.
import nodeFs from 'node:fs/promises';
import path from 'node:path';
import {
  MAX_FILE_BYTES,
  type FileFilter,
  type OpenedFile,
  type OpenFileRequest,
  type SavedFile,
  type SaveFileRequest,
} from '@shared/bridge';
import { fail, ok, type Result } from '@shared/result';

export interface SaveDialogOptions {
  defaultPath: string;
  filters: FileFilter[];
}
export interface OpenDialogOptions {
  properties: ['openFile'];
  filters: FileFilter[];
}

/** The parts of Electron's dialog results read here (filePath is '' when cancelled). */
export type SaveDialogResult = { canceled: boolean; filePath?: string };
export type OpenDialogResult = { canceled: boolean; filePaths: string[] };

export interface ChosenFileSystem {
  writeFile(file: string, data: string | Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  stat(file: string): Promise<{ size: number }>;
  readFile(file: string): Promise<Uint8Array>;
}

export interface FileServiceDeps {
  showSaveDialog: (options: SaveDialogOptions) => Promise<SaveDialogResult>;
  showOpenDialog: (options: OpenDialogOptions) => Promise<OpenDialogResult>;
  /** The operator's documents folder, where save dialogs start. */
  documentsDir: () => string;
  fs: ChosenFileSystem;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const MEGABYTE = 1024 * 1024;

/**
 * Writes next to the target and renames over it, so an existing file the operator chose to
 * replace is either the old one or the complete new one, never half of each.
 */
export async function writeAtomically(fs: ChosenFileSystem, file: string, data: string | Uint8Array): Promise<void> {
  const temp = `${file}.tmp`;
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

export interface FileService {
  saveFile(request: SaveFileRequest): Promise<Result<SavedFile>>;
  openFile(request: OpenFileRequest): Promise<Result<OpenedFile>>;
  /** Asks where to save `data` (offering `suggestedName`) and writes it there; print:pdf uses it too. */
  saveChosen(suggestedName: string, filters: FileFilter[], data: string | Uint8Array): Promise<Result<SavedFile>>;
}

export function createFileService(deps: FileServiceDeps): FileService {
  const saveChosen: FileService['saveChosen'] = async (suggestedName, filters, data) => {
    let chosen: SaveDialogResult;
    try {
      chosen = await deps.showSaveDialog({ defaultPath: path.join(deps.documentsDir(), suggestedName), filters });
    } catch (error) {
      return fail('file-write-failed', { name: suggestedName }, describe(error));
    }
    if (chosen.canceled || !chosen.filePath) return ok({ saved: false });
    const name = path.basename(chosen.filePath);
    try {
      // Text is written as UTF-8; a CSV meant for Excel carries its own BOM from the renderer.
      await writeAtomically(deps.fs, chosen.filePath, data);
    } catch (error) {
      return fail('file-write-failed', { name }, describe(error));
    }
    return ok({ saved: true, name });
  };

  return {
    saveChosen,
    saveFile: (request) => saveChosen(request.suggestedName, request.filters, request.data),
    async openFile(request) {
      let chosen: OpenDialogResult;
      try {
        chosen = await deps.showOpenDialog({ properties: ['openFile'], filters: request.filters });
      } catch (error) {
        return fail('file-read-failed', undefined, describe(error));
      }
      const [file] = chosen.filePaths;
      if (chosen.canceled || !file) return ok(null);
      const name = path.basename(file);
      try {
        // Checked before reading: a 4 GB file picked by mistake must not be pulled into memory.
        const { size } = await deps.fs.stat(file);
        if (size > MAX_FILE_BYTES) return fail('file-too-large', { name, limitMb: MAX_FILE_BYTES / MEGABYTE });
        const bytes = await deps.fs.readFile(file);
        // A plain Uint8Array (not a Node Buffer over a shared pool) is what crosses IPC cleanly.
        return ok({ name, data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
      } catch (error) {
        return fail('file-read-failed', { name }, describe(error));
      }
    },
  };
}

export const nodeChosenFs: ChosenFileSystem = {
  writeFile: (file, data) => nodeFs.writeFile(file, data),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (file) => nodeFs.unlink(file),
  stat: (file) => nodeFs.stat(file),
  readFile: (file) => nodeFs.readFile(file),
};
