// The browser host's backup store, its nearest equivalent of Electron's backup folder: sealed
// backup lines in an IndexedDB database of its own (apart from the data they protect), named and
// pruned like the files on disk, and this installation's key as a non-extractable CryptoKey that
// the page can use but never read. The daily backup is asked for while the page is open.
import Dexie, { type Table } from 'dexie';
import {
  backupsToPrune,
  dueForDailyBackup,
  lastDailyBackupMs,
  readSealedHeader,
  rowsCounted,
  type SealedHeader,
} from '@shared/backupFormat';
import {
  BackupAppendSchema,
  BackupBeginSchema,
  BackupFileNameSchema,
  BackupFinishSchema,
  BackupReadSchema,
  type BackupKey,
  type HostApi,
  type StoredBackup,
} from '@shared/bridge';
import { fail, ok, type Result } from '@shared/result';
import { CHINA_OFFSET_MINUTES, toIsoWithOffset } from '@shared/time';
import { importInstallSecret, randomBytes } from '../db/backupCrypto';

type BackupRecord = StoredBackup & { createdAtMs: number; lines: string[] };
type KeyRecord = { id: 'install'; installId: string; key: CryptoKey };

class BackupStoreDb extends Dexie {
  backups!: Table<BackupRecord, string>;
  keys!: Table<KeyRecord, string>;
  constructor() {
    // A backup acknowledged on screen must survive a power cut, like the data it protects.
    super('complaint-console-backups', { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ backups: 'file, createdAtMs' });
    // Version 2: sealed backups (lines, mode, reason) and the installation's key.
    this.version(2)
      .stores({ backups: 'file, createdAtMs, mode', keys: 'id' })
      // Backups of the first format were one JSON text; they stay readable as one line.
      .upgrade((tx) =>
        tx
          .table('backups')
          .toCollection()
          .modify((record: Record<string, unknown>) => {
            record.lines = [String(record.text ?? '')];
            delete record.text;
            record.mode = 'live';
            record.reason = 'legacy';
            record.rows = 0;
          }),
      );
  }
}

const DEFAULT_KEEP = 14;
const HOUR = 60 * 60_000;
const LINES_PER_READ = 64;
let kept = DEFAULT_KEEP;
let store: BackupStoreDb | null = null;
const backupStore = () => (store ??= new BackupStoreDb());
/** Backups being written: lines held in memory until the trailer arrives, then stored in one transaction. */
const writing = new Map<string, { header: SealedHeader; lines: string[]; size: number }>();

