// Backups between the database and the host's store, run in the backup worker (or in the page where
// there is none): read and sealed table by table and handed over a few lines at a time (begin,
// append…, finish), and a stored backup read back a block at a time, opened and restored there.
// Used by the settings screen, the automatic backups and the empty-database start screen.
import { actorFor, reauthMissing } from '../../db/executor';
import type { BackupKind } from '@shared/backupFormat';
import type { BackupKey, HostApi, StoredBackup } from '@shared/bridge';
import { fail, ok, type Result } from '@shared/result';
import { MIN_PASSPHRASE_LENGTH } from '../../db/backupCrypto';
import { logBackupFileExported, logBackupFileSavedAs } from '../../db/backupLog';
import type { WriteContext } from '../../db/context';
import type { OpenedBackup, RestoreContext, RestoredBackup, RestoreOptions } from '../../db/backup';
import { openBackup, type SealWith } from '../../db/backupSeal';
import { storedLines, type BackupProgress, type BackupSource, type BackupSummary } from '../../db/backupStream';
import { runInBackground } from '../../db/backupWorkerClient';
import type { ConsoleDb } from '../../db/schema';

/** The installation's backup key, asked of the host once per page. */
let keyOnce: Promise<Result<BackupKey>> | null = null;
export function installKey(host: HostApi): Promise<Result<BackupKey>> {
  keyOnce ??= host.backupKey().then((result) => {
    if (!result.ok) keyOnce = null; // asked again next time
    return result;
  });
  return keyOnce;
}

const refOf = (db: ConsoleDb) => ({ name: db.name, mode: db.mode });

/**
 * Writes a sealed backup of the database's mode to the host's store, read and sealed table by table
 * in the backup worker and handed to the host as it comes. Nothing is left behind on failure.
 */
export async function backUpTo(
  host: HostApi,
  db: ConsoleDb,
  reason: Exclude<BackupKind, 'file'>,
  nowMs = Date.now(),
  onProgress?: (progress: BackupProgress) => void,
): Promise<Result<StoredBackup>> {
  const key = await installKey(host);
  if (!key.ok) return key;
  return runInBackground<Result<StoredBackup>>(
    { op: 'backup', db: refOf(db), reason, createdAtMs: nowMs, key: key.value },
    { host, db, ...(onProgress ? { onProgress } : {}) },
  );
}

/** A whole backup as one file's bytes, for a save dialog: sealed with this installation's key or a passphrase. */
export async function backupFileBytes(
  db: ConsoleDb,
  sealWith: SealWith,
  nowMs = Date.now(),
  onProgress?: (progress: BackupProgress) => void,
  host?: HostApi,
): Promise<Uint8Array<ArrayBuffer>> {
  // With the host, the file carries the attached files' content too.
  return runInBackground(
    { op: 'file', db: refOf(db), createdAtMs: nowMs, sealWith },
    { db, ...(host ? { host } : {}), ...(onProgress ? { onProgress } : {}) },
  );
}

/**
 * Opens a stored backup or a chosen file's bytes in the backup worker (checked and upgraded there,
 * where its rows stay until restored), or says why not.
 */
export async function openInBackground(
  host: HostApi,
  source: BackupSource,
  passphrase?: string,
  onProgress?: (progress: BackupProgress) => void,
): Promise<Result<BackupSummary>> {
  const key = await installKey(host);
  try {
    return await runInBackground<Result<BackupSummary>>(
      { op: 'open', source, key: key.ok ? key.value : null, ...(passphrase ? { passphrase } : {}) },
      { host, ...(onProgress ? { onProgress } : {}) },
    );
  } catch (error) {
    console.warn('Could not open the backup', error);
    return fail('backup-corrupt');
  }
}

/** Restores an opened backup (by its handle) in the backup worker: all of it, or nothing. */
export function restoreOpened(
  host: HostApi,
  db: ConsoleDb,
  backup: BackupSummary,
  ctx: RestoreContext,
  options: Omit<RestoreOptions, 'onRows'>,
  onProgress?: (progress: BackupProgress) => void,
): Promise<Result<RestoredBackup>> {
  // The seat is this page's: who restores, and whether they gave the password lately, is decided
  // here; the worker restores as the person checked (its own copy of the seat is not signed in).
  if (!options.intoEmpty) {
    const who = actorFor('backup.restore', ctx);
    if (!who.ok) return Promise.resolve(who.error.code === 'command-not-permitted' ? fail('backup-restore-needs-leader') : who);
    if (reauthMissing('backup.restore', null, null, ctx.now)) return Promise.resolve(fail('reauth-required'));
    ctx = { ...ctx, actor: who.value.actor };
  }
  // Only what crosses a postMessage: the plan's offset, not the plan (nor the calendar).
  const plain: RestoreContext = { actor: ctx.actor, now: ctx.now, plan: { utcOffsetMinutes: ctx.plan.utcOffsetMinutes } };
  return runInBackground(
    { op: 'restore', db: refOf(db), handle: backup.handle, ctx: plain, options },
    { host, db, ...(onProgress ? { onProgress } : {}) },
  );
}

/**
 * Opens a stored backup in the page with every row in memory (checked and upgraded), or says why
 * not: for checking what a backup holds. The screens open and restore in the backup worker.
 */
export async function openStored(host: HostApi, file: string, passphrase?: string): Promise<Result<OpenedBackup>> {
  const key = await installKey(host);
  try {
    return await openBackup(storedLines(host, file), { key: key.ok ? key.value : null, ...(passphrase ? { passphrase } : {}) });
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'ok' in error) return error as Result<OpenedBackup>;
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
  onProgress?: (progress: BackupProgress) => void,
  /** Where the attached files are read from, so the file carries them (the console's host). */
  host?: HostApi,
): Promise<Result<Uint8Array<ArrayBuffer>>> {
  if (request.passphrase.length < MIN_PASSPHRASE_LENGTH) return fail('backup-passphrase-short', { min: MIN_PASSPHRASE_LENGTH });
  if (request.passphrase !== request.repeated) return fail('backup-passphrase-mismatch');
  const logged = await logBackupFileExported(db, request.fileName, ctx);
  if (!logged.ok)
    return logged.error.code === 'storage-failed' ? fail('backup-audit-failed') : fail(logged.error.code, logged.error.params);
  return ok(await backupFileBytes(db, { kind: 'passphrase', passphrase: request.passphrase }, ctx.now, onProgress, host));
}

/** Where the file for another PC was saved (the save dialog's answer), on the log after the entry made before it existed. */
export async function recordSavedAs(db: ConsoleDb, ctx: WriteContext, savedAs: string): Promise<void> {
  const logged = await logBackupFileSavedAs(db, savedAs, ctx);
  // The file exists and its making is already on the log; the place is what is missing.
  if (!logged.ok) console.warn('Could not record where the backup file was saved', logged.error.message ?? logged.error.code);
}
