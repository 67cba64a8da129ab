// The host's backup store in the user data folder: the renderer's sealed lines are written as
// they come and read back line for line; a write killed half-way leaves the earlier backups
// whole and nothing under a backup's name; two backups in one second are both kept; and the
// folder keeps one daily backup a day and N of each other kind, never losing real days to a
// backup dated in the future nor a much larger backup to a smaller one. The store never judges
// the data (the renderer checks signatures), only the header line it names and prunes by.
// Real temp folders; fakes only where a crash is needed.
import fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { APP_SCHEMA_VERSION, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, dueForDailyBackup, type BackupKind } from '@shared/backupFormat';
import type { Mode } from '@shared/model';
import { toIsoWithOffset } from '@shared/time';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupStore, nodeBackupFs, type BackupFileSystem } from '../../electron/services/backup';

// The real module would try to download Electron; the store never needs it.
vi.mock('electron', () => ({}));

const START = Date.parse('2026-11-23T08:00:00+08:00');
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const INSTALL_ID = '9d7f3c2a-1b4e-4f6a-8c2d-3e4f5a6b7c8d';
const SIGNATURE = 'a'.repeat(64);

type HeaderOptions = { mode?: Mode; reason?: BackupKind; at?: number; counts?: Record<string, number>; createdAt?: string };

/** A sealed backup's first line, as the renderer writes it. */
function headerLine({
  mode = 'live',
  reason = 'daily',
  at = clock,
  counts = { complaints: 3, incidents: 1, timeline: 2 },
  createdAt,
}: HeaderOptions = {}) {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: APP_SCHEMA_VERSION,
    createdAt: createdAt ?? toIsoWithOffset(at),
    app: { name: '应急指挥台', version: '0.2.0' },
    mode,
    reason,
    seal: { kind: 'install', installId: INSTALL_ID },
    counts,
  });
}

/** Base64 chunk lines like the renderer's (the store never opens them). */
const chunkLines = (n: number, seed = 'c') =>
  Array.from({ length: n }, (_, i) => Buffer.from(`${seed}:${i}:小区供暖中断，涉及 300 户`).toString('base64'));
const trailerLine = (chunks: number) => JSON.stringify({ end: true, chunks, signature: SIGNATURE });

let dir: string;
let clock: number;

beforeEach(async () => {
  dir = path.join(await fs.mkdtemp(path.join(tmpdir(), 'console-backup-')), 'backups');
  clock = START;
});

afterEach(async () => {
  vi.restoreAllMocks();
  await fs.rm(path.dirname(dir), { recursive: true, force: true });
});

const store = (options: { fs?: BackupFileSystem; keep?: number } = {}) => new BackupStore({ dir, now: () => clock, ...options });

/** Writes one whole backup as the renderer does: begin, append in batches, finish. */
async function writeOk(backups: BackupStore, options: HeaderOptions & { chunks?: string[] } = {}) {
  const chunks = options.chunks ?? chunkLines(3);
  const begun = await backups.begin(headerLine(options));
  if (!begun.ok) throw new Error(`begin failed: ${begun.error.code} ${begun.error.message ?? ''}`);
  for (let at = 0; at < chunks.length; at += 16) {
    const appended = await backups.append(begun.value.id, chunks.slice(at, at + 16));
    if (!appended.ok) throw new Error(`append failed: ${appended.error.code}`);
  }
  const written = await backups.finish(begun.value.id, trailerLine(chunks.length));
  if (!written.ok) throw new Error(`backup failed: ${written.error.code} ${written.error.message ?? ''}`);
  return written.value;
}

/** Every line of a stored backup, read the way the renderer does (offset by offset). */
async function readAll(backups: BackupStore, file: string) {
  const lines: string[] = [];
  let reads = 0;
  for (let offset: number | null = 0; offset !== null;) {
    const read = await backups.readLines(file, offset);
    if (!read.ok) throw new Error(`read failed: ${read.error.code}`);
    lines.push(...read.value.lines);
    offset = read.value.next;
    reads += 1;
  }
  return { lines, reads };
}

const files = async (mode: Mode = 'live') => (await store().list(mode)).map((entry) => entry.file);
const folder = async () => (await fs.readdir(dir)).sort();

