// Sealing a snapshot into backup lines and opening them again (the format is in
// shared/backupFormat.ts, the cryptography in backupCrypto.ts). Opening checks everything before
// the caller may restore: the header, each chunk's seal, the signature, the chunk count, the row
// counts, and every row against its table's schema after bringing it up to this build's schema.
import {
  APP_SCHEMA_VERSION,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  CHUNK_ROWS,
  parseBackup,
  readSealedHeader,
  SealedChunkSchema,
  SealedTrailerSchema,
  SealedTrailerV3Schema,
  SEALED_V2,
  segmentDigestText,
  SegmentMarkerSchema,
  signedTextV3,
  type Segment,
  type SealedTrailerV3,
  type BackupKind,
  type Seal,
  type SealedChunk,
  type SealedHeader,
} from '@shared/backupFormat';
import { firstBadRow, TABLE_ROWS } from '@shared/backupRows';
import type { BackupKey, BackupSnapshot } from '@shared/bridge';
import type { Mode } from '@shared/model';
import { fail, ok, type Result } from '@shared/result';
import { toIsoWithOffset } from '@shared/time';
import { APP_IDENTITY, upgradeRows, type OpenedBackup, type PackedRows } from './backup';
import {
  decryptChunk,
  encryptChunk,
  fromBase64,
  PASSPHRASE_ITERATIONS,
  passphraseBaseKey,
  randomBytes,
  sealKeys,
  sha256,
  signText,
  toBase64,
  verifyBackup,
  verifyText,
  type SealKeys,
} from './backupCrypto';

/** How a backup is sealed: with this installation's key, or with a passphrase for another PC. */
export type SealWith = { kind: 'install'; key: BackupKey } | { kind: 'passphrase'; passphrase: string };

export interface SealOptions {
  mode: Mode;
  reason: BackupKind;
  createdAtMs: number;
  sealWith: SealWith;
  /** For tests: a smaller chunk size to exercise many chunks. */
  chunkRows?: number;
}

const CHECK_ROWS = 500;
const asCryptoKey = (key: BackupKey['key']) => key as CryptoKey;
/** Lets the page paint between chunks: sealing a large backup is many small steps, never one long one. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The sealing keys of this installation's own backups. */
export const installKeys = (key: BackupKey): Promise<SealKeys> => sealKeys(asCryptoKey(key.key));

async function keysFor(sealWith: SealWith): Promise<{ seal: Seal; keys: SealKeys }> {
  if (sealWith.kind === 'install') {
    return { seal: { kind: 'install', installId: sealWith.key.installId }, keys: await sealKeys(asCryptoKey(sealWith.key.key)) };
  }
  const salt = randomBytes(16);
  const base = await passphraseBaseKey(sealWith.passphrase, salt, PASSPHRASE_ITERATIONS);
  return { seal: { kind: 'passphrase', salt: toBase64(salt), iterations: PASSPHRASE_ITERATIONS }, keys: await sealKeys(base) };
}

/** What a chunk's line is sealed with besides its text: the patch round it belongs to, and its rows. */
export type ChunkMeta = { patch?: number | undefined; rows: number };

/** A backup this one is made from: its segments come over as they are (the host copies their lines). */
export type CarriedFrom = Pick<SealedTrailerV3, 'segments' | 'rounds' | 'superseded'>;

/**
 * Seals one backup line by line: its header first, then (where it is made from an earlier one) that
 * one's segments, copied by the host, then its own segment's marker and chunks in order, then the
 * signed trailer.
 */
export interface Sealer {
  header: string;
  /** The first line of this backup's own segment, before its first chunk. */
  marker: string;
  /** The highest patch round sealed so far (a carried backup's included). */
  rounds(): number;
  /** Takes over an earlier backup's segments, before any chunk of this one is sealed. */
  carry(from: CarriedFrom): void;
  /** The chunk's line; chunks are numbered in the order they are asked for, not as they finish. */
  chunk(chunk: SealedChunk): Promise<string>;
  /** The same, for a chunk already written out as JSON. */
  text(json: string, meta: ChunkMeta): Promise<string>;
  /** The last line: `through` is the last command-log entry the backup holds. */
  trailer(through: SealedTrailerV3['through']): Promise<string>;
}

/**
 * Starts sealing a backup. `counts` are the rows per table as the backup begins (what the host
 * lists and prunes by); a backup with a patch may end with other counts.
 */
