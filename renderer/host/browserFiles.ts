// The browser host's files: a save is a download (<a download>), an open is a file input. The
// browser decides where a download lands, so `saved` means "handed to the browser".
import { OpenFileRequestSchema, SaveFileRequestSchema, MAX_FILE_BYTES, type HostApi, type OpenedFile } from '@shared/bridge';
import { fail, ok } from '@shared/result';

const MIME: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
};

export const browserFiles = {
  async saveFile(request) {
    const parsed = SaveFileRequestSchema.safeParse(request);
    if (!parsed.success) return fail('ipc-bad-payload');
    const { suggestedName, data } = parsed.data;
    const extension = suggestedName.split('.').pop()?.toLowerCase() ?? '';
    const blob = new Blob([data as BlobPart], { type: MIME[extension] ?? 'application/octet-stream' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
    // The download has taken its copy once the click has been handled.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return ok({ saved: true, name: suggestedName });
  },
  async openFile(request) {
    const parsed = OpenFileRequestSchema.safeParse(request);
    if (!parsed.success) return fail('ipc-bad-payload');
    const accept = parsed.data.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    const file = await new Promise<File | null>((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = accept;
      input.style.display = 'none';
      const done = (picked: File | null) => {
        input.remove();
        resolve(picked);
      };
      input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
      input.addEventListener('cancel', () => done(null), { once: true });
      document.body.append(input);
      input.click();
    });
    if (!file) return ok<OpenedFile>(null);
    if (file.size > MAX_FILE_BYTES) return fail('file-too-large', { name: file.name });
    return ok<OpenedFile>({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) });
  },
} satisfies Pick<HostApi, 'saveFile' | 'openFile'>;
