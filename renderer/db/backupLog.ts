// The organisation log's entries for a backup file for another PC, as commands (decisions in
// shared/backupCommands.ts): its making, before the file exists, and where it was saved.
import {
  backupFileArgs,
  backupSavedAsArgs,
  decideBackupFileExported,
  decideBackupFileSavedAs,
  type BackupFileSeen,
} from '@shared/backupCommands';
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute, type Command } from './executor';
import type { ConsoleDb } from './schema';

export const backupFileExportedCommand: Command<{ fileName: string }, BackupFileSeen, void> = {
  name: 'backup.fileExported',
  args: backupFileArgs,
  tables: ['plans', 'complaints', 'incidents'],
  read: async (db) => ({ plans: await db.plans.toArray(), complaints: await db.complaints.count(), incidents: await db.incidents.count() }),
  decide: decideBackupFileExported,
};

export const backupFileSavedAsCommand: Command<{ savedAs: string }, null, void> = {
  name: 'backup.fileSavedAs',
  args: backupSavedAsArgs,
  tables: [],
  read: async () => null,
  decide: decideBackupFileSavedAs,
};

/** 备份到文件 on the log, for the roles the plan names; refused otherwise. */
export const logBackupFileExported = (db: ConsoleDb, fileName: string, ctx: WriteContext): Promise<Result<void>> =>
  execute(db, backupFileExportedCommand, { fileName }, ctx);

/** Where the file was saved, on the log after its making. */
export const logBackupFileSavedAs = (db: ConsoleDb, savedAs: string, ctx: WriteContext): Promise<Result<void>> =>
  execute(db, backupFileSavedAsCommand, { savedAs }, ctx);
