// The backup file's format and the checks a restore passes before any data is touched: each kind
// of bad file of the first format (one JSON document, parseBackup) is refused with its own code,
// the sealed format's header is read on its own, the daily backup follows China-local days, and
// the retention rule keeps one daily a day, N of each other kind, and never a future-dated
// backup in place of a real one nor a much larger backup than the newest.
import { createHash } from 'node:crypto';
import {
  APP_SCHEMA_VERSION,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupChecksum,
  backupsToPrune,
  canonicalJson,
  dueForDailyBackup,
  FUTURE_TOLERANCE_MS,
  LEGACY_FORMAT_VERSION,
  lastDailyBackupMs,
  looksTruncated,
  parseBackup,
  readSealedHeader,
  rowsCounted,
  sealBackup,
  type BackupContents,
  type RetainedBackup,
} from '@shared/backupFormat';
import { backupOverdue, copyOf, newestFirst } from '@shared/backupFormat';
import { describe, expect, it } from 'vitest';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const check = (text: string, appSchemaVersion?: number) => parseBackup(text, { sha256Hex, appSchemaVersion });

function contents(overrides: Partial<BackupContents> = {}): BackupContents {
  return {
    format: BACKUP_FORMAT,
    formatVersion: LEGACY_FORMAT_VERSION,
    schemaVersion: APP_SCHEMA_VERSION,
    createdAt: '2026-11-23T08:00:00+08:00',
    app: { name: '应急指挥台', version: '0.1.0' },
    mode: 'live',
    tables: {
      complaints: [
        { id: 'c1', number: 'TS-2026-0001', complainant: { name: '张三', phone: '13800138000' }, receivedAt: '2026-11-23T07:55:00+08:00' },
      ],
      incidents: [{ id: 'i1', number: 'SJ-2026-0001', level: 1, complainantNames: ['张三'] }],
      counters: [],
    },
    ...overrides,
  };
}

async function fileText(overrides: Partial<BackupContents> = {}): Promise<string> {
  return JSON.stringify(await sealBackup(contents(overrides), sha256Hex), null, 2);
}

describe('the backup checksum', () => {
  it('does not depend on key order or whitespace', async () => {
    const reordered = { tables: { counters: [], b: [{ z: 1, a: 2 }] }, format: BACKUP_FORMAT };
    const original = { format: BACKUP_FORMAT, tables: { b: [{ a: 2, z: 1 }], counters: [] } };
    expect(canonicalJson(reordered)).toBe(canonicalJson(original));
    expect(await backupChecksum(reordered, sha256Hex)).toBe(await backupChecksum(original, sha256Hex));
  });

  it('keeps the order of rows, which is part of the data', () => {
    expect(canonicalJson({ rows: [1, 2] })).not.toBe(canonicalJson({ rows: [2, 1] }));
  });

  it('is the same for a document and that document read back from its file', async () => {
    const sealed = await sealBackup(contents(), sha256Hex);
    const { checksum, ...readBack } = JSON.parse(JSON.stringify(sealed)) as typeof sealed;
    expect(await backupChecksum(readBack, sha256Hex)).toBe(checksum);
  });

  it('accepts an injected asynchronous hash such as Web Crypto', async () => {
    const sealed = await sealBackup(contents(), async (text) => sha256Hex(text));
    expect(sealed.checksum).toBe(await backupChecksum(contents(), sha256Hex));
  });
});

