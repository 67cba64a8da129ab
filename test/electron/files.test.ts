// Saving and opening the operator's files through dialogs, and printing to an A4 PDF. The dialogs
// are fakes; the files are real, in a temp folder, so "written" means on disk.
import fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MAX_FILE_BYTES } from '@shared/bridge';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createFileService,
  nodeChosenFs,
  type ChosenFileSystem,
  type OpenDialogResult,
  type SaveDialogResult,
} from '../../electron/services/files';
import { createPrintService, type PdfOptions } from '../../electron/services/print';

vi.mock('electron', () => ({}));

const csv = [{ name: 'CSV', extensions: ['csv'] }];
let folder: string;
let documents: string;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(tmpdir(), 'console-files-'));
  documents = path.join(folder, '文档');
  await fs.mkdir(documents);
});

afterEach(() => fs.rm(folder, { recursive: true, force: true }));

function setUp({ save, open, files = nodeChosenFs }: { save?: SaveDialogResult; open?: OpenDialogResult; files?: ChosenFileSystem } = {}) {
  const showSaveDialog = vi.fn(async (): Promise<SaveDialogResult> => save ?? { canceled: true, filePath: '' });
  const showOpenDialog = vi.fn(async (): Promise<OpenDialogResult> => open ?? { canceled: true, filePaths: [] });
  const service = createFileService({ showSaveDialog, showOpenDialog, documentsDir: () => documents, fs: files });
  return { service, showSaveDialog, showOpenDialog };
}

describe('saving a file', () => {
  it('offers the suggested name in the documents folder and writes the text as UTF-8', async () => {
    const chosen = path.join(documents, '投诉清单 11月.csv');
    const { service, showSaveDialog } = setUp({ save: { canceled: false, filePath: chosen } });
    const result = await service.saveFile({
      suggestedName: '投诉清单.csv',
      filters: csv,
      data: '投诉编号,投诉人\nTS-20261123-0001,张三\n',
    });
    expect(result).toEqual({ ok: true, value: { saved: true, name: '投诉清单 11月.csv' } });
    expect(showSaveDialog).toHaveBeenCalledWith({ defaultPath: path.join(documents, '投诉清单.csv'), filters: csv });
    expect(await fs.readFile(chosen, 'utf8')).toBe('投诉编号,投诉人\nTS-20261123-0001,张三\n');
    expect(await fs.readdir(documents)).toEqual(['投诉清单 11月.csv']);
  });

  it('writes bytes (an XLSX export) as they are', async () => {
    const chosen = path.join(documents, '事件清单.xlsx');
    const { service } = setUp({ save: { canceled: false, filePath: chosen } });
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff]);
    await service.saveFile({ suggestedName: '事件清单.xlsx', filters: [{ name: 'Excel', extensions: ['xlsx'] }], data: bytes });
    expect(new Uint8Array(await fs.readFile(chosen))).toEqual(bytes);
  });

  it('writes nothing and says not saved when the operator cancels', async () => {
    const { service } = setUp({ save: { canceled: true, filePath: '' } });
    expect(await service.saveFile({ suggestedName: '投诉清单.csv', filters: csv, data: 'x' })).toEqual({
      ok: true,
      value: { saved: false },
    });
    expect(await fs.readdir(documents)).toEqual([]);
  });

  it('leaves a file it was to replace whole when the write fails, and says why', async () => {
    const chosen = path.join(documents, '投诉清单.csv');
    await fs.writeFile(chosen, '旧的导出');
    const diskFull: ChosenFileSystem = { ...nodeChosenFs, rename: () => Promise.reject(new Error('ENOSPC: no space left on device')) };
    const { service } = setUp({ save: { canceled: false, filePath: chosen }, files: diskFull });
    const result = await service.saveFile({ suggestedName: '投诉清单.csv', filters: csv, data: '新的导出' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'file-write-failed', params: { name: '投诉清单.csv' }, message: 'ENOSPC: no space left on device' },
    });
    expect(await fs.readFile(chosen, 'utf8')).toBe('旧的导出');
    expect(await fs.readdir(documents)).toEqual(['投诉清单.csv']);
  });
});

