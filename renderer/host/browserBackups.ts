// The browser host's backup store, its nearest equivalent of Electron's backup folder: sealed
// backup texts in an IndexedDB database of their own (apart from the data they protect), named
// and pruned like the files on disk, with the daily backup asked for while the page is open.
import Dexie, { type Table } from 'dexie';
import { dueForDailyBackup } from '@shared/backupFormat';
import { BackupFileNameSchema, BackupNowSchema, type BackupReason, type HostApi, type StoredBackup } from '@shared/bridge';
import { fail, ok, type Result } from '@shared/result';
import { CHINA_OFFSET_MINUTES, toIsoWithOffset } from '@shared/time';
import { sealSnapshot } from '../db/backup';

type BackupRecord = StoredBackup & { createdAtMs: number; reason: BackupReason; text: string };

class BackupStoreDb extends Dexie {
  backups!: Table<BackupRecord, string>;
  constructor() {
    super('complaint-console-backups');
    this.version(1).stores({ backups: 'file, createdAtMs' });
  }
}

const DEFAULT_KEEP = 14;
const HOUR = 60 * 60_000;
let kept = DEFAULT_KEEP;
let store: BackupStoreDb | null = null;
const backupStore = () => (store ??= new BackupStoreDb());

/** backup-YYYYMMDD-HHmmss.json in China time, as the Electron host names its files. */
export function backupFileName(ms: number): string {
  const iso = toIsoWithOffset(ms, CHINA_OFFSET_MINUTES);
  return `backup-${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}.json`;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const listed = ({ file, size, createdAt }: BackupRecord): StoredBackup => ({ file, size, createdAt });

async function newest(db: BackupStoreDb): Promise<BackupRecord | undefined> {
  return db.backups.orderBy('file').last();
}

/** Another write took the chosen name between choosing it and storing; choose again. */
class NameTaken extends Error {}

async function write(reason: BackupReason, snapshot: unknown): Promise<Result<StoredBackup>> {
  const parsed = BackupNowSchema.safeParse({ reason, snapshot });
  if (!parsed.success) return fail('ipc-bad-payload');
  const db = backupStore();
  let createdAtMs = Math.floor(Date.now() / 1000) * 1000;
  try {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      // Names stand for seconds; a second backup within the same second takes the next free one,
      // chosen before sealing so the name and the time inside the file agree.
      while (await db.backups.get(backupFileName(createdAtMs))) createdAtMs += 1000;
      const file = backupFileName(createdAtMs);
      // Sealed outside the transaction: awaiting Web Crypto would end an IndexedDB transaction.
      const text = JSON.stringify(await sealSnapshot(parsed.data.snapshot, createdAtMs));
      const record: BackupRecord = {
        file,
        size: new TextEncoder().encode(text).byteLength,
        createdAt: toIsoWithOffset(createdAtMs, CHINA_OFFSET_MINUTES),
        createdAtMs,
        reason,
        text,
      };
      try {
        return await db.transaction('rw', db.backups, async () => {
          const last = await newest(db);
          // Two tabs (or a remounted watcher) may both answer the same daily request; one is enough.
          if (reason === 'daily' && last && !dueForDailyBackup(last.createdAtMs, createdAtMs)) return ok(listed(last));
          if (await db.backups.get(file)) throw new NameTaken();
          await db.backups.add(record);
          const names = await db.backups.orderBy('file').reverse().primaryKeys();
          if (names.length > kept) await db.backups.bulkDelete(names.slice(kept));
          return ok(listed(record));
        });
      } catch (error) {
        if (!(error instanceof NameTaken)) throw error;
      }
    }
    return fail('backup-write-failed', { file: backupFileName(createdAtMs) }, 'no free name');
  } catch (error) {
    return fail('backup-write-failed', { file: backupFileName(createdAtMs) }, describe(error));
  }
}

export const browserBackups = {
  /** How many backups to keep; older ones go at the next backup, as in the Electron host. */
  async keep(count: number): Promise<Result<void>> {
    if (!Number.isInteger(count) || count < 1 || count > 365) return fail('ipc-bad-payload');
    kept = count;
    return ok(undefined);
  },
  async backupNow(request) {
    return write(request.reason, request.snapshot);
  },
  async listBackups() {
    try {
      return ok((await backupStore().backups.orderBy('file').reverse().toArray()).map(listed));
    } catch (error) {
      return fail('backup-unreadable', undefined, describe(error));
    }
  },
  async readBackup(file) {
    if (!BackupFileNameSchema.safeParse(file).success) return fail('ipc-bad-payload');
    try {
      const record = await backupStore().backups.get(file);
      return record ? ok(record.text) : fail('backup-not-found');
    } catch (error) {
      return fail('backup-unreadable', undefined, describe(error));
    }
  },
  /** Asks for the daily backup when it is due: at once, then every hour while the page is open. */
  onBackupRequest(listener) {
    let active = true;
    const check = async () => {
      try {
        const last = await newest(backupStore());
        if (active && dueForDailyBackup(last?.createdAtMs ?? null, Date.now())) listener('daily');
      } catch {
        // A store that cannot be read is reported when the operator lists or makes a backup.
      }
    };
    void check();
    const timer = setInterval(() => void check(), HOUR);
    return () => {
      active = false;
      clearInterval(timer);
    };
  },
} satisfies Pick<HostApi, 'backupNow' | 'listBackups' | 'readBackup' | 'onBackupRequest'> & { keep(count: number): Promise<Result<void>> };