describe('checking a first-format backup before a restore', () => {
  it('accepts a first-format backup (made before backups were sealed), whatever its indentation', async () => {
    const result = await check(await fileText());
    expect(result).toEqual({ ok: true, value: await sealBackup(contents(), sha256Hex) });
  });

  it('accepts a backup from an older database schema (the renderer migrates it)', async () => {
    const result = await check(await fileText({ schemaVersion: 1 }));
    expect(result.ok && result.value.schemaVersion).toBe(1);
  });

  it('refuses a file that stops half-way as truncated', async () => {
    const text = await fileText();
    for (const cut of [1, Math.floor(text.length / 2), text.length - 1]) {
      expect(await check(text.slice(0, cut))).toMatchObject({ ok: false, error: { code: 'backup-truncated' } });
    }
  });

  it('refuses an empty file, which is what a crash before the first byte leaves, as truncated', async () => {
    expect(await check('')).toMatchObject({ ok: false, error: { code: 'backup-truncated' } });
  });

  it('calls text that is damaged rather than cut short corrupt', async () => {
    const text = await fileText();
    const damaged = text.replace('"tables": {', '"tables": ]');
    expect(looksTruncated(damaged)).toBe(false);
    expect(await check(damaged)).toMatchObject({ ok: false, error: { code: 'backup-corrupt' } });
  });

  it('refuses a backup whose data was changed after it was written as a checksum mismatch', async () => {
    const tampered = (await fileText()).replace('13800138000', '13800138001');
    expect(await check(tampered)).toEqual({ ok: false, error: { code: 'backup-checksum' } });
  });

  it('refuses a backup with a key added after it was written as a checksum mismatch', async () => {
    const sealed = await sealBackup(contents(), sha256Hex);
    expect(await check(JSON.stringify({ ...sealed, note: 'edited by hand' }))).toMatchObject({ error: { code: 'backup-checksum' } });
  });

  it('refuses a JSON file that is not a console backup as the wrong format', async () => {
    for (const text of ['{"version":1,"scopes":{}}', '[]', '"backup"', JSON.stringify({ ...contents(), format: 'other-app' })]) {
      expect(await check(text)).toEqual({ ok: false, error: { code: 'backup-wrong-format' } });
    }
  });

  it('refuses a sealed (format 2) backup handed to the first-format reader rather than misreading it', async () => {
    const sealedHeader = JSON.stringify({ format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, mode: 'live' });
    expect(await check(sealedHeader)).toMatchObject({ ok: false, error: { code: 'backup-newer-format' } });
  });

  it('refuses a backup in a newer format before reading its shape', async () => {
    const newer = JSON.stringify({ format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION + 1, payload: 'new shape' });
    expect(await check(newer)).toEqual({
      ok: false,
      error: {
        code: 'backup-newer-format',
        params: { formatVersion: BACKUP_FORMAT_VERSION + 1, knownFormatVersion: LEGACY_FORMAT_VERSION },
      },
    });
  });

  it('refuses a backup from a newer database schema than this build opens', async () => {
    const newer = await fileText({ schemaVersion: APP_SCHEMA_VERSION + 1 });
    expect(await check(newer)).toEqual({
      ok: false,
      error: { code: 'backup-newer-version', params: { schemaVersion: APP_SCHEMA_VERSION + 1, appSchemaVersion: APP_SCHEMA_VERSION } },
    });
    expect((await check(newer, APP_SCHEMA_VERSION + 1)).ok).toBe(true);
  });

  it('refuses a backup with a table that is not a list of rows as corrupt', async () => {
    const text = await fileText({ tables: { complaints: 'rows' as unknown as unknown[] } });
    expect(await check(text)).toMatchObject({
      ok: false,
      error: { code: 'backup-corrupt', message: expect.stringContaining('tables.complaints') },
    });
  });

  it('refuses a drill backup, since drill data never belongs in a live backup', async () => {
    const text = await fileText({ mode: 'drill' as 'live' });
    expect(await check(text)).toMatchObject({ ok: false, error: { code: 'backup-corrupt' } });
  });
});

describe('the daily automatic backup', () => {
  const china = (iso: string) => Date.parse(`${iso}+08:00`);

  it('is due when no backup has ever been made', () => {
    expect(dueForDailyBackup(null, china('2026-11-23T09:00:00'))).toBe(true);
  });

  it('is due again just after midnight China time, though it is still the same day in UTC', () => {
    expect(dueForDailyBackup(china('2026-11-23T23:59:00'), china('2026-11-24T00:01:00'))).toBe(true);
  });

  it('is not due twice in one China-local day, though UTC changes day at 08:00', () => {
    expect(dueForDailyBackup(china('2026-11-23T00:30:00'), china('2026-11-23T07:30:00'))).toBe(false);
    expect(dueForDailyBackup(china('2026-11-23T07:30:00'), china('2026-11-23T08:30:00'))).toBe(false);
    expect(dueForDailyBackup(china('2026-11-23T00:00:00'), china('2026-11-23T23:59:59'))).toBe(false);
  });

  it('is due when the last backup is dated after now, so a clock set back cannot stop backups', () => {
    expect(dueForDailyBackup(china('2026-12-01T10:00:00'), china('2026-11-23T10:00:00'))).toBe(true);
  });
});

const CHINA = (iso: string) => Date.parse(`${iso}+08:00`);
const HOUR = 3_600_000;
const DAY = 86_400_000;

