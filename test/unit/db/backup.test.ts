// A backup brings back exactly what was saved, and a bad file or a failed restore changes nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { APP_SCHEMA_VERSION, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, sealBackup, type Backup } from '@shared/backupFormat';
import type { BackupSnapshot } from '@shared/bridge';
import { defaultPlan } from '@shared/defaultPlan';
import { registerComplaint } from '../../../renderer/db/complaints';
import { applyCommand } from '../../../renderer/db/incidents';
import { issueStandardInstructions } from '../../../renderer/db/instructions';
import { savePreferences } from '../../../renderer/db/preferences';
import { checkBackupText, exportSnapshot, restoreBackup, sealSnapshot, sha256Hex } from '../../../renderer/db/backup';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, freshDb, LEADER, NOW, registration, STAFF } from './fixtures';

const opened: ConsoleDb[] = [];
async function db(): Promise<ConsoleDb> {
  const fresh = await freshDb();
  opened.push(fresh);
  return fresh;
}
afterEach(async () => {
  for (const one of opened.splice(0)) {
    one.close();
    await one.delete();
  }
});

/** An office with records in most tables: two matters, one activated with its instructions. */
async function busyOffice(): Promise<ConsoleDb> {
  const office = await db();
  const first = await registerComplaint(office, registration(), await contextFor(office));
  const second = await registerComplaint(office, registration({ subject: '景区门票退款', place: '南山景区' }), await contextFor(office));
  if (!first.ok || !second.ok) throw new Error('registration failed');
  const id = first.value.incident.id;
  await applyCommand(office, id, { type: 'verify' }, await contextFor(office));
  await applyCommand(office, id, { type: 'grade', level: 1, reason: '记者到场' }, await contextFor(office));
  await applyCommand(office, id, { type: 'activateResponse' }, await contextFor(office, LEADER));
  await issueStandardInstructions(office, id, await contextFor(office, LEADER));
  await savePreferences(
    office,
    { dueSoonLeadMinutes: 60, levelOneRepeatMinutes: 5, closeToTray: false, backupsKept: 7 },
    await contextFor(office),
  );
  return office;
}

/** A backup's file text, as a host would store it. */
async function fileOf(snapshot: BackupSnapshot): Promise<string> {
  return JSON.stringify(await sealSnapshot(snapshot, NOW), null, 2);
}

async function checked(text: string): Promise<Backup> {
  const result = await checkBackupText(text);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

/** Every table without the restore's own audit entry, to compare with what was backed up. */
async function withoutRestoreEntry(target: ConsoleDb): Promise<BackupSnapshot> {
  const snapshot = await exportSnapshot(target);
  snapshot.tables.timeline = snapshot.tables.timeline!.filter((entry) => (entry as { kind: string }).kind !== 'backup-restored');
  return snapshot;
}

describe('a backup', () => {
  it('holds every table of the live database and the schema version it comes from', async () => {
    const office = await busyOffice();
    const snapshot = await exportSnapshot(office);
    expect(snapshot.schemaVersion).toBe(APP_SCHEMA_VERSION);
    expect(Object.keys(snapshot.tables).sort()).toEqual(office.tables.map((t) => t.name).sort());
    expect(snapshot.tables.complaints).toHaveLength(2);
    expect(snapshot.tables.instructions).toHaveLength(4);
  });

  it('restores into another database so that every table equals the original, with the restore audited', async () => {
    const office = await busyOffice();
    const original = await exportSnapshot(office);
    const backup = await checked(await fileOf(original));

    const other = await db();
    await registerComplaint(other, registration({ subject: '不该留下的登记' }), await contextFor(other));
    const restored = await restoreBackup(other, backup, await contextFor(other, LEADER, NOW + 3_600_000));
    expect(restored).toEqual({ ok: true, value: { createdAt: '2026-11-23T10:00:00+08:00', complaints: 2, incidents: 2 } });
    expect(await withoutRestoreEntry(other)).toEqual(original);
    const audit = (await other.timeline.where('incidentId').equals('organisation').toArray()).filter((e) => e.kind === 'backup-restored');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorName: '王建国', params: { backupAt: '2026-11-23 10:00', complaints: 2, incidents: 2 } });
  });

  it('numbers the next registration after the restored ones, since the counters come back too', async () => {
    const office = await busyOffice();
    const backup = await checked(await fileOf(await exportSnapshot(office)));
    const other = await db();
    await restoreBackup(other, backup, await contextFor(other, LEADER));
    const next = await registerComplaint(other, registration(), await contextFor(other));
    expect(next.ok && next.value.complaint.number).toBe('TS-20261123-0003');
  });
});

