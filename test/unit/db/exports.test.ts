// A list with complainants' personal data in full leaves the console only after its audit entry
// is stored, and only in the hands of the roles the plan names (default 组长 and 副组长).
import { describe, expect, it } from 'vitest';
import { DEFAULT_PERSONAL_DATA_ROLES, mayExportPersonalData, personalDataRoles } from '@shared/exporting';
import type { Actor } from '@shared/model';
import { auditFullExport, recordFullExportSaved } from '../../../renderer/db/exports';
import { ORGANISATION_TIMELINE } from '../../../renderer/db/organisation';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, freshDb, LEADER, NOW, STAFF } from '../../fixtures/database';

const DEPUTY: Actor = { id: 'a1000000-0000-4000-8000-000000000002', name: '李明', role: 'deputy' };
const details = { list: 'complaints' as const, format: 'csv' as const, count: 12, file: '投诉清单-20261123-1000.csv' };
const audit = async (db: ConsoleDb) => db.timeline.where('incidentId').equals(ORGANISATION_TIMELINE).toArray();

describe('who may export personal data in full', () => {
  it('is the leader and the deputy unless the plan names others', async () => {
    const db = await freshDb();
    const { plan } = await contextFor(db);
    expect(DEFAULT_PERSONAL_DATA_ROLES).toEqual(['leader', 'deputy']);
    expect(['leader', 'deputy', 'member', 'staff'].filter((role) => mayExportPersonalData(plan, role as Actor['role']))).toEqual([
      'leader',
      'deputy',
    ]);
    const strict = { ...plan, personalDataRoles: ['leader' as const] };
    expect(personalDataRoles(strict)).toEqual(['leader']);
    expect(mayExportPersonalData(strict, 'deputy')).toBe(false);
  });
});

describe('audit before write', () => {
  it('records who, when, which list, how many rows and the file before the file is written', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db, DEPUTY);
    expect(await auditFullExport(db, details, ctx)).toEqual({ ok: true, value: undefined });
    const [entry] = await audit(db);
    expect(entry).toMatchObject({
      kind: 'personal-data-export-started',
      actorId: DEPUTY.id,
      actorName: '李明',
      at: '2026-11-23T10:00:00+08:00',
      params: { list: 'complaints', format: 'csv', count: 12, file: '投诉清单-20261123-1000.csv' },
    });
    expect(await recordFullExportSaved(db, 'D:\\报送\\投诉清单.csv', ctx)).toMatchObject({ ok: true });
    expect((await audit(db)).map((e) => [e.kind, e.params?.file])).toEqual([
      ['personal-data-export-started', '投诉清单-20261123-1000.csv'],
      ['personal-data-exported-to', 'D:\\报送\\投诉清单.csv'],
    ]);
  });

  it('refuses a role the plan does not name, and records nothing', async () => {
    const db = await freshDb();
    expect(await auditFullExport(db, details, await contextFor(db, STAFF))).toEqual({
      ok: false,
      error: { code: 'personal-data-export-role' },
    });
    // The plan in force, as stored, decides (a screen may still hold the version before).
    const ctx = await contextFor(db, DEPUTY);
    await db.plans.update(ctx.plan.id, { personalDataRoles: ['leader'] });
    expect(await auditFullExport(db, details, ctx)).toMatchObject({
      ok: false,
      error: { code: 'personal-data-export-role' },
    });
    expect(await audit(db)).toEqual([]);
  });

  it('refuses when the audit entry cannot be stored, so the file is never written', async () => {
    const db = await freshDb();
    const ctx = await contextFor(db, LEADER, NOW);
    db.timeline.hook('creating', () => {
      throw new Error('QuotaExceededError');
    });
    expect(await auditFullExport(db, details, ctx)).toEqual({ ok: false, error: { code: 'personal-data-export-unaudited' } });
  });
});