function sealedHeader(overrides: Record<string, unknown> = {}) {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: APP_SCHEMA_VERSION,
    createdAt: '2026-11-23T08:00:00+08:00',
    app: { name: '应急指挥台', version: '0.2.0' },
    mode: 'live',
    reason: 'daily',
    seal: { kind: 'install', installId: '9d7f3c2a-1b4e-4f6a-8c2d-3e4f5a6b7c8d' },
    counts: { complaints: 120, incidents: 8, timeline: 40 },
    ...overrides,
  };
}

describe('the sealed header line', () => {
  it('reads a header of the sealed format, for listing and pruning without opening the data', () => {
    expect(readSealedHeader(JSON.stringify(sealedHeader()))).toEqual(sealedHeader());
    const passphrase = sealedHeader({
      reason: 'file',
      seal: { kind: 'passphrase', salt: 'c2FsdHNhbHRzYWx0c2FsdA==', iterations: 600_000 },
    });
    expect(readSealedHeader(JSON.stringify(passphrase))).toEqual(passphrase);
  });

  it.each([
    ['text that is not JSON', '{"format":'],
    ['a base64 chunk line', 'eyJ0YWJsZSI6ImNvbXBsYWludHMifQ=='],
    ['a first-format document', JSON.stringify({ ...sealedHeader(), formatVersion: LEGACY_FORMAT_VERSION })],
    ['another app’s file', JSON.stringify(sealedHeader({ format: 'other-app' }))],
    ['an unknown mode', JSON.stringify(sealedHeader({ mode: 'training' }))],
    ['an unknown reason', JSON.stringify(sealedHeader({ reason: 'hourly' }))],
    ['a time without an offset', JSON.stringify(sealedHeader({ createdAt: '2026-11-23T08:00:00' }))],
    ['a negative row count', JSON.stringify(sealedHeader({ counts: { complaints: -1 } }))],
    ['no seal', JSON.stringify({ ...sealedHeader(), seal: undefined })],
    [
      'a passphrase seal with too few iterations',
      JSON.stringify(sealedHeader({ seal: { kind: 'passphrase', salt: 'c2FsdHNhbHRzYWx0c2FsdA==', iterations: 1000 } })),
    ],
  ])('is not read from %s', (_what, line) => {
    expect(readSealedHeader(line)).toBeNull();
  });

  it('counts the rows of all tables, what "a much smaller backup" is measured in', () => {
    expect(rowsCounted(sealedHeader().counts)).toBe(168);
    expect(rowsCounted({})).toBe(0);
  });
});

describe('the last daily backup', () => {
  const now = CHINA('2026-11-23T10:00:00');

  it('is the newest daily backup', () => {
    expect(lastDailyBackupMs([now - 2 * DAY, now - HOUR, now - DAY], now)).toBe(now - HOUR);
    expect(lastDailyBackupMs([], now)).toBeNull();
  });

  it('ignores one dated in the future (the clock was fast when it was written), so the next day’s backup is still made', () => {
    const future = now + 30 * DAY;
    const last = lastDailyBackupMs([now - 2 * DAY, now - HOUR, future], now);
    expect(last).toBe(now - HOUR);
    expect(dueForDailyBackup(last, now + DAY)).toBe(true);
    expect(lastDailyBackupMs([future], now)).toBeNull();
  });

  it('still counts one a few minutes ahead (clocks drift between two looks)', () => {
    expect(lastDailyBackupMs([now + FUTURE_TOLERANCE_MS], now)).toBe(now + FUTURE_TOLERANCE_MS);
    expect(lastDailyBackupMs([now + FUTURE_TOLERANCE_MS + 1], now)).toBeNull();
  });
});

