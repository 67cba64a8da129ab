// A seat's records taken into the office at once (the first seat that joins brings the office's
// plan, organisation and history): written at one new office version, so every seat pulls them.
// Refused where a row of the same key is there already with other content: two offices' data are
// never merged by guess.
import type { Pool } from 'pg';
import type { Mode } from '@shared/model';
import { canonicalJson } from '@shared/backupFormat';
import { TABLE_NAMES, type TableName } from '@shared/commandKit';
import { fail, ok, type Result } from '@shared/result';
import { MODE_SCHEMAS } from './db/migrations';
import { KEY_FIELDS, OfficeRows } from './db/rows';
import { inTransaction, RollBack } from './db/transaction';

export type Tables = Partial<Record<TableName, readonly object[]>>;

export async function upload(pool: Pool, mode: Mode, tables: Tables): Promise<Result<{ version: number; rows: number }>> {
  const schema = MODE_SCHEMAS[mode];
  return inTransaction(pool, async (client) => {
    const raised = await client.query<{ version: string }>(`UPDATE ${schema}.office SET version = version + 1 RETURNING version`);
    const version = Number(raised.rows[0]!.version);
    const rows = new OfficeRows(client, mode);
    let count = 0;
    for (const table of TABLE_NAMES) {
      const given = tables[table] ?? [];
      if (given.length === 0) continue;
      const keys = given.map((row) => String((row as Record<string, unknown>)[KEY_FIELDS[table]]));
      const there = await rows.bulkGet<object>(table, keys);
      const clash = there.findIndex((row, i) => row !== undefined && canonicalJson(row) !== canonicalJson(given[i]));
      if (clash >= 0) throw new RollBack(fail('office-upload-clash', { table, key: keys[clash]! }));
      await rows.write(
        given.map((row) => ({ put: table, row })),
        version,
      );
      count += given.length;
    }
    return ok({ version, rows: count });
  });
}
