// The backup folder in userData. The renderer seals its data (encrypted and signed with this
// installation's key) and hands the lines over a few at a time; this store writes them to a temp
// file, flushes it, and links it under a name no other backup has (never over one), then prunes
// by what the files' headers say: their mode, reason, time and size, never by names alone.
// It never opens a backup: reading hands back lines for the renderer to check and restore.
import { createHash, randomUUID } from 'node:crypto';
import nodeFs from 'node:fs/promises';
import path from 'node:path';
import { fsyncPath } from './durable';
import {
  backupsToPrune,
  newestFirst,
  FUTURE_TOLERANCE_MS,
  MAX_LINE_LENGTH,
  readSealedHeader,
  rowsCounted,
  SealedTrailerV3Schema,
  segmentDigestText,
  SegmentMarkerSchema,
  type Segment,
  type BackupKind,
  type RetainedBackup,
  type SealedHeader,
} from '@shared/backupFormat';
import { BackupFileNameSchema, MAX_TRAILER_LENGTH, type BackupEnds, type BackupLines, type StoredBackup } from '@shared/bridge';
import type { Mode } from '@shared/model';
import { fail, ok, type Result } from '@shared/result';
import { CHINA_OFFSET_MINUTES, toIsoWithOffset, type Clock } from '@shared/time';

/** The part of node:fs/promises the store uses, so a test can kill a write half-way. */
export interface BackupFileSystem {
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  appendFile(file: string, data: string | Uint8Array, encoding: 'utf8'): Promise<void>;
  /** Flushes a written file to the disk. */
  fsync(file: string): Promise<void>;
  /** Gives the file a second name; fails (EEXIST) rather than replace a file already there. */
  link(existing: string, newName: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  stat(file: string): Promise<{ size: number }>;
  unlink(file: string): Promise<void>;
  /** Up to `length` bytes from `offset` (fewer at the end of the file). */
  readBlock(file: string, offset: number, length: number): Promise<Buffer>;
}

export const nodeBackupFs: BackupFileSystem = {
  mkdir: (dir, options) => nodeFs.mkdir(dir, options),
  appendFile: (file, data, encoding) => nodeFs.appendFile(file, data, encoding),
  // Without a flush, a power cut soon after the rename can leave the new name pointing at an
  // empty file on some file systems; the name is only as safe as the bytes behind it.
  fsync: (file) => fsyncPath(file),
  link: (existing, newName) => nodeFs.link(existing, newName),
  readdir: (dir) => nodeFs.readdir(dir),
  stat: (file) => nodeFs.stat(file),
  unlink: (file) => nodeFs.unlink(file),
  async readBlock(file, offset, length) {
    const handle = await nodeFs.open(file, 'r');
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  },
};

export interface BackupEntry extends StoredBackup {
  createdAtMs: number;
}

export interface WrittenBackup extends BackupEntry {
  /** Older backups removed by the retention rule after this one was written. */
  pruned: string[];
}

export interface BackupStoreOptions {
  dir: string;
  fs?: BackupFileSystem;
  now?: Clock;
  /** Days of daily backups kept, and how many of each other kind; 14 by default. */
  keep?: number;
  offsetMinutes?: number;
}

const SEALED_NAME = /^backup-(live|drill)-(\d{8})-(\d{6})-(manual|daily|quit|before-restore)(?:-(\d{1,3}))?\.cbk$/;
const LEGACY_NAME = /^backup-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.json$/;
const TEMP_NAME = /^[0-9a-f-]{36}\.tmp$/;
const MINUTE = 60_000;
/** A read hands back whole lines of at most this many bytes at once (a line is never longer than MAX_LINE_LENGTH). */
const READ_BLOCK = 4 * 1024 * 1024;
const MAX_LINE = MAX_LINE_LENGTH + 1024 * 1024;

const errorCode = (error: unknown) => (typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined);
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

function checkedKeep(keep: number): number {
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`keep must be a whole number of at least 1, not ${keep}`);
  return keep;
}