describe('writing and reading backups', () => {
  it('reads back line for line what was written: header, chunks, trailer', async () => {
    const backups = store();
    const chunks = chunkLines(40);
    const { file } = await writeOk(backups, { chunks });
    const { lines, reads } = await readAll(backups, file);
    expect(lines).toEqual([headerLine(), ...chunks, trailerLine(40)]);
    expect(reads).toBe(1);
    expect(await fs.readFile(path.join(dir, file), 'utf8')).toBe(`${[headerLine(), ...chunks, trailerLine(40)].join('\n')}\n`);
  });

  it('hands a large backup back in several reads of whole lines, each offset leading on to the next', async () => {
    const backups = store();
    // About 13 MB: 48 lines of 256 KB and one line longer than a 4 MB read block.
    const big = Array.from({ length: 48 }, (_, i) => `${String(i).padStart(4, '0')}${'A'.repeat(256 * 1024)}`);
    big.splice(20, 0, 'B'.repeat(5 * 1024 * 1024));
    const { file, size } = await writeOk(backups, { chunks: big });
    const offsets: number[] = [];
    const lines: string[] = [];
    for (let offset: number | null = 0; offset !== null;) {
      offsets.push(offset);
      const read = await backups.readLines(file, offset);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      lines.push(...read.value.lines);
      if (read.value.next !== null) expect(read.value.next).toBeGreaterThan(offset);
      offset = read.value.next;
    }
    expect(offsets.length).toBeGreaterThan(2);
    expect(offsets.every((offset) => offset < size)).toBe(true);
    expect(lines.length).toBe(big.length + 2);
    expect(lines).toEqual([headerLine(), ...big, trailerLine(big.length)]);
  });

  it('hands back no lines and no next offset at the end of a backup', async () => {
    const backups = store();
    const { file, size } = await writeOk(backups);
    expect(await backups.readLines(file, size)).toEqual({ ok: true, value: { lines: [], next: null } });
  });

  it('names the file by mode, China-local time and reason, and stamps createdAt with +08:00', async () => {
    clock = Date.parse('2026-11-23T23:30:05+08:00');
    // The same instant written in UTC still gets the China-local name.
    const written = await writeOk(store(), { reason: 'manual', createdAt: '2026-11-23T15:30:05.000Z' });
    expect(written).toMatchObject({
      file: 'backup-live-20261123-233005-manual.cbk',
      createdAt: '2026-11-23T23:30:05+08:00',
      mode: 'live',
      reason: 'manual',
      pruned: [],
    });
    expect((await fs.stat(path.join(dir, written.file))).size).toBe(written.size);
  });

  it('lists a mode’s backups newest first with their mode, reason, rows and size; the other mode’s list does not show them', async () => {
    const backups = store();
    const daily = await writeOk(backups, { counts: { complaints: 120, incidents: 8, timeline: 40 } });
    clock += HOUR;
    const manual = await writeOk(backups, { reason: 'manual', counts: { complaints: 121, incidents: 8, timeline: 41 } });
    const drill = await writeOk(backups, { mode: 'drill', reason: 'quit', counts: { drillRuns: 1, complaints: 12 } });

    const live = await backups.list('live');
    expect(live.map(({ file, mode, reason, rows, createdAt }) => ({ file, mode, reason, rows, createdAt }))).toEqual([
      { file: manual.file, mode: 'live', reason: 'manual', rows: 170, createdAt: '2026-11-23T09:00:00+08:00' },
      { file: daily.file, mode: 'live', reason: 'daily', rows: 168, createdAt: '2026-11-23T08:00:00+08:00' },
    ]);
    for (const entry of live) expect(entry.size).toBe((await fs.stat(path.join(dir, entry.file))).size);
    expect(await backups.list('drill')).toEqual([expect.objectContaining({ file: drill.file, mode: 'drill', reason: 'quit', rows: 13 })]);
    expect(drill.file).toBe('backup-drill-20261123-090000-quit.cbk');
  });

  it('lists nothing but backups: not other files, not temp files, not a .cbk whose first line is not a backup header', async () => {
    const backups = store();
    const { file } = await writeOk(backups);
    await fs.writeFile(path.join(dir, 'notes.txt'), '值班备注');
    await fs.writeFile(path.join(dir, `${crypto.randomUUID()}.tmp`), `${headerLine()}\n`);
    await fs.writeFile(path.join(dir, 'backup-live-20261124-080000-daily.cbk'), '{"version":1,"scopes":{}}\n');
    await fs.writeFile(path.join(dir, 'backup-live-20261125-080000-daily.cbk'), '');
    expect((await backups.list('live')).map((entry) => entry.file)).toEqual([file]);
  });

  it('lists a first-format backup (made before backups were sealed) as a live backup of its day, and reads it back', async () => {
    await fs.mkdir(dir, { recursive: true });
    const legacy = JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, tables: {} }, null, 2);
    await fs.writeFile(path.join(dir, 'backup-20261120-080000.json'), legacy);
    const backups = store();
    expect(await backups.list('live')).toEqual([
      expect.objectContaining({ file: 'backup-20261120-080000.json', reason: 'legacy', createdAt: '2026-11-20T08:00:00+08:00', rows: 0 }),
    ]);
    expect(await backups.list('drill')).toEqual([]);
    expect((await readAll(backups, 'backup-20261120-080000.json')).lines).toEqual(legacy.split('\n'));
  });

  it('has nothing to list before the first backup, even without a folder', async () => {
    expect(await store().list('live')).toEqual([]);
    expect(await store().latestDailyMs('live')).toBeNull();
  });

  it('lets two backups written at once both land, each with its own lines', async () => {
    const backups = store();
    const first = await backups.begin(headerLine({ reason: 'manual' }));
    clock += MINUTE;
    const second = await backups.begin(headerLine({ reason: 'manual' }));
    if (!first.ok || !second.ok) throw new Error('begin failed');
    await backups.append(first.value.id, chunkLines(2, 'first'));
    await backups.append(second.value.id, chunkLines(2, 'second'));
    await backups.append(first.value.id, chunkLines(1, 'first-more'));
    const [a, b] = await Promise.all([backups.finish(first.value.id, trailerLine(3)), backups.finish(second.value.id, trailerLine(2))]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    if (!a.ok || !b.ok) return;
    expect((await readAll(backups, a.value.file)).lines).toEqual([
      headerLine({ reason: 'manual', at: START }),
      ...chunkLines(2, 'first'),
      ...chunkLines(1, 'first-more'),
      trailerLine(3),
    ]);
    expect((await readAll(backups, b.value.file)).lines).toEqual([
      headerLine({ reason: 'manual', at: START + MINUTE }),
      ...chunkLines(2, 'second'),
      trailerLine(2),
    ]);
    expect(await folder()).toEqual([a.value.file, b.value.file].sort());
  });
});

