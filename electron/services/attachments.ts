// The attached files (证据与附件), kept in userData/attachments under the SHA-256 of their content:
// a photo attached twice is kept once, and a name can never point at other bytes. A file is written
// to a temporary name, flushed, and only then given its name, so a console killed mid-write leaves
// no half file under a hash. Reading checks the bytes against the hash again. The store never
// opens, runs or shows a file: it hands bytes to the page, which shows photos and saves copies.
import { createHash, randomUUID } from 'node:crypto';
import nodeFs from 'node:fs/promises';
import path from 'node:path';
import { fsyncPath } from './durable';
import { fileRefusal, HASH_PATTERN, MAX_ATTACHMENT_BYTES } from '@shared/attachmentFiles';
import type { AttachmentPut, AttachmentRead, KeptAttachment } from '@shared/bridge';
import { fail, ok, type Result } from '@shared/result';

/** The part of node:fs/promises the store uses, so a test can stop a write half-way. */
export interface AttachmentFileSystem {
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  writeFile(file: string, data: Uint8Array): Promise<void>;
  /** Flushes a written file to the disk. */
  fsync(file: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  readFile(file: string): Promise<Uint8Array>;
  stat(file: string): Promise<{ size: number }>;
  unlink(file: string): Promise<void>;
  /** Flushes a folder, so a rename in it survives a power cut (a no-op where folders cannot be opened). */
  fsyncDir(dir: string): Promise<void>;
}

export const nodeAttachmentFs: AttachmentFileSystem = {
  mkdir: (dir, options) => nodeFs.mkdir(dir, options),
  writeFile: (file, data) => nodeFs.writeFile(file, data),
  fsync: (file) => fsyncPath(file),
  rename: (from, to) => nodeFs.rename(from, to),
  readFile: (file) => nodeFs.readFile(file),
  stat: (file) => nodeFs.stat(file),
  unlink: (file) => nodeFs.unlink(file),
  // Windows cannot open a folder to flush it; NTFS journals the rename itself.
  fsyncDir: (dir) => (process.platform === 'win32' ? Promise.resolve() : fsyncPath(dir, 'r')),
};

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const missing = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

export class AttachmentStore {
  constructor(
    private readonly dir: string,
    private readonly fs: AttachmentFileSystem = nodeAttachmentFs,
  ) {}

  /** Where a hash's file is: two levels, so no folder holds tens of thousands of files. */
  private fileOf(hash: string): string {
    return path.join(this.dir, hash.slice(0, 2), hash);
  }

  async put({ name, data, hash }: AttachmentPut): Promise<Result<KeptAttachment>> {
    // The page checked the file already; a page that did not (or was not ours) is refused here too.
    const refusal = fileRefusal({ name, size: data.byteLength }, data.subarray(0, 8));
    if (refusal) return fail(refusal, { max: MAX_ATTACHMENT_BYTES / (1024 * 1024) });
    const digest = sha256(data);
    if (hash !== undefined && hash !== digest) return fail('attachment-damaged');
    const file = this.fileOf(digest);
    // Kept already and intact: nothing to write. A kept file damaged on the disk is written again
    // (a restore repairs it).
    const kept = await this.fs.readFile(file).catch((error: unknown) => (missing(error) ? null : Promise.reject(error)));
    if (kept && kept.byteLength === data.byteLength && sha256(kept) === digest) return ok({ hash: digest, size: data.byteLength });
    await this.fs.mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${randomUUID()}.part`;
    try {
      await this.fs.writeFile(temp, data);
      await this.fs.fsync(temp);
      await this.fs.rename(temp, file);
      await this.fs.fsyncDir(path.dirname(file));
    } catch (error) {
      await this.fs.unlink(temp).catch(() => undefined);
      throw error;
    }
    return ok({ hash: digest, size: data.byteLength });
  }

  /** Drops a file no record names any more; one already gone is fine. */
  async remove({ hash }: AttachmentRead): Promise<Result<void>> {
    if (!HASH_PATTERN.test(hash)) return ok(undefined);
    await this.fs.unlink(this.fileOf(hash)).catch((error: unknown) => (missing(error) ? undefined : Promise.reject(error)));
    return ok(undefined);
  }

  async read({ hash }: AttachmentRead): Promise<Result<Uint8Array>> {
    if (!HASH_PATTERN.test(hash)) return fail('attachment-missing');
    let data: Uint8Array;
    try {
      data = await this.fs.readFile(this.fileOf(hash));
    } catch (error) {
      if (missing(error)) return fail('attachment-missing');
      throw error;
    }
    // A file changed on the disk (by a person or a failing drive) is not handed on as the evidence.
    return sha256(data) === hash ? ok(new Uint8Array(data)) : fail('attachment-damaged');
  }
}
