// The browser host's backup store, its nearest equivalent of Electron's backup folder: sealed
// backup lines in an IndexedDB database of its own (apart from the data they protect), named and
// pruned like the files on disk, and this installation's key as a non-extractable CryptoKey that
// the page can use but never read. The daily backup is asked for while the page is open.
// Not the console's data: no command runs here, and each write is one atomic store operation
// (a name claimed by `add`, a prune by `bulkDelete`) instead of a transaction over several.
import Dexie, { type Table } from 'dexie';
import {
  backupsToPrune,
  newestFirst,
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
  storedBackupOf,
  type BackupKey,
  type HostApi,
  type StoredBackup,
} from '@shared/bridge';
import { fail, ok, type Result } from '@shared/result';
import { CHINA_OFFSET_MINUTES, toIsoWithOffset } from '@shared/time';
import { importInstallSecret, randomBytes } from '../db/backupCrypto';

/**
 * A backup's description; its lines are kept apart in parts (one append's lines each), since
 * IndexedDB refuses a single value of more than about 130 MB. A first-format backup kept its
 * whole text as one line in `lines`.
 */
type BackupRecord = StoredBackup & { createdAtMs: number; partsId?: string; parts?: number; lines?: string[] };
type PartRecord = { partsId: string; n: number; lines: string[]; atMs: number };
/** Parts untouched this long, of no stored backup, were left by a tab that closed mid-backup. */
const ABANDONED_PARTS_MS = 60 * 60_000;
type KeyRecord = { id: 'install'; installId: string; key: CryptoKey };

