// A backup made from the last one: its segments come over as they are (the Electron folder copies
// and checks them, the browser store shares them), and only the rows the commands wrote since are
// read. What it restores is the store as it is, the same as a backup that read every table; where
// the store's past is not known (a maintenance run since) or the earlier file is damaged, the store
// is read whole. Run against both hosts' real stores.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Dexie from 'dexie';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEMA_VERSION, BACKUP_FORMAT, SealedTrailerV3Schema } from '@shared/backupFormat';
import type { BackupKey, BackupSnapshot, StoredBackup } from '@shared/bridge';
import type { TimelineEntry } from '@shared/model';
import { ok, type Result } from '@shared/result';
import { toIsoWithOffset } from '@shared/time';
import { BackupStore } from '../../../electron/services/backup';
import { APP_IDENTITY, exportSnapshot } from '../../../renderer/db/backup';
import { encryptChunk, importInstallSecret, randomBytes, sealKeys, sha256, signBackup } from '../../../renderer/db/backupCrypto';
import {
  runBackupRequest,
  storedLines,
  streamBackupTo,
  type BackupHostCalls,
  type BackupProgress,
  type BackupSummary,
} from '../../../renderer/db/backupStream';
import { openBackup } from '../../../renderer/db/backupSeal';
import { registerComplaint } from '../../../renderer/db/complaints';
import { maintain } from '../../../renderer/db/executor';
import { applyCommand } from '../../../renderer/db/incidents';
import { removeContact, saveContact } from '../../../renderer/db/organisation';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { browserBackups } from '../../../renderer/host/browserBackups';
import { contextFor, freshDbs, LEADER, NOW, registration } from '../../fixtures/database';

const db = freshDbs();
const folders: string[] = [];
afterEach(async () => {
  for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true });
  await browserBackups.keep(14);
  const store = new Dexie('complaint-console-backups');
  store.version(2).stores({ backups: 'file, createdAtMs, mode', keys: 'id', parts: '[partsId+n], partsId' });
  await store.table('backups').clear();
  await store.table('parts').clear();
  store.close();
});

let folderKey: BackupKey;
beforeAll(async () => {
  folderKey = { installId: 'c1000000-0000-4000-8000-000000000001', key: await importInstallSecret(randomBytes(32)) };
});

type Host = { calls: BackupHostCalls; key: BackupKey };

/** The Electron host's backup folder (electron/services/backup.ts) in a temp folder, as the bridge reaches it. */
async function folderHost(): Promise<Host & { dir: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'carry-'));
  folders.push(dir);
  const store = new BackupStore({ dir, now: () => NOW + 60 * 60_000 });
  return {
    dir,
    key: folderKey,
    calls: {
      beginBackup: ({ header }) => store.begin(header),
      appendBackup: ({ id, lines }) => store.append(id, lines),
      finishBackup: async ({ id, trailer }) => {
        const written = await store.finish(id, trailer);
        return written.ok ? ok(written.value as StoredBackup) : written;
      },
      abortBackup: (id) => store.abort(id),
      readBackup: ({ file, offset }) => store.readLines(file, offset),
      listBackups: async (mode) => ok(await store.list(mode)),
      backupEnds: ({ file }) => store.ends(file),
      carryBackup: ({ id, from }) => store.carry(id, from),
    },
  };
}

/** The browser host's backup store (renderer/host/browserBackups.ts) over IndexedDB. */
async function browserHost(): Promise<Host> {
  const key = await browserBackups.backupKey();
  if (!key.ok) throw new Error(key.error.code);
  return { key: key.value, calls: browserBackups as unknown as BackupHostCalls };
}

const HOSTS = [
  { name: 'the Electron backup folder', make: folderHost },
  { name: 'the browser backup store', make: browserHost },
];

/** An office with some months behind it: a day's work is a small share of its rows (else a backup reads everything). */
async function office(): Promise<ConsoleDb> {
  const one = await db();
  const subjects = ['加油站纠纷', '景区门票退款', '超市价格投诉', '快递延误', '物业收费', '网购退货'];
  for (let i = 0; i < 24; i += 1) {
    const made = await registerComplaint(
      one,
      registration({ subject: `${subjects[i % subjects.length]!}（${i + 1}）` }),
      await contextFor(one),
    );
    if (!made.ok) throw new Error(made.error.code);
  }
  return one;
}

let minute = 0;
/** A backup through the host, as the worker makes it; the rows it read, by its progress. */
async function backUp(host: Host, source: ConsoleDb): Promise<{ file: string; read: number }> {
  const progress: BackupProgress[] = [];
  const written = await streamBackupTo(
    host.calls,
    source,
    {
      mode: source.mode,
      reason: 'manual',
      createdAtMs: NOW + (minute += 1) * 60_000,
      sealWith: { kind: 'install', key: host.key },
      chunkRows: 2,
    },
    (p) => progress.push(p),
  );
  if (!written.ok) throw new Error(`${written.error.code} ${written.error.message ?? ''}`);
  return { file: written.value.file, read: Math.max(0, ...progress.map((p) => p.done)) };
}

