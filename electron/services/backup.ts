// Snapshots of the live data in the user data folder: one checksummed JSON file per backup,
// written so a crash never leaves a half file under a backup's name, and pruned to the last N.
// The store never restores anything itself: `read` hands back validated tables and the renderer
// writes them into Dexie, so a refused file cannot touch the current data.
import { createHash } from 'node:crypto';
import nodeFs from 'node:fs/promises';
import path from 'node:path';
import { APP_SCHEMA_VERSION, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, parseBackup, sealBackup, type Backup } from '@shared/backupFormat';
import { fail, ok, type Result } from '@shared/result';
import { CHINA_OFFSET_MINUTES, toIsoWithOffset, type Clock } from '@shared/time';

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The part of node:fs/promises the store uses, so a test can kill a write half-way. */
export interface BackupFileSystem {
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  writeFile(file: string, data: string, encoding: 'utf8'): Promise<void>;
  /** Flushes a written file to the disk; optional because not every fake needs it. */
  fsync?(file: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  stat(file: string): Promise<{ size: number }>;
  unlink(file: string): Promise<void>;
}

export const nodeBackupFs: BackupFileSystem = {
  mkdir: (dir, options) => nodeFs.mkdir(dir, options),
  writeFile: (file, data, encoding) => nodeFs.writeFile(file, data, encoding),
  // Without a flush, a power cut soon after the rename can leave the new name pointing at an
  // empty file on some file systems; the rename is only as safe as the bytes behind it.
  async fsync(file) {
    const handle = await nodeFs.open(file, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => nodeFs.rename(from, to),
  readdir: (dir) => nodeFs.readdir(dir),
  readFile: (file, encoding) => nodeFs.readFile(file, encoding),
  stat: (file) => nodeFs.stat(file),
  unlink: (file) => nodeFs.unlink(file),
};

/** What the renderer hands over: every live table, and the Dexie schema version it came from. */
export interface BackupSnapshot {
  schemaVersion: number;
  tables: Record<string, unknown[]>;
}

export interface BackupEntry {
  /** The file's name inside the backup folder, e.g. backup-20261123-080000.json. */
  file: string;
  size: number;
  createdAt: string;
  createdAtMs: number;
}

export interface WrittenBackup extends BackupEntry {
  /** Older backups removed to keep the last `keep`. */
  pruned: string[];
}

export interface BackupStoreOptions {
  dir: string;
  app: { name: string; version: string };
  fs?: BackupFileSystem;
  now?: Clock;
  /** How many backups to keep; the issue asks for 14. */
  keep?: number;
  /** The newest schema this build opens; newer backups are refused. */
  appSchemaVersion?: number;
  /** Offset for file names and createdAt; China by default, like every date the office reads. */
  offsetMinutes?: number;
}

const BACKUP_NAME = /^backup-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.json$/;
const TEMP_NAME = /^backup-\d{8}-\d{6}\.json\.tmp$/;
const MINUTE = 60_000;

const errorCode = (error: unknown) => (typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined);
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

function checkedKeep(keep: number): number {
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`keep must be a whole number of at least 1, not ${keep}`);
  return keep;
}

/** backup-YYYYMMDD-HHmmss.json in the office's local time, so names sort by time. */
export function backupFileName(ms: number, offsetMinutes = CHINA_OFFSET_MINUTES): string {
  const iso = toIsoWithOffset(ms, offsetMinutes);
  return `backup-${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}.json`;
}

/** The instant a backup's name stands for, or null when the name is not one of ours. */
export function backupTimeOf(file: string, offsetMinutes = CHINA_OFFSET_MINUTES): number | null {
  const match = BACKUP_NAME.exec(file);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s) - offsetMinutes * MINUTE;
  // A name such as backup-20261399-… was not written by us; do not let it roll over into a date.
  return backupFileName(ms, offsetMinutes) === file ? ms : null;
}

/** Reads and validates a backup at any path (e.g. one chosen in an open-file dialog). */
export async function readBackupAt(
  file: string,
  { fs = nodeBackupFs, appSchemaVersion = APP_SCHEMA_VERSION }: { fs?: BackupFileSystem; appSchemaVersion?: number } = {},
): Promise<Result<Backup>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    return errorCode(error) === 'ENOENT' ? fail('backup-not-found') : fail('backup-unreadable', undefined, describe(error));
  }
  return parseBackup(text, { sha256Hex, appSchemaVersion });
}

export class BackupStore {
  private readonly dir: string;
  private readonly app: { name: string; version: string };
  private readonly fs: BackupFileSystem;
  private readonly now: Clock;
  private keep: number;
  private readonly appSchemaVersion: number;
  private readonly offsetMinutes: number;
  /** Writes run one at a time, so one write's pruning cannot remove another's temp file. */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(options: BackupStoreOptions) {
    const keep = checkedKeep(options.keep ?? 14);
    this.dir = options.dir;
    this.app = options.app;
    this.fs = options.fs ?? nodeBackupFs;
    this.now = options.now ?? Date.now;
    this.keep = keep;
    this.appSchemaVersion = options.appSchemaVersion ?? APP_SCHEMA_VERSION;
    this.offsetMinutes = options.offsetMinutes ?? CHINA_OFFSET_MINUTES;
  }

  /** Changes how many backups are kept (the operator's preference); applies from the next write. */
  setKeep(keep: number): void {
    this.keep = checkedKeep(keep);
  }