describe('opening a file', () => {
  it('reads the chosen file and hands back its name and bytes', async () => {
    const chosen = path.join(folder, '热线导出.csv');
    await fs.writeFile(chosen, '投诉编号,投诉人\n');
    const { service, showOpenDialog } = setUp({ open: { canceled: false, filePaths: [chosen] } });
    const result = await service.openFile({ filters: csv });
    expect(showOpenDialog).toHaveBeenCalledWith({ properties: ['openFile'], filters: csv });
    expect(result.ok && result.value).toEqual({ name: '热线导出.csv', data: new Uint8Array(Buffer.from('投诉编号,投诉人\n')) });
    expect(result.ok && result.value?.data).toBeInstanceOf(Uint8Array);
  });

  it('answers null when the operator cancels', async () => {
    expect(await setUp({ open: { canceled: true, filePaths: [] } }).service.openFile({ filters: csv })).toEqual({ ok: true, value: null });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const readFile = vi.fn();
    const huge: ChosenFileSystem = { ...nodeChosenFs, stat: async () => ({ size: MAX_FILE_BYTES + 1 }), readFile };
    const { service } = setUp({ open: { canceled: false, filePaths: ['/mnt/share/全年导出.csv'] }, files: huge });
    expect(await service.openFile({ filters: csv })).toEqual({
      ok: false,
      error: { code: 'file-too-large', params: { name: '全年导出.csv', limitMb: 200 } },
    });
    expect(readFile).not.toHaveBeenCalled();
  });

  it('says why a file could not be read', async () => {
    const { service } = setUp({ open: { canceled: false, filePaths: [path.join(folder, '已删除.csv')] } });
    expect(await service.openFile({ filters: csv })).toMatchObject({
      ok: false,
      error: { code: 'file-read-failed', params: { name: '已删除.csv' } },
    });
  });
});

describe('printing to PDF', () => {
  const PDF = new Uint8Array(Buffer.from('%PDF-1.7\n事件摘要\n%%EOF'));

  function printSetUp(save: SaveDialogResult) {
    const printToPDF = vi.fn(async (_options: PdfOptions) => PDF);
    const { service: files, showSaveDialog } = setUp({ save });
    const print = createPrintService({ getContents: () => ({ printToPDF }), files });
    return { print, printToPDF, showSaveDialog };
  }

  it('renders A4 with backgrounds and the page’s own header and footer, and writes the chosen file', async () => {
    const chosen = path.join(documents, '事件摘要 SJ-20261123-0001.pdf');
    const { print, printToPDF, showSaveDialog } = printSetUp({ canceled: false, filePath: chosen });
    const result = await print.printToPdf({ suggestedName: '事件摘要 SJ-20261123-0001.pdf' });
    expect(result).toEqual({ ok: true, value: { saved: true, name: '事件摘要 SJ-20261123-0001.pdf' } });
    expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
    expect(showSaveDialog).toHaveBeenCalledWith({
      defaultPath: path.join(documents, '事件摘要 SJ-20261123-0001.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(new Uint8Array(await fs.readFile(chosen))).toEqual(PDF);
  });

  it('offers a name ending in .pdf even when the page suggested none', async () => {
    const { print, showSaveDialog } = printSetUp({ canceled: true, filePath: '' });
    await print.printToPdf({ suggestedName: '应急联系名单' });
    expect(showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: path.join(documents, '应急联系名单.pdf') }));
  });

  it('writes nothing when the operator cancels the save dialog', async () => {
    const { print } = printSetUp({ canceled: true, filePath: '' });
    expect(await print.printToPdf({ suggestedName: '事件摘要.pdf' })).toEqual({ ok: true, value: { saved: false } });
    expect(await fs.readdir(documents)).toEqual([]);
  });

  it('says so when there is no window to print or Chromium cannot render it', async () => {
    const { service: files } = setUp();
    expect(await createPrintService({ getContents: () => null, files }).printToPdf({ suggestedName: 'a.pdf' })).toEqual({
      ok: false,
      error: { code: 'print-no-window' },
    });
    const broken = createPrintService({ getContents: () => ({ printToPDF: () => Promise.reject(new Error('Printing failed')) }), files });
    expect(await broken.printToPdf({ suggestedName: 'a.pdf' })).toEqual({
      ok: false,
      error: { code: 'print-failed', message: 'Printing failed' },
    });
  });
});