export async function startSealing(options: SealOptions, schemaVersion: number, counts: Record<string, number>): Promise<Sealer> {
  const { seal, keys } = await keysFor(options.sealWith);
  const header: SealedHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion,
    createdAt: toIsoWithOffset(options.createdAtMs),
    app: APP_IDENTITY,
    mode: options.mode,
    reason: options.reason,
    seal,
    counts,
  };
  const headerLine = JSON.stringify(header);
  const headerDigest = await sha256(headerLine);
  // Each chunk takes its place when it is asked for, so several can be sealed at once (the
  // encryption runs off this thread) and still come out in order.
  const digests: Promise<string>[] = [];
  let carried: CarriedFrom = { segments: [], rounds: 0, superseded: 0 };
  let rounds = 0;
  let superseded = 0;
  const sealText = (json: string, meta: ChunkMeta) => {
    if (meta.patch !== undefined) {
      rounds = Math.max(rounds, meta.patch);
      superseded += meta.rows;
    }
    const line = encryptChunk(keys, headerDigest, digests.length, json);
    digests.push(line.then(sha256));
    return line;
  };
  return {
    header: headerLine,
    marker: JSON.stringify({ segment: headerDigest }),
    rounds: () => Math.max(rounds, carried.rounds),
    carry(from) {
      if (digests.length > 0) throw new Error('a backup carries an earlier one before its own chunks');
      carried = from;
    },
    chunk: (chunk) => sealText(JSON.stringify(chunk), { patch: chunk.patch, rows: chunk.rows.length }),
    text: sealText,
    trailer: async (through) => {
      const own = await Promise.all(digests);
      const segments = [...carried.segments, { origin: headerDigest, chunks: own.length, digest: await sha256(segmentDigestText(own)) }];
      const body = {
        chunks: segments.reduce((sum, segment) => sum + segment.chunks, 0),
        segments,
        through,
        rounds: Math.max(rounds, carried.rounds),
        superseded: carried.superseded + superseded,
      };
      return JSON.stringify({ end: true, ...body, signature: await signText(keys, signedTextV3(headerDigest, body)) });
    },
  };
}

/** The snapshot as backup lines: the header, the sealed chunks, the trailer. Yields one at a time. */
export async function* sealedLines(snapshot: BackupSnapshot, options: SealOptions): AsyncGenerator<string> {
  const chunkRows = options.chunkRows ?? CHUNK_ROWS;
  const names = Object.keys(snapshot.tables).sort();
  const counts = Object.fromEntries(names.map((name) => [name, snapshot.tables[name]!.length]));
  const sealer = await startSealing(options, snapshot.schemaVersion, counts);
  yield sealer.header;
  yield sealer.marker;
  let sealed = 0;
  for (const table of names) {
    const rows = snapshot.tables[table]!;
    for (let start = 0; start < rows.length; start += chunkRows) {
      yield await sealer.chunk({ table, rows: rows.slice(start, start + chunkRows) });
      sealed += 1;
      if (sealed % 8 === 0) await yieldToPage();
    }
  }
  yield await sealer.trailer(null);
}

/** Every line at once (tests, and a file for another PC, which the host saves in one piece). */
export async function sealToLines(snapshot: BackupSnapshot, options: SealOptions): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of sealedLines(snapshot, options)) lines.push(line);
  return lines;
}

export interface OpenOptions {
  /** This installation's key; without it only passphrase files and first-format files open. */
  key: BackupKey | null;
  /** Asked of the operator when the header says the file is sealed with a passphrase. */
  passphrase?: string;
  appSchemaVersion?: number;
  /**
   * Keep the rows packed (the JSON text of each chunk, checked as it arrives) rather than as
   * objects, for a backup of this build's schema: what the worker holds until the restore.
   */
  pack?: boolean;
  /** Told of the rows opened so far and the rows the header counts (for a progress bar). */
  onRows?: (done: number, total: number) => void;
}

type LineSource = AsyncIterable<string> | Iterable<string>;

/** The rows checked against their tables' schemas, brought up to this build's schema first. */
async function checkedRows(tables: Record<string, unknown[]>, from: number, target: number): Promise<Result<Record<string, unknown[]>>> {
  const unknown = Object.keys(tables).find((name) => !(name in TABLE_ROWS));
  if (unknown !== undefined) return fail('backup-unknown-table', { table: unknown });
  const upgraded = await upgradeRows(tables, from, target);
  if (!upgraded) return fail('backup-older-version', { schemaVersion: from });
  for (const [table, rows] of Object.entries(upgraded)) {
    // A few hundred rows at a time, so checking a large backup never holds the page for long.
    for (let start = 0; start < rows.length; start += CHECK_ROWS) {
      const bad = firstBadRow(table, rows.slice(start, start + CHECK_ROWS), start);
      if (bad) return fail('backup-bad-row', { table: bad.table, row: bad.row, field: bad.path });
      await yieldToPage();
    }
  }
  return ok(upgraded);
}