describe('two backups in the same second', () => {
  it('keeps both under two names, the second with -2, and lists both', async () => {
    const backups = store();
    const first = await writeOk(backups, { reason: 'manual', chunks: chunkLines(2, 'first') });
    const second = await writeOk(backups, { reason: 'manual', chunks: chunkLines(2, 'second') });
    expect(first.file).toBe('backup-live-20261123-080000-manual.cbk');
    expect(second.file).toBe('backup-live-20261123-080000-manual-2.cbk');
    expect((await backups.list('live')).map((entry) => entry.file).sort()).toEqual([first.file, second.file].sort());
    expect((await readAll(backups, first.file)).lines).toContain(chunkLines(2, 'first')[1]);
    expect((await readAll(backups, second.file)).lines).toContain(chunkLines(2, 'second')[1]);
  });

  it('keeps both when they finish at the same moment', async () => {
    const backups = store();
    const ids = await Promise.all([backups.begin(headerLine({ reason: 'quit' })), backups.begin(headerLine({ reason: 'quit' }))]);
    const finished = await Promise.all(ids.map((begun) => (begun.ok ? backups.finish(begun.value.id, trailerLine(0)) : begun)));
    expect(finished.map((result) => result.ok && result.value.file).sort()).toEqual([
      'backup-live-20261123-080000-quit-2.cbk',
      'backup-live-20261123-080000-quit.cbk',
    ]);
    expect((await backups.list('live')).length).toBe(2);
  });

  it('never writes over a backup already there under the name', async () => {
    const backups = store();
    const first = await writeOk(backups, { reason: 'manual' });
    const before = await fs.readFile(path.join(dir, first.file), 'utf8');
    // Another console instance (or a restart) writes in the same second.
    await writeOk(store(), { reason: 'manual', chunks: chunkLines(1, 'other') });
    expect(await fs.readFile(path.join(dir, first.file), 'utf8')).toBe(before);
  });
});

