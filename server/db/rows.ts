// The office's records on the server: rows of JSON by table and key, in the schema of one mode.
// What a command reads (by key, a whole small table, the rows of one incident) and what it writes,
// each write stamped with the office version of the command that made it, so a seat pulls the
// rows changed since the version it has.
import type { PoolClient } from 'pg';
import type { Mode } from '@shared/model';
import type { RowWrite, TableName } from '@shared/commandKit';
import type { PulledRow } from '@shared/officeProtocol';
import { MODE_SCHEMAS } from './migrations';

/** Each table's key field, as the seats' stores key them. */
export const KEY_FIELDS: Record<TableName, string> = {
  plans: 'id',
  people: 'id',
  teams: 'id',
  complaints: 'id',
  incidents: 'id',
  timeline: 'id',
  communications: 'id',
  settings: 'key',
  counters: 'key',
  duty: 'id',
  contacts: 'id',
  instructions: 'id',
  notices: 'id',
  imports: 'id',
  scenarios: 'id',
  drillRuns: 'id',
  drillNotes: 'id',
  drillFindings: 'id',
  drillNotices: 'id',
  releases: 'id',
  opinions: 'id',
  resources: 'id',
  allocations: 'id',
  reviews: 'id',
  measures: 'id',
  calendarYears: 'id',
  summaries: 'key',
  accounts: 'personId',
  upwardReports: 'id',
  callBacks: 'id',
  attachments: 'id',
  drillPlans: 'id',
  drillMeasures: 'id',
  trainings: 'id',
  petitions: 'id',
};

export class OfficeRows {
  private readonly schema: string;

  constructor(
    private readonly client: PoolClient,
    readonly mode: Mode,
  ) {
    this.schema = MODE_SCHEMAS[mode];
  }

  async get<T>(table: TableName, key: string): Promise<T | undefined> {
    const found = await this.client.query<{ doc: T }>(
      `SELECT doc FROM ${this.schema}.rows WHERE tbl = $1 AND key = $2 AND doc IS NOT NULL`,
      [table, key],
    );
    return found.rows[0]?.doc;
  }

  /** The rows of these keys, in their order; undefined where there is none. */
  async bulkGet<T>(table: TableName, keys: readonly string[]): Promise<(T | undefined)[]> {
    if (keys.length === 0) return [];
    const found = await this.client.query<{ key: string; doc: T }>(
      `SELECT key, doc FROM ${this.schema}.rows WHERE tbl = $1 AND key = ANY($2::text[]) AND doc IS NOT NULL`,
      [table, [...keys]],
    );
    const byKey = new Map(found.rows.map((row) => [row.key, row.doc]));
    return keys.map((key) => byKey.get(key));
  }

  /** Every row of a small table (plans, the office's calendar years). */
  async all<T>(table: TableName): Promise<T[]> {
    const found = await this.client.query<{ doc: T }>(
      `SELECT doc FROM ${this.schema}.rows WHERE tbl = $1 AND doc IS NOT NULL ORDER BY key`,
      [table],
    );
    return found.rows.map((row) => row.doc);
  }

  /** The rows of one incident in a table that names it (complaints, timeline, instructions). */
  async ofIncident<T>(table: TableName, incidentId: string): Promise<T[]> {
    const found = await this.client.query<{ doc: T }>(
      `SELECT doc FROM ${this.schema}.rows WHERE tbl = $1 AND doc ->> 'incidentId' = $2 ORDER BY key`,
      [table, incidentId],
    );
    return found.rows.map((row) => row.doc);
  }

  /**
   * The rows whose fields hold these values (the seat's index lookups: `incidentId`, `status`, a
   * compound `[state+deadline]` given both values). The incident's rows come by their own index,
   * the rest by the documents' GIN index.
   */
  async whereEquals<T>(table: TableName, fields: Record<string, string | number>): Promise<T[]> {
    const names = Object.keys(fields);
    const found =
      names.length === 1 && names[0] === 'incidentId'
        ? await this.client.query<{ doc: T }>(
            `SELECT doc FROM ${this.schema}.rows WHERE tbl = $1 AND doc ->> 'incidentId' = $2 ORDER BY key`,
            [table, String(fields.incidentId)],
          )
        : await this.client.query<{ doc: T }>(`SELECT doc FROM ${this.schema}.rows WHERE tbl = $1 AND doc @> $2::jsonb ORDER BY key`, [
            table,
            JSON.stringify(fields),
          ]);
    return found.rows.map((row) => row.doc);
  }

  /** How many rows a table holds. */
  async count(table: TableName): Promise<number> {
    const found = await this.client.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${this.schema}.rows WHERE tbl = $1 AND doc IS NOT NULL`,
      [table],
    );
    return Number(found.rows[0]!.n);
  }

  /**
   * Writes a command's rows (a removal keeps the key with no document) at `version`, in one
   * statement: the command holds the office version's lock meanwhile, so each round trip counts.
   * A row written twice by one command keeps its last write.
   */
  async write(writes: readonly RowWrite[], version: number): Promise<void> {
    const last = new Map<string, { table: string; key: string; doc: string | null }>();
    for (const write of writes) {
      const table = 'put' in write ? write.put : write.remove;
      const key = 'put' in write ? String((write.row as Record<string, unknown>)[KEY_FIELDS[table]]) : write.key;
      last.set(`${table}\u0000${key}`, { table, key, doc: 'put' in write ? JSON.stringify(write.row) : null });
    }
    if (last.size === 0) return;
    const rows = [...last.values()];
    await this.client.query(
      `INSERT INTO ${this.schema}.rows (tbl, key, doc, version)
       SELECT tbl, key, doc, $4 FROM unnest($1::text[], $2::text[], $3::jsonb[]) AS given (tbl, key, doc)
       ON CONFLICT (tbl, key) DO UPDATE SET doc = EXCLUDED.doc, version = EXCLUDED.version`,
      [rows.map((row) => row.table), rows.map((row) => row.key), rows.map((row) => row.doc), version],
    );
  }

  /** The rows changed after `since`, up to `until`, oldest change first. */
  async changedBetween(since: number, until: number): Promise<PulledRow[]> {
    const found = await this.client.query<{ tbl: TableName; key: string; doc: object | null; version: string }>(
      `SELECT tbl, key, doc, version FROM ${this.schema}.rows WHERE version > $1 AND version <= $2 ORDER BY version, tbl, key`,
      [since, until],
    );
    return found.rows.map((row) => ({ table: row.tbl, key: row.key, doc: row.doc, version: Number(row.version) }));
  }
}
