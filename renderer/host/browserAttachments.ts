// The browser host's attached files (证据与附件): a database of its own, apart from the console's
// records, holding each file once under the SHA-256 of its content, as a Blob (which the browser
// keeps on disk, not in the records' pages). Like the desktop's store, it checks a file before
// keeping it and checks the bytes against the hash when reading, and never opens a file.
import Dexie, { type Table } from 'dexie';
import { fileRefusal, HASH_PATTERN, MAX_ATTACHMENT_BYTES } from '@shared/attachmentFiles';
import { AttachmentPutSchema, AttachmentReadSchema, type AttachmentPut, type AttachmentRead, type KeptAttachment } from '@shared/bridge';
import { fail, ok, type Result } from '@shared/result';

type FileRecord = { hash: string; size: number; data: Blob };

class AttachmentStoreDb extends Dexie {
  files!: Table<FileRecord, string>;
  constructor() {
    // A file attached on screen must survive a power cut, like the record that names it.
    super('complaint-console-attachments', { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ files: 'hash' });
  }
}

let store: AttachmentStoreDb | null = null;
const files = () => (store ??= new AttachmentStoreDb()).files;

async function sha256(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export const browserAttachments = {
  async putAttachment(request: AttachmentPut): Promise<Result<KeptAttachment>> {
    const parsed = AttachmentPutSchema.safeParse(request);
    if (!parsed.success) return fail('ipc-bad-payload');
    const { name, data, hash } = parsed.data;
    const refusal = fileRefusal({ name, size: data.byteLength }, data.subarray(0, 8));
    if (refusal) return fail(refusal, { max: MAX_ATTACHMENT_BYTES / (1024 * 1024) });
    const digest = await sha256(data);
    if (hash !== undefined && hash !== digest) return fail('attachment-damaged');
    const kept = await files().get(digest);
    // A kept copy that no longer matches (a damaged store) is written again: a restore repairs it.
    const intact = kept?.size === data.byteLength && (await sha256(new Uint8Array(await kept.data.arrayBuffer()))) === digest;
    if (!intact) await files().put({ hash: digest, size: data.byteLength, data: new Blob([data as Uint8Array<ArrayBuffer>]) });
    return ok({ hash: digest, size: data.byteLength });
  },
  async removeAttachment(request: AttachmentRead): Promise<Result<void>> {
    const parsed = AttachmentReadSchema.safeParse(request);
    if (parsed.success) await files().delete(parsed.data.hash);
    return ok(undefined);
  },
  async readAttachment(request: AttachmentRead): Promise<Result<Uint8Array>> {
    const parsed = AttachmentReadSchema.safeParse(request);
    if (!parsed.success || !HASH_PATTERN.test(parsed.data.hash)) return fail('attachment-missing');
    const kept = await files().get(parsed.data.hash);
    if (!kept) return fail('attachment-missing');
    const data = new Uint8Array(await kept.data.arrayBuffer());
    return (await sha256(data)) === parsed.data.hash ? ok(data) : fail('attachment-damaged');
  },
};