describe('a write that does not finish', () => {
  const failing = (step: 'link' | 'fsync'): BackupFileSystem => ({
    ...nodeBackupFs,
    [step]: () => Promise.reject(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' })),
  });

  it.each(['link', 'fsync'] as const)(
    'a write whose %s fails leaves the earlier backups whole, nothing under the new name, and no temp file',
    async (step) => {
      const good = await writeOk(store());
      const goodText = await fs.readFile(path.join(dir, good.file), 'utf8');
      clock += DAY;
      const broken = store({ fs: failing(step) });
      const begun = await broken.begin(headerLine());
      if (!begun.ok) throw new Error('begin failed');
      expect(await broken.append(begun.value.id, chunkLines(3))).toEqual({ ok: true, value: undefined });
      const result = await broken.finish(begun.value.id, trailerLine(3));
      expect(result).toMatchObject({ ok: false, error: { code: 'backup-write-failed' } });
      expect(await folder()).toEqual([good.file]);
      expect(await files()).toEqual([good.file]);
      expect(await fs.readFile(path.join(dir, good.file), 'utf8')).toBe(goodText);
    },
  );

  it('a process killed between writing and linking leaves the earlier backups whole and nothing listed under the new name; the next write clears its temp file', async () => {
    const good = await writeOk(store());
    const goodText = await fs.readFile(path.join(dir, good.file), 'utf8');

    // The process dies while linking: the flushed temp file is on disk, nothing after it runs.
    let reachedLink!: () => void;
    const linking = new Promise<void>((resolve) => (reachedLink = resolve));
    const dying: BackupFileSystem = {
      ...nodeBackupFs,
      link: () => {
        reachedLink();
        return new Promise<void>(() => undefined);
      },
    };
    clock += DAY;
    const doomed = store({ fs: dying });
    const begun = await doomed.begin(headerLine());
    if (!begun.ok) throw new Error('begin failed');
    await doomed.append(begun.value.id, chunkLines(3, 'doomed'));
    void doomed.finish(begun.value.id, trailerLine(3));
    await linking;
    const left = await folder();
    expect(left).toHaveLength(2);
    expect(left).toContain(good.file);
    expect(left.find((name) => name !== good.file)).toMatch(/^[0-9a-f-]{36}\.tmp$/);

    // After a restart: only the good backup is listed, and it reads back whole.
    const restarted = store();
    expect((await restarted.list('live')).map((entry) => entry.file)).toEqual([good.file]);
    expect((await readAll(restarted, good.file)).lines.join('\n')).toBe(goodText.trimEnd());
    expect(await restarted.latestDailyMs('live')).toBe(START);

    clock += HOUR;
    const next = await writeOk(restarted);
    expect(await folder()).toEqual([good.file, next.file].sort());
  });

  it('a write whose disk fills up while appending is dropped with its temp file', async () => {
    const good = await writeOk(store());
    let appends = 0;
    const fillsUp: BackupFileSystem = {
      ...nodeBackupFs,
      appendFile: (file, data, encoding) =>
        ++appends > 1
          ? Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }))
          : nodeBackupFs.appendFile(file, data, encoding),
    };
    clock += DAY;
    const full = store({ fs: fillsUp });
    const begun = await full.begin(headerLine());
    if (!begun.ok) throw new Error('begin failed');
    expect(await full.append(begun.value.id, chunkLines(3))).toMatchObject({ ok: false, error: { code: 'backup-write-failed' } });
    expect(await folder()).toEqual([good.file]);
    // Nothing more can be added to it, nor can it be finished.
    expect(await full.finish(begun.value.id, trailerLine(3))).toMatchObject({ ok: false, error: { code: 'backup-write-failed' } });
    expect(await folder()).toEqual([good.file]);
  });

  it('abort drops a backup being written: its temp file goes, nothing is listed, and it cannot be finished', async () => {
    const backups = store();
    const good = await writeOk(backups);
    clock += HOUR;
    const begun = await backups.begin(headerLine({ reason: 'manual' }));
    if (!begun.ok) throw new Error('begin failed');
    await backups.append(begun.value.id, chunkLines(2));
    expect((await folder()).length).toBe(2);
    expect(await backups.abort(begun.value.id)).toEqual({ ok: true, value: undefined });
    expect(await folder()).toEqual([good.file]);
    expect(await backups.finish(begun.value.id, trailerLine(2))).toMatchObject({ ok: false, error: { code: 'backup-write-failed' } });
    expect(await backups.append(begun.value.id, chunkLines(1))).toMatchObject({ ok: false, error: { code: 'backup-write-failed' } });
    expect(await folder()).toEqual([good.file]);
  });

  it('a backup still being written is not removed by another backup’s pruning', async () => {
    const backups = store();
    const begun = await backups.begin(headerLine({ reason: 'manual' }));
    if (!begun.ok) throw new Error('begin failed');
    await backups.append(begun.value.id, chunkLines(2, 'slow'));
    await writeOk(backups, { reason: 'quit' });
    await backups.append(begun.value.id, chunkLines(1, 'slow-more'));
    const slow = await backups.finish(begun.value.id, trailerLine(3));
    expect(slow.ok).toBe(true);
    if (!slow.ok) return;
    expect((await readAll(backups, slow.value.file)).lines).toEqual([
      headerLine({ reason: 'manual' }),
      ...chunkLines(2, 'slow'),
      ...chunkLines(1, 'slow-more'),
      trailerLine(3),
    ]);
  });

  it('a backup just begun (its header still being written) is not removed by another backup’s pruning', async () => {
    // The header write of the second backup is held until the first backup's pruning has looked at the folder.
    let releaseHeader!: () => void;
    const headerHeld = new Promise<void>((resolve) => (releaseHeader = resolve));
    let holdNext = false;
    const racing: BackupFileSystem = {
      ...nodeBackupFs,
      async appendFile(file, data, encoding) {
        await nodeBackupFs.appendFile(file, data, encoding);
        if (holdNext && typeof data === 'string' && data.startsWith('{"format"')) {
          holdNext = false;
          await headerHeld;
        }
      },
    };
    const backups = store({ fs: racing });
    const first = await backups.begin(headerLine({ reason: 'quit' }));
    if (!first.ok) throw new Error('begin failed');
    holdNext = true;
    const secondBegun = backups.begin(headerLine({ reason: 'manual' }));
    await vi.waitFor(async () => expect((await folder()).filter((name) => name.endsWith('.tmp'))).toHaveLength(2));
    const firstDone = await backups.finish(first.value.id, trailerLine(0));
    expect(firstDone.ok).toBe(true);
    releaseHeader();
    const second = await secondBegun;
    if (!second.ok) throw new Error('begin failed');
    await backups.append(second.value.id, chunkLines(1, 'second'));
    const done = await backups.finish(second.value.id, trailerLine(1));
    expect(done.ok).toBe(true);
    if (!done.ok) return;
    // The second backup still starts with its header, so it is listed and can be restored.
    expect((await readAll(backups, done.value.file)).lines[0]).toBe(headerLine({ reason: 'manual' }));
    expect((await backups.list('live')).map((entry) => entry.file)).toContain(done.value.file);
  });
});