/** A file of the first format: one JSON document with an unkeyed checksum, trusted by no one. */
async function openLegacy(text: string, appSchemaVersion: number): Promise<Result<OpenedBackup>> {
  const parsed = await parseBackup(text, { sha256Hex: sha256, appSchemaVersion });
  if (!parsed.ok) return parsed;
  const rows = await checkedRows(
    structuredClone(parsed.value.tables) as Record<string, unknown[]>,
    parsed.value.schemaVersion,
    appSchemaVersion,
  );
  if (!rows.ok) return rows;
  return ok({
    createdAt: parsed.value.createdAt,
    mode: 'live',
    reason: 'legacy',
    schemaVersion: parsed.value.schemaVersion,
    trust: 'unsigned',
    tables: rows.value,
  });
}

/**
 * Opens a backup from its lines. Returns a refusal with a code the settings screen turns into a
 * sentence; nothing is written anywhere. `backup-needs-passphrase` asks the caller to ask.
 */
export async function openBackup(source: LineSource, options: OpenOptions): Promise<Result<OpenedBackup>> {
  const appSchemaVersion = options.appSchemaVersion ?? APP_SCHEMA_VERSION;
  const iterator = (Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]()) as
    AsyncIterator<string> | Iterator<string>;
  const next = async () => (await iterator.next()) as IteratorResult<string>;
  const first = await next();
  if (first.done) return fail('backup-truncated');
  const header = readSealedHeader(first.value);
  if (!header) {
    // Not a sealed header: a first-format file (pretty-printed over many lines) or no backup at all.
    const rest: string[] = [first.value];
    for (let line = await next(); !line.done; line = await next()) rest.push(line.value);
    return openLegacy(rest.join('\n'), appSchemaVersion);
  }
  if (header.schemaVersion > appSchemaVersion) {
    return fail('backup-newer-version', { schemaVersion: header.schemaVersion, appSchemaVersion });
  }
  let keys: SealKeys;
  if (header.seal.kind === 'install') {
    if (!options.key || options.key.installId !== header.seal.installId) return fail('backup-other-install');
    keys = await sealKeys(asCryptoKey(options.key.key));
  } else {
    if (!options.passphrase) return fail('backup-needs-passphrase');
    keys = await sealKeys(await passphraseBaseKey(options.passphrase, fromBase64(header.seal.salt), header.seal.iterations));
  }
  const headerDigest = await sha256(first.value);
  const tables: Record<string, unknown[]> = {};
  const digests: string[] = [];
  const total = Object.values(header.counts).reduce((sum, count) => sum + count, 0);
  let done = 0;
  // A patch (commands ran while the backup was read): which round last started each table over,
  // and the tables it added rows to (a later row for the same key wins).
  let patched = false;
  const replacedIn: Record<string, number> = {};
  const addedTo = new Set<string>();
  const packing = options.pack === true && header.schemaVersion === appSchemaVersion;
  const packed: Record<string, PackedRows> = {};
  // Version 3: the segment under way (the backup that sealed its chunks, and their digests so far),
  // and those closed. Version 2 is one segment sealed by the file itself, with no marker.
  const v2 = header.formatVersion === SEALED_V2;
  let origin: string | null = v2 ? headerDigest : null;
  let inSegment: string[] = [];
  const segments: Segment[] = [];
  const closeSegment = async () => {
    if (origin !== null) segments.push({ origin, chunks: inSegment.length, digest: await sha256(segmentDigestText(inSegment)) });
    inSegment = [];
  };
  for (let line = await next(); ; line = await next()) {
    if (line.done) return fail('backup-truncated');
    if (line.value.startsWith('{')) {
      const json = safeJson(line.value);
      const marker = v2 ? null : SegmentMarkerSchema.safeParse(json);
      if (marker?.success) {
        await closeSegment();
        origin = marker.data.segment;
        continue;
      }
      if (v2) {
        const trailer = SealedTrailerSchema.safeParse(json);
        if (!trailer.success) return fail('backup-corrupt');
        if (!(await verifyBackup(keys, headerDigest, digests, trailer.data.signature))) return fail('backup-checksum');
        if (trailer.data.chunks !== digests.length) return fail('backup-truncated');
        break;
      }
      const trailer = SealedTrailerV3Schema.safeParse(json);
      if (!trailer.success) return fail('backup-corrupt');
      await closeSegment();
      const { end: _end, signature, ...body } = trailer.data;
      // The signature covers the segments as the trailer lists them; each must be the one read.
      if (!(await verifyText(keys, signedTextV3(headerDigest, body), signature))) return fail('backup-checksum');
      const same = (a: Segment, b: Segment | undefined) => !!b && a.origin === b.origin && a.chunks === b.chunks && a.digest === b.digest;
      if (segments.length !== body.segments.length || body.chunks !== digests.length) return fail('backup-truncated');
      if (!body.segments.every((segment, i) => same(segment, segments[i])) || segments.at(-1)!.origin !== headerDigest) {
        return fail('backup-checksum');
      }
      break;
    }
    if (origin === null) return fail('backup-corrupt');
    const plain = await decryptChunk(keys, origin, inSegment.length, line.value);
    if (plain === null) {
      // The first chunk that does not open under a passphrase key means the passphrase is wrong.
      return fail(header.seal.kind === 'passphrase' && digests.length === 0 ? 'backup-wrong-passphrase' : 'backup-checksum');
    }
    const digest = await sha256(line.value);
    digests.push(digest);
    inSegment.push(digest);
    const chunk = SealedChunkSchema.safeParse(safeJson(plain));
    if (!chunk.success) return fail('backup-corrupt');
    const { table, patch, replace, removed } = chunk.data;
    if (patch !== undefined) {
      patched = true;
      if (replace && replacedIn[table] !== patch) {
        replacedIn[table] = patch;
        tables[table] = [];
        packed[table] = { json: [], count: 0 };
      } else if (!replace) addedTo.add(table);
    }
    if (packing) {
      // Checked now, kept as text: the rows as objects are let go chunk by chunk.
      if (!(table in TABLE_ROWS)) return fail('backup-unknown-table', { table });
      const kept = (packed[table] ??= { json: [], count: 0 });
      const bad = firstBadRow(table, chunk.data.rows, kept.count);
      if (bad) return fail('backup-bad-row', { table: bad.table, row: bad.row, field: bad.path });
      // The chunk's own text (its rows, and the keys a patch removed, in their place): nothing to
      // write out again.
      if (chunk.data.rows.length > 0 || (removed && removed.length > 0)) kept.json.push(plain);
      kept.count += chunk.data.rows.length;
    } else {
      (tables[table] ??= []).push(...chunk.data.rows, ...(removed ?? []).map((key) => new Removed(key)));
      if (removed && removed.length > 0) addedTo.add(table);
    }
    done += chunk.data.rows.length;
    options.onRows?.(done, total);
    if (digests.length % 8 === 0) await yieldToPage();
  }
  for (const [table, count] of Object.entries(header.counts)) {
    // The header counts the rows as the backup began; a patch may have changed them since.
    const held = packing ? packed[table]?.count : tables[table]?.length;
    if (!patched && (held ?? 0) !== count) return fail('backup-truncated');
    if (packing) {
      packed[table] ??= { json: [], count: 0 };
      // Rows a patch wrote again are counted once per version here: the header's count, taken as the
      // backup began, is the nearer one (it shows what the operator is about to restore).
      if (patched) packed[table].count = count;
    } else tables[table] ??= [];
  }
  if (packing) {
    // A table a patch added rows to may hold a key twice: the restore writes them in order, so the
    // later row wins there too (only its count here may be a little high: the timeline's).
    return ok({
      createdAt: header.createdAt,
      mode: header.mode,
      reason: header.reason,
      schemaVersion: header.schemaVersion,
      trust: header.seal.kind === 'install' ? 'signed' : 'passphrase',
      tables: {},
      packed,
    });
  }
  for (const table of addedTo) tables[table] = latestByKey(tables[table]!);
  const rows = await checkedRows(tables, header.schemaVersion, appSchemaVersion);
  if (!rows.ok) return rows;
  return ok({
    createdAt: header.createdAt,
    mode: header.mode,
    reason: header.reason,
    schemaVersion: header.schemaVersion,
    trust: header.seal.kind === 'install' ? 'signed' : 'passphrase',
    tables: rows.value,
  });
}

/** A row a patch says was removed, by its key (in the place of the row, until latestByKey). */
class Removed {
  constructor(readonly id: string | number) {}
}

/**
 * The rows with one per key, the later of two with the same key kept (at the earlier one's place),
 * and none whose last word is that it was removed.
 */
function latestByKey(rows: unknown[]): unknown[] {
  const byKey = new Map<unknown, unknown>();
  for (const row of rows) {
    const record = row as { id?: unknown; key?: unknown; seq?: unknown };
    byKey.set(record.id ?? record.key ?? record.seq ?? row, row);
  }
  return [...byKey.values()].filter((row) => !(row instanceof Removed));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The lines of a file's bytes, split without ever decoding the whole file into one string. */
export function* linesOfBytes(data: Uint8Array): Generator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  while (start < data.length) {
    let end = data.indexOf(10, start);
    if (end === -1) end = data.length;
    const line = decoder.decode(data.subarray(start, end)).replace(/\r$/, '');
    if (line.length > 0) yield line;
    start = end + 1;
  }
}