describe('which backups are removed', () => {
  const now = CHINA('2026-11-23T10:00:00');
  const backup = (file: string, createdAtMs: number, reason: RetainedBackup['reason'] = 'daily', rows = 100): RetainedBackup => ({
    file,
    createdAtMs,
    reason,
    rows,
  });
  const dailies = (days: number, rows = 100) =>
    Array.from({ length: days }, (_, back) => backup(`daily-${back}`, now - back * DAY, 'daily', rows));

  it('removes nothing while there are no more than `keep` days of dailies', () => {
    expect(backupsToPrune(dailies(14), 14, now)).toEqual([]);
  });

  it('removes the oldest days beyond `keep`', () => {
    expect(backupsToPrune(dailies(16), 14, now).sort()).toEqual(['daily-14', 'daily-15']);
  });

  it('keeps one daily a day (the newest), by the China-local day', () => {
    const day = [
      backup('early', CHINA('2026-11-23T00:05:00')),
      backup('late', CHINA('2026-11-23T09:00:00')),
      // 23:30 the day before is the same UTC day as the two above, but another China-local day.
      backup('yesterday', CHINA('2026-11-22T23:30:00')),
    ];
    expect(backupsToPrune(day, 14, now)).toEqual(['early']);
  });

  it('keeps the newest `keep` of each other kind, apart from the dailies and from each other', () => {
    const others = (['quit', 'manual', 'before-restore'] as const).flatMap((reason) =>
      Array.from({ length: 5 }, (_, i) => backup(`${reason}-${i}`, now - i * HOUR, reason)),
    );
    const pruned = backupsToPrune([...others, ...dailies(3)], 3, now).sort();
    expect(pruned).toEqual(['before-restore-3', 'before-restore-4', 'manual-3', 'manual-4', 'quit-3', 'quit-4']);
  });

  it('never lets a future-dated backup displace a real day, and keeps it too', () => {
    const future = backup('future', now + 30 * DAY);
    expect(backupsToPrune([future, ...dailies(14)], 14, now)).toEqual([]);
  });

  it('keeps future-dated backups only up to `keep` of them', () => {
    const futures = Array.from({ length: 4 }, (_, i) => backup(`future-${i}`, now + (30 + i) * DAY));
    expect(backupsToPrune(futures, 2, now).sort()).toEqual(['future-0', 'future-1']);
  });

  it('never removes a backup much larger than the newest (the data may have been lost since)', () => {
    const full = backup('full', now - 20 * DAY, 'daily', 5000);
    const fullManual = backup('full-manual', now - 3 * HOUR, 'manual', 5000);
    const small = [...dailies(16, 10), ...Array.from({ length: 3 }, (_, i) => backup(`manual-${i}`, now - i * HOUR, 'manual', 10))];
    const pruned = backupsToPrune([full, fullManual, ...small], 2, now);
    expect(pruned).not.toContain('full');
    expect(pruned).not.toContain('full-manual');
    expect(pruned).toContain('daily-15');
    expect(pruned).toContain('manual-2');
  });

  it('removes a larger backup when it is not much larger (twice the rows and 100 more)', () => {
    const newest = backup('newest', now, 'daily', 200);
    const older = [backup('twice', now - 2 * DAY, 'daily', 400), backup('few-more', now - 3 * DAY, 'daily', 299)];
    expect(backupsToPrune([newest, ...older, backup('between', now - DAY, 'daily', 200)], 2, now).sort()).toEqual(['few-more', 'twice']);
    const tiny = backup('tiny', now, 'daily', 10);
    // 21 rows is more than twice 10, but not 100 more: a normal day's change on a small database.
    expect(backupsToPrune([tiny, backup('slightly', now - DAY, 'daily', 21)], 1, now)).toEqual(['slightly']);
  });
});

describe('a console without a recent backup', () => {
  const at = Date.parse('2026-12-04T09:00:00+08:00');
  it('warns when no backup has ever succeeded', () => {
    expect(backupOverdue(null, at)).toBe(true);
  });
  it('does not warn within 26 hours of the last one, and warns after', () => {
    expect(backupOverdue('2026-12-03T07:00:00+08:00', at)).toBe(false);
    expect(backupOverdue('2026-12-03T06:59:00+08:00', at)).toBe(true);
  });
});

describe('two backups made in the same second', () => {
  it('are ordered by copy, the later copy first, also past the ninth', () => {
    const at = Date.parse('2026-12-04T09:00:00+08:00');
    const files = [
      'backup-live-20261204-090000-daily.cbk',
      'backup-live-20261204-090000-daily-10.cbk',
      'backup-live-20261204-090000-daily-2.cbk',
      'backup-live-20261204-090000-daily-9.cbk',
    ];
    const sorted = files.map((file) => ({ file, createdAtMs: at })).sort(newestFirst);
    expect(sorted.map((b) => copyOf(b.file))).toEqual([10, 9, 2, 1]);
  });

  it('keep the later one when only one of that day may stay', () => {
    const at = Date.parse('2026-12-04T09:00:00+08:00');
    const backups = [
      { file: 'backup-live-20261204-090000-daily.cbk', createdAtMs: at, reason: 'daily' as const, rows: 10 },
      { file: 'backup-live-20261204-090000-daily-2.cbk', createdAtMs: at, reason: 'daily' as const, rows: 10 },
    ];
    expect(backupsToPrune(backups, 14, at)).toEqual(['backup-live-20261204-090000-daily.cbk']);
  });
});
