// Backups in the user data folder: what is written reads back as the same data, a bad file is
// refused with its reason and no tables, a write killed half-way leaves the earlier backups
// whole, and the folder keeps the last N. Real temp folders; fakes only where a crash is needed.
import fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { APP_SCHEMA_VERSION, dueForDailyBackup } from '@shared/backupFormat';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupStore, nodeBackupFs, readBackupAt, type BackupFileSystem, type BackupSnapshot } from '../../electron/services/backup';

// The real module would try to download Electron; the store never needs it.
vi.mock('electron', () => ({}));

const APP = { name: '应急指挥台', version: '0.1.0' };
const START = Date.parse('2026-11-23T08:00:00+08:00');
const MINUTE = 60_000;
const DAY = 86_400_000;

function snapshot(phone = '13800138000'): BackupSnapshot {
  return {
    schemaVersion: APP_SCHEMA_VERSION,
    tables: {
      complaints: [
        {
          id: '0b6f7c1e-2a4d-4e5f-8b6a-1c2d3e4f5a6b',
          number: 'TS-2026-0001',
          complainant: { name: '张三', phone },
          summary: '小区供暖中断，涉及 300 户',
          receivedAt: '2026-11-23T07:55:00+08:00',
          incidentId: null,
        },
      ],
      incidents: [{ id: '3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b', number: 'SJ-2026-0001', level: 1, complainantNames: ['张三'], ratio: 0.1 }],
      timeline: [{ id: 't1', incidentId: '3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b', at: '2026-11-23T08:01:00+08:00', kind: 'registered' }],
      settings: [{ key: 'notifications', value: { leadMinutes: 120, repeatLevel1: true }, updatedAt: '2026-11-23T07:00:00+08:00' }],
      counters: [],
    },
  };
}

let dir: string;
let clock: number;

beforeEach(async () => {
  dir = path.join(await fs.mkdtemp(path.join(tmpdir(), 'console-backup-')), 'backups');
  clock = START;
});

afterEach(async () => {
  await fs.rm(path.dirname(dir), { recursive: true, force: true });
});

const store = (options: { fs?: BackupFileSystem; keep?: number } = {}) => new BackupStore({ dir, app: APP, now: () => clock, ...options });

async function writeOk(backups: BackupStore, data = snapshot()) {
  const written = await backups.write(data);
  if (!written.ok) throw new Error(`backup failed: ${written.error.code} ${written.error.message ?? ''}`);
  return written.value;
}

/** Every file in the folder with its bytes, to show a refused restore changed nothing. */
async function folderContents(): Promise<Record<string, string>> {
  const names = (await fs.readdir(dir)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await fs.readFile(path.join(dir, name), 'utf8')])));
}

describe('writing and reading backups', () => {
  it('reads back exactly the tables that were backed up', async () => {
    const backups = store();
    const { file } = await writeOk(backups);
    const read = await backups.read(file);
    expect(read.ok && read.value.tables).toEqual(snapshot().tables);
    expect(read.ok && read.value).toMatchObject({
      format: 'complaint-console-backup',
      formatVersion: 1,
      schemaVersion: APP_SCHEMA_VERSION,
      mode: 'live',
      app: APP,
    });
  });

  it('names the file by China-local time and stamps createdAt with the +08:00 offset', async () => {
    clock = Date.parse('2026-11-23T23:30:05+08:00');
    const written = await writeOk(store());
    expect(written).toMatchObject({ file: 'backup-20261123-233005.json', createdAt: '2026-11-23T23:30:05+08:00', pruned: [] });
    expect((await fs.stat(path.join(dir, written.file))).size).toBe(written.size);
  });

  it('lists backups newest first with their size and time, ignoring everything else in the folder', async () => {
    const backups = store();
    await writeOk(backups);
    clock += DAY;
    await writeOk(backups);
    await fs.writeFile(path.join(dir, 'notes.txt'), '值班备注');
    await fs.writeFile(path.join(dir, 'backup-20261124-080000.json.tmp'), '{"format":');
    const listed = await backups.list();
    expect(listed.map((entry) => [entry.file, entry.createdAt])).toEqual([
      ['backup-20261124-080000.json', '2026-11-24T08:00:00+08:00'],
      ['backup-20261123-080000.json', '2026-11-23T08:00:00+08:00'],
    ]);
    expect(listed.every((entry) => entry.size > 0)).toBe(true);
    expect(await backups.latestBackupMs()).toBe(START + DAY);
  });

  it('has nothing to list before the first backup, even without a folder', async () => {
    expect(await store().list()).toEqual([]);
    expect(await store().latestBackupMs()).toBeNull();
  });

  it('reads a backup chosen anywhere on disk, as a manual restore does', async () => {
    const { file } = await writeOk(store());
    const chosen = path.join(path.dirname(dir), '拷贝 backup.json');
    await fs.copyFile(path.join(dir, file), chosen);
    const read = await readBackupAt(chosen);
    expect(read.ok && read.value.tables).toEqual(snapshot().tables);
  });

  it('lets two backups asked for at once both land', async () => {
    const backups = store();
    const first = backups.write(snapshot());
    clock += MINUTE;
    const second = backups.write(snapshot('13900139000'));
    expect([(await first).ok, (await second).ok]).toEqual([true, true]);
    expect((await backups.list()).length).toBe(2);
  });
});

