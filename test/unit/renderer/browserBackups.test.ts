// The browser host's backup store behaves like the Electron backup folder: sealed with a key the
// page cannot read back, named in China time, newest first, never two backups under one name,
// pruned by what the backups hold, and asking for the daily backup once a day.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_SCHEMA_VERSION } from '@shared/backupFormat';
import type { BackupSnapshot, HostApi } from '@shared/bridge';
import { sealToLines } from '../../../renderer/db/backupSeal';
import { backupFileName, browserBackups } from '../../../renderer/host/browserBackups';
import { openStored } from '../../../renderer/features/settings/backupRuns';

const snapshot: BackupSnapshot = {
  schemaVersion: APP_SCHEMA_VERSION,
  tables: { complaints: [], counters: [{ key: 'TS-20261123', value: 2 }] },
};
const at = (iso: string) => vi.spyOn(Date, 'now').mockReturnValue(Date.parse(iso));
const host = browserBackups as unknown as HostApi;

/** Writes a backup through the host calls the console uses: begin, append, finish. */
async function backUp(reason: 'manual' | 'daily' | 'quit' | 'before-restore', iso: string, mode: 'live' | 'drill' = 'live') {
  const key = await browserBackups.backupKey();
  if (!key.ok) throw new Error(key.error.code);
  const lines = await sealToLines(snapshot, { mode, reason, createdAtMs: Date.parse(iso), sealWith: { kind: 'install', key: key.value } });
  const begun = await browserBackups.beginBackup({ header: lines[0]! });
  if (!begun.ok) throw new Error(begun.error.code);
  if (lines.length > 2) await browserBackups.appendBackup({ id: begun.value.id, lines: lines.slice(1, -1) });
  return browserBackups.finishBackup({ id: begun.value.id, trailer: lines.at(-1)! });
}

beforeEach(async () => {
  await browserBackups.keep(14);
});
afterEach(async () => {
  vi.restoreAllMocks();
  // Empties the store between tests without closing the module's open connection.
  const store = new Dexie('complaint-console-backups');
  store.version(2).stores({ backups: 'file, createdAtMs, mode', keys: 'id', parts: '[partsId+n], partsId' });
  await store.table('backups').clear();
  await store.table('parts').clear();
  store.close();
});

