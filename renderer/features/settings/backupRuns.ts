// Backups between the database and the host's store: a snapshot sealed and handed over a few
// lines at a time (begin, append…, finish), and a stored backup read back a block at a time.
// Used by the settings screen, the automatic backups and the empty-database start screen.
import type { BackupKind } from '@shared/backupFormat';
import type { BackupKey, HostApi, StoredBackup } from '@shared/bridge';
import { fail, ok, type Result } from '@shared/result';
import { MIN_PASSPHRASE_LENGTH } from '../../db/backupCrypto';
import { logBackupFileExported, logBackupFileSavedAs } from '../../db/backupLog';
import type { WriteContext } from '../../db/context';
import { exportSnapshot } from '../../db/backup';
import { linesOfBytes, openBackup, sealedLines, type SealWith } from '../../db/backupSeal';
import type { OpenedBackup } from '../../db/backup';
import type { ConsoleDb } from '../../db/schema';

const LINES_PER_CALL = 16;

/** The installation's backup key, asked of the host once per page. */
let keyOnce: Promise<Result<BackupKey>> | null = null;
export function installKey(host: HostApi): Promise<Result<BackupKey>> {
  keyOnce ??= host.backupKey().then((result) => {
    if (!result.ok) keyOnce = null; // asked again next time
    return result;
  });
  return keyOnce;
}

/** Writes a sealed backup of the database's mode to the host's store. Nothing is left behind on failure. */
export async function backUpTo(
  host: HostApi,
  db: ConsoleDb,
  reason: Exclude<BackupKind, 'file'>,
  nowMs = Date.now(),
): Promise<Result<StoredBackup>> {
  const key = await installKey(host);
  if (!key.ok) return key;
  const snapshot = await exportSnapshot(db);
  const lines = sealedLines(snapshot, { mode: db.mode, reason, createdAtMs: nowMs, sealWith: { kind: 'install', key: key.value } });
  const header = await lines.next();
  if (header.done) return fail('backup-write-failed');
  const begun = await host.beginBackup({ header: header.value });
  if (!begun.ok) return begun;
  const { id } = begun.value;
  try {
    let batch: string[] = [];
    let last: string | null = null;
    for await (const line of lines) {
      if (last !== null) batch.push(last);
      last = line;
      if (batch.length >= LINES_PER_CALL) {
        const appended = await host.appendBackup({ id, lines: batch });
        if (!appended.ok) throw appended;
        batch = [];
      }
    }
    if (batch.length > 0) {
      const appended = await host.appendBackup({ id, lines: batch });
      if (!appended.ok) throw appended;
    }
    if (last === null) throw fail('backup-write-failed');
    const finished = await host.finishBackup({ id, trailer: last });
    if (!finished.ok) throw finished;
    return finished;
  } catch (error) {
    await host.abortBackup(id).catch(() => undefined);
    if (typeof error === 'object' && error !== null && 'ok' in error) return error as Result<StoredBackup>;
    throw error;
  }
}

/** A whole backup as one file's bytes, for a save dialog: sealed with this installation's key or a passphrase. */
export async function backupFileBytes(db: ConsoleDb, sealWith: SealWith, nowMs = Date.now()): Promise<Uint8Array<ArrayBuffer>> {
  const snapshot = await exportSnapshot(db);
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const line of sealedLines(snapshot, { mode: db.mode, reason: 'file', createdAtMs: nowMs, sealWith })) {
    const bytes = encoder.encode(`${line}\n`);
    parts.push(bytes);
    size += bytes.length;
  }
  const file = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    file.set(part, at);
    at += part.length;
  }
  return file;
}

/** A stored backup's lines, read from the host a block at a time. */
async function* storedLines(host: HostApi, file: string): AsyncGenerator<string> {
  let offset: number | null = 0;
  while (offset !== null) {
    const read = await host.readBackup({ file, offset });
    if (!read.ok) throw read;
    yield* read.value.lines;
    offset = read.value.next;
  }
}

/** Opens a stored backup (checked and upgraded), or says why not. */
export async function openStored(host: HostApi, file: string, passphrase?: string): Promise<Result<OpenedBackup>> {
  const key = await installKey(host);
  try {
    return await openBackup(storedLines(host, file), { key: key.ok ? key.value : null, ...(passphrase ? { passphrase } : {}) });
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'ok' in error) return error as Result<OpenedBackup>;
    return fail('backup-corrupt');
  }
}

/** Opens a backup file the operator chose (checked and upgraded), or says why not. */
export async function openFileBytes(host: HostApi, data: Uint8Array, passphrase?: string): Promise<Result<OpenedBackup>> {
  const key = await installKey(host);
  try {
    return await openBackup(linesOfBytes(data), { key: key.ok ? key.value : null, ...(passphrase ? { passphrase } : {}) });
  } catch {
    // Bytes that are not UTF-8 mean a damaged file, not a backup.
    return fail('backup-corrupt');
  }
}

/**
 * A backup file for another PC: every record, personal data included, sealed with the passphrase
 * the operator typed. Only for the roles the plan names; who, when, what and where is on the
 * organisation log before the file exists, and if that cannot be written, no file is made.
 */
export async function fileForAnotherPc(
  db: ConsoleDb,
  ctx: WriteContext,
  request: { passphrase: string; repeated: string; fileName: string },
): Promise<Result<Uint8Array<ArrayBuffer>>> {
  if (request.passphrase.length < MIN_PASSPHRASE_LENGTH) return fail('backup-passphrase-short', { min: MIN_PASSPHRASE_LENGTH });
  if (request.passphrase !== request.repeated) return fail('backup-passphrase-mismatch');
  const logged = await logBackupFileExported(db, request.fileName, ctx);
  if (!logged.ok)
    return logged.error.code === 'storage-failed' ? fail('backup-audit-failed') : fail(logged.error.code, logged.error.params);
  return ok(await backupFileBytes(db, { kind: 'passphrase', passphrase: request.passphrase }, ctx.now));
}

/** Where the file for another PC was saved (the save dialog's answer), on the log after the entry made before it existed. */
export async function recordSavedAs(db: ConsoleDb, ctx: WriteContext, savedAs: string): Promise<void> {
  const logged = await logBackupFileSavedAs(db, savedAs, ctx);
  // The file exists and its making is already on the log; the place is what is missing.
  if (!logged.ok) console.warn('Could not record where the backup file was saved', logged.error.message ?? logged.error.code);
}