describe('refusing a restore', () => {
  it('refuses a backup whose checksum does not match and leaves the folder as it was', async () => {
    const backups = store();
    const { file } = await writeOk(backups);
    const text = await fs.readFile(path.join(dir, file), 'utf8');
    await fs.writeFile(path.join(dir, file), text.replace('13800138000', '13800138999'));
    const before = await folderContents();
    expect(await backups.read(file)).toEqual({ ok: false, error: { code: 'backup-checksum' } });
    expect(await folderContents()).toEqual(before);
  });

  it('refuses a backup cut off half-way as truncated and hands back no tables', async () => {
    const backups = store();
    const { file } = await writeOk(backups);
    const bytes = await fs.readFile(path.join(dir, file));
    await fs.writeFile(path.join(dir, file), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const read = await backups.read(file);
    expect(read).toMatchObject({ ok: false, error: { code: 'backup-truncated' } });
    expect(read).not.toHaveProperty('value');
  });

  it('refuses a backup made by a newer version of the console', async () => {
    const backups = store();
    const { file } = await writeOk(backups, { ...snapshot(), schemaVersion: APP_SCHEMA_VERSION + 1 });
    expect(await backups.read(file)).toMatchObject({ ok: false, error: { code: 'backup-newer-version' } });
  });

  it('refuses a file that is not a console backup, even under a backup name', async () => {
    const backups = store();
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, 'backup-20261123-080000.json'), JSON.stringify({ version: 1, scopes: {} }));
    expect(await backups.read('backup-20261123-080000.json')).toEqual({ ok: false, error: { code: 'backup-wrong-format' } });
  });

  it('refuses names that are not backups of this folder, so the renderer cannot read other files', async () => {
    const backups = store();
    await writeOk(backups);
    for (const name of ['../../etc/passwd', 'notes.txt', 'backup-20261123-080000.json.tmp', 'backup-20261399-250000.json']) {
      expect(await backups.read(name)).toMatchObject({ ok: false, error: { code: 'backup-not-found' } });
    }
    expect(await backups.read('backup-20250101-000000.json')).toMatchObject({ ok: false, error: { code: 'backup-not-found' } });
  });
});

describe('a write that does not finish', () => {
  it('a write killed between temp and rename leaves the previous backup intact, and the next write clears the temp file', async () => {
    const good = await writeOk(store());
    const goodText = await fs.readFile(path.join(dir, good.file), 'utf8');

    // The process dies during the rename: the temp file is on disk, nothing after it runs.
    let tempWritten!: () => void;
    const reachedRename = new Promise<void>((resolve) => (tempWritten = resolve));
    const dying: BackupFileSystem = {
      ...nodeBackupFs,
      rename: () => {
        tempWritten();
        return new Promise<void>(() => undefined);
      },
    };
    clock += DAY;
    void store({ fs: dying }).write(snapshot('13900139000'));
    await reachedRename;
    expect((await fs.readdir(dir)).sort()).toEqual([good.file, 'backup-20261124-080000.json.tmp']);

    // After a restart: only the good backup is listed, and it reads back whole.
    const restarted = store();
    expect((await restarted.list()).map((entry) => entry.file)).toEqual([good.file]);
    const read = await restarted.read(good.file);
    expect(read.ok && read.value.tables).toEqual(snapshot().tables);
    expect(await fs.readFile(path.join(dir, good.file), 'utf8')).toBe(goodText);

    clock += DAY;
    const next = await writeOk(restarted);
    expect((await fs.readdir(dir)).sort()).toEqual([good.file, next.file]);
  });

  it('reports a failed rename as a failed backup and removes its own temp file', async () => {
    const good = await writeOk(store());
    const diskFull: BackupFileSystem = {
      ...nodeBackupFs,
      rename: () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })),
    };
    clock += DAY;
    const result = await store({ fs: diskFull }).write(snapshot());
    expect(result).toMatchObject({ ok: false, error: { code: 'backup-write-failed', params: { file: 'backup-20261124-080000.json' } } });
    expect(await fs.readdir(dir)).toEqual([good.file]);
  });
});

