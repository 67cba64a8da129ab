// Backups of the live database: a snapshot of every table for the host to store, and a restore
// that replaces everything in one transaction, so a refused or failed restore changes nothing.
import type { Transaction } from 'dexie';
import { APP_SCHEMA_VERSION, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, parseBackup, sealBackup, type Backup } from '@shared/backupFormat';
import type { BackupSnapshot } from '@shared/bridge';
import { fail, type Result } from '@shared/result';
import { toIsoWithOffset } from '@shared/time';
import { appendTimeline, settle, type WriteContext } from './context';
import { upgradeToVersion2 } from './migrations';
import { ORGANISATION_TIMELINE } from './organisation';
import type { ConsoleDb } from './schema';

/** The name and version written into a backup, so a file says which build made it. */
export const APP_IDENTITY = {
  name: '应急指挥台',
  // Vite defines the version in the app; unit tests run without it.
  version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0',
};

/** SHA-256 of the UTF-8 bytes as lowercase hex, with Web Crypto (in the page and in Node). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Checks a backup file's text (format, checksum, schema version) before anything is touched. */
export function checkBackupText(text: string): Promise<Result<Backup>> {
  return parseBackup(text, { sha256Hex, appSchemaVersion: APP_SCHEMA_VERSION });
}

/** The complete, checksummed document for a snapshot taken at `createdAtMs` (China time). */
export function sealSnapshot(snapshot: BackupSnapshot, createdAtMs: number): Promise<Backup> {
  return sealBackup(
    {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      schemaVersion: snapshot.schemaVersion,
      createdAt: toIsoWithOffset(createdAtMs),
      app: APP_IDENTITY,
      mode: 'live',
      tables: snapshot.tables,
    },
    sha256Hex,
  );
}

/** Every table of the database, read in one transaction so the snapshot is one moment's data. */
export async function exportSnapshot(db: ConsoleDb): Promise<BackupSnapshot> {
  return db.transaction('r', db.tables, async () => {
    const tables: Record<string, unknown[]> = {};
    for (const table of db.tables) tables[table.name] = await table.toArray();
    return { schemaVersion: db.verno, tables };
  });
}

type Rows = Record<string, unknown[]>;

/**
 * The few table operations the schema upgrades use, over rows in memory instead of a store, so a
 * backup from an older version is brought up to date by the very code that upgrades a database.
 */
function memoryTransaction(tables: Rows): Transaction {
  const table = (name: string) => {
    const rows = (tables[name] ??= []);
    return {
      toArray: async () => [...rows],
      count: async () => rows.length,
      bulkAdd: async (added: unknown[]) => {
        rows.push(...added);
      },
      toCollection: () => ({
        modify: async (change: (row: never) => unknown) => {
          for (const row of rows) change(row as never);
        },
      }),
    };
  };
  return { table } as unknown as Transaction;
}

/** The upgrade into each schema version (from the one before), as schema.ts declares them. */
const UPGRADES: Record<number, (tx: Transaction) => Promise<void>> = {
  2: upgradeToVersion2,
  // Version 3 added tables and indexes only.
  3: async () => undefined,
  // Version 4 added the drill tables (empty in the live database).
  4: async () => undefined,
  // Version 5 added the teams' tools and the after-action review (new tables).
  5: async () => undefined,
};

/** A copy of the backup's rows as the current schema expects them, or null if a step is missing. */
async function upgradedTables(backup: Backup, target: number): Promise<Rows | null> {
  const tables = structuredClone(backup.tables);
  for (let version = backup.schemaVersion + 1; version <= target; version += 1) {
    const upgrade = UPGRADES[version];
    if (!upgrade) return null;
    await upgrade(memoryTransaction(tables));
  }
  return tables;
}

export type RestoredBackup = { createdAt: string; complaints: number; incidents: number };

const LEADERS = new Set(['leader', 'deputy']);

/**
 * Replaces all live data with a checked backup (from checkBackupText). Everything is cleared and
 * written in one transaction with its audit entry: a bad row or a broken unique number aborts
 * it, and the data stays exactly as it was. The caller backs up the current data first.
 */
export async function restoreBackup(db: ConsoleDb, backup: Backup, ctx: WriteContext): Promise<Result<RestoredBackup>> {
  // The whole office's data is replaced, so it is a decision for the leading group.
  if (!LEADERS.has(ctx.actor.role)) return fail('backup-restore-needs-leader');
  if (db.mode !== 'live') return fail('backup-not-live');
  if (backup.schemaVersion > db.verno) {
    return fail('backup-newer-version', { schemaVersion: backup.schemaVersion, appSchemaVersion: db.verno });
  }
  const known = new Set(db.tables.map((table) => table.name));
  const unknown = Object.keys(backup.tables).find((name) => !known.has(name));
  if (unknown !== undefined) return fail('backup-unknown-table', { table: unknown });
  const tables = await upgradedTables(backup, db.verno);
  if (!tables) return fail('backup-older-version', { schemaVersion: backup.schemaVersion });
  // Without a plan the console cannot open; such a file was not made by a working console.
  if ((tables.plans ?? []).length === 0) return fail('backup-no-plan');

  const restored: RestoredBackup = {
    createdAt: backup.createdAt,
    complaints: tables.complaints?.length ?? 0,
    incidents: tables.incidents?.length ?? 0,
  };
  return settle(() =>
    db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) await table.clear();
      for (const table of db.tables) {
        const rows = tables[table.name] ?? [];
        if (rows.length > 0) await table.bulkPut(rows as never[]);
      }
      await appendTimeline(db, ctx, {
        incidentId: ORGANISATION_TIMELINE,
        kind: 'backup-restored',
        params: {
          backupAt: toIsoWithOffset(Date.parse(backup.createdAt), ctx.plan.utcOffsetMinutes).slice(0, 16).replace('T', ' '),
          complaints: restored.complaints,
          incidents: restored.incidents,
        },
      });
      return restored;
    }),
  );
}