describe('refusing what is not a backup', () => {
  it.each([
    ['text that is not JSON', '{"format":'],
    ['a first-format document', JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, schemaVersion: 5, mode: 'live', tables: {} })],
    ['a header of another app', headerLine().replace(BACKUP_FORMAT, 'other-app')],
    ['a header of an unknown mode', headerLine().replace('"mode":"live"', '"mode":"training"')],
    ['a header without a seal', JSON.stringify({ ...(JSON.parse(headerLine()) as object), seal: undefined })],
    ['a header for a file to save elsewhere, not for this folder', headerLine({ reason: 'file' })],
    ['a base64 chunk', chunkLines(1)[0]!],
  ])('begin refuses %s and writes nothing', async (_what, line) => {
    const backups = store();
    expect(await backups.begin(line)).toMatchObject({ ok: false, error: { code: 'backup-write-failed' } });
    expect(await fs.readdir(dir).catch(() => [])).toEqual([]);
  });

  it.each([
    ['a path out of the backup folder', '../preferences.json'],
    ['an absolute path', '/etc/passwd'],
    ['a backup name followed by a path', 'backup-live-20261123-080000-daily.cbk/../../preferences.json'],
    ['a path into the folder from elsewhere', '../backups/backup-live-20261123-080000-daily.cbk'],
    ['a temp file of a write in progress', `${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}.tmp`],
    ['another file of the folder', 'notes.txt'],
    ['a name with an unknown reason', 'backup-live-20261123-080000-hourly.cbk'],
  ])('readLines refuses %s as not found, without reading it', async (_what, name) => {
    const backups = store();
    await writeOk(backups);
    await fs.writeFile(path.join(path.dirname(dir), 'preferences.json'), '{"closeToTray":true}');
    await fs.writeFile(path.join(dir, 'notes.txt'), '值班备注');
    const readBlock = vi.spyOn(nodeBackupFs, 'readBlock');
    expect(await backups.readLines(name, 0)).toMatchObject({ ok: false, error: { code: 'backup-not-found' } });
    expect(readBlock).not.toHaveBeenCalled();
  });

  it('readLines answers not found for a backup name that is not there', async () => {
    const backups = store();
    await writeOk(backups);
    expect(await backups.readLines('backup-live-20250101-000000-daily.cbk', 0)).toMatchObject({
      ok: false,
      error: { code: 'backup-not-found', params: { file: 'backup-live-20250101-000000-daily.cbk' } },
    });
    expect(await store().readLines('backup-20250101-000000.json', 0)).toMatchObject({ ok: false, error: { code: 'backup-not-found' } });
  });

  it('hands back a stored backup’s lines as they are on disk, even edited: the renderer checks the signature', async () => {
    const backups = store();
    const { file } = await writeOk(backups);
    const text = await fs.readFile(path.join(dir, file), 'utf8');
    const edited = text.replace(SIGNATURE, 'b'.repeat(64));
    await fs.writeFile(path.join(dir, file), edited);
    expect((await readAll(backups, file)).lines).toEqual(edited.trimEnd().split('\n'));
  });
});