/** The segments a stored backup's trailer lists. */
async function segmentsOf(host: Host, file: string) {
  const ends = await host.calls.backupEnds({ file });
  if (!ends.ok) throw new Error(ends.error.code);
  return SealedTrailerV3Schema.parse(JSON.parse(ends.value.trailer)).segments;
}

/** Opens a stored backup and restores it into `target` as the worker does. */
async function restoreInto(host: Host, file: string, target: ConsoleDb): Promise<Result<unknown>> {
  const place = { host: host.calls, database: () => ({ db: target, close: false }), progress: () => undefined };
  const summary = (await runBackupRequest(place, { op: 'open', source: { kind: 'stored', file }, key: host.key })) as Result<BackupSummary>;
  if (!summary.ok) return summary;
  const ctx = await contextFor(target, LEADER);
  const ref = { name: target.name, mode: target.mode };
  return (await runBackupRequest(place, { op: 'restore', db: ref, handle: summary.value.handle, ctx, options: {} })) as Result<unknown>;
}

/** Every table of `store` without the entries restores add of themselves; counters only ever go up, so apart. */
async function comparable(store: ConsoleDb) {
  const { tables } = await exportSnapshot(store);
  return {
    ...tables,
    timeline: tables.timeline!.filter((entry) => (entry as TimelineEntry).kind !== 'backup-restored'),
    commandLog: tables.commandLog!.filter((entry) => (entry as { name: string }).name !== 'backup.restore'),
    counters: [],
  };
}

/** What a fresh store holds after restoring `file`. */
async function restoredFrom(host: Host, file: string) {
  const target = await db();
  const restored = await restoreInto(host, file, target);
  if (!restored.ok) throw new Error(restored.error.code);
  return comparable(target);
}

const TV_HOTLINE = {
  category: 'media' as const,
  organisation: '市电视台新闻热线',
  name: '',
  title: '',
  phones: ['010-65001234'],
  notes: '',
};

/** A day's work after a backup: a registration, a stage of an old matter, a contact removed and one added. */
async function work(source: ConsoleDb, subject: string) {
  const ctx = await contextFor(source, LEADER);
  const kept = await saveContact(source, null, TV_HOTLINE, ctx);
  if (!kept.ok) throw new Error(kept.error.code);
  await registerComplaint(source, registration({ subject }), await contextFor(source));
  const first = (await source.incidents.toArray())[0]!;
  await applyCommand(source, first.id, { type: 'verify' }, await contextFor(source));
  expect((await removeContact(source, kept.value.id, ctx)).ok).toBe(true);
  expect((await saveContact(source, null, { ...TV_HOTLINE, organisation: '市日报社' }, ctx)).ok).toBe(true);
}

const rowsOf = async (store: ConsoleDb) => Object.values((await exportSnapshot(store)).tables).reduce((sum, rows) => sum + rows.length, 0);

describe.each(HOSTS)('a backup made from the last one, in $name', ({ make }) => {
  it('carries its segments over, reads only the rows written since, and restores the store as it is', async () => {
    const host = await make();
    const source = await office();
    const first = await backUp(host, source);
    expect(first.read).toBe(await rowsOf(source));
    await work(source, '备份之后的登记');

    const second = await backUp(host, source);
    expect(second.read).toBeGreaterThan(0);
    expect(second.read).toBeLessThan((await rowsOf(source)) / 4);
    const [carried, own] = await segmentsOf(host, second.file);
    expect(carried).toEqual((await segmentsOf(host, first.file))[0]);
    expect(own!.origin).not.toBe(carried!.origin);
    expect(await restoredFrom(host, second.file)).toEqual(await comparable(source));

    // Nothing since: a third carries both over and adds an empty segment of its own.
    const third = await backUp(host, source);
    expect(third.read).toBe(0);
    expect(await segmentsOf(host, third.file)).toHaveLength(3);
    const subjects = ((await restoredFrom(host, third.file)) as BackupSnapshot['tables']).complaints!.map(
      (c) => (c as { subject: string }).subject,
    );
    expect(subjects).toContain('备份之后的登记');
    expect(await restoredFrom(host, third.file)).toEqual(await comparable(source));
  });

  it('reads the store whole after a maintenance run, which does not say what it wrote', async () => {
    const host = await make();
    const source = await office();
    await backUp(host, source);
    const [entry] = await source.timeline.toArray();
    await maintain(source, { name: 'test.rewrite', tables: ['timeline'] }, async () => {
      await source.timeline.delete(entry!.id);
    });
    const second = await backUp(host, source);
    expect(second.read).toBe(await rowsOf(source));
    expect(await segmentsOf(host, second.file)).toHaveLength(1);
    const restored = await restoredFrom(host, second.file);
    expect(restored.timeline!.map((row) => (row as TimelineEntry).id)).not.toContain(entry!.id);
    expect(restored).toEqual(await comparable(source));
  });

  it('is still made from an earlier one after a restore of changes, which names the rows it wrote back', async () => {
    const host = await make();
    const source = await office();
    const before = await backUp(host, source);
    await work(source, '恢复前的登记');
    await backUp(host, source);
    // The office goes back to the first backup: only the changes are written back.
    expect((await restoreInto(host, before.file, source)).ok).toBe(true);
    const log = await source.commandLog.toArray();
    expect(log.at(-1)).toMatchObject({ name: 'backup.restore' });
    expect(log.at(-1)!.wrote?.complaints?.length).toBeGreaterThan(0);

    const after = await backUp(host, source);
    expect(after.read).toBeLessThan((await rowsOf(source)) / 4);
    expect((await segmentsOf(host, after.file)).length).toBeGreaterThan(1);
    const restored = await restoredFrom(host, after.file);
    const subjects = (restored as BackupSnapshot['tables']).complaints!.map((c) => (c as { subject: string }).subject);
    expect(subjects).not.toContain('恢复前的登记');
    expect(restored).toEqual(await comparable(source));
  });
});

