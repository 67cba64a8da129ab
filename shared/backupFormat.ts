// The on-disk backup format and the checks a restore must pass before any data is touched. Pure:
// the SHA-256 comes in as a function (Node's crypto in the main process, Web Crypto in a browser).
import { z } from 'zod';
import { fail, ok, type Result } from './result';
import { CHINA_OFFSET_MINUTES, planDateOf } from './time';

export const BACKUP_FORMAT = 'complaint-console-backup';
/** Bumped only when the envelope changes shape; a reader refuses versions it does not know. */
export const BACKUP_FORMAT_VERSION = 1;
/**
 * The Dexie schema version this build can open (renderer/db/schema.ts, `this.version(3)`). A
 * backup from a newer schema could hold fields this build would silently drop, so it is refused.
 */
export const APP_SCHEMA_VERSION = 5;

/** SHA-256 of the UTF-8 bytes of `text`, as lowercase hex. Async so Web Crypto fits too. */
export type Sha256Hex = (text: string) => string | Promise<string>;

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  app: z.object({ name: z.string(), version: z.string() }),
  // Drill data lives in its own database and is never part of a backup; a backup is always live.
  mode: z.literal('live'),
  /** Dexie table name → every row of it, as JSON. */
  tables: z.record(z.string(), z.array(z.unknown())),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Backup = z.output<typeof BackupSchema>;
/** Everything the checksum covers: the backup without its checksum. */
export type BackupContents = Omit<Backup, 'checksum'>;

export type BackupRefusal =
  'backup-truncated' | 'backup-corrupt' | 'backup-wrong-format' | 'backup-newer-format' | 'backup-checksum' | 'backup-newer-version';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * JSON with object keys sorted at every depth, so the checksum does not depend on key order or
 * whitespace. It follows JSON.stringify otherwise (toJSON, undefined omitted), so a document
 * and the same document parsed back from its file give the same text.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, current: unknown) => {
    if (!isPlainObject(current)) return current;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(current).sort()) sorted[key] = current[key];
    return sorted;
  });
}

export async function backupChecksum(contents: BackupContents | Record<string, unknown>, sha256Hex: Sha256Hex): Promise<string> {
  return sha256Hex(canonicalJson(contents));
}

/** The complete document for the file, checksum included. */
export async function sealBackup(contents: BackupContents, sha256Hex: Sha256Hex): Promise<Backup> {
  return { ...contents, checksum: await backupChecksum(contents, sha256Hex) };
}

/**
 * Whether text that JSON.parse rejected simply stops early (a write cut short, a copy that did
 * not finish) rather than holding something that is not JSON. It scans for an open string or an
 * unclosed bracket at the end; a mismatched bracket on the way means the text is damaged.
 */
export function looksTruncated(text: string): boolean {
  const open: string[] = [];
  let inString = false;
  let escaped = false;
  for (const char of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') open.push(char);
    else if (char === '}' || char === ']') {
      if (open.pop() !== (char === '}' ? '{' : '[')) return false;
    }
  }
  // An empty file is what a crash between create and write leaves behind.
  return inString || open.length > 0 || text.trim() === '';
}

export interface BackupCheckOptions {
  sha256Hex: Sha256Hex;
  /** The newest Dexie schema this build can open; defaults to APP_SCHEMA_VERSION. */
  appSchemaVersion?: number;
}

/**
 * Parses and checks a backup file's text. The order matters: the format and its version are
 * read before the shape (a newer format may have a different shape and should say so rather
 * than "corrupt"), and the checksum is verified before the schema version is trusted.
 * Nothing here writes anything: a caller restores only from an `ok` result.
 */
export async function parseBackup(text: string, options: BackupCheckOptions): Promise<Result<Backup>> {
  const appSchemaVersion = options.appSchemaVersion ?? APP_SCHEMA_VERSION;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(looksTruncated(text) ? 'backup-truncated' : 'backup-corrupt', undefined, reason);
  }
  if (!isPlainObject(json) || json.format !== BACKUP_FORMAT) return fail('backup-wrong-format');
  if (typeof json.formatVersion === 'number' && json.formatVersion > BACKUP_FORMAT_VERSION) {
    return fail('backup-newer-format', { formatVersion: json.formatVersion, knownFormatVersion: BACKUP_FORMAT_VERSION });
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('backup-corrupt', undefined, issue ? `${issue.path.join('.') || '(backup)'}: ${issue.message}` : undefined);
  }
  // The checksum covers the document as it is in the file, unknown keys included.
  const { checksum, ...contents } = json;
  if ((await backupChecksum(contents, options.sha256Hex)) !== checksum) return fail('backup-checksum');
  if (parsed.data.schemaVersion > appSchemaVersion) {
    return fail('backup-newer-version', { schemaVersion: parsed.data.schemaVersion, appSchemaVersion });
  }
  return ok(parsed.data);
}

/**
 * The daily automatic backup is due when the last one was made on another China-local day
 * (calendar days follow the plan's fixed offset, not the PC's time zone), or never. A last
 * backup dated after now (the clock was set back) also counts as another day, so a wrong clock
 * cannot stop backups until it catches up.
 */
export function dueForDailyBackup(lastBackupMs: number | null, nowMs: number, offsetMinutes = CHINA_OFFSET_MINUTES): boolean {
  if (lastBackupMs === null) return true;
  return planDateOf(lastBackupMs, offsetMinutes) !== planDateOf(nowMs, offsetMinutes);
}
