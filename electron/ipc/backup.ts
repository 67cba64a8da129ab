// backup:now, backup:list, backup:read — the host's backup store in userData/backups. The
// renderer checks a read backup itself (shared parseBackup), so the store hands back its text.
import type { BackupNowRequest, BackupReason, StoredBackup } from '@shared/bridge';
import { ok, type Result } from '@shared/result';
import type { BackupEntry, BackupSnapshot, WrittenBackup } from '../services/backup';

export interface BackupFolder {
  write(snapshot: BackupSnapshot): Promise<Result<WrittenBackup>>;
  list(): Promise<BackupEntry[]>;
  readText(file: string): Promise<Result<string>>;
}

export interface BackupHandlerDeps {
  backups: BackupFolder;
  /** Told when a backup asked for by the host has been handled (the quit waits for it). */
  autoBackup: { backupFinished(reason: BackupReason): void };
}

/** Only what the bridge promises; the store's own bookkeeping (epoch ms, pruned names) stays here. */
const stored = ({ file, size, createdAt }: BackupEntry): StoredBackup => ({ file, size, createdAt });

export function backupNowHandler({ backups, autoBackup }: BackupHandlerDeps) {
  return async ({ reason, snapshot }: BackupNowRequest): Promise<Result<StoredBackup>> => {
    try {
      const written = await backups.write(snapshot);
      return written.ok ? ok(stored(written.value)) : written;
    } finally {
      // Even a failed write releases a waiting quit: asking again would fail the same way.
      autoBackup.backupFinished(reason);
    }
  };
}

export function listBackupsHandler({ backups }: Pick<BackupHandlerDeps, 'backups'>) {
  return async (): Promise<Result<StoredBackup[]>> => ok((await backups.list()).map(stored));
}

export function readBackupHandler({ backups }: Pick<BackupHandlerDeps, 'backups'>) {
  return (file: string): Promise<Result<string>> => backups.readText(file);
}