/** backup-<mode>-YYYYMMDD-HHmmss-<reason>.cbk in the office's local time; `-n` when that name is taken. */
export function backupFileName(
  header: Pick<SealedHeader, 'mode' | 'reason' | 'createdAt'>,
  copy = 1,
  offsetMinutes = CHINA_OFFSET_MINUTES,
): string {
  const iso = toIsoWithOffset(Date.parse(header.createdAt), offsetMinutes);
  const stamp = `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
  return `backup-${header.mode}-${stamp}-${header.reason}${copy > 1 ? `-${copy}` : ''}.cbk`;
}

/** The instant a first-format backup's name stands for (those files say nothing else cheaply). */
function legacyTimeOf(file: string, offsetMinutes: number): number | null {
  const match = LEGACY_NAME.exec(file);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s) - offsetMinutes * MINUTE;
}

type Writing = { temp: string; header: SealedHeader; size: number; lastWriteMs: number };
/** A backup that has had no line for this long was abandoned (its page crashed or reloaded); its temp file may go. */
export const ABANDONED_WRITE_MS = 60 * 60_000;

export class BackupStore {
  private readonly dir: string;
  private readonly fs: BackupFileSystem;
  private readonly now: Clock;
  private keep: number;
  private readonly offsetMinutes: number;
  private readonly writing = new Map<string, Writing>();
  /** Finishing and pruning run one at a time, so two backups in one second get two names. */
  private finishing: Promise<unknown> = Promise.resolve();

  constructor(options: BackupStoreOptions) {
    this.dir = options.dir;
    this.fs = options.fs ?? nodeBackupFs;
    this.now = options.now ?? Date.now;
    this.keep = checkedKeep(options.keep ?? 14);
    this.offsetMinutes = options.offsetMinutes ?? CHINA_OFFSET_MINUTES;
  }

  /** Changes how many backups are kept (the operator's preference); applies from the next write. */
  setKeep(keep: number): void {
    this.keep = checkedKeep(keep);
  }

  /** Starts a backup: checks its header and writes it to a temp file of its own. */
  async begin(headerLine: string): Promise<Result<{ id: string }>> {
    const header = readSealedHeader(headerLine);
    if (!header || header.reason === 'file') return fail('backup-write-failed', undefined, 'not a backup header');
    const id = randomUUID();
    const temp = path.join(this.dir, `${id}.tmp`);
    // Known as being written before its first byte, so another backup's pruning leaves it alone.
    this.writing.set(id, { temp, header, size: Buffer.byteLength(headerLine) + 1, lastWriteMs: this.now() });
    try {
      await this.fs.mkdir(this.dir, { recursive: true });
      await this.fs.appendFile(temp, `${headerLine}\n`, 'utf8');
    } catch (error) {
      this.writing.delete(id);
      await this.fs.unlink(temp).catch(() => undefined);
      return fail('backup-write-failed', undefined, describe(error));
    }
    return ok({ id });
  }

  async append(id: string, lines: string[]): Promise<Result<void>> {
    const write = this.writing.get(id);
    if (!write) return fail('backup-write-failed', undefined, 'no such backup being written');
    const text = `${lines.join('\n')}\n`;
    try {
      await this.fs.appendFile(write.temp, text, 'utf8');
      write.size += Buffer.byteLength(text);
      write.lastWriteMs = this.now();
      return ok(undefined);
    } catch (error) {
      await this.abort(id);
      return fail('backup-write-failed', undefined, describe(error));
    }
  }

  /**
   * Writes the trailer, flushes the file and gives it its name: a link that fails rather than
   * replace another backup, so two backups in the same second are both kept. A failure leaves
   * the earlier backups as they were and nothing under a backup's name.
   */
  finish(id: string, trailer: string): Promise<Result<WrittenBackup>> {
    const done = this.finishing.then(() => this.finishNow(id, trailer));
    this.finishing = done.catch(() => undefined);
    return done;
  }

  private async finishNow(id: string, trailer: string): Promise<Result<WrittenBackup>> {
    const write = this.writing.get(id);
    if (!write) return fail('backup-write-failed', undefined, 'no such backup being written');
    this.writing.delete(id);
    const { temp, header } = write;
    let file = '';
    try {
      await this.fs.appendFile(temp, `${trailer}\n`, 'utf8');
      write.size += Buffer.byteLength(trailer) + 1;
      await this.fs.fsync(temp);
      for (let copy = 1; ; copy += 1) {
        if (copy > 999) throw new Error('no free name');
        file = backupFileName(header, copy, this.offsetMinutes);
        try {
          await this.fs.link(temp, path.join(this.dir, file));
          break;
        } catch (error) {
          if (errorCode(error) !== 'EEXIST') throw error;
        }
      }
    } catch (error) {
      await this.fs.unlink(temp).catch(() => undefined);
      return fail('backup-write-failed', file ? { file } : undefined, describe(error));
    }
    await this.fs.unlink(temp).catch(() => undefined);
    const createdAtMs = Date.parse(header.createdAt);
    const entry: BackupEntry = {
      file,
      size: write.size,
      createdAt: toIsoWithOffset(createdAtMs, this.offsetMinutes),
      createdAtMs,
      mode: header.mode,
      reason: header.reason,
      rows: rowsCounted(header.counts),
    };
    return ok({ ...entry, pruned: await this.prune(header.mode, file) });
  }

  /** The mode of a backup being written, or null when there is none under that id. */
  modeOf(id: string): Mode | null {
    return this.writing.get(id)?.header.mode ?? null;
  }

  /** Why a backup being written is made, or null when there is none under that id. */
  reasonOf(id: string): BackupKind | null {
    return this.writing.get(id)?.header.reason ?? null;
  }

  /** Drops a backup being written; its temp file goes. */
  async abort(id: string): Promise<Result<void>> {
    const write = this.writing.get(id);
    this.writing.delete(id);
    if (write) await this.fs.unlink(write.temp).catch(() => undefined);
    return ok(undefined);
  }

  /** One mode's backups, newest first, described by their headers. Temp files and other files are not listed. */
  async list(mode: Mode): Promise<BackupEntry[]> {
    const entries: BackupEntry[] = [];
    for (const file of await this.names()) {
      const entry = await this.describeFile(file);
      if (entry && entry.mode === mode) entries.push(entry);
    }
    return entries.sort(newestFirst);
  }

  /**
   * When the last daily backup of the live data was made, for `dueForDailyBackup`; one dated in
   * the future (the clock was fast) does not count, so it cannot hold off every later day's backup.
   */
  async latestDailyMs(mode: Mode = 'live'): Promise<number | null> {
    const now = this.now();
    const dailies = (await this.list(mode)).filter(
      (entry) => (entry.reason === 'daily' || entry.reason === 'legacy') && entry.createdAtMs <= now + FUTURE_TOLERANCE_MS,
    );
    return dailies[0]?.createdAtMs ?? null;
  }

  /** Whole lines of one backup from `offset`; only names `list()` can return are read. */
  async readLines(file: string, offset: number): Promise<Result<BackupLines>> {
    if (!BackupFileNameSchema.safeParse(file).success) return fail('backup-not-found', { file });
    const target = path.join(this.dir, file);
    try {
      for (let length = READ_BLOCK; ; length *= 2) {
        const block = await this.fs.readBlock(target, offset, length);
        if (block.length === 0) return ok({ lines: [], next: null });
        const atEnd = block.length < length;
        const cut = atEnd ? block.length : block.lastIndexOf(10) + 1;
        if (cut === 0) {
          if (length >= MAX_LINE) return fail('backup-corrupt', { file });
          continue; // a line longer than the block: read more at once
        }
        const lines = block.subarray(0, cut).toString('utf8').split('\n');
        return ok({
          lines: lines.map((line) => line.replace(/\r$/, '')).filter((line) => line.length > 0),
          next: atEnd ? null : offset + cut,
        });
      }
    } catch (error) {
      return errorCode(error) === 'ENOENT' ? fail('backup-not-found', { file }) : fail('backup-unreadable', { file }, describe(error));
    }
  }

  /** A stored backup's header line and trailer line, read from the file's two ends only. */
  async ends(file: string): Promise<Result<BackupEnds & { headerEnd: number; trailerStart: number }>> {
    if (!BackupFileNameSchema.safeParse(file).success) return fail('backup-not-found', { file });
    const target = path.join(this.dir, file);
    try {
      const { size } = await this.fs.stat(target);
      const head = await this.fs.readBlock(target, 0, Math.min(size, 64 * 1024));
      const headerEnd = head.indexOf(10);
      const tailStart = Math.max(0, size - (MAX_TRAILER_LENGTH + 2));
      const tail = await this.fs.readBlock(target, tailStart, size - tailStart);
      // The file ends with the trailer and its newline.
      const body = tail.subarray(0, tail.length > 0 && tail[tail.length - 1] === 10 ? tail.length - 1 : tail.length);
      const lastBreak = body.lastIndexOf(10);
      if (headerEnd <= 0 || lastBreak === -1) return fail('backup-corrupt', { file });
      const trailerStart = tailStart + lastBreak + 1;
      if (trailerStart <= headerEnd) return fail('backup-corrupt', { file });
      return ok({
        header: head.subarray(0, headerEnd).toString('utf8').replace(/\r$/, ''),
        trailer: body
          .subarray(lastBreak + 1)
          .toString('utf8')
          .replace(/\r$/, ''),
        headerEnd: headerEnd + 1,
        trailerStart,
      });
    } catch (error) {
      return errorCode(error) === 'ENOENT' ? fail('backup-not-found', { file }) : fail('backup-unreadable', { file }, describe(error));
    }
  }

  /**
   * Copies the segments of the stored backup `from` (every line between its header and trailer) into
   * the backup being written, block by block, file to file. Each segment's digest is counted again on
   * the way and must be the one its trailer gives: a damaged file is refused, the write is dropped,
   * and the renderer reads its store whole instead.
   */
  async carry(id: string, from: string): Promise<Result<void>> {
    const write = this.writing.get(id);
    if (!write) return fail('backup-write-failed', undefined, 'no such backup being written');
    const ends = await this.ends(from);
    if (!ends.ok) return ends;
    const trailer = SealedTrailerV3Schema.safeParse(safeJson(ends.value.trailer));
    if (!trailer.success) return fail('backup-corrupt', { file: from });
    const source = path.join(this.dir, from);
    const segments: Segment[] = [];
    let origin: string | null = null;
    let digests: string[] = [];
    const close = () => {
      if (origin !== null) {
        const digest = createHash('sha256').update(segmentDigestText(digests)).digest('hex');
        segments.push({ origin, chunks: digests.length, digest });
      }
      digests = [];
    };
    const line = (bytes: Buffer) => {
      if (bytes[0] === 0x7b) {
        const marker = SegmentMarkerSchema.safeParse(safeJson(bytes.toString('utf8')));
        if (!marker.success) throw new Error('not a segment marker');
        close();
        origin = marker.data.segment;
      } else if (bytes.length > 0) digests.push(createHash('sha256').update(bytes).digest('hex'));
    };
    try {
      let rest = Buffer.alloc(0);
      for (let offset = ends.value.headerEnd; offset < ends.value.trailerStart;) {
        const block = await this.fs.readBlock(source, offset, Math.min(READ_BLOCK, ends.value.trailerStart - offset));
        if (block.length === 0) throw new Error('the backup ended early');
        offset += block.length;
        await this.fs.appendFile(write.temp, block, 'utf8');
        write.size += block.length;
        write.lastWriteMs = this.now();
        let start = 0;
        for (let end = block.indexOf(10); end !== -1; end = block.indexOf(10, start)) {
          line(rest.length > 0 ? Buffer.concat([rest, block.subarray(start, end)]) : block.subarray(start, end));
          rest = Buffer.alloc(0);
          start = end + 1;
        }
        rest = Buffer.concat([rest, block.subarray(start)]);
        if (rest.length > MAX_LINE) throw new Error('a line longer than a backup line may be');
      }
      if (rest.length > 0) throw new Error('the segments do not end with a whole line');
      close();
    } catch (error) {
      return fail('backup-corrupt', { file: from }, describe(error));
    }
    const expected = trailer.data.segments;
    const same =
      segments.length === expected.length &&
      segments.every(
        (one, i) => one.origin === expected[i]!.origin && one.chunks === expected[i]!.chunks && one.digest === expected[i]!.digest,
      );
    return same ? ok(undefined) : fail('backup-corrupt', { file: from }, 'a segment is not the one its trailer names');
  }

  private async names(): Promise<string[]> {
    try {
      return (await this.fs.readdir(this.dir)).filter((name) => BackupFileNameSchema.safeParse(name).success);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return []; // no backup has been made yet
      throw error;
    }
  }

  /** A file's entry from its header line (sealed) or its name (first format); null if it is neither. */
  private async describeFile(file: string): Promise<BackupEntry | null> {
    const target = path.join(this.dir, file);
    let size: number;
    try {
      size = (await this.fs.stat(target)).size;
    } catch {
      return null; // removed between readdir and stat
    }
    const legacyMs = legacyTimeOf(file, this.offsetMinutes);
    if (legacyMs !== null) {
      return {
        file,
        size,
        createdAt: toIsoWithOffset(legacyMs, this.offsetMinutes),
        createdAtMs: legacyMs,
        mode: 'live',
        reason: 'legacy',
        rows: 0,
      };
    }
    if (!SEALED_NAME.test(file)) return null;
    try {
      const block = await this.fs.readBlock(target, 0, 64 * 1024);
      const end = block.indexOf(10);
      const header = readSealedHeader(block.subarray(0, end === -1 ? block.length : end).toString('utf8'));
      if (!header || header.reason === 'file') return null;
      const createdAtMs = Date.parse(header.createdAt);
      return {
        file,
        size,
        createdAt: toIsoWithOffset(createdAtMs, this.offsetMinutes),
        createdAtMs,
        mode: header.mode,
        reason: header.reason,
        rows: rowsCounted(header.counts),
      };
    } catch {
      return null;
    }
  }

  /**
   * Applies the retention rule (shared/backupFormat.ts backupsToPrune) to one mode's backups and
   * removes temp files a killed write left behind. Never removes the file just written; best
   * effort: what cannot be removed now is tried again next time.
   */
  private async prune(mode: Mode, justWritten: string): Promise<string[]> {
    let entries: BackupEntry[];
    let names: string[];
    try {
      entries = await this.list(mode);
      names = await this.fs.readdir(this.dir);
    } catch {
      return [];
    }
    const retained: RetainedBackup[] = entries.map(({ file, createdAtMs, reason, rows }) => ({
      file,
      createdAtMs,
      reason: reason === 'legacy' ? 'legacy' : reason,
      rows,
    }));
    // A write whose page went away mid-backup never finishes: forgotten after an hour without a line.
    for (const [id, write] of this.writing) if (this.now() - write.lastWriteMs > ABANDONED_WRITE_MS) this.writing.delete(id);
    const busy = new Set([...this.writing.values()].map((write) => path.basename(write.temp)));
    const stale = [
      ...backupsToPrune(retained, this.keep, this.now(), this.offsetMinutes).filter((file) => file !== justWritten),
      ...names.filter((name) => TEMP_NAME.test(name) && !busy.has(name)),
    ];
    const removed: string[] = [];
    for (const name of stale) {
      try {
        await this.fs.unlink(path.join(this.dir, name));
        if (!TEMP_NAME.test(name)) removed.push(name);
      } catch {
        // Locked by a virus scanner or already gone; the next write tries again.
      }
    }
    return removed;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
