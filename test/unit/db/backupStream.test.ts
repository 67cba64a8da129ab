// A backup is read table by table in short reads while the console keeps saving: a save made in
// the middle neither waits for the backup nor goes missing from it, and what is restored is one
// moment's data. Run here as the page runs it without a Worker (the same module the worker runs).
import { beforeAll, describe, expect, it } from 'vitest';
import type { BackupKey, BackupSnapshot } from '@shared/bridge';
import type { TimelineEntry } from '@shared/model';
import { registerComplaint } from '../../../renderer/db/complaints';
import { applyCommand } from '../../../renderer/db/incidents';
import { exportSnapshot, type RestoreContext } from '../../../renderer/db/backup';
import { importInstallSecret, randomBytes } from '../../../renderer/db/backupCrypto';
import { sealToLines } from '../../../renderer/db/backupSeal';
import {
  backupLines,
  runBackupRequest,
  streamBackupTo,
  type BackupHostCalls,
  type BackupProgress,
  type BackupSummary,
  type StreamOptions,
} from '../../../renderer/db/backupStream';
import { maintain } from '../../../renderer/db/executor';
import { storedSignature } from '../../../renderer/db/summaries';
import { OPEN_KEY } from '@shared/summaries';
import { removeContact, saveContact } from '../../../renderer/db/organisation';
import { openBackup } from '../../../renderer/db/backupSeal';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { newId } from '@shared/ids';
import type { Result } from '@shared/result';
import { contextFor, freshDbs, LEADER, NOW, registration, STAFF } from '../../fixtures/database';

const db = freshDbs();

let key: BackupKey;
beforeAll(async () => {
  key = { installId: 'b1000000-0000-4000-8000-000000000001', key: await importInstallSecret(randomBytes(32)) };
});

async function office(): Promise<ConsoleDb> {
  const one = await db();
  for (const subject of ['加油站纠纷', '景区门票退款', '超市价格投诉']) {
    const made = await registerComplaint(one, registration({ subject }), await contextFor(one));
    if (!made.ok) throw new Error(made.error.code);
  }
  return one;
}

/** A backup's lines, read in small chunks so saves can come between reads. */
async function backUp(source: ConsoleDb, options: Partial<StreamOptions> = {}, onProgress?: (p: BackupProgress) => void) {
  const lines: string[] = [];
  const stream = backupLines(
    source,
    { mode: source.mode, reason: 'manual', createdAtMs: NOW, sealWith: { kind: 'install', key }, chunkRows: 2, ...options },
    onProgress,
  );
  for await (const line of stream) lines.push(line);
  return lines;
}

/** A host whose store holds one backup, `lines`, read back in one block. */
const hostOf = (lines: string[]): BackupHostCalls => {
  const refuse = () => Promise.reject(new Error('read only'));
  return {
    beginBackup: refuse,
    appendBackup: refuse,
    finishBackup: refuse,
    abortBackup: refuse,
    readBackup: async () => ({ ok: true, value: { lines, next: null } }),
    listBackups: async () => ({ ok: true, value: [] }),
    backupEnds: refuse,
    carryBackup: refuse,
  };
};

/** Opens `lines` and restores them into `target` as the worker does (rows kept packed until written). */
async function restoreAsWorker(lines: string[], target: ConsoleDb, ctx: RestoreContext, progress: BackupProgress[] = []) {
  const place = { host: hostOf(lines), database: () => ({ db: target, close: false }), progress: (p: BackupProgress) => progress.push(p) };
  const opened = (await runBackupRequest(place, {
    op: 'open',
    source: { kind: 'stored', file: 'backup-live-20261123-100000-manual.cbk' },
    key,
  })) as Result<BackupSummary>;
  if (!opened.ok) return opened;
  const ref = { name: target.name, mode: target.mode };
  return (await runBackupRequest(place, { op: 'restore', db: ref, handle: opened.value.handle, ctx, options: {} })) as Result<unknown>;
}

/** Every table after restoring `lines` into a fresh database, without the restore's own entries. */
async function restoredFrom(lines: string[]): Promise<BackupSnapshot> {
  const target = await db();
  const restored = await restoreAsWorker(lines, target, await contextFor(target, LEADER));
  if (!restored.ok) throw new Error(restored.error.code);
  return withoutRestoreEntries(target);
}