describe('the browser backup store', () => {
  it('names backups by mode, China time and reason, and lists one mode newest first', async () => {
    expect(backupFileName({ mode: 'live', reason: 'manual', createdAt: '2026-11-23T02:30:05Z' })).toBe(
      'backup-live-20261123-103005-manual.cbk',
    );
    at('2026-11-23T11:00:00+08:00');
    const first = await backUp('manual', '2026-11-23T10:30:05+08:00');
    await backUp('daily', '2026-11-23T11:00:00+08:00');
    await backUp('manual', '2026-11-23T11:05:00+08:00', 'drill');
    expect(first).toMatchObject({
      ok: true,
      value: { file: 'backup-live-20261123-103005-manual.cbk', createdAt: '2026-11-23T10:30:05+08:00', rows: 1 },
    });
    const listed = await browserBackups.listBackups('live');
    expect(listed.ok && listed.value.map((b) => b.file)).toEqual([
      'backup-live-20261123-110000-daily.cbk',
      'backup-live-20261123-103005-manual.cbk',
    ]);
    const drill = await browserBackups.listBackups('drill');
    expect(drill.ok && drill.value.map((b) => b.reason)).toEqual(['manual']);
  });

  it('keeps two backups made in the same second under two names, both listed', async () => {
    at('2026-11-23T10:30:05+08:00');
    const both = await Promise.all([backUp('manual', '2026-11-23T10:30:05+08:00'), backUp('manual', '2026-11-23T10:30:05+08:00')]);
    expect(both.map((made) => made.ok && made.value.file).sort()).toEqual([
      'backup-live-20261123-103005-manual-2.cbk',
      'backup-live-20261123-103005-manual.cbk',
    ]);
    const listed = await browserBackups.listBackups('live');
    expect(listed.ok && listed.value).toHaveLength(2);
  });

  it('keeps one daily backup when two tabs answer the same day’s request at once', async () => {
    at('2026-11-23T11:00:00+08:00');
    const key = await browserBackups.backupKey();
    if (!key.ok) throw new Error(key.error.code);
    const begun = await Promise.all(
      ['2026-11-23T11:00:00+08:00', '2026-11-23T11:00:01+08:00'].map(async (iso) => {
        const lines = await sealToLines(snapshot, {
          mode: 'live',
          reason: 'daily',
          createdAtMs: Date.parse(iso),
          sealWith: { kind: 'install', key: key.value },
        });
        const started = await browserBackups.beginBackup({ header: lines[0]! });
        if (!started.ok) throw new Error(started.error.code);
        return { id: started.value.id, lines };
      }),
    );
    // Both finish together: neither sees the other's when it first looks.
    const both = await Promise.all(begun.map(({ id, lines }) => browserBackups.finishBackup({ id, trailer: lines.at(-1)! })));
    // Both are told of the one kept: the earlier.
    expect(both.map((made) => made.ok && made.value.file)).toEqual([
      'backup-live-20261123-110000-daily.cbk',
      'backup-live-20261123-110000-daily.cbk',
    ]);
    const listed = await browserBackups.listBackups('live');
    expect(listed.ok && listed.value.map((b) => b.file)).toEqual(['backup-live-20261123-110000-daily.cbk']);
  });

  it('stores a sealed backup that opens again with this installation’s key, and not in plain text', async () => {
    at('2026-11-23T10:30:05+08:00');
    const made = await backUp('manual', '2026-11-23T10:30:05+08:00');
    const file = made.ok ? made.value.file : '';
    const opened = await openStored(host, file);
    expect(opened.ok && opened.value.tables.counters).toEqual(snapshot.tables.counters);
    expect(opened.ok && opened.value.trust).toBe('signed');
    const key = await browserBackups.backupKey();
    expect(key.ok && (key.value.key as CryptoKey).extractable).toBe(false);
  });

  it('keeps the genuine daily backups when one was dated in the future by a fast clock', async () => {
    at('2026-12-24T09:00:00+08:00');
    await backUp('daily', '2027-01-20T09:00:00+08:00');
    for (let day = 10; day <= 23; day += 1) await backUp('daily', `2026-12-${day}T09:00:00+08:00`);
    for (let hour = 10; hour <= 15; hour += 1) await backUp('quit', `2026-12-24T${hour}:00:00+08:00`);
    const listed = await browserBackups.listBackups('live');
    const dailies = listed.ok ? listed.value.filter((b) => b.reason === 'daily') : [];
    expect(dailies).toHaveLength(15);
    // The day's backup is still asked for: the future-dated one does not count as today's.
    const asked = vi.fn();
    const stop = browserBackups.onBackupRequest(asked);
    await vi.waitFor(() => expect(asked).toHaveBeenCalledWith('daily'));
    stop();
  });

  it('refuses to read anything but one of its own backup names', async () => {
    expect(await browserBackups.readBackup({ file: '../../etc/passwd', offset: 0 })).toEqual({
      ok: false,
      error: { code: 'ipc-bad-payload' },
    });
  });
});

describe('the parts of a backup a closed tab left half-written', () => {
  it('go at a later backup once untouched for an hour, while a backup being written elsewhere stays', async () => {
    at('2026-11-23T09:00:00+08:00');
    const key = await browserBackups.backupKey();
    if (!key.ok) throw new Error(key.error.code);
    const lines = await sealToLines(snapshot, {
      mode: 'live',
      reason: 'manual',
      createdAtMs: Date.now(),
      sealWith: { kind: 'install', key: key.value },
    });
    const left = await browserBackups.beginBackup({ header: lines[0]! });
    if (!left.ok) throw new Error(left.error.code);
    // The tab closes: its write is never finished nor aborted, and this page forgets it.
    const store = new Dexie('complaint-console-backups');
    store.version(2).stores({ backups: 'file, createdAtMs, mode', keys: 'id', parts: '[partsId+n], partsId' });
    const parts = store.table('parts');
    await parts.put({
      partsId: 'f1000000-0000-4000-8000-000000000001',
      n: 0,
      lines: ['{}'],
      atMs: Date.parse('2026-11-23T07:00:00+08:00'),
    });
    await parts.put({
      partsId: 'f1000000-0000-4000-8000-000000000002',
      n: 0,
      lines: ['{}'],
      atMs: Date.parse('2026-11-23T08:59:00+08:00'),
    });
    await backUp('manual', '2026-11-23T09:00:00+08:00');
    const owners = (await parts.orderBy('partsId').uniqueKeys()) as string[];
    store.close();
    expect(owners).not.toContain('f1000000-0000-4000-8000-000000000001');
    expect(owners).toContain('f1000000-0000-4000-8000-000000000002');
    expect(owners).toContain(left.value.id);
    await browserBackups.abortBackup(left.value.id);
  });
});
