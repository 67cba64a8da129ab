// backup:secret, backup:begin/append/finish/abort, backup:list, backup:read, backup:ends,
// backup:carry — the host's backup
// store in userData/backups. The renderer seals and checks backups itself; the store keeps lines.
import {
  storedBackupOf,
  type BackupAppend,
  type BackupBegin,
  type BackupCarry,
  type BackupEnds,
  type BackupFinish,
  type BackupLines,
  type BackupRead,
  type BackupSecret,
  type StoredBackup,
} from '@shared/bridge';
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
  reasonOf(id: string): BackupKind | null;
  list(mode: Mode): Promise<BackupEntry[]>;
  readLines(file: string, offset: number): Promise<Result<BackupLines>>;
  ends(file: string): Promise<Result<BackupEnds>>;
  carry(id: string, from: string): Promise<Result<void>>;
}

export interface BackupHandlerDeps {
  backups: BackupFolder;
  backupKey: { handToPage(): Promise<Result<BackupSecret>> };
  /** Told when a backup asked for by the host has been handled (the quit waits for it). */
  autoBackup: { backupFinished(reason: BackupKind): void; backupProgressed(): void };
}

const stored = storedBackupOf;

export function backupSecretHandler({ backupKey }: Pick<BackupHandlerDeps, 'backupKey'>) {
  return () => backupKey.handToPage();
}

export function beginBackupHandler({ backups }: Pick<BackupHandlerDeps, 'backups'>) {
  return ({ header }: BackupBegin) => backups.begin(header);
}

export function appendBackupHandler({ backups, autoBackup }: Pick<BackupHandlerDeps, 'backups' | 'autoBackup'>) {
  return async ({ id, lines }: BackupAppend) => {
    const appended = await backups.append(id, lines);
    // A large quit backup keeps the quit waiting as long as it makes progress.
    if (appended.ok && backups.modeOf(id) === 'live' && backups.reasonOf(id) === 'quit') autoBackup.backupProgressed();
    return appended;
  };
}

export function finishBackupHandler({ backups, autoBackup }: Pick<BackupHandlerDeps, 'backups' | 'autoBackup'>) {
  return async ({ id, trailer }: BackupFinish): Promise<Result<StoredBackup>> => {
    const quitBackup = backups.modeOf(id) === 'live' && backups.reasonOf(id) === 'quit';
    const written = await backups.finish(id, trailer);
    // The quit waits for the live quit backup, the first the page writes. Even a failed write
    // releases it: asking again would fail the same way.
    if (quitBackup) autoBackup.backupFinished('quit');
    return written.ok ? ok(stored(written.value)) : written;
  };
}

export function abortBackupHandler({ backups, autoBackup }: Pick<BackupHandlerDeps, 'backups' | 'autoBackup'>) {
  return async (id: string): Promise<Result<void>> => {
    const quitBackup = backups.modeOf(id) === 'live' && backups.reasonOf(id) === 'quit';
    const result = await backups.abort(id);
    // The live quit backup dropped half-way will not come: the quit need not wait for it.
    if (quitBackup) autoBackup.backupFinished('quit');
    return result;
  };
}

export function listBackupsHandler({ backups }: Pick<BackupHandlerDeps, 'backups'>) {
  return async (mode: Mode): Promise<Result<StoredBackup[]>> => ok((await backups.list(mode)).map(stored));
}

export function readBackupHandler({ backups }: Pick<BackupHandlerDeps, 'backups'>) {
  return ({ file, offset }: BackupRead): Promise<Result<BackupLines>> => backups.readLines(file, offset);
}

export function backupEndsHandler({ backups }: Pick<BackupHandlerDeps, 'backups'>) {
  return ({ file }: { file: string }): Promise<Result<BackupEnds>> => backups.ends(file);
}

export function carryBackupHandler({ backups, autoBackup }: Pick<BackupHandlerDeps, 'backups' | 'autoBackup'>) {
  return async ({ id, from }: BackupCarry): Promise<Result<void>> => {
    const carried = await backups.carry(id, from);
    // Copying a large earlier backup is progress too: the quit keeps waiting for it.
    if (carried.ok && backups.modeOf(id) === 'live' && backups.reasonOf(id) === 'quit') autoBackup.backupProgressed();
    return carried;
  };
}