class BackupStoreDb extends Dexie {
  backups!: Table<BackupRecord, string>;
  keys!: Table<KeyRecord, string>;
  parts!: Table<PartRecord, [string, number]>;
  constructor() {
    // A backup acknowledged on screen must survive a power cut, like the data it protects.
    super('complaint-console-backups', { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ backups: 'file, createdAtMs' });
    // Version 2: sealed backups (lines, mode, reason) and the installation's key.
    this.version(2)
      .stores({ backups: 'file, createdAtMs, mode', keys: 'id', parts: '[partsId+n], partsId' })
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
let kept = DEFAULT_KEEP;
let store: BackupStoreDb | null = null;
const backupStore = () => (store ??= new BackupStoreDb());
/** Backups being written: their parts are stored as they come, under the write's id, and listed only once finished. */
const writing = new Map<string, { header: SealedHeader; parts: number; size: number }>();

async function storePart(id: string, lines: string[]): Promise<void> {
  const write = writing.get(id);
  if (!write) throw new Error('no such backup being written');
  await backupStore().parts.put({ partsId: id, n: write.parts, lines, atMs: Date.now() });
  write.parts += 1;
  write.size += lines.reduce((sum, line) => sum + line.length + 1, 0);
}

/** Parts that belong to no stored backup and to no backup this page is writing. */
async function orphanedParts(db: BackupStoreDb): Promise<string[]> {
  const owners = (await db.parts.orderBy('partsId').uniqueKeys()) as string[];
  const listed = new Set((await db.backups.toArray()).flatMap((record) => (record.partsId ? [record.partsId] : [])));
  const unlisted = owners.filter((id) => !listed.has(id) && !writing.has(id));
  // Another tab may be writing one right now: only parts untouched for an hour are abandoned.
  const abandoned: string[] = [];
  for (const id of unlisted) {
    const last = await db.parts.where('[partsId+n]').between([id, Dexie.minKey], [id, Dexie.maxKey]).last();
    if (!last || Date.now() - (last.atMs ?? 0) > ABANDONED_PARTS_MS) abandoned.push(id);
  }
  return abandoned;
}

async function dropParts(db: BackupStoreDb, partsIds: string[]): Promise<void> {
  for (const partsId of partsIds) await db.parts.where('partsId').equals(partsId).delete();
}

/** backup-<mode>-YYYYMMDD-HHmmss-<reason>[-n].cbk in China time, as the Electron host names its files. */
export function backupFileName(header: Pick<SealedHeader, 'mode' | 'reason' | 'createdAt'>, copy = 1): string {
  const iso = toIsoWithOffset(Date.parse(header.createdAt), CHINA_OFFSET_MINUTES);
  const stamp = `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
  return `backup-${header.mode}-${stamp}-${header.reason}${copy > 1 ? `-${copy}` : ''}.cbk`;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const listed = storedBackupOf;

/** `add` refused the key: another tab stored a row under it first. */
const alreadyTaken = (error: unknown) => error instanceof Error && error.name === 'ConstraintError';

/**
 * Stores `record` under the first free name of its backup. `add` alone is atomic and refuses a
 * name already taken, so two backups of the same second (from two tabs) get two names without a
 * transaction around a look-then-write.
 */
async function addUnderFreeName(db: BackupStoreDb, header: SealedHeader, record: Omit<BackupRecord, 'file'>): Promise<BackupRecord> {
  for (let copy = 1; ; copy += 1) {
    const named: BackupRecord = { ...record, file: backupFileName(header, copy) };
    try {
      await db.backups.add(named);
      return named;
    } catch (error) {
      if (!alreadyTaken(error)) throw error;
    }
  }
}

const dailiesOf = (db: BackupStoreDb, mode: SealedHeader['mode']) =>
  db.backups
    .where('mode')
    .equals(mode)
    .filter((r) => r.reason === 'daily')
    .toArray();

/** The daily backup already stored for the day of one made at `createdAtMs`, if any: a second is not needed. */
async function todaysDaily(db: BackupStoreDb, mode: SealedHeader['mode'], createdAtMs: number): Promise<BackupRecord | undefined> {
  const dailies = await dailiesOf(db, mode);
  const last = lastDailyBackupMs(
    dailies.map((r) => r.createdAtMs),
    createdAtMs,
  );
  const same = dailies.find((r) => r.createdAtMs === last);
  return same && !dueForDailyBackup(last, createdAtMs) ? same : undefined;
}

/**
 * Another daily backup of the same day stored before `mine` (earlier, or as early with a lower
 * name). Two tabs that both answered the day's request both look after storing theirs: each sees
 * the other's, and only the later one steps back, so exactly one stays.
 */
async function earlierDailyOfTheDay(db: BackupStoreDb, mine: BackupRecord): Promise<BackupRecord | undefined> {
  const before = (r: BackupRecord) => r.createdAtMs < mine.createdAtMs || (r.createdAtMs === mine.createdAtMs && r.file < mine.file);
  return (await dailiesOf(db, mine.mode)).find(
    (r) => r.file !== mine.file && before(r) && !dueForDailyBackup(r.createdAtMs, mine.createdAtMs),
  );
}

/** The listed backup, and the parts no longer needed (the pruned backups' or this write's own). */
async function fileBackup(db: BackupStoreDb, id: string, write: { header: SealedHeader; parts: number; size: number }) {
  const { header } = write;
  const createdAtMs = Date.parse(header.createdAt);
  if (header.reason === 'daily') {
    // Two tabs (or a remounted watcher) may both answer the same daily request; one is enough.
    const done = await todaysDaily(db, header.mode, createdAtMs);
    if (done) return { result: ok(listed(done)), pruned: [id] };
  }
  const record = await addUnderFreeName(db, header, {
    size: write.size,
    createdAt: toIsoWithOffset(createdAtMs, CHINA_OFFSET_MINUTES),
    createdAtMs,
    mode: header.mode,
    reason: header.reason === 'file' ? 'manual' : header.reason,
    rows: rowsCounted(header.counts),
    partsId: id,
    parts: write.parts,
  });
  if (record.reason === 'daily') {
    const earlier = await earlierDailyOfTheDay(db, record);
    if (earlier) {
      await db.backups.delete(record.file);
      return { result: ok(listed(earlier)), pruned: [id] };
    }
  }
  const mine = await db.backups.where('mode').equals(header.mode).toArray();
  const prune = backupsToPrune(
    mine.map(({ file, createdAtMs: at, reason, rows }) => ({ file, createdAtMs: at, reason, rows })),
    kept,
    Date.now(),
  ).filter((file) => file !== record.file);
  const gone = (await db.backups.bulkGet(prune)).flatMap((r) => (r?.partsId ? [r.partsId] : []));
  // Deleting is idempotent: a prune another tab decided at the same moment removes the same or older names.
  if (prune.length > 0) await db.backups.bulkDelete(prune);
  return { result: ok(listed(record)), pruned: gone };
}

async function finish(id: string, trailer: string): Promise<Result<StoredBackup>> {
  const write = writing.get(id);
  if (!write) return fail('backup-write-failed', undefined, 'no such backup being written');
  const db = backupStore();
  try {
    await storePart(id, [trailer]);
    writing.delete(id);
    const stored = await fileBackup(db, id, write);
    // The pruned backups' lines go after the list no longer names them, and so do the parts of
    // backups a closed tab left half-written.
    await dropParts(db, [...stored.pruned, ...(await orphanedParts(db))]);
    return stored.result;
  } catch (error) {
    writing.delete(id);
    await dropParts(db, [id]).catch(() => undefined);
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
      // Two tabs may make one at the same moment: \`add\` refuses the second, so the first stored wins and both use it.
      await db.keys.add(made).catch((error: unknown) => {
        if (!alreadyTaken(error)) throw error;
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
    writing.set(id, { header, parts: 0, size: 0 });
    try {
      await storePart(id, [parsed.data.header]);
    } catch (error) {
      writing.delete(id);
      return fail('backup-write-failed', undefined, describe(error));
    }
    return ok({ id });
  },
  async appendBackup(request) {
    const parsed = BackupAppendSchema.safeParse(request);
    if (!parsed.success) return fail('ipc-bad-payload');
    const write = writing.get(parsed.data.id);
    if (!write) return fail('backup-write-failed', undefined, 'no such backup being written');
    try {
      await storePart(parsed.data.id, parsed.data.lines);
      return ok(undefined);
    } catch (error) {
      writing.delete(parsed.data.id);
      await dropParts(backupStore(), [parsed.data.id]).catch(() => undefined);
      return fail('backup-write-failed', undefined, describe(error));
    }
  },
  async finishBackup(request) {
    const parsed = BackupFinishSchema.safeParse(request);
    if (!parsed.success) return fail('ipc-bad-payload');
    return finish(parsed.data.id, parsed.data.trailer);
  },
  async abortBackup(id) {
    writing.delete(id);
    await dropParts(backupStore(), [id]).catch(() => undefined);
    return ok(undefined);
  },
  async listBackups(mode) {
    try {
      const records = await backupStore().backups.where('mode').equals(mode).toArray();
      return ok(records.sort(newestFirst).map(listed));
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
      const from = parsed.data.offset;
      if (!record.partsId) {
        // A first-format backup: its whole text, one line.
        const lines = record.lines ?? [];
        return ok({ lines: lines.slice(from), next: null });
      }
      // The offset counts parts here (the store keeps parts of lines, not bytes).
      const part = await backupStore().parts.get([record.partsId, from]);
      if (!part) return fail('backup-corrupt');
      return ok({ lines: part.lines, next: from + 1 < (record.parts ?? 0) ? from + 1 : null });
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