describe('a refused backup file', () => {
  async function tampered(): Promise<Record<string, string>> {
    const office = await busyOffice();
    const text = await fileOf(await exportSnapshot(office));
    const newer = await sealSnapshot({ ...(await exportSnapshot(office)), schemaVersion: APP_SCHEMA_VERSION + 1 }, NOW);
    return {
      'backup-truncated': text.slice(0, Math.floor(text.length / 2)),
      'backup-corrupt': text.replace('"tables":', '"tables"'),
      'backup-wrong-format': JSON.stringify({ hello: 'world' }),
      'backup-newer-format': JSON.stringify({ format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION + 1 }),
      'backup-checksum': text.replace('城东加油站加油数量不足', '城西加油站加油数量不足'),
      'backup-newer-version': JSON.stringify(newer),
    };
  }

  it('is refused for what is wrong with it, before the current data is touched', async () => {
    const files = await tampered();
    const office = opened[0]!;
    const before = await exportSnapshot(office);
    for (const [code, text] of Object.entries(files)) {
      const result = await checkBackupText(text);
      expect(result.ok ? 'accepted' : result.error.code, code).toBe(code);
    }
    expect(await exportSnapshot(office)).toEqual(before);
  });

  it('says which versions differ when the backup comes from a newer console', async () => {
    const files = await tampered();
    const result = await checkBackupText(files['backup-newer-version']!);
    expect(result.ok ? null : result.error.params).toEqual({ schemaVersion: APP_SCHEMA_VERSION + 1, appSchemaVersion: APP_SCHEMA_VERSION });
  });
});

describe('restoring', () => {
  it('is for the leader or a deputy only, and a refusal changes nothing', async () => {
    const office = await busyOffice();
    const backup = await checked(await fileOf(await exportSnapshot(await db())));
    const before = await exportSnapshot(office);
    const refused = await restoreBackup(office, backup, await contextFor(office, STAFF));
    expect(refused.ok ? 'restored' : refused.error.code).toBe('backup-restore-needs-leader');
    expect(await exportSnapshot(office)).toEqual(before);
  });

  it('refuses a table this version does not know, a newer schema and a backup without a plan', async () => {
    const office = await busyOffice();
    const before = await exportSnapshot(office);
    const snapshot = await exportSnapshot(office);
    const cases: [Backup, string][] = [
      [await sealSnapshot({ ...snapshot, tables: { ...snapshot.tables, surveys: [] } }, NOW), 'backup-unknown-table'],
      [await sealSnapshot({ ...snapshot, schemaVersion: APP_SCHEMA_VERSION + 1 }, NOW), 'backup-newer-version'],
      [await sealSnapshot({ ...snapshot, tables: { ...snapshot.tables, plans: [] } }, NOW), 'backup-no-plan'],
    ];
    for (const [backup, code] of cases) {
      const result = await restoreBackup(office, backup, await contextFor(office, LEADER));
      expect(result.ok ? 'restored' : result.error.code).toBe(code);
    }
    expect(await exportSnapshot(office)).toEqual(before);
  });

  it('leaves the current data exactly as it was when a row breaks a unique number midway', async () => {
    const office = await busyOffice();
    const snapshot = await exportSnapshot(await busyOffice());
    const [first, second] = snapshot.tables.complaints as { number: string }[];
    second!.number = first!.number;
    const backup = await checked(await fileOf(snapshot));
    const before = await exportSnapshot(office);
    const result = await restoreBackup(office, backup, await contextFor(office, LEADER));
    expect(result.ok ? 'restored' : result.error.code).toBe('storage-failed');
    expect(await exportSnapshot(office)).toEqual(before);
  });

  it('leaves the current data exactly as it was when a row in the last table cannot be stored', async () => {
    const office = await busyOffice();
    const snapshot = await exportSnapshot(await busyOffice());
    snapshot.tables.imports = [{ startedAt: 'no primary key' }];
    const backup = await checked(await fileOf(snapshot));
    const before = await exportSnapshot(office);
    const result = await restoreBackup(office, backup, await contextFor(office, LEADER));
    expect(result.ok ? 'restored' : result.error.code).toBe('storage-failed');
    expect(await exportSnapshot(office)).toEqual(before);
  });
});

