// backup:secret, backup:begin/append/finish/abort, backup:list, backup:read — the host's backup
// store in userData/backups. The renderer seals and checks backups itself; the store keeps lines.
import type { BackupAppend, BackupBegin, BackupFinish, BackupLines, BackupRead, BackupSecret, StoredBackup } from '@shared/bridge';
import type { BackupKind } from '@shared/backupFormat';
import type { Mode } from '@shared/model';
import { ok, type Result } from '@shared/result';
import type { BackupEntry, WrittenBackup } from '../services/backup';

export interface BackupFolder {
  begin(header: string): Promise<Result<{ id: string }>>;
  append(id: string, lines: string[]): Promise<Result<void>>;
  finish(id: string, trailer: string): Promise<Result<WrittenBackup>>;
  abort(id: string): Promise<Result<void>>;
  modeOf(id: string): Mode | null;
  list(mode: Mode): Promise<BackupEntry[]>;
  readLines(file: string, offset: number): Promise<Result<BackupLines>>;
}

export interface BackupHandlerDeps {
  backups: BackupFolder;
  backupKey: { secret(): Promise<Result<BackupSecret>> };
  /** Told when a backup asked for by the host has been handled (the quit waits for it). */
  autoBackup: { backupFinished(reason: BackupKind): void };
}

/** Only what the bridge promises; the store's own bookkeeping (epoch ms, pruned names) stays here. */
const stored = ({ file, size, createdAt, mode, reason, rows }: BackupEntry): StoredBackup => ({
  file,
  size,
  createdAt,
  mode,
  reason,
  rows,
});

export function backupSecretHandler({ backupKey }: Pick<BackupHandlerDeps, 'backupKey'>) {
  return () => backupKey.secret();
}

export function beginBackupHandler({ backups }: Pick<BackupHandlerDeps, 'backups'>) {
  return ({ header }: BackupBegin) => backups.begin(header);
}

export function appendBackupHandler({ backups }: Pick<BackupHandlerDeps, 'backups'>) {
  return ({ id, lines }: BackupAppend) => backups.append(id, lines);
}

export function finishBackupHandler({ backups, autoBackup }: Pick<BackupHandlerDeps, 'backups' | 'autoBackup'>) {
  return async ({ id, trailer }: BackupFinish): Promise<Result<StoredBackup>> => {
    const mode = backups.modeOf(id);
    const written = await backups.finish(id, trailer);
    // The quit waits for the live backup (the drill series is written before it). Even a failed
    // write releases it: asking again would fail the same way.
    if (mode === 'live') autoBackup.backupFinished(written.ok && written.value.reason !== 'legacy' ? written.value.reason : 'quit');
    return written.ok ? ok(stored(written.value)) : written;
  };
}

export function abortBackupHandler({ backups, autoBackup }: Pick<BackupHandlerDeps, 'backups' | 'autoBackup'>) {
  return async (id: string): Promise<Result<void>> => {
    const live = backups.modeOf(id) === 'live';
    const result = await backups.abort(id);
    // A live backup dropped half-way will not come: a waiting quit need not wait for it.
    if (live) autoBackup.backupFinished('quit');
    return result;
  };
}

export function listBackupsHandler({ backups }: Pick<BackupHandlerDeps, 'backups'>) {
  return async (mode: Mode): Promise<Result<StoredBackup[]>> => ok((await backups.list(mode)).map(stored));
}

export function readBackupHandler({ backups }: Pick<BackupHandlerDeps, 'backups'>) {
  return ({ file, offset }: BackupRead): Promise<Result<BackupLines>> => backups.readLines(file, offset);
}