/** Every table of `store`, without the entries a restore adds of itself. */
async function withoutRestoreEntries(store: ConsoleDb): Promise<BackupSnapshot> {
  const snapshot = await exportSnapshot(store);
  snapshot.tables.timeline = snapshot.tables.timeline!.filter((entry) => (entry as TimelineEntry).kind !== 'backup-restored');
  snapshot.tables.commandLog = snapshot.tables.commandLog!.filter((entry) => (entry as { name: string }).name !== 'backup.restore');
  return snapshot;
}

/** An outside body for the contact list. */
const TV_HOTLINE = {
  category: 'media' as const,
  organisation: '市电视台新闻热线',
  name: '',
  title: '',
  phones: ['010-65001234'],
  notes: '',
};

/** The tables as a restore compares them: the counters only ever go up, so they are compared apart. */
const comparable = (snapshot: BackupSnapshot) => ({ ...snapshot.tables, counters: [] });

describe('a backup read while the console saves', () => {
  it('lets a save made between two reads finish before the backup does, and holds it', async () => {
    const source = await office();
    const events: string[] = [];
    let saves = 0;
    const lines = await backUp(source, {
      betweenReads: async () => {
        if (saves > 0) return;
        saves += 1;
        const made = await registerComplaint(source, registration({ subject: '备份途中的登记' }), await contextFor(source));
        events.push(made.ok ? 'saved' : made.error.code);
      },
    });
    events.push('backup finished');
    expect(events).toEqual(['saved', 'backup finished']);
    const restored = await restoredFrom(lines);
    const now = await exportSnapshot(source);
    expect(comparable(restored)).toEqual(comparable(now));
    expect(restored.tables.complaints!.map((c) => (c as { subject: string }).subject)).toContain('备份途中的登记');
  });

  it('is one moment’s data when a save follows every read, down to the last round read in one go', async () => {
    const source = await office();
    const first = (await source.incidents.toArray())[0]!;
    let saves = 0;
    const lines = await backUp(source, {
      betweenReads: async () => {
        saves += 1;
        // Alternately a new registration and a change to a matter read long before.
        if (saves % 2 === 1) await registerComplaint(source, registration({ subject: `途中登记 ${saves}` }), await contextFor(source));
        else await applyCommand(source, first.id, { type: 'verify' }, await contextFor(source));
      },
    });
    expect(saves).toBeGreaterThan(4);
    expect(comparable(await restoredFrom(lines))).toEqual(comparable(await exportSnapshot(source)));
  });

  it('reads the timeline again after a maintenance run, which the log does not say the rows of', async () => {
    const source = await office();
    const [removed, kept] = await source.timeline.toArray();
    let done = false;
    const lines = await backUp(source, {
      betweenReads: async () => {
        if (done) return;
        done = true;
        await maintain(source, { name: 'test.rewrite', tables: ['timeline'] }, async () => {
          await source.timeline.delete(removed!.id);
          await source.timeline.add({ ...kept!, id: newId() });
        });
      },
    });
    const restored = await restoredFrom(lines);
    expect(restored.tables.timeline!.map((e) => (e as TimelineEntry).id)).not.toContain(removed!.id);
    expect(comparable(restored)).toEqual(comparable(await exportSnapshot(source)));
  });

  it('reads again only the rows the commands wrote meanwhile, not every table', async () => {
    const source = await office();
    const base = Object.values((await exportSnapshot(source)).tables).reduce((sum, rows) => sum + rows.length, 0);
    const logBefore = (await source.commandLog.orderBy('seq').last())!.seq!;
    let saved = false;
    const seen: BackupProgress[] = [];
    const lines = await backUp(
      source,
      {
        betweenReads: async () => {
          if (saved) return;
          saved = true;
          await registerComplaint(source, registration({ subject: '备份途中的登记' }), await contextFor(source));
        },
      },
      (progress) => seen.push(progress),
    );
    const newer = await source.commandLog.where('seq').above(logBefore).toArray();
    const written = newer.reduce((sum, entry) => sum + Object.values(entry.wrote ?? {}).reduce((n, keys) => n + keys.length, 0), 0);
    expect(newer.length).toBeGreaterThan(0);
    expect(written).toBeGreaterThan(0);
    // The first pass (which saw part of the registration), then only the rows the registration wrote
    // (its timeline entries included) and its log entry: not the other tables again.
    const after = (await exportSnapshot(source)).tables;
    const rows = Object.values(after).reduce((sum, table) => sum + table.length, 0);
    const others = rows - after.timeline!.length - after.commandLog!.length;
    expect(written).toBeLessThan(others);
    expect(seen.at(-1)!.done).toBeGreaterThan(base);
    expect(seen.at(-1)!.done).toBeLessThanOrEqual(rows + written + newer.length);
    expect(comparable(await restoredFrom(lines))).toEqual(comparable(await exportSnapshot(source)));
  });

  it('keeps a seat’s token with its office server out of the backup, so a restored copy must join again', async () => {
    const source = await office();
    const seat = {
      url: 'https://192.168.1.20:8443',
      token: 'seat-secret-token',
      seatId: 's-1',
      name: '值班席',
      joinedAt: '2026-11-20T09:00:00.000Z',
    };
    await source.settings.put({ key: 'office.seat', value: seat, updatedAt: '2026-11-20T09:00:00.000Z' });
    let saved = false;
    const lines = await backUp(source, {
      betweenReads: async () => {
        // A save while the backup runs reads the settings again in its patch round.
        if (saved) return;
        saved = true;
        await source.settings.put({ key: 'office.seat', value: { ...seat, name: '值班席（一）' }, updatedAt: '2026-11-20T10:00:00.000Z' });
        await registerComplaint(source, registration({ subject: '备份途中的登记' }), await contextFor(source));
      },
    });
    const restored = await restoredFrom(lines);
    const kept = restored.tables.settings!.find((row) => (row as { key: string }).key === 'office.seat') as { value: typeof seat };
    expect(kept.value).toMatchObject({ url: seat.url, seatId: seat.seatId, token: '' });
  });

  it('leaves out a row removed after its table was read, restored or opened', async () => {
    const source = await office();
    const ctx = await contextFor(source, LEADER);
    const made = await saveContact(source, null, TV_HOTLINE, ctx);
    if (!made.ok) throw new Error(made.error.code);
    // The contacts are read early (tables go in name order): the removal comes at the last read.
    let reads = 0;
    await backUp(source, { betweenReads: async () => void (reads += 1) });
    let calls = 0;
    const lines = await backUp(source, {
      betweenReads: async () => {
        calls += 1;
        if (calls === reads) expect((await removeContact(source, made.value.id, ctx)).ok).toBe(true);
      },
    });
    expect(calls).toBeGreaterThan(reads);
    expect(await source.contacts.get(made.value.id)).toBeUndefined();
    const restored = await restoredFrom(lines);
    expect(restored.tables.contacts!.map((row) => (row as { id: string }).id)).not.toContain(made.value.id);
    expect(comparable(restored)).toEqual(comparable(await exportSnapshot(source)));
    // Opened as whole rows (not packed) it is left out as well.
    const opened = await openBackup(lines, { key });
    if (!opened.ok) throw new Error(opened.error.code);
    expect(opened.value.tables.contacts!.map((row) => (row as { id: string }).id)).not.toContain(made.value.id);
  });

  it('without saves is the store as it was, and says how far it has got', async () => {
    const source = await office();
    const before = await exportSnapshot(source);
    const seen: BackupProgress[] = [];
    const lines = await backUp(source, {}, (progress) => seen.push(progress));
    expect(comparable(await restoredFrom(lines))).toEqual(comparable(before));
    const rows = Object.values(before.tables).reduce((sum, rows) => sum + rows.length, 0);
    expect(seen.at(-1)).toEqual({ phase: 'reading', done: rows, total: rows });
    expect(seen.every((p, i) => i === 0 || p.done >= seen[i - 1]!.done)).toBe(true);
    // No patch: every chunk is the first pass's.
    const header = JSON.parse(lines[0]!) as { counts: Record<string, number> };
    expect(Object.values(header.counts).reduce((sum, count) => sum + count, 0)).toBe(rows);
  });
});

