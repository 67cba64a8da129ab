// The browser host's backup store behaves like the Electron backup folder: sealed, named in China
// time, newest first, pruned to the last N, and asking for the daily backup once a day.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupSnapshot } from '@shared/bridge';
import { checkBackupText } from '../../../renderer/db/backup';
import { backupFileName, browserBackups } from '../../../renderer/host/browserBackups';

const snapshot: BackupSnapshot = { schemaVersion: 3, tables: { plans: [{ id: 'p' }], complaints: [] } };
const at = (iso: string) => vi.spyOn(Date, 'now').mockReturnValue(Date.parse(iso));

beforeEach(async () => {
  await browserBackups.keep(14);
});
afterEach(async () => {
  vi.restoreAllMocks();
  // Empties the store between tests without closing the module's open connection.
  const store = new Dexie('complaint-console-backups');
  store.version(1).stores({ backups: 'file, createdAtMs' });
  await store.table('backups').clear();
  store.close();
});

describe('the browser backup store', () => {
  it('names backups by China time and lists them newest first', async () => {
    expect(backupFileName(Date.parse('2026-11-23T02:30:05Z'))).toBe('backup-20261123-103005.json');
    at('2026-11-23T10:30:05+08:00');
    const first = await browserBackups.backupNow({ reason: 'manual', snapshot });
    at('2026-11-23T11:00:00+08:00');
    await browserBackups.backupNow({ reason: 'manual', snapshot });
    expect(first).toMatchObject({ ok: true, value: { file: 'backup-20261123-103005.json', createdAt: '2026-11-23T10:30:05+08:00' } });
    const listed = await browserBackups.listBackups();
    expect(listed.ok && listed.value.map((b) => b.file)).toEqual(['backup-20261123-110000.json', 'backup-20261123-103005.json']);
    expect(listed.ok && listed.value[0]!.size).toBeGreaterThan(100);
  });

  it('keeps two backups made in the same second under two names', async () => {
    at('2026-11-23T10:30:05.100+08:00');
    await browserBackups.backupNow({ reason: 'manual', snapshot });
    const second = await browserBackups.backupNow({ reason: 'before-restore', snapshot });
    expect(second.ok && second.value.file).toBe('backup-20261123-103006.json');
    // The time inside the file is the time its name and the list show.
    const text = await browserBackups.readBackup('backup-20261123-103006.json');
    const checked = text.ok ? await checkBackupText(text.value) : null;
    expect(checked?.ok && checked.value.createdAt).toBe(second.ok && second.value.createdAt);
  });

  it('gives two backups asked for at the same moment two names', async () => {
    at('2026-11-23T10:30:05+08:00');
    const both = await Promise.all([
      browserBackups.backupNow({ reason: 'manual', snapshot }),
      browserBackups.backupNow({ reason: 'before-restore', snapshot }),
    ]);
    expect(both.map((made) => made.ok && made.value.file).sort()).toEqual(['backup-20261123-103005.json', 'backup-20261123-103006.json']);
  });

  it('stores a sealed backup that passes the restore checks', async () => {
    at('2026-11-23T10:30:05+08:00');
    await browserBackups.backupNow({ reason: 'manual', snapshot });
    const text = await browserBackups.readBackup('backup-20261123-103005.json');
    if (!text.ok) throw new Error(text.error.code);
    const checked = await checkBackupText(text.value);
    expect(checked.ok && checked.value.tables).toEqual(snapshot.tables);
    expect(await browserBackups.readBackup('backup-20261123-000000.json')).toMatchObject({
      ok: false,
      error: { code: 'backup-not-found' },
    });
    expect(await browserBackups.readBackup('../secrets.json')).toMatchObject({ ok: false, error: { code: 'ipc-bad-payload' } });
  });

  it('keeps only the newest N, as set by the preferences', async () => {
    await browserBackups.keep(2);
    for (const day of ['23', '24', '25']) {
      vi.restoreAllMocks();
      at(`2026-11-${day}T10:00:00+08:00`);
      await browserBackups.backupNow({ reason: 'daily', snapshot });
    }
    const listed = await browserBackups.listBackups();
    expect(listed.ok && listed.value.map((b) => b.file)).toEqual(['backup-20261125-100000.json', 'backup-20261124-100000.json']);
    expect(await browserBackups.keep(0)).toMatchObject({ ok: false });
  });

  it('asks for the daily backup when none was made today, and writes only one per day', async () => {
    at('2026-11-23T08:00:00+08:00');
    const asked: string[] = [];
    const stop = browserBackups.onBackupRequest((reason) => asked.push(reason));
    await vi.waitFor(() => expect(asked).toEqual(['daily']));
    stop();
    const first = await browserBackups.backupNow({ reason: 'daily', snapshot });
    const again = await browserBackups.backupNow({ reason: 'daily', snapshot });
    expect(again.ok && first.ok && again.value.file).toBe(first.ok && first.value.file);

    const later: string[] = [];
    const stopLater = browserBackups.onBackupRequest((reason) => later.push(reason));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(later).toEqual([]);
    stopLater();
  });

  it('refuses a snapshot that is not one', async () => {
    const refused = await browserBackups.backupNow({ reason: 'manual', snapshot: { schemaVersion: 0, tables: {} } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'ipc-bad-payload' } });
  });
});