/** backup-<mode>-YYYYMMDD-HHmmss-<reason>[-n].cbk in China time, as the Electron host names its files. */
export function backupFileName(header: Pick<SealedHeader, 'mode' | 'reason' | 'createdAt'>, copy = 1): string {
  const iso = toIsoWithOffset(Date.parse(header.createdAt), CHINA_OFFSET_MINUTES);
  const stamp = `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
  return `backup-${header.mode}-${stamp}-${header.reason}${copy > 1 ? `-${copy}` : ''}.cbk`;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const listed = ({ file, size, createdAt, mode, reason, rows }: BackupRecord): StoredBackup => ({
  file,
  size,
  createdAt,
  mode,
  reason,
  rows,
});

async function finish(id: string, trailer: string): Promise<Result<StoredBackup>> {
  const write = writing.get(id);
  writing.delete(id);
  if (!write) return fail('backup-write-failed', undefined, 'no such backup being written');
  const { header } = write;
  const createdAtMs = Date.parse(header.createdAt);
  const lines = [...write.lines, trailer];
  const db = backupStore();
  try {
    return await db.transaction('rw', db.backups, async () => {
      if (header.reason === 'daily') {
        // Two tabs (or a remounted watcher) may both answer the same daily request; one is enough.
        const dailies = await db.backups
          .where('mode')
          .equals(header.mode)
          .filter((r) => r.reason === 'daily')
          .toArray();
        const last = lastDailyBackupMs(
          dailies.map((r) => r.createdAtMs),
          createdAtMs,
        );
        const same = dailies.find((r) => r.createdAtMs === last);
        if (same && !dueForDailyBackup(last, createdAtMs)) return ok(listed(same));
      }
      let copy = 1;
      // Two backups in the same second are both kept, under two names.
      while (await db.backups.get(backupFileName(header, copy))) copy += 1;
      const record: BackupRecord = {
        file: backupFileName(header, copy),
        size: write.size + trailer.length + 1,
        createdAt: toIsoWithOffset(createdAtMs, CHINA_OFFSET_MINUTES),
        createdAtMs,
        mode: header.mode,
        reason: header.reason === 'file' ? 'manual' : header.reason,
        rows: rowsCounted(header.counts),
        lines,
      };
      await db.backups.add(record);
      const mine = await db.backups.where('mode').equals(header.mode).toArray();
      const prune = backupsToPrune(
        mine.map(({ file, createdAtMs: at, reason, rows }) => ({ file, createdAtMs: at, reason, rows })),
        kept,
        Date.now(),
      ).filter((file) => file !== record.file);
      if (prune.length > 0) await db.backups.bulkDelete(prune);
      return ok(listed(record));
    });
  } catch (error) {
    return fail('backup-write-failed', undefined, describe(error));
  }
}

export const browserBackups = {
  /** How many backups to keep; older ones go at the next backup, as in the Electron host. */
  async keep(count: number): Promise<Result<void>> {
    if (!Number.isInteger(count) || count < 1 || count > 365) return fail('ipc-bad-payload');
    kept = count;
    return ok(undefined);
  },
  /** The installation's key, made on first use; stored as a key object that cannot be exported. */
  async backupKey(): Promise<Result<BackupKey>> {
    try {
      const db = backupStore();
      const found = await db.keys.get('install');
      if (found) return ok({ installId: found.installId, key: found.key });
      const made: KeyRecord = { id: 'install', installId: crypto.randomUUID(), key: await importInstallSecret(randomBytes(32)) };
      // Two tabs may make one at the same moment; the first stored wins and both use it.
      await db.transaction('rw', db.keys, async () => {
        if (!(await db.keys.get('install'))) await db.keys.add(made);
      });
      const stored = (await db.keys.get('install'))!;
      return ok({ installId: stored.installId, key: stored.key });
    } catch (error) {
      return fail('backup-key-unavailable', undefined, describe(error));
    }
  },
  async beginBackup(request) {
    const parsed = BackupBeginSchema.safeParse(request);
    const header = parsed.success ? readSealedHeader(parsed.data.header) : null;
    if (!parsed.success || !header || header.reason === 'file') return fail('ipc-bad-payload');
    const id = crypto.randomUUID();
    writing.set(id, { header, lines: [parsed.data.header], size: parsed.data.header.length + 1 });
    return ok({ id });
  },
  async appendBackup(request) {
    const parsed = BackupAppendSchema.safeParse(request);
    if (!parsed.success) return fail('ipc-bad-payload');
    const write = writing.get(parsed.data.id);
    if (!write) return fail('backup-write-failed', undefined, 'no such backup being written');
    for (const line of parsed.data.lines) {
      write.lines.push(line);
      write.size += line.length + 1;
    }
    return ok(undefined);
  },
  async finishBackup(request) {
    const parsed = BackupFinishSchema.safeParse(request);
    if (!parsed.success) return fail('ipc-bad-payload');
    return finish(parsed.data.id, parsed.data.trailer);
  },
  async abortBackup(id) {
    writing.delete(id);
    return ok(undefined);
  },
  async listBackups(mode) {
    try {
      const records = await backupStore().backups.where('mode').equals(mode).toArray();
      return ok(records.sort((a, b) => b.createdAtMs - a.createdAtMs || (a.file < b.file ? 1 : -1)).map(listed));
    } catch (error) {
      return fail('backup-unreadable', undefined, describe(error));
    }
  },
  async readBackup(request) {
    const parsed = BackupReadSchema.safeParse(request);
    if (!parsed.success || !BackupFileNameSchema.safeParse(parsed.data.file).success) return fail('ipc-bad-payload');
    try {
      const record = await backupStore().backups.get(parsed.data.file);
      if (!record) return fail('backup-not-found');
      // The offset counts lines here (the store keeps lines, not bytes).
      const from = parsed.data.offset;
      const lines = record.lines.slice(from, from + LINES_PER_READ);
      return ok({ lines, next: from + LINES_PER_READ < record.lines.length ? from + LINES_PER_READ : null });
    } catch (error) {
      return fail('backup-unreadable', undefined, describe(error));
    }
  },
  /** Asks for the daily backup when it is due: at once, then every hour while the page is open. */
  onBackupRequest(listener) {
    let active = true;
    const check = async () => {
      try {
        const dailies = await backupStore()
          .backups.where('mode')
          .equals('live')
          .filter((record) => record.reason === 'daily' || record.reason === 'legacy')
          .toArray();
        const last = lastDailyBackupMs(
          dailies.map((record) => record.createdAtMs),
          Date.now(),
        );
        if (active && dueForDailyBackup(last, Date.now())) listener('daily');
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
} satisfies Pick<
  HostApi,
  'backupKey' | 'beginBackup' | 'appendBackup' | 'finishBackup' | 'abortBackup' | 'listBackups' | 'readBackup' | 'onBackupRequest'
> & { keep(count: number): Promise<Result<void>> };