describe('a backup opened and restored as the worker does', () => {
  it('is checked row by row as it is opened, and a refused one changes nothing', async () => {
    const source = await office();
    const snapshot = await exportSnapshot(source);
    const planted = { ...(snapshot.tables.people![0] as object), id: 'c1000000-0000-4000-8000-0000000000ff', role: 'superuser' };
    const seal = (tables: BackupSnapshot['tables']) =>
      sealToLines(
        { schemaVersion: snapshot.schemaVersion, tables },
        { mode: 'live', reason: 'manual', createdAtMs: NOW, sealWith: { kind: 'install', key }, chunkRows: 2 },
      );
    const target = await db();
    const before = await exportSnapshot(target);
    const ctx = await contextFor(target, LEADER);
    const codeOf = (result: Result<unknown>) => (result.ok ? 'accepted' : result.error.code);
    expect(
      codeOf(await restoreAsWorker(await seal({ ...snapshot.tables, people: [...snapshot.tables.people!, planted] }), target, ctx)),
    ).toBe('backup-bad-row');
    expect(codeOf(await restoreAsWorker(await seal({ ...snapshot.tables, surveys: [] }), target, ctx))).toBe('backup-unknown-table');
    expect(codeOf(await restoreAsWorker(await seal({ ...snapshot.tables, plans: [] }), target, ctx))).toBe('backup-no-plan');
    expect(codeOf(await restoreAsWorker(await seal(snapshot.tables), target, await contextFor(target, STAFF)))).toBe(
      'backup-restore-needs-leader',
    );
    expect(await exportSnapshot(target)).toEqual(before);
  });

  it('says how far the opening and the writing have got', async () => {
    const source = await office();
    const lines = await backUp(source);
    const target = await db();
    const progress: BackupProgress[] = [];
    expect((await restoreAsWorker(lines, target, await contextFor(target, LEADER), progress)).ok).toBe(true);
    const rows = Object.values((await exportSnapshot(source)).tables).reduce((sum, rows) => sum + rows.length, 0);
    expect(progress.filter((p) => p.phase === 'reading').at(-1)).toEqual({ phase: 'reading', done: rows, total: rows });
    expect(progress.filter((p) => p.phase === 'writing').at(-1)).toEqual({ phase: 'writing', done: rows, total: rows });
  });
});

