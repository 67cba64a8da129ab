// The on-disk backup format and the checks a restore must pass before any data is touched. Pure:
// the SHA-256 comes in as a function (Node's crypto in the main process, Web Crypto in a browser).
import { z } from 'zod';
import { fail, ok, type Result } from './result';
import { ModeSchema } from './model';
import { CHINA_OFFSET_MINUTES, planDateOf } from './time';

export const BACKUP_FORMAT = 'complaint-console-backup';
/** Bumped only when the envelope changes shape; a reader refuses versions it does not know. */
export const BACKUP_FORMAT_VERSION = 3;
/** The sealed format before segments (one run of chunks, sealed by the file itself): still read. */
export const SEALED_V2 = 2;
/** The first format: one JSON document with an unkeyed SHA-256. Still read, as an unsigned file. */
export const LEGACY_FORMAT_VERSION = 1;
/**
 * The Dexie schema version this build can open (renderer/db/schema.ts, `this.version(3)`). A
 * backup from a newer schema could hold fields this build would silently drop, so it is refused.
 */
export const APP_SCHEMA_VERSION = 12;

/** SHA-256 of the UTF-8 bytes of `text`, as lowercase hex. Async so Web Crypto fits too. */
export type Sha256Hex = (text: string) => string | Promise<string>;

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(LEGACY_FORMAT_VERSION),
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
  if (typeof json.formatVersion === 'number' && json.formatVersion > LEGACY_FORMAT_VERSION) {
    return fail('backup-newer-format', { formatVersion: json.formatVersion, knownFormatVersion: LEGACY_FORMAT_VERSION });
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

// ---------------------------------------------------------------------------------------------
// The sealed format: a text file of lines, so no part of it is ever one huge string.
//   line 1      the header, plain JSON: what the file is (mode, reason, when, row counts, how it
//               is sealed). The host reads only this line to list, name and prune its backups.
//   lines 2…n   segments (version 3), each a plain JSON marker line naming the backup that sealed it
//               (its header's digest, `origin`) and then its chunks: base64 of AES-GCM(JSON {table,
//               rows}), at most CHUNK_ROWS rows each, sealed with the origin and the chunk's place
//               in its segment. A backup made from the last one (see renderer/db/backupStream.ts)
//               carries that one's segments over as they are and adds one of its own: the rows
//               written since. Version 2 had no markers: one run of chunks, sealed by the file.
//   last line   the trailer, plain JSON: the chunks, the segments with their digests, the last
//               command-log entry the backup holds, and the HMAC signature over it all.
// The keys and the cryptography are the renderer's (renderer/db/backupCrypto.ts).

export const CHUNK_ROWS = 500;
/**
 * The longest sealed line a host takes (shared/bridge.ts refuses longer ones): room for one row of
 * up to 16 million characters (a character is at most 3 bytes of UTF-8, and base64 adds a third).
 */
export const MAX_LINE_LENGTH = 64 * 1024 * 1024;
/**
 * The most JSON text one chunk holds: a chunk of CHUNK_ROWS rows that is longer (a command log
 * entry can carry thousands of alerts, 5 MB each at 100,000 incidents) is sealed in smaller pieces,
 * down to a row each. 3,000,000 characters make a line of at most 12 MB.
 */
export const MAX_CHUNK_CHARS = 3_000_000;
/** Why a backup was made; it decides how long the host keeps it. */
export const BackupKindSchema = z.enum(['manual', 'daily', 'quit', 'before-restore', 'file']);
export type BackupKind = z.infer<typeof BackupKindSchema>;

export const SealSchema = z.discriminatedUnion('kind', [
  /** Sealed with this installation's own secret: only this console can open it. */
  z.object({ kind: z.literal('install'), installId: z.string().min(1).max(100) }),
  /** Sealed with a passphrase the operator typed, for another PC. */
  z.object({
    kind: z.literal('passphrase'),
    salt: z.string().min(16).max(100),
    iterations: z.number().int().min(100_000).max(10_000_000),
  }),
]);
export type Seal = z.infer<typeof SealSchema>;

export const SealedHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.union([z.literal(SEALED_V2), z.literal(BACKUP_FORMAT_VERSION)]),
  schemaVersion: z.number().int().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  app: z.object({ name: z.string().max(100), version: z.string().max(50) }),
  mode: ModeSchema,
  reason: BackupKindSchema,
  seal: SealSchema,
  /** Rows per table, so a much smaller backup can be told from a full one without opening it. */
  counts: z.record(z.string().max(100), z.number().int().min(0)),
});
export type SealedHeader = z.infer<typeof SealedHeaderSchema>;

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const SealedTrailerSchema = z.object({
  end: z.literal(true),
  chunks: z.number().int().min(0),
  signature: Hex64,
});
export type SealedTrailer = z.infer<typeof SealedTrailerSchema>;