describe('keeping the last N backups', () => {
  it('keeps the newest 14 by default and removes older ones', async () => {
    const backups = store();
    const written = [];
    for (let day = 0; day < 16; day += 1) {
      written.push(await writeOk(backups));
      clock += DAY;
    }
    const listed = (await backups.list()).map((entry) => entry.file);
    expect(listed).toEqual(
      written
        .map((w) => w.file)
        .reverse()
        .slice(0, 14),
    );
    expect(written[14]?.pruned).toEqual([written[0]?.file]);
    expect(written[15]?.pruned).toEqual([written[1]?.file]);
  });

  it('never removes the backup just written, even when the clock has gone back', async () => {
    const backups = store({ keep: 2 });
    for (let day = 10; day < 13; day += 1) {
      clock = START + day * DAY;
      await writeOk(backups);
    }
    clock = START;
    const { file } = await writeOk(backups);
    expect((await backups.list()).map((entry) => entry.file)).toEqual(['backup-20261205-080000.json', file]);
  });

  it('leaves files that are not backups alone', async () => {
    const backups = store({ keep: 1 });
    await fs.mkdir(dir, { recursive: true });
    const others = ['backup-manual.json', 'notes.txt', 'scheduler.json'];
    for (const name of others) await fs.writeFile(path.join(dir, name), '{}');
    await writeOk(backups);
    clock += DAY;
    const { file } = await writeOk(backups);
    expect((await fs.readdir(dir)).sort()).toEqual([file, ...others].sort());
  });

  it('refuses to keep fewer than one backup', () => {
    expect(() => store({ keep: 0 })).toThrow(/keep/);
  });
});

describe('the operator’s choices', () => {
  it('keeps the number of backups the operator chose, from the next write on', async () => {
    const backups = store();
    for (let day = 0; day < 5; day += 1) {
      await writeOk(backups);
      clock += DAY;
    }
    backups.setKeep(2);
    const newest = await writeOk(backups);
    expect((await backups.list()).map((entry) => entry.file)).toEqual([newest.file, 'backup-20261127-080000.json']);
    expect(() => backups.setKeep(0)).toThrow(/keep/);
  });

  it('hands back a stored backup’s text as it is on disk, for the renderer to check', async () => {
    const backups = store();
    const { file } = await writeOk(backups);
    const text = await backups.readText(file);
    expect(text).toEqual({ ok: true, value: await fs.readFile(path.join(dir, file), 'utf8') });
  });

  it('refuses to read anything but a backup of this folder as text', async () => {
    const backups = store();
    await writeOk(backups);
    await fs.writeFile(path.join(path.dirname(dir), 'preferences.json'), '{}');
    for (const name of ['../preferences.json', 'backup-20261123-080000.json.tmp', 'backup-20250101-000000.json']) {
      expect(await backups.readText(name)).toMatchObject({ ok: false, error: { code: 'backup-not-found' } });
    }
  });
});

describe('the daily backup', () => {
  it('is made once per China-local day, again just after midnight in China', async () => {
    const backups = store();
    const dueNow = async () => dueForDailyBackup(await backups.latestBackupMs(), clock);

    clock = Date.parse('2026-11-23T00:10:00+08:00');
    expect(await dueNow()).toBe(true);
    await writeOk(backups);
    for (const later of ['2026-11-23T07:59:00+08:00', '2026-11-23T08:01:00+08:00', '2026-11-23T23:59:59+08:00']) {
      clock = Date.parse(later);
      expect(await dueNow()).toBe(false);
    }
    clock = Date.parse('2026-11-24T00:00:01+08:00');
    expect(await dueNow()).toBe(true);
  });
});