describe('a backup with rows longer than a line may be', () => {
  it('seals a long chunk in smaller pieces, down to a row, and restores the same', async () => {
    const source = await office();
    for (let i = 0; i < 6; i += 1) await registerComplaint(source, registration({ subject: `长内容登记 ${i}` }), await contextFor(source));
    const whole = await backUp(source, { chunkRows: 500 });
    const pieces = await backUp(source, { chunkRows: 500, chunkChars: 1_500 });
    expect(pieces.length).toBeGreaterThan(whole.length + 5);
    expect(comparable(await restoredFrom(pieces))).toEqual(comparable(await exportSnapshot(source)));
  });

  it('hands the host appends no longer than it stores in one piece, unless one line is', async () => {
    const source = await office();
    const appends: string[][] = [];
    const stored: string[] = [];
    const host: BackupHostCalls = {
      beginBackup: async ({ header }) => {
        stored.push(header);
        return { ok: true, value: { id: 'write-1' } };
      },
      appendBackup: async ({ lines }) => {
        appends.push(lines);
        stored.push(...lines);
        return { ok: true, value: undefined };
      },
      listBackups: async () => ({ ok: true, value: [] }),
      backupEnds: async () => ({ ok: false, error: { code: 'backup-not-found' } }),
      carryBackup: async () => ({ ok: false, error: { code: 'backup-not-found' } }),
      finishBackup: async ({ trailer }) => {
        stored.push(trailer);
        const size = stored.reduce((sum, line) => sum + line.length + 1, 0);
        return {
          ok: true,
          value: { file: 'backup-live-20261123-100000-manual.cbk', size, createdAt: '', mode: 'live', reason: 'manual', rows: 0 },
        };
      },
      abortBackup: async () => ({ ok: true, value: undefined }),
      readBackup: async () => ({ ok: true, value: { lines: stored, next: null } }),
    };
    const options = {
      mode: source.mode,
      reason: 'manual' as const,
      createdAtMs: NOW,
      sealWith: { kind: 'install' as const, key },
      chunkRows: 2,
    };
    const result = await streamBackupTo(host, source, { ...options, appendChars: 4_000 });
    expect(result.ok).toBe(true);
    expect(appends.length).toBeGreaterThan(1);
    for (const lines of appends) {
      const chars = lines.reduce((sum, line) => sum + line.length, 0);
      if (lines.length > 1) expect(chars).toBeLessThanOrEqual(4_000);
    }
    expect(comparable(await restoredFrom(stored))).toEqual(comparable(await exportSnapshot(source)));
  });
});

