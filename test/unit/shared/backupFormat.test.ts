// The backup file's format and the checks a restore passes before any data is touched: each kind
// of bad file is refused with its own code, and the daily backup follows China-local days.
import { createHash } from 'node:crypto';
import {
  APP_SCHEMA_VERSION,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupChecksum,
  canonicalJson,
  dueForDailyBackup,
  looksTruncated,
  parseBackup,
  sealBackup,
  type BackupContents,
} from '@shared/backupFormat';
import { describe, expect, it } from 'vitest';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const check = (text: string, appSchemaVersion?: number) => parseBackup(text, { sha256Hex, appSchemaVersion });

function contents(overrides: Partial<BackupContents> = {}): BackupContents {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
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

describe('checking a backup before a restore', () => {
  it('accepts a backup written by this build, whatever its indentation', async () => {
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

  it('refuses a backup in a newer format before reading its shape', async () => {
    const newer = JSON.stringify({ format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION + 1, payload: 'new shape' });
    expect(await check(newer)).toEqual({
      ok: false,
      error: {
        code: 'backup-newer-format',
        params: { formatVersion: BACKUP_FORMAT_VERSION + 1, knownFormatVersion: BACKUP_FORMAT_VERSION },
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
