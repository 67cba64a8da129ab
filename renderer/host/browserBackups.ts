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
  BackupCarrySchema,
  BackupEndsSchema,
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
 * whole text as one line in `lines`. A backup made from an earlier one shares that one's parts
 * instead of copying them: `layout` lists its parts in order as runs of one write's parts.
 */
type BackupRecord = StoredBackup & { createdAtMs: number; partsId?: string; parts?: number; lines?: string[]; layout?: PartRun[] };
/** Parts `from` (inclusive) to `to` (exclusive) of the write `partsId`. */
type PartRun = [partsId: string, from: number, to: number];
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
type Writing = { header: SealedHeader; parts: number; size: number; layout: PartRun[] };
const writing = new Map<string, Writing>();

async function storePart(id: string, lines: string[]): Promise<void> {
  const write = writing.get(id);
  if (!write) throw new Error('no such backup being written');
  await backupStore().parts.put({ partsId: id, n: write.parts, lines, atMs: Date.now() });
  const last = write.layout.at(-1);
  if (last && last[0] === id && last[2] === write.parts) last[2] += 1;
  else write.layout.push([id, write.parts, write.parts + 1]);
  write.parts += 1;
  write.size += lines.reduce((sum, line) => sum + line.length + 1, 0);
}

/** A stored backup's parts in order. */
const layoutOf = (record: BackupRecord): PartRun[] => record.layout ?? (record.partsId ? [[record.partsId, 0, record.parts ?? 0]] : []);
const partCount = (layout: PartRun[]) => layout.reduce((sum, [, from, to]) => sum + to - from, 0);

/** The `index`-th part of a layout, as its key. */
function partAt(layout: PartRun[], index: number): [string, number] | null {
  let at = index;
  for (const [partsId, from, to] of layout) {
    if (at < to - from) return [partsId, from + at];
    at -= to - from;
  }
  return null;
}

/** Every write whose parts a stored backup uses. */
const partsUsedBy = (records: BackupRecord[]) => new Set(records.flatMap((record) => layoutOf(record).map(([partsId]) => partsId)));

/** Parts that belong to no stored backup and to no backup this page is writing. */
async function orphanedParts(db: BackupStoreDb): Promise<string[]> {
  const owners = (await db.parts.orderBy('partsId').uniqueKeys()) as string[];
  const listed = partsUsedBy(await db.backups.toArray());
  const unlisted = owners.filter((id) => !listed.has(id) && !writing.has(id));
  // Another tab may be writing one right now: only parts untouched for an hour are abandoned.
  const abandoned: string[] = [];
  for (const id of unlisted) {
    const last = await db.parts.where('[partsId+n]').between([id, Dexie.minKey], [id, Dexie.maxKey]).last();
    if (!last || Date.now() - (last.atMs ?? 0) > ABANDONED_PARTS_MS) abandoned.push(id);
  }
  return abandoned;
}

/** Drops the parts of these writes, but never those a stored backup still uses (a later one made from it). */
async function dropParts(db: BackupStoreDb, partsIds: string[]): Promise<void> {
  const used = partsUsedBy(await db.backups.toArray());
  for (const partsId of partsIds) if (!used.has(partsId)) await db.parts.where('partsId').equals(partsId).delete();
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
async function fileBackup(db: BackupStoreDb, id: string, write: Writing) {
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
    layout: write.layout,
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
  // Every write whose parts the pruned backups used: dropped below unless a kept backup uses them too.
  const gone = [...partsUsedBy((await db.backups.bulkGet(prune)).filter((r) => r !== undefined))];
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
    writing.set(id, { header, parts: 0, size: 0, layout: [] });
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
      const layout = layoutOf(record);
      const key = partAt(layout, from);
      const part = key ? await backupStore().parts.get(key) : undefined;
      if (!part) return fail('backup-corrupt');
      return ok({ lines: part.lines, next: from + 1 < partCount(layout) ? from + 1 : null });
    } catch (error) {
      return fail('backup-unreadable', undefined, describe(error));
    }
  },
  /** The header (the first part's only line) and the trailer (the last part's only line) of a stored backup. */
  async backupEnds(request) {
    const parsed = BackupEndsSchema.safeParse(request);
    if (!parsed.success) return fail('ipc-bad-payload');
    try {
      const record = await backupStore().backups.get(parsed.data.file);
      if (!record) return fail('backup-not-found');
      const layout = layoutOf(record);
      const [first, last] = [partAt(layout, 0), partAt(layout, partCount(layout) - 1)];
      const parts = first && last ? await backupStore().parts.bulkGet([first, last]) : [];
      const [header, trailer] = [parts[0]?.lines[0], parts[1]?.lines.at(-1)];
      return header && trailer ? ok({ header, trailer }) : fail('backup-corrupt');
    } catch (error) {
      return fail('backup-unreadable', undefined, describe(error));
    }
  },
  /**
   * Makes a stored backup's segments part of the backup being written: its parts between the header
   * and the trailer (each stored on its own, as this store writes them) are shared, not copied. They
   * are the very values the earlier backup holds; the store drops them only when no backup uses them.
   */
  async carryBackup(request) {
    const parsed = BackupCarrySchema.safeParse(request);
    if (!parsed.success) return fail('ipc-bad-payload');
    const write = writing.get(parsed.data.id);
    if (!write) return fail('backup-write-failed', undefined, 'no such backup being written');
    try {
      const record = await backupStore().backups.get(parsed.data.from);
      if (!record?.partsId) return fail('backup-not-found');
      const layout = layoutOf(record);
      const count = partCount(layout);
      const inner: PartRun[] = [];
      let at = 0;
      for (const [partsId, from, to] of layout) {
        // The parts numbered 1 to count - 2 overall: without the header's part and the trailer's.
        const start = from + Math.max(0, 1 - at);
        const end = from + Math.min(to - from, count - 1 - at);
        if (start < end) inner.push([partsId, start, end]);
        at += to - from;
      }
      write.layout.push(...inner);
      // About the size the shared lines take (the earlier backup's header and trailer are small).
      write.size += record.size;
      return ok(undefined);
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
  | 'backupKey'
  | 'beginBackup'
  | 'appendBackup'
  | 'finishBackup'
  | 'abortBackup'
  | 'listBackups'
  | 'readBackup'
  | 'backupEnds'
  | 'carryBackup'
  | 'onBackupRequest'
> & { keep(count: number): Promise<Result<void>> };