describe('keeping backups', () => {
  it('with the clock right again, a daily dated in the future neither holds off the next day’s backup nor costs the real days', async () => {
    const D = Date.parse('2026-11-23T09:00:00+08:00');
    const backups = store();
    // Weeks ago the PC's clock ran 30 days fast for a while, and a daily backup was made then.
    clock = D + 30 * DAY;
    const future = await writeOk(backups);
    // Then 14 genuine daily backups, on days D-13 … D.
    const genuine = [];
    for (let back = 13; back >= 0; back -= 1) {
      clock = D - back * DAY;
      genuine.push((await writeOk(backups)).file);
    }
    expect(await backups.latestDailyMs('live')).toBe(D);
    expect(dueForDailyBackup(await backups.latestDailyMs('live'), D + 2 * HOUR)).toBe(false);
    clock = D + DAY;
    expect(dueForDailyBackup(await backups.latestDailyMs('live'), clock)).toBe(true);

    // Six more hours on day D of manual and quit backups, every ten minutes.
    clock = D;
    for (let i = 0; i < 36; i += 1) {
      clock += 10 * MINUTE;
      await writeOk(backups, { reason: i % 2 === 0 ? 'manual' : 'quit' });
    }
    const listed = await backups.list('live');
    const dailies = listed.filter((entry) => entry.reason === 'daily').map((entry) => entry.file);
    expect(dailies.filter((file) => file !== future.file).sort()).toEqual([...genuine].sort());
    expect(dailies).toContain(future.file);
    expect(listed.filter((entry) => entry.reason === 'manual')).toHaveLength(14);
    expect(listed.filter((entry) => entry.reason === 'quit')).toHaveLength(14);
    expect(await backups.latestDailyMs('live')).toBe(D);
  });

  it('keeps one daily backup a day for the last 14 days by default; the oldest days go', async () => {
    const backups = store();
    const kept: string[] = [];
    const written = [];
    for (let day = 0; day < 16; day += 1) {
      clock = START + day * DAY;
      const morning = await writeOk(backups);
      clock += 6 * HOUR;
      const afternoon = await writeOk(backups);
      written.push({ morning, afternoon });
      kept.push(afternoon.file);
      // The second daily of a day replaces the first.
      expect(afternoon.pruned).toContain(morning.file);
    }
    expect(await files()).toEqual(kept.reverse().slice(0, 14));
    expect(written[14]!.morning.pruned).toEqual([written[0]!.afternoon.file]);
    expect(written[15]!.morning.pruned).toEqual([written[1]!.afternoon.file]);
  });

  it('keeps the newest N of quit, manual and before-restore backups, each apart from the others and from the dailies', async () => {
    const backups = store({ keep: 3 });
    const daily = await writeOk(backups);
    const byReason: Record<string, string[]> = { quit: [], manual: [], 'before-restore': [] };
    for (let i = 0; i < 5; i += 1) {
      for (const reason of ['quit', 'manual', 'before-restore'] as const) {
        clock += MINUTE;
        byReason[reason]!.push((await writeOk(backups, { reason })).file);
      }
    }
    const listed = await backups.list('live');
    for (const reason of ['quit', 'manual', 'before-restore']) {
      expect(listed.filter((entry) => entry.reason === reason).map((entry) => entry.file)).toEqual(byReason[reason]!.slice(2).reverse());
    }
    expect(listed.map((entry) => entry.file)).toContain(daily.file);
  });

  it('prunes each mode on its own: many drill backups never push out the live ones', async () => {
    const backups = store({ keep: 2 });
    const live = [await writeOk(backups, { reason: 'quit' })];
    clock += MINUTE;
    live.push(await writeOk(backups, { reason: 'quit' }));
    for (let i = 0; i < 5; i += 1) {
      clock += MINUTE;
      await writeOk(backups, { mode: 'drill', reason: 'quit' });
    }
    expect((await files('live')).sort()).toEqual(live.map((entry) => entry.file).sort());
    expect(await files('drill')).toHaveLength(2);
  });

  it('never removes a backup much larger than the newest: when the data shrank, the full copy is the one to restore', async () => {
    const backups = store({ keep: 2 });
    const full = await writeOk(backups, { reason: 'manual', counts: { complaints: 4000, incidents: 300 } });
    for (let i = 0; i < 4; i += 1) {
      clock += HOUR;
      await writeOk(backups, { reason: 'manual', counts: { complaints: 3, incidents: 1 } });
    }
    const manual = (await backups.list('live')).filter((entry) => entry.reason === 'manual');
    expect(manual.map((entry) => entry.file)).toContain(full.file);
    expect(manual).toHaveLength(3);
  });

  it('never removes the backup just written, even when the clock has gone back', async () => {
    const backups = store({ keep: 2 });
    for (let day = 10; day < 13; day += 1) {
      clock = START + day * DAY;
      await writeOk(backups);
    }
    clock = START;
    const written = await writeOk(backups);
    expect(written.pruned).not.toContain(written.file);
    expect(await files()).toContain(written.file);
    expect(await backups.latestDailyMs('live')).toBe(START);
  });

  it('leaves files that are not backups alone', async () => {
    const backups = store({ keep: 1 });
    await fs.mkdir(dir, { recursive: true });
    const others = ['backup-manual.json', 'notes.txt', 'scheduler.json', 'backup-live-20200101-000000-daily.cbk.bak'];
    for (const name of others) await fs.writeFile(path.join(dir, name), '{}');
    await writeOk(backups);
    clock += DAY;
    const { file } = await writeOk(backups);
    expect(await folder()).toEqual([file, ...others].sort());
  });

  it('refuses to keep fewer than one backup', () => {
    expect(() => store({ keep: 0 })).toThrow(/keep/);
    expect(() => store({ keep: 1.5 })).toThrow(/keep/);
  });

  it('keeps the number of days the operator chose, from the next write on', async () => {
    const backups = store();
    for (let day = 0; day < 5; day += 1) {
      clock = START + day * DAY;
      await writeOk(backups);
    }
    backups.setKeep(2);
    expect(await files()).toHaveLength(5);
    clock = START + 5 * DAY;
    const newest = await writeOk(backups);
    expect(await files()).toEqual([newest.file, 'backup-live-20261127-080000-daily.cbk']);
    expect(() => backups.setKeep(0)).toThrow(/keep/);
  });
});

describe('the daily backup', () => {
  it('is made once per China-local day, again just after midnight in China', async () => {
    const backups = store();
    const dueNow = async () => dueForDailyBackup(await backups.latestDailyMs('live'), clock);

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

  it('is not made by a manual, quit or drill backup', async () => {
    const backups = store();
    await writeOk(backups, { reason: 'manual' });
    await writeOk(backups, { reason: 'quit' });
    await writeOk(backups, { mode: 'drill', reason: 'daily' });
    expect(await backups.latestDailyMs('live')).toBeNull();
    expect(await backups.latestDailyMs('drill')).toBe(START);
  });
});

describe('a backup whose page went away half-way', () => {
  it('keeps its temp file while it may still come, and lets it go after an hour without a line', async () => {
    const backups = store();
    const begun = await backups.begin(headerLine());
    if (!begun.ok) throw new Error(begun.error.code);
    const temp = `${begun.value.id}.tmp`;
    clock += 30 * MINUTE;
    await writeOk(backups);
    expect(await folder()).toContain(temp);
    clock += 2 * HOUR;
    await writeOk(backups);
    expect(await folder()).not.toContain(temp);
  });
});