describe('the Electron backup folder', () => {
  it('refuses to carry an earlier backup whose file was damaged, and the backup reads the store whole', async () => {
    const host = await folderHost();
    const source = await office();
    const first = await backUp(host, source);
    const target = path.join(host.dir, first.file);
    const lines = (await readFile(target, 'utf8')).split('\n');
    // One character of a chunk in the middle of the file, changed on the disk.
    const at = Math.floor(lines.length / 2);
    lines[at] = `${lines[at]!.slice(0, 20)}${lines[at]![20] === 'A' ? 'B' : 'A'}${lines[at]!.slice(21)}`;
    await writeFile(target, lines.join('\n'));
    await work(source, '损坏之后的登记');

    const second = await backUp(host, source);
    expect(second.read).toBe(await rowsOf(source));
    expect(await segmentsOf(host, second.file)).toHaveLength(1);
    expect(await restoredFrom(host, second.file)).toEqual(await comparable(source));
    const damaged = await openBackup(storedLines(host.calls, first.file), { key: host.key });
    expect(damaged.ok ? 'opened' : damaged.error.code).toBe('backup-checksum');
  });
});

describe('the browser backup store', () => {
  it('keeps the lines a later backup shares when the earlier one is pruned, and drops them when none does', async () => {
    const host = await browserHost();
    await browserBackups.keep(1);
    const source = await office();
    await backUp(host, source);
    await work(source, '修剪之前的登记');
    const second = await backUp(host, source);
    const listed = await browserBackups.listBackups('live');
    expect(listed.ok && listed.value.map((b) => b.file)).toEqual([second.file]);
    expect(await restoredFrom(host, second.file)).toEqual(await comparable(source));

    // A maintenance run: the next backup reads everything, and nothing of the earlier ones is kept.
    await maintain(source, { name: 'test.rewrite', tables: ['timeline'] }, async () => undefined);
    const third = await backUp(host, source);
    expect(await segmentsOf(host, third.file)).toHaveLength(1);
    const store = new Dexie('complaint-console-backups');
    store.version(2).stores({ backups: 'file, createdAtMs, mode', keys: 'id', parts: '[partsId+n], partsId' });
    const writes = await store.table('parts').orderBy('partsId').uniqueKeys();
    store.close();
    expect(writes).toHaveLength(1);
  });
});

describe('a backup of the format before segments', () => {
  it('still opens: one run of chunks sealed by the file itself', async () => {
    const snapshot: BackupSnapshot = {
      schemaVersion: APP_SCHEMA_VERSION,
      tables: { complaints: [], counters: [{ key: 'TS-20261123', value: 2 }] },
    };
    const keys = await sealKeys(folderKey.key as CryptoKey);
    const header = JSON.stringify({
      format: BACKUP_FORMAT,
      formatVersion: 2,
      schemaVersion: APP_SCHEMA_VERSION,
      createdAt: toIsoWithOffset(NOW),
      app: APP_IDENTITY,
      mode: 'live',
      reason: 'manual',
      seal: { kind: 'install', installId: folderKey.installId },
      counts: { complaints: 0, counters: 1 },
    });
    const digest = await sha256(header);
    const chunk = await encryptChunk(keys, digest, 0, JSON.stringify({ table: 'counters', rows: snapshot.tables.counters }));
    const trailer = JSON.stringify({ end: true, chunks: 1, signature: await signBackup(keys, digest, [await sha256(chunk)]) });
    const opened = await openBackup([header, chunk, trailer], { key: folderKey });
    expect(opened.ok && opened.value.tables.counters).toEqual(snapshot.tables.counters);
    const moved = await openBackup([header, JSON.stringify({ segment: digest }), chunk, trailer], { key: folderKey });
    expect(moved.ok).toBe(false);
  });
});
