// The desktop's attached files: kept in userData under the SHA-256 of their content, once however
// often attached, never half-written under their hash, checked against the hash when read, and
// programs refused by their bytes as well as their names.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AttachmentStore, nodeAttachmentFs } from '../../electron/services/attachments';
import { MAX_ATTACHMENT_BYTES } from '@shared/attachmentFiles';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});
async function folder() {
  const dir = await mkdtemp(path.join(tmpdir(), 'attachments-'));
  dirs.push(dir);
  return dir;
}
const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6]);
const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function filesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) found.push(entry.name);
  return found.sort();
}

describe('AttachmentStore', () => {
  it('keeps a file under its hash, once, and hands the same bytes back', async () => {
    const dir = await folder();
    const store = new AttachmentStore(dir);
    const kept = await store.put({ name: '现场照片.jpg', data: photo });
    expect(kept).toEqual({ ok: true, value: { hash: hashOf(photo), size: photo.length } });
    expect((await store.put({ name: '同一张照片.jpg', data: photo })).ok).toBe(true);
    expect(await filesUnder(dir)).toEqual([hashOf(photo)]);
    const read = await store.read({ hash: hashOf(photo) });
    expect(read.ok && [...read.value]).toEqual([...photo]);
  });

  it('says a file is missing, and refuses bytes changed on the disk since', async () => {
    const dir = await folder();
    const store = new AttachmentStore(dir);
    const hash = hashOf(photo);
    expect(await store.read({ hash })).toMatchObject({ ok: false, error: { code: 'attachment-missing' } });
    await store.put({ name: 'a.jpg', data: photo });
    await writeFile(path.join(dir, hash.slice(0, 2), hash), new Uint8Array([1, 2, 3]));
    expect(await store.read({ hash })).toMatchObject({ ok: false, error: { code: 'attachment-damaged' } });
  });

  it('writes a kept file again when its bytes on the disk were damaged (a restore repairs it), and drops a file when asked', async () => {
    const dir = await folder();
    const store = new AttachmentStore(dir);
    const hash = hashOf(photo);
    await store.put({ name: 'a.jpg', data: photo });
    // The same size, other bytes: the damage a failing disk leaves.
    await writeFile(
      path.join(dir, hash.slice(0, 2), hash),
      photo.map((b, i) => (i === 5 ? b ^ 0xff : b)),
    );
    expect(await store.read({ hash })).toMatchObject({ ok: false, error: { code: 'attachment-damaged' } });
    expect((await store.put({ name: 'a.jpg', data: photo, hash })).ok).toBe(true);
    expect((await store.read({ hash })).ok).toBe(true);
    expect((await store.remove({ hash })).ok).toBe(true);
    expect(await filesUnder(dir)).toEqual([]);
    expect((await store.remove({ hash })).ok).toBe(true);
  });

  it('refuses a program named as a photo, a type not taken, an oversize file and content not matching its hash', async () => {
    const dir = await folder();
    const store = new AttachmentStore(dir);
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0]);
    expect(await store.put({ name: '照片.jpg', data: exe })).toMatchObject({ ok: false, error: { code: 'attachment-executable' } });
    expect(await store.put({ name: 'tool.exe', data: photo })).toMatchObject({ ok: false, error: { code: 'attachment-type' } });
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    expect(await store.put({ name: '录像.mp4', data: big })).toMatchObject({ ok: false, error: { code: 'attachment-too-large' } });
    expect(await store.put({ name: 'a.jpg', data: photo, hash: 'c'.repeat(64) })).toMatchObject({
      ok: false,
      error: { code: 'attachment-damaged' },
    });
    expect(await filesUnder(dir)).toEqual([]);
  });

  it('leaves nothing under the hash when the console is stopped mid-write, and keeps the file on the next try', async () => {
    const dir = await folder();
    let failOnce = true;
    const store = new AttachmentStore(dir, {
      ...nodeAttachmentFs,
      async rename(from, to) {
        if (failOnce) {
          failOnce = false;
          throw new Error('power cut');
        }
        return nodeAttachmentFs.rename(from, to);
      },
    });
    await expect(store.put({ name: 'a.jpg', data: photo })).rejects.toThrow('power cut');
    expect(await filesUnder(dir)).toEqual([]);
    expect((await store.read({ hash: hashOf(photo) })).ok).toBe(false);
    expect((await store.put({ name: 'a.jpg', data: photo })).ok).toBe(true);
    expect((await store.read({ hash: hashOf(photo) })).ok).toBe(true);
  });
});