describe('the running totals counted where backups run', () => {
  it('counts the named database’s totals from its records, as the console does on opening', async () => {
    const source = await office();
    const kept = await source.summaries.get(OPEN_KEY);
    await source.summaries.clear();
    const place = { host: hostOf([]), database: () => ({ db: source, close: false }), progress: () => undefined };
    const rows = await runBackupRequest(place, { op: 'count', db: { name: source.name, mode: source.mode }, nowMs: NOW });
    expect(rows).toBeGreaterThan(0);
    expect(await storedSignature(source)).not.toBeNull();
    expect((await source.summaries.get(OPEN_KEY))?.counts).toEqual(kept?.counts);
    expect(kept?.counts.open).toBe(3);
  });
});

describe('a restore of a backup this store was at a while ago', () => {
  it('writes back only what changed since, and leaves the store as a whole restore would', async () => {
    const source = await office();
    const ctx = await contextFor(source, LEADER);
    const kept = await saveContact(source, null, TV_HOTLINE, ctx);
    if (!kept.ok) throw new Error(kept.error.code);
    const lines = await backUp(source);
    const rows = Object.values((await exportSnapshot(source)).tables).reduce((sum, table) => sum + table.length, 0);
    // Since the backup: a new registration, a change to an old matter, a contact removed and one added.
    await registerComplaint(source, registration({ subject: '备份之后的登记' }), await contextFor(source));
    const first = (await source.incidents.toArray())[0]!;
    expect((await applyCommand(source, first.id, { type: 'verify' }, await contextFor(source))).ok).toBe(true);
    expect((await removeContact(source, kept.value.id, ctx)).ok).toBe(true);
    expect((await saveContact(source, null, { ...TV_HOTLINE, organisation: '市日报社' }, ctx)).ok).toBe(true);

    const issued = new Map((await source.counters.toArray()).map((counter) => [counter.key, counter.value]));
    const progress: BackupProgress[] = [];
    expect((await restoreAsWorker(lines, source, await contextFor(source, LEADER), progress)).ok).toBe(true);
    const writing = progress.filter((p) => p.phase === 'writing').at(-1)!;
    expect(writing.total).toBeGreaterThan(0);
    expect(writing.total).toBeLessThan(rows / 2);
    expect(comparable(await withoutRestoreEntries(source))).toEqual(comparable(await restoredFrom(lines)));
    const subjects = (await source.complaints.toArray()).map((c) => c.subject);
    expect(subjects).not.toContain('备份之后的登记');
    const organisations = (await source.contacts.toArray()).map((c) => c.organisation);
    expect(organisations).toContain('市电视台新闻热线');
    expect(organisations).not.toContain('市日报社');
    // The numbers handed out since are not given again.
    expect(issued.size).toBeGreaterThan(0);
    for (const counter of await source.counters.toArray()) expect(counter.value).toBeGreaterThanOrEqual(issued.get(counter.key) ?? 0);
  });

  it('is written whole when a maintenance run came since, which does not say what it wrote', async () => {
    const source = await office();
    const lines = await backUp(source);
    const rows = Object.values((await exportSnapshot(source)).tables).reduce((sum, table) => sum + table.length, 0);
    const [entry] = await source.timeline.toArray();
    await maintain(source, { name: 'test.rewrite', tables: ['timeline'] }, async () => {
      await source.timeline.delete(entry!.id);
    });
    const progress: BackupProgress[] = [];
    expect((await restoreAsWorker(lines, source, await contextFor(source, LEADER), progress)).ok).toBe(true);
    expect(progress.filter((p) => p.phase === 'writing').at(-1)!.total).toBe(rows);
    expect((await source.timeline.get(entry!.id))?.id).toBe(entry!.id);
    expect(comparable(await withoutRestoreEntries(source))).toEqual(comparable(await restoredFrom(lines)));
  });
});