/** A segment's first line: which backup sealed the chunks that follow (its header's digest). */
export const SegmentMarkerSchema = z.object({ segment: Hex64 });

/** One run of chunks sealed by one backup: its header's digest, how many chunks, and their digest together. */
export const SegmentSchema = z.object({ origin: Hex64, chunks: z.number().int().min(0), digest: Hex64 });
export type Segment = z.infer<typeof SegmentSchema>;

/**
 * The most segments one backup carries. A backup made from the last one adds one; past this many,
 * the next backup reads the store whole again, so superseded rows do not pile up without end and
 * no backup rests on a long chain of earlier ones.
 */
export const MAX_SEGMENTS = 24;

export const SealedTrailerV3Schema = z.object({
  end: z.literal(true),
  chunks: z.number().int().min(0),
  segments: z.array(SegmentSchema).min(1).max(MAX_SEGMENTS),
  /** The store's last command-log entry the backup holds (its seq, and the digest of its canonical JSON); null for an empty log. */
  through: z.object({ seq: z.number().int().min(1), digest: Hex64 }).nullable(),
  /** The highest patch round the chunks use; a backup made from this one numbers its own rounds after it. */
  rounds: z.number().int().min(0),
  /** Rows sealed by patches over every segment: each may stand in for an earlier row of its key. */
  superseded: z.number().int().min(0),
  signature: Hex64,
});
export type SealedTrailerV3 = z.infer<typeof SealedTrailerV3Schema>;

/** The text a segment's digest is the SHA-256 of: its chunk lines' digests, one per line. */
export const segmentDigestText = (chunkDigests: readonly string[]): string => chunkDigests.join('\n');

/** What a version 3 signature covers: the header, every segment in order, the log entry, the rounds. */
export function signedTextV3(headerDigest: string, trailer: Omit<SealedTrailerV3, 'end' | 'signature'>): string {
  const segments = trailer.segments.map((s) => `${s.origin} ${s.chunks} ${s.digest}`).join('\n');
  const through = trailer.through ? `${trailer.through.seq} ${trailer.through.digest}` : '-';
  return `v3\n${headerDigest}\n${trailer.chunks}\n${trailer.segments.length}\n${segments}\n${through}\n${trailer.rounds}\n${trailer.superseded}`;
}

/**
 * A chunk of rows. A backup is read table by table in short reads while the console keeps saving;
 * when commands ran meanwhile, a patch follows (`patch` counts its rounds): a chunk with `replace`
 * starts the table over with that round's rows, one without adds rows (a later row for the same key
 * wins), and `removed` names the keys of rows removed meanwhile. See renderer/db/backupStream.ts.
 */
export const SealedChunkSchema = z.object({
  table: z.string().min(1).max(100),
  rows: z.array(z.unknown()).max(CHUNK_ROWS),
  patch: z.number().int().min(1).optional(),
  replace: z.literal(true).optional(),
  removed: z
    .array(z.union([z.string(), z.number()]))
    .max(10_000)
    .optional(),
});
export type SealedChunk = z.infer<typeof SealedChunkSchema>;