  /**
   * Writes the snapshot to `<name>.tmp` and renames it over `<name>`: a rename within one folder
   * is atomic, so a reader sees either the previous backups or the complete new one. A failure
   * is returned (never thrown) and leaves the earlier backups as they were.
   */
  write(snapshot: BackupSnapshot): Promise<Result<WrittenBackup>> {
    // The backup is named for when it was asked for, not when its turn in the queue came.
    const createdAtMs = this.now();
    const done = this.writing.then(() => this.writeNow(snapshot, createdAtMs));
    // A rejected write must not stall the ones queued after it.
    this.writing = done.catch(() => undefined);
    return done;
  }

  private async writeNow(snapshot: BackupSnapshot, createdAtMs: number): Promise<Result<WrittenBackup>> {
    const file = backupFileName(createdAtMs, this.offsetMinutes);
    const target = path.join(this.dir, file);
    const temp = `${target}.tmp`;
    let text: string;
    let createdAt: string;
    try {
      const backup = await sealBackup(
        {
          format: BACKUP_FORMAT,
          formatVersion: BACKUP_FORMAT_VERSION,
          schemaVersion: snapshot.schemaVersion,
          createdAt: toIsoWithOffset(createdAtMs, this.offsetMinutes),
          app: { name: this.app.name, version: this.app.version },
          mode: 'live',
          tables: snapshot.tables,
        },
        sha256Hex,
      );
      createdAt = backup.createdAt;
      text = JSON.stringify(backup);
    } catch (error) {
      // Rows that are not JSON (a cycle, a BigInt) are a bug upstream; report it, write nothing.
      return fail('backup-write-failed', { file }, describe(error));
    }
    try {
      await this.fs.mkdir(this.dir, { recursive: true });
      await this.fs.writeFile(temp, text, 'utf8');
      await this.fs.fsync?.(temp);
      await this.fs.rename(temp, target);
    } catch (error) {
      await this.fs.unlink(temp).catch(() => undefined);
      return fail('backup-write-failed', { file }, describe(error));
    }
    const pruned = await this.prune(file);
    return ok({ file, size: Buffer.byteLength(text, 'utf8'), createdAt, createdAtMs, pruned });
  }

  /** Our backups, newest first. Temp files and anything else in the folder are not listed. */
  async list(): Promise<BackupEntry[]> {
    const entries: BackupEntry[] = [];
    for (const file of await this.backupNames()) {
      const createdAtMs = backupTimeOf(file, this.offsetMinutes) as number;
      let size: number;
      try {
        size = (await this.fs.stat(path.join(this.dir, file))).size;
      } catch {
        continue; // removed between readdir and stat (e.g. pruned by a concurrent write)
      }
      entries.push({ file, size, createdAt: toIsoWithOffset(createdAtMs, this.offsetMinutes), createdAtMs });
    }
    return entries;
  }

  /** When the newest backup was made, for `dueForDailyBackup`; null when there is none. */
  async latestBackupMs(): Promise<number | null> {
    const [newest] = await this.backupNames();
    return newest ? backupTimeOf(newest, this.offsetMinutes) : null;
  }

  /**
   * Reads one backup of this folder by name. Only names `list()` can return are accepted, so a
   * name from the renderer cannot reach a file outside the folder.
   */
  async read(file: string): Promise<Result<Backup>> {
    if (backupTimeOf(file, this.offsetMinutes) === null) return fail('backup-not-found', { file });
    return readBackupAt(path.join(this.dir, file), { fs: this.fs, appSchemaVersion: this.appSchemaVersion });
  }

  /**
   * One backup's file text as it is on disk, for the renderer to check (checksum, versions) and
   * restore with parseBackup. The same name check as `read`, so nothing outside the folder is read.
   */
  async readText(file: string): Promise<Result<string>> {
    if (backupTimeOf(file, this.offsetMinutes) === null) return fail('backup-not-found', { file });
    try {
      return ok(await this.fs.readFile(path.join(this.dir, file), 'utf8'));
    } catch (error) {
      return errorCode(error) === 'ENOENT' ? fail('backup-not-found', { file }) : fail('backup-unreadable', { file }, describe(error));
    }
  }

  private async backupNames(): Promise<string[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.dir);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return []; // no backup has been made yet
      throw error;
    }
    // The fixed offset makes the names sort in time order; reverse gives newest first.
    return names
      .filter((name) => backupTimeOf(name, this.offsetMinutes) !== null)
      .sort()
      .reverse();
  }

  /**
   * Keeps the newest `keep` backups and removes temp files a killed write left behind. Runs
   * only after a successful write, never removes the file just written or anything not named
   * like a backup, and is best effort: what cannot be removed now is tried again next time.
   */
  private async prune(justWritten: string): Promise<string[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.dir);
    } catch {
      return [];
    }
    const backups = names
      .filter((name) => backupTimeOf(name, this.offsetMinutes) !== null && name !== justWritten)
      .sort()
      .reverse();
    const stale = [...backups.slice(this.keep - 1), ...names.filter((name) => TEMP_NAME.test(name))];
    const removed: string[] = [];
    for (const name of stale) {
      try {
        await this.fs.unlink(path.join(this.dir, name));
        removed.push(name);
      } catch {
        // Locked by a virus scanner or already gone; the next write tries again.
      }
    }
    return removed.filter((name) => !TEMP_NAME.test(name));
  }
}