describe('a backup from an older version', () => {
  it('from version 1 moves team membership onto the teams, as opening an old database does', async () => {
    const office = await db();
    const { standardInstructions: _dropped, ...oldPlan } = defaultPlan('2026-11-01T09:00:00+08:00');
    const v1 = await sealBackup(
      {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        schemaVersion: 1,
        createdAt: '2026-11-01T09:00:00+08:00',
        app: { name: '应急指挥台', version: '0.0.1' },
        mode: 'live',
        tables: {
          plans: [oldPlan],
          teams: [{ id: 't-info', code: 'information', name: { zh: '信息收集组' }, duties: { zh: '收集信息' }, phone: '' }],
          people: [
            { id: 'p-1', name: '张丽', role: 'leader', title: '市场部经理', phone: '13800000003', teamCode: 'information', sample: false },
            { id: 'p-2', name: '陈晓', role: 'staff', title: '值班员', phone: '13800000007', sample: false },
          ],
          counters: [{ key: 'TS-20261101', value: 7 }],
        },
      },
      sha256Hex,
    );
    const backup = await checked(JSON.stringify(v1));
    const result = await restoreBackup(office, backup, await contextFor(office, LEADER));
    expect(result.ok).toBe(true);
    expect(await office.teams.toArray()).toEqual([expect.objectContaining({ id: 't-info', kind: 'working-team', memberIds: ['p-1'] })]);
    const people = await office.people.toArray();
    expect(people.map((p) => p.name).sort()).toEqual(['张丽', '陈晓']);
    expect(people.every((p) => !('teamCode' in p) && p.department === '')).toBe(true);
    expect((await office.plans.toArray())[0]!.standardInstructions).toHaveLength(4);
    expect(await office.contacts.count()).toBeGreaterThan(0);
    expect(await office.counters.get('TS-20261101')).toEqual({ key: 'TS-20261101', value: 7 });
    // The backup itself is left as it was read.
    expect(backup.tables.people![0]).toHaveProperty('teamCode', 'information');
  });

  it('from version 2 restores into version 3 as it is, with the new tables empty', async () => {
    const office = await busyOffice();
    const { notices: _n, imports: _i, ...v2Tables } = (await exportSnapshot(office)).tables;
    const backup = await checked(await fileOf({ schemaVersion: 2, tables: v2Tables }));
    const other = await db();
    const result = await restoreBackup(other, backup, await contextFor(other, LEADER));
    expect(result.ok).toBe(true);
    expect(await other.complaints.toArray()).toEqual(v2Tables.complaints);
    expect(await other.notices.count()).toBe(0);
    expect(await other.imports.count()).toBe(0);
  });

  it('from version 3 restores into version 4 as it is, with the drill tables empty', async () => {
    const office = await busyOffice();
    const {
      scenarios: _s,
      drillRuns: _r,
      drillNotes: _n,
      drillFindings: _f,
      drillNotices: _d,
      ...v3Tables
    } = (await exportSnapshot(office)).tables;
    const backup = await checked(await fileOf({ schemaVersion: 3, tables: v3Tables }));
    const other = await db();
    const result = await restoreBackup(other, backup, await contextFor(other, LEADER));
    expect(result.ok).toBe(true);
    expect(await other.instructions.toArray()).toEqual(v3Tables.instructions);
    expect(await other.drillRuns.count()).toBe(0);
    expect(await other.scenarios.count()).toBe(0);
  });
});