/** The header of a sealed backup's first line, or null when the line is not one. */
export function readSealedHeader(line: string): SealedHeader | null {
  try {
    const parsed = SealedHeaderSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** All rows a header counts; what "a much smaller backup" is measured in. */
export function rowsCounted(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

/** How far ahead of the clock a backup's time may be (clock drift between checks) before it is taken as future-dated. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * When the last daily backup was made, for `dueForDailyBackup`: the newest that is not dated in
 * the future. A backup written while the PC's clock was fast would otherwise make every later
 * day's backup look already done, or (dated another day) due at every look.
 */
export function lastDailyBackupMs(dailies: number[], nowMs: number): number | null {
  const real = dailies.filter((ms) => ms <= nowMs + FUTURE_TOLERANCE_MS);
  return real.length === 0 ? null : Math.max(...real);
}

export interface RetainedBackup {
  file: string;
  createdAtMs: number;
  reason: BackupKind | 'legacy';
  rows: number;
}

/**
 * Which backups to remove so that the folder keeps: one daily backup (the newest) for each of the
 * last `keep` days that have one, and the newest `keep` of each other reason (on quit, by hand,
 * before a restore). Decided by what the files hold, never by their names alone:
 * - backups dated in the future (a fast clock) are kept and never displace real ones;
 * - a backup much larger than the newest one (more than twice its rows and at least 100 more) is
 *   never removed: the data may have been lost, and the larger copy is the one to restore.
 */
/** The copy number of a backup's name (…-2.cbk is the second in its second); 1 for the first. */
export function copyOf(file: string): number {
  const match = /-(\d{1,3})\.cbk$/.exec(file);
  return match ? Number(match[1]) : 1;
}

/** Newest first: by time, and within one second the later copy first. */
export const newestFirst = (a: { createdAtMs: number; file: string }, b: { createdAtMs: number; file: string }) =>
  b.createdAtMs - a.createdAtMs || copyOf(b.file) - copyOf(a.file);

export function backupsToPrune(backups: RetainedBackup[], keep: number, nowMs: number, offsetMinutes = CHINA_OFFSET_MINUTES): string[] {
  const future = (backup: RetainedBackup) => backup.createdAtMs > nowMs + FUTURE_TOLERANCE_MS;
  const ordered = [...backups].sort(newestFirst);
  const present = ordered.filter((backup) => !future(backup));
  const newest = present[0];
  const protectedFiles = new Set(
    newest ? present.filter((backup) => backup.rows > 2 * newest.rows && backup.rows >= newest.rows + 100).map((b) => b.file) : [],
  );
  const remove: string[] = [];
  // Daily (and the first format's files, which were all kept alike): one a day for `keep` days.
  const days = new Set<string>();
  for (const backup of present.filter((b) => b.reason === 'daily' || b.reason === 'legacy')) {
    const day = planDateOf(backup.createdAtMs, offsetMinutes);
    if (days.has(day) || days.size >= keep) remove.push(backup.file);
    else days.add(day);
  }
  for (const reason of ['quit', 'manual', 'before-restore', 'file'] as const) {
    present
      .filter((b) => b.reason === reason)
      .slice(keep)
      .forEach((b) => remove.push(b.file));
  }
  // Future-dated ones are kept, but not without bound: the newest `keep` of them.
  ordered
    .filter(future)
    .slice(keep)
    .forEach((b) => remove.push(b.file));
  return remove.filter((file) => !protectedFiles.has(file));
}

/** A console with no successful backup for this long warns in 设置. */
export const BACKUP_OVERDUE_MS = 26 * 60 * 60_000;

/** Whether the newest successful backup (its time, or null for none) is too old: none at all, or more than 26 hours ago. */
export function backupOverdue(lastMadeAt: string | null, nowMs: number): boolean {
  return lastMadeAt === null || nowMs - Date.parse(lastMadeAt) > BACKUP_OVERDUE_MS;
}
