// 证据与附件 end to end in the renderer's store: a file is checked before it is read, handed to the
// host by its bytes and recorded by its hash (the record, never the bytes, in the database); a
// backup carries the files' content and a restore puts them back, checked against their hashes; a
// backup whose file was tampered with is refused and changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { fileRefusal } from '@shared/attachmentFiles';
import type { AttachmentPut, BackupKey, KeptAttachment } from '@shared/bridge';
import { fail, ok, type Result } from '@shared/result';
import { attachFile, attachmentsOf, type ChosenFile } from '../../../renderer/db/attachments';
import { importInstallSecret, randomBytes } from '../../../renderer/db/backupCrypto';
import { backupLines, runBackupRequest, type BackupHostCalls, type BackupSummary } from '../../../renderer/db/backupStream';
import { registerComplaint } from '../../../renderer/db/complaints';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, freshDbs, LEADER, NOW, registration } from '../../fixtures/database';

const db = freshDbs();
let key: BackupKey;
beforeAll(async () => {
  key = { installId: 'b1000000-0000-4000-8000-000000000001', key: await importInstallSecret(randomBytes(32)) };
});

/** A host's file store in memory, as the desktop's and the browser's behave (checks, hash, once). */
function fileStore() {
  const files = new Map<string, Uint8Array>();
  const put = async ({ name, data, hash }: AttachmentPut): Promise<Result<KeptAttachment>> => {
    const refusal = fileRefusal({ name, size: data.byteLength }, data.subarray(0, 8));
    if (refusal) return fail(refusal);
    const digest = createHash('sha256').update(data).digest('hex');
    if (hash && hash !== digest) return fail('attachment-damaged');
    files.set(digest, new Uint8Array(data));
    return ok({ hash: digest, size: data.byteLength });
  };
  const read = async ({ hash }: { hash: string }): Promise<Result<Uint8Array>> => {
    const data = files.get(hash);
    return data ? ok(data) : fail('attachment-missing');
  };
  return { files, putAttachment: put, readAttachment: read };
}

const chosen = (name: string, bytes: Uint8Array): ChosenFile & { reads: number } => {
  const file = {
    name,
    size: bytes.byteLength,
    reads: 0,
    bytes: async () => {
      file.reads += 1;
      return bytes;
    },
  };
  return file;
};

const PHOTO = new Uint8Array(1_500_000).map((_, i) => (i % 251) ^ 0x5a);
PHOTO.set([0xff, 0xd8, 0xff, 0xe0], 0);
const PDF = new TextEncoder().encode('%PDF-1.4\n加油机检定记录\n%%EOF');

async function withIncident() {
  const store = await db();
  const made = await registerComplaint(store, registration({ subject: '加油站油量纠纷' }), await contextFor(store));
  if (!made.ok) throw new Error(made.error.code);
  return { store, incident: made.value.incident, complaint: made.value.complaint };
}

describe('attaching a file', () => {
  it('keeps the bytes with the host and the record, by hash, in the database, on the timeline too', async () => {
    const { store, incident, complaint } = await withIncident();
    const host = fileStore();
    const ctx = await contextFor(store);
    const photo = await attachFile(
      store,
      host,
      chosen('现场照片.jpg', PHOTO),
      { incidentId: incident.id, on: { kind: 'incident', id: incident.id }, label: '现场照片' },
      ctx,
    );
    const pdf = await attachFile(
      store,
      host,
      chosen('检定记录.pdf', PDF),
      { incidentId: incident.id, on: { kind: 'complaint', id: complaint.id }, label: '加油机检定记录' },
      ctx,
    );
    expect(photo.ok && pdf.ok).toBe(true);
    const rows = await attachmentsOf(store, incident.id);
    expect(rows.map((a) => [a.name, a.type, a.on.kind, a.size])).toEqual([
      ['现场照片.jpg', 'photo', 'incident', PHOTO.byteLength],
      ['检定记录.pdf', 'pdf', 'complaint', PDF.byteLength],
    ]);
    // No bytes in the record: only what it is and its hash.
    expect(JSON.stringify(rows).length).toBeLessThan(2_000);
    expect(host.files.size).toBe(2);
    const timeline = await store.timeline.where('incidentId').equals(incident.id).toArray();
    expect(timeline.filter((e) => e.kind === 'attachment-added').map((e) => e.params?.file)).toEqual(['现场照片.jpg', '检定记录.pdf']);
  });

  it('refuses an oversize file without reading it, and a program named as a photo without keeping it', async () => {
    const { store, incident } = await withIncident();
    const host = fileStore();
    const ctx = await contextFor(store);
    const on = { incidentId: incident.id, on: { kind: 'incident' as const, id: incident.id }, label: '' };
    const big = { name: '录像.mp4', size: 21 * 1024 * 1024, reads: 0, bytes: async () => new Uint8Array(0) };
    expect(await attachFile(store, host, big, on, ctx)).toMatchObject({
      ok: false,
      error: { code: 'attachment-too-large', params: { max: 20 } },
    });
    expect(big.reads).toBe(0);
    const exe = chosen('现场照片.jpg', new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]));
    expect(await attachFile(store, host, exe, on, ctx)).toMatchObject({ ok: false, error: { code: 'attachment-executable' } });
    expect(host.files.size).toBe(0);
    expect(await attachmentsOf(store, incident.id)).toEqual([]);
  });
});

