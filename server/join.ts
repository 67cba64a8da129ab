// A seat joining the office (设置 → 办公室服务器): the first seat brings the office's plan,
// organisation and records (uploaded once); a later seat takes the office's picture in place of its
// own setup. Refused where the seat holds work of its own the office does not have: two offices'
// records are never merged by guess. The preview says which way it would go before anything moves.
import type { Pool } from 'pg';
import type { TableName } from '@shared/commandKit';
import type { Mode } from '@shared/model';
import type { JoinPreview } from '@shared/officeProtocol';
import { canonicalJson } from '@shared/backupFormat';
import { fail, ok, type Result } from '@shared/result';
import { MODE_SCHEMAS } from './db/migrations';
import { KEY_FIELDS, OfficeRows } from './db/rows';
import { inTransaction } from './db/transaction';
import { upload, type Tables } from './upload';

/** The tables of the office's work: a seat holding rows of these the office lacks has records of its own. */
const WORK_TABLES: readonly TableName[] = [
  'complaints',
  'incidents',
  'communications',
  'instructions',
  'releases',
  'opinions',
  'upwardReports',
  'callBacks',
  'attachments',
  'drillPlans',
  'drillMeasures',
  'trainings',
  'petitions',
  'reviews',
  'measures',
  'allocations',
  'drillRuns',
];

/** The seat's rows without its own bookkeeping with the office (never shared). */
export function shareable(tables: Tables): Tables {
  const settings = (tables.settings ?? []).filter((row) => !String((row as { key?: unknown }).key).startsWith('office.'));
  return { ...tables, settings };
}

export async function previewJoin(pool: Pool, mode: Mode, tables: Tables): Promise<JoinPreview> {
  const schema = MODE_SCHEMAS[mode];
  return inTransaction(
    pool,
    async (client) => {
      const count = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.rows WHERE doc IS NOT NULL`);
      const officeRows = Number(count.rows[0]!.n);
      const rows = new OfficeRows(client, mode);
      const own: Partial<Record<TableName, number>> = {};
      let seatRows = 0;
      for (const table of WORK_TABLES) {
        const given = tables[table] ?? [];
        seatRows += given.length;
        if (officeRows === 0 || given.length === 0) continue;
        const there = await rows.bulkGet<object>(
          table,
          given.map((row) => String((row as Record<string, unknown>)[KEY_FIELDS[table]])),
        );
        const missing = there.filter((row, i) => row === undefined || canonicalJson(row) !== canonicalJson(given[i])).length;
        if (missing > 0) own[table] = missing;
      }
      const ownCount = Object.values(own).reduce((n, m) => n + m, 0);
      // A rehearsal is the office's: a seat entering it takes the office's drill, its own earlier rehearsal records giving way.
      const takes = ownCount === 0 || mode === 'drill';
      return { officeRows, seatRows, own, way: officeRows === 0 ? 'upload' : takes ? 'take-office' : 'refused' };
    },
    'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  );
}

/** Joins: uploads the seat's rows to an empty office, or lets it take the office's; refuses a seat with work of its own. */
export async function join(pool: Pool, mode: Mode, given: Tables): Promise<Result<JoinPreview & { version: number }>> {
  const tables = shareable(given);
  const preview = await previewJoin(pool, mode, tables);
  if (preview.way === 'refused') {
    const count = Object.values(preview.own).reduce((n, m) => n + m, 0);
    return fail('office-join-own-records', { count });
  }
  if (preview.way === 'take-office') return ok({ ...preview, version: 0 });
  const uploaded = await upload(pool, mode, tables);
  return uploaded.ok ? ok({ ...preview, version: uploaded.value.version }) : uploaded;
}