describe('backups carry the files', () => {
  async function backedUp() {
    const { store, incident } = await withIncident();
    const host = fileStore();
    const ctx = await contextFor(store);
    for (const [name, bytes] of [
      ['现场照片.jpg', PHOTO],
      ['检定记录.pdf', PDF],
    ] as const)
      await attachFile(
        store,
        host,
        chosen(name, bytes),
        { incidentId: incident.id, on: { kind: 'incident', id: incident.id }, label: '' },
        ctx,
      );
    const lines: string[] = [];
    for await (const line of backupLines(store, {
      mode: 'live',
      reason: 'manual',
      createdAtMs: NOW,
      sealWith: { kind: 'install', key },
      files: host,
    }))
      lines.push(line);
    return { incident, host, lines };
  }

  async function restore(lines: string[], target: ConsoleDb, files: ReturnType<typeof fileStore>) {
    const host: BackupHostCalls = {
      ...files,
      beginBackup: () => Promise.reject(new Error('read only')),
      appendBackup: () => Promise.reject(new Error('read only')),
      finishBackup: () => Promise.reject(new Error('read only')),
      abortBackup: () => Promise.reject(new Error('read only')),
      readBackup: async () => ok({ lines, next: null }),
      listBackups: async () => ok([]),
      backupEnds: () => Promise.reject(new Error('read only')),
      carryBackup: () => Promise.reject(new Error('read only')),
    };
    const place = { host, database: () => ({ db: target, close: false }), progress: () => undefined };
    const opened = (await runBackupRequest(place, {
      op: 'open',
      source: { kind: 'stored', file: 'backup-live-20261123-100000-manual.cbk' },
      key,
    })) as Result<BackupSummary>;
    if (!opened.ok) return opened;
    const ctx = await contextFor(target, LEADER);
    return (await runBackupRequest(place, {
      op: 'restore',
      db: { name: target.name, mode: target.mode },
      handle: opened.value.handle,
      ctx,
      options: {},
    })) as Result<unknown>;
  }

  it('restores the records and puts the files back on a PC that never had them, byte for byte', async () => {
    const { incident, host, lines } = await backedUp();
    const target = await db();
    const otherPc = fileStore();
    const restored = await restore(lines, target, otherPc);
    expect(restored.ok).toBe(true);
    const rows = await attachmentsOf(target, incident.id);
    expect(rows.map((a) => a.name)).toEqual(['现场照片.jpg', '检定记录.pdf']);
    for (const row of rows) {
      const back = otherPc.files.get(row.hash);
      expect(back && Buffer.compare(Buffer.from(back), Buffer.from(host.files.get(row.hash)!))).toBe(0);
    }
  });

  it('refuses a restore whose file the host finds not matching its hash, and changes nothing', async () => {
    const { lines } = await backedUp();
    const target = await db();
    const before = await target.incidents.count();
    const otherPc = fileStore();
    // The restore checks the content against the hash its record names: a swapped file is found.
    const honest = fileStore();
    const tampered = {
      ...honest,
      putAttachment: (request: AttachmentPut) =>
        honest.putAttachment({ ...request, data: request.data.map((b, i) => (i === 9 ? b ^ 1 : b)) }),
    };
    const restored = await restore(lines, target, { ...otherPc, putAttachment: tampered.putAttachment });
    expect(restored).toMatchObject({ ok: false, error: { code: 'backup-attachment-damaged', params: { file: '现场照片.jpg' } } });
    expect(await target.incidents.count()).toBe(before);
    expect(await target.attachments.count()).toBe(0);
  });
});
