// A backup brings back exactly what was saved, sealed so that only this console opens and trusts
// it; a bad, forged or foreign file, or a failed restore, changes nothing.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEMA_VERSION, BACKUP_FORMAT, LEGACY_FORMAT_VERSION, sealBackup } from '@shared/backupFormat';
import type { BackupKey, BackupSnapshot } from '@shared/bridge';
import { defaultPlan } from '@shared/defaultPlan';
import { registerComplaint } from '../../../renderer/db/complaints';
import { applyCommand } from '../../../renderer/db/incidents';
import { issueStandardInstructions } from '../../../renderer/db/instructions';
import { latestNotices } from '../../../renderer/db/notices';
import { savePreferences } from '../../../renderer/db/preferences';
import { exportSnapshot, restoreBackup, type OpenedBackup } from '../../../renderer/db/backup';
import { importInstallSecret, randomBytes, sha256 } from '../../../renderer/db/backupCrypto';
import { openBackup, sealToLines, type SealOptions } from '../../../renderer/db/backupSeal';
import { openConsoleDb, type ConsoleDb } from '../../../renderer/db/schema';
import { ensureSeeded } from '../../../renderer/db/seed';
import { contextFor, freshDb, LEADER, NOW, registration, STAFF } from '../../fixtures/database';

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

let ours: BackupKey;
let theirs: BackupKey;
beforeAll(async () => {
  ours = { installId: 'b1000000-0000-4000-8000-000000000001', key: await importInstallSecret(randomBytes(32)) };
  theirs = { installId: 'b1000000-0000-4000-8000-000000000002', key: await importInstallSecret(randomBytes(32)) };
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

/** A backup's lines as this console seals them (signed with its key), small chunks to have many. */
function linesOf(snapshot: BackupSnapshot, options: Partial<SealOptions> = {}): Promise<string[]> {
  return sealToLines(snapshot, {
    mode: 'live',
    reason: 'manual',
    createdAtMs: NOW,
    sealWith: { kind: 'install', key: ours },
    chunkRows: 2,
    ...options,
  });
}

async function openedFrom(lines: string[], passphrase?: string): Promise<OpenedBackup> {
  const result = await openBackup(lines, { key: ours, ...(passphrase ? { passphrase } : {}) });
  if (!result.ok) throw new Error(`${result.error.code} ${JSON.stringify(result.error.params ?? {})}`);
  return result.value;
}

const checked = async (snapshot: BackupSnapshot) => openedFrom(await linesOf(snapshot));

/** A file of the first format (one JSON document, unkeyed SHA-256), as older consoles wrote. */
async function legacyText(snapshot: BackupSnapshot): Promise<string> {
  const document = await sealBackup(
    {
      format: BACKUP_FORMAT,
      formatVersion: LEGACY_FORMAT_VERSION,
      schemaVersion: snapshot.schemaVersion,
      createdAt: '2026-11-23T10:00:00+08:00',
      app: { name: '应急指挥台', version: '0.0.1' },
      mode: 'live',
      tables: snapshot.tables,
    },
    sha256,
  );
  return JSON.stringify(document, null, 2);
}

/** Every table without the restore's own audit entry, to compare with what was backed up. */
async function withoutRestoreEntry(target: ConsoleDb): Promise<BackupSnapshot> {
  const snapshot = await exportSnapshot(target);
  snapshot.tables.timeline = snapshot.tables.timeline!.filter((entry) => (entry as { kind: string }).kind !== 'backup-restored');
  // The restore is logged as a command too, after the restored log.
  snapshot.tables.commandLog = snapshot.tables.commandLog!.filter((entry) => (entry as { name: string }).name !== 'backup.restore');
  return snapshot;
}

const codeOf = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? 'accepted' : result.error!.code);

describe('a backup', () => {
  it('holds every table of the live database but the running totals, and the schema version it comes from', async () => {
    const office = await busyOffice();
    const snapshot = await exportSnapshot(office);
    expect(snapshot.schemaVersion).toBe(APP_SCHEMA_VERSION);
    // The totals are counted again from the restored records, so a file never carries stale ones.
    expect(await office.summaries.count()).toBeGreaterThan(0);
    expect(Object.keys(snapshot.tables).sort()).toEqual(
      office.tables
        .map((t) => t.name)
        .filter((name) => name !== 'summaries')
        .sort(),
    );
    expect(snapshot.tables.complaints).toHaveLength(2);
    expect(snapshot.tables.instructions).toHaveLength(4);
  });

  it('is read page by page and still holds every row of a table larger than a page', async () => {
    const office = await busyOffice();
    const rows = Array.from({ length: 4_500 }, (_, i) => ({ key: `bulk-${String(i).padStart(5, '0')}`, value: i }));
    await office.counters.bulkPut(rows);
    const snapshot = await exportSnapshot(office);
    expect(snapshot.tables.counters!.filter((row) => (row as { key: string }).key.startsWith('bulk-'))).toHaveLength(4_500);
  });

  it('keeps no name, phone or matter in plain text on disk', async () => {
    const office = await busyOffice();
    const text = (await linesOf(await exportSnapshot(office))).join('\n');
    expect(text).not.toContain('13800138000');
    expect(text).not.toContain('城东加油站');
    expect(text).not.toContain('王建国');
  });

  it('restores into another database so that every table equals the original, with the restore audited', async () => {
    const office = await busyOffice();
    const original = await exportSnapshot(office);
    const backup = await checked(original);
    expect(backup.trust).toBe('signed');

    const other = await db();
    await registerComplaint(other, registration({ subject: '不该留下的登记' }), await contextFor(other));
    const restored = await restoreBackup(other, backup, await contextFor(other, LEADER, NOW + 3_600_000));
    expect(restored).toEqual({ ok: true, value: { createdAt: '2026-11-23T10:00:00+08:00', complaints: 2, incidents: 2 } });
    const after = await withoutRestoreEntry(other);
    // The counters may only have gone up (the discarded registration used a number), never down.
    expect({ ...after.tables, counters: [] }).toEqual({ ...original.tables, counters: [] });
    const audit = (await other.timeline.where('incidentId').equals('organisation').toArray()).filter((e) => e.kind === 'backup-restored');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorName: '王建国', params: { backupAt: '2026-11-23 10:00', complaints: 2, incidents: 2 } });
    const logged = await other.commandLog.toArray();
    expect(logged.at(-1)).toMatchObject({ name: 'backup.restore', actorName: '王建国' });
  });

  it('numbers the next registration after the restored ones, since the counters come back too', async () => {
    const office = await busyOffice();
    const backup = await checked(await exportSnapshot(office));
    const other = await db();
    await restoreBackup(other, backup, await contextFor(other, LEADER));
    const next = await registerComplaint(other, registration(), await contextFor(other));
    expect(next.ok && next.value.complaint.number).toBe('TS-20261123-0003');
  });

  it('never gives out again a number issued after the backup was made', async () => {
    const office = await busyOffice();
    const backup = await checked(await exportSnapshot(office));
    const third = await registerComplaint(office, registration({ subject: '备份之后的登记' }), await contextFor(office));
    expect(third.ok && third.value.complaint.number).toBe('TS-20261123-0003');
    expect((await restoreBackup(office, backup, await contextFor(office, LEADER))).ok).toBe(true);
    const next = await registerComplaint(office, registration(), await contextFor(office));
    expect(next.ok && next.value.complaint.number).toBe('TS-20261123-0004');
    expect(next.ok && next.value.incident.number).toBe('SJ-20261123-0004');
  });
});

describe('a refused backup file', () => {
  async function tampered(): Promise<Record<string, string[]>> {
    const office = await busyOffice();
    const snapshot = await exportSnapshot(office);
    const lines = await linesOf(snapshot);
    const chunk = lines[3]!;
    const flipped = `${chunk.slice(0, 20)}${chunk[20] === 'A' ? 'B' : 'A'}${chunk.slice(21)}`;
    const header = JSON.parse(lines[0]!) as Record<string, unknown>;
    return {
      'backup-truncated': lines.slice(0, -1),
      'backup-corrupt': [lines[0]!, ...lines.slice(1, -1), '{"end":true,"chunks":"many"}'],
      'backup-wrong-format': [JSON.stringify({ hello: 'world' })],
      'backup-checksum': [...lines.slice(0, 3), flipped, ...lines.slice(4)],
      'backup-newer-version': [JSON.stringify({ ...header, schemaVersion: APP_SCHEMA_VERSION + 1 }), ...lines.slice(1)],
      'backup-other-install': await linesOf(snapshot, { sealWith: { kind: 'install', key: theirs } }),
    };
  }

  it('is refused for what is wrong with it, before the current data is touched', async () => {
    const files = await tampered();
    const office = opened[0]!;
    const before = await exportSnapshot(office);
    for (const [code, lines] of Object.entries(files)) {
      expect(codeOf(await openBackup(lines, { key: ours })), code).toBe(code);
    }
    expect(await exportSnapshot(office)).toEqual(before);
  });

  it('is refused when a chunk is dropped, moved or the header is edited, since the signature covers them all', async () => {
    const office = await busyOffice();
    const lines = await linesOf(await exportSnapshot(office));
    const header = JSON.parse(lines[0]!) as { counts: Record<string, number> };
    // Line 2 marks the segment; the chunks follow it.
    expect(JSON.parse(lines[1]!)).toHaveProperty('segment');
    const dropped = [...lines.slice(0, 3), ...lines.slice(4)];
    const swapped = [lines[0]!, lines[1]!, lines[3]!, lines[2]!, ...lines.slice(4)];
    const recounted = [JSON.stringify({ ...header, counts: { ...header.counts, people: 1 } }), ...lines.slice(1)];
    for (const forged of [dropped, swapped, recounted]) expect(codeOf(await openBackup(forged, { key: ours }))).toBe('backup-checksum');
  });

  it('says which versions differ when the backup comes from a newer console', async () => {
    const files = await tampered();
    const result = await openBackup(files['backup-newer-version']!, { key: ours });
    expect(result.ok ? null : result.error.params).toEqual({ schemaVersion: APP_SCHEMA_VERSION + 1, appSchemaVersion: APP_SCHEMA_VERSION });
  });
});

describe('a file for another PC', () => {
  it('is sealed with a passphrase, asks for it, refuses a wrong one and opens with the right one', async () => {
    const office = await busyOffice();
    const lines = await linesOf(await exportSnapshot(office), {
      reason: 'file',
      sealWith: { kind: 'passphrase', passphrase: '春节值班口令2026' },
    });
    expect(lines.join('\n')).not.toContain('13800138000');
    expect(codeOf(await openBackup(lines, { key: theirs }))).toBe('backup-needs-passphrase');
    expect(codeOf(await openBackup(lines, { key: theirs, passphrase: '春节值班口令2025' }))).toBe('backup-wrong-passphrase');
    const opened = await openBackup(lines, { key: theirs, passphrase: '春节值班口令2026' });
    expect(opened.ok && opened.value.trust).toBe('passphrase');
    expect(opened.ok && opened.value.tables.complaints).toHaveLength(2);
  });

  it('is restored only after a leader confirms it was not signed by this console', async () => {
    const office = await busyOffice();
    const lines = await linesOf(await exportSnapshot(office), {
      reason: 'file',
      sealWith: { kind: 'passphrase', passphrase: '春节值班口令2026' },
    });
    const backup = await openedFrom(lines, '春节值班口令2026');
    const other = await db();
    const before = await exportSnapshot(other);
    expect(codeOf(await restoreBackup(other, backup, await contextFor(other, LEADER)))).toBe('backup-passphrase-needs-confirmation');
    expect(await exportSnapshot(other)).toEqual(before);
    expect((await restoreBackup(other, backup, await contextFor(other, LEADER), { untrustedConfirmed: true })).ok).toBe(true);
    expect(await other.complaints.count()).toBe(2);
  });
});

describe('a hand-edited file', () => {
  it('with a recomputed checksum opens only as unsigned, and is not restored without a leader confirming', async () => {
    const office = await busyOffice();
    const snapshot = await exportSnapshot(office);
    const forged = await legacyText({ ...snapshot, tables: { ...snapshot.tables, timeline: [] } });
    const backup = await openBackup(forged.split('\n'), { key: ours });
    expect(backup.ok && backup.value.trust).toBe('unsigned');
    const before = await exportSnapshot(office);
    const refused = await restoreBackup(office, (backup as { value: OpenedBackup }).value, await contextFor(office, LEADER));
    expect(codeOf(refused)).toBe('backup-unsigned-needs-confirmation');
    expect(await exportSnapshot(office)).toEqual(before);
  });

  it('that plants a person with a role the console does not have is refused, saying where', async () => {
    const office = await busyOffice();
    const snapshot = await exportSnapshot(office);
    const planted = {
      ...(snapshot.tables.people![0] as object),
      id: 'c1000000-0000-4000-8000-0000000000ff',
      name: '冒名者',
      role: 'superuser',
    };
    const forged = await legacyText({ ...snapshot, tables: { ...snapshot.tables, people: [...snapshot.tables.people!, planted] } });
    const result = await openBackup(forged.split('\n'), { key: ours });
    expect(result.ok ? null : result.error).toEqual({
      code: 'backup-bad-row',
      params: { table: 'people', row: snapshot.tables.people!.length + 1, field: 'role' },
    });
  });

  it('that replaces a timeline entry with one of no known shape is refused', async () => {
    const office = await busyOffice();
    const snapshot = await exportSnapshot(office);
    const timeline = [...snapshot.tables.timeline!];
    timeline[0] = { id: (timeline[0] as { id: string }).id, note: '篡改' };
    const result = await openBackup(await linesOf({ ...snapshot, tables: { ...snapshot.tables, timeline } }), { key: ours });
    expect(result.ok ? null : result.error.code).toBe('backup-bad-row');
  });
});

describe('restoring', () => {
  it('is for the leader or a deputy only, and a refusal changes nothing', async () => {
    const office = await busyOffice();
    const backup = await checked(await exportSnapshot(await db()));
    const before = await exportSnapshot(office);
    const refused = await restoreBackup(office, backup, await contextFor(office, STAFF));
    expect(codeOf(refused)).toBe('backup-restore-needs-leader');
    expect(await exportSnapshot(office)).toEqual(before);
  });

  it('refuses a table this version does not know, a newer schema and a backup without a plan', async () => {
    const office = await busyOffice();
    const before = await exportSnapshot(office);
    const snapshot = await exportSnapshot(office);
    expect(codeOf(await openBackup(await linesOf({ ...snapshot, tables: { ...snapshot.tables, surveys: [] } }), { key: ours }))).toBe(
      'backup-unknown-table',
    );
    const good = await checked(snapshot);
    const cases: [OpenedBackup, string][] = [
      [{ ...good, schemaVersion: APP_SCHEMA_VERSION + 1 }, 'backup-newer-version'],
      [{ ...good, tables: { ...good.tables, plans: [] } }, 'backup-no-plan'],
    ];
    for (const [backup, code] of cases) {
      expect(codeOf(await restoreBackup(office, backup, await contextFor(office, LEADER)))).toBe(code);
    }
    expect(await exportSnapshot(office)).toEqual(before);
  });

  it('leaves the current data exactly as it was when a row breaks a unique number midway, without engine words', async () => {
    const office = await busyOffice();
    const snapshot = await exportSnapshot(await busyOffice());
    const [first, second] = snapshot.tables.complaints as { number: string }[];
    second!.number = first!.number;
    const backup = await checked(snapshot);
    const before = await exportSnapshot(office);
    const result = await restoreBackup(office, backup, await contextFor(office, LEADER));
    expect(result.ok ? null : result.error).toEqual({ code: 'backup-restore-failed' });
    expect(await exportSnapshot(office)).toEqual(before);
  });

  it('leaves the current data exactly as it was when a row in a late table cannot be stored', async () => {
    const office = await busyOffice();
    const snapshot = await exportSnapshot(await busyOffice());
    const review = (incidentId: string, id: string) => ({
      id,
      incidentId,
      causes: '',
      wentWell: '',
      toImprove: '',
      accountability: { decided: false, note: '' },
      followUp: { done: false, note: '' },
      createdAt: '2026-11-23T10:00:00+08:00',
      createdBy: LEADER.id,
      updatedAt: '2026-11-23T10:00:00+08:00',
      updatedBy: LEADER.id,
    });
    const incidentId = (snapshot.tables.incidents![0] as { id: string }).id;
    snapshot.tables.reviews = [review(incidentId, 'r-1'), review(incidentId, 'r-2')];
    const backup = await openBackup(await linesOf(snapshot), { key: ours });
    const before = await exportSnapshot(office);
    if (backup.ok) {
      const result = await restoreBackup(office, backup.value, await contextFor(office, LEADER));
      expect(codeOf(result)).toBe('backup-restore-failed');
    } else {
      expect(backup.error.code).toBe('backup-bad-row');
    }
    expect(await exportSnapshot(office)).toEqual(before);
  });
});

describe('rehearsal data', () => {
  async function drillDb(): Promise<ConsoleDb> {
    const drill = openConsoleDb('drill', `test-drill-${Math.random().toString(36).slice(2)}`);
    await ensureSeeded(drill, NOW);
    opened.push(drill);
    return drill;
  }

  it('is backed up in its own series and restored into the drill database only', async () => {
    const drill = await drillDb();
    await registerComplaint(drill, registration({ subject: '演练：加油站纠纷' }), await contextFor(drill));
    const lines = await linesOf(await exportSnapshot(drill), { mode: 'drill' });
    expect(JSON.parse(lines[0]!)).toMatchObject({ mode: 'drill' });
    const backup = await openedFrom(lines);

    const live = await busyOffice();
    const liveBefore = await exportSnapshot(live);
    expect(codeOf(await restoreBackup(live, backup, await contextFor(live, LEADER)))).toBe('backup-drill-in-live');
    expect(await exportSnapshot(live)).toEqual(liveBefore);

    const another = await drillDb();
    expect((await restoreBackup(another, backup, await contextFor(another, LEADER))).ok).toBe(true);
    expect((await another.complaints.toArray()).map((c) => c.subject)).toEqual(['演练：加油站纠纷']);
  });

  it('never lets a live backup replace the drill data, nor touch the live data from drill mode', async () => {
    const live = await busyOffice();
    const backup = await checked(await exportSnapshot(live));
    const drill = await drillDb();
    const before = await exportSnapshot(drill);
    expect(codeOf(await restoreBackup(drill, backup, await contextFor(drill, LEADER)))).toBe('backup-not-live');
    expect(await exportSnapshot(drill)).toEqual(before);
  });
});

describe('a backup from an older version', () => {
  it('from version 1 moves team membership onto the teams, as opening an old database does', async () => {
    const office = await db();
    const { standardInstructions: _dropped, ...oldPlan } = defaultPlan('2026-11-01T09:00:00+08:00');
    const v1 = await legacyText({
      schemaVersion: 1,
      tables: {
        plans: [oldPlan],
        teams: [
          {
            id: 'c2000000-0000-4000-8000-000000000001',
            code: 'information',
            name: { zh: '信息收集组' },
            duties: { zh: '收集信息' },
            phone: '',
            sample: false,
            updatedAt: '2026-11-01T09:00:00+08:00',
            updatedBy: 'seed',
          },
        ],
        people: [
          {
            id: 'c3000000-0000-4000-8000-000000000001',
            name: '张丽',
            role: 'leader',
            title: '市场部经理',
            phone: '13800000003',
            teamCode: 'information',
            sample: false,
            updatedAt: '2026-11-01T09:00:00+08:00',
            updatedBy: 'seed',
          },
          {
            id: 'c3000000-0000-4000-8000-000000000002',
            name: '陈晓',
            role: 'staff',
            title: '值班员',
            phone: '13800000007',
            sample: false,
            updatedAt: '2026-11-01T09:00:00+08:00',
            updatedBy: 'seed',
          },
        ],
        counters: [{ key: 'TS-20261101', value: 7 }],
      },
    });
    const opened1 = await openBackup(v1.split('\n'), { key: ours });
    if (!opened1.ok) throw new Error(opened1.error.code + JSON.stringify(opened1.error.params));
    const result = await restoreBackup(office, opened1.value, await contextFor(office, LEADER), { untrustedConfirmed: true });
    expect(result.ok).toBe(true);
    expect(await office.teams.toArray()).toEqual([
      expect.objectContaining({
        id: 'c2000000-0000-4000-8000-000000000001',
        kind: 'working-team',
        memberIds: ['c3000000-0000-4000-8000-000000000001'],
      }),
    ]);
    const people = await office.people.toArray();
    expect(people.map((p) => p.name).sort()).toEqual(['张丽', '陈晓']);
    expect(people.every((p) => !('teamCode' in p) && p.department === '')).toBe(true);
    expect((await office.plans.toArray())[0]!.standardInstructions).toHaveLength(4);
    expect(await office.contacts.count()).toBeGreaterThan(0);
    expect(await office.counters.get('TS-20261101')).toEqual({ key: 'TS-20261101', value: 7 });
  });

  it('from version 2 restores into the current version as it is, with the new tables empty', async () => {
    const office = await busyOffice();
    const { notices: _n, imports: _i, ...v2Tables } = (await exportSnapshot(office)).tables;
    const backup = await checked({ schemaVersion: 2, tables: v2Tables });
    const other = await db();
    const result = await restoreBackup(other, backup, await contextFor(other, LEADER));
    expect(result.ok).toBe(true);
    expect(await other.complaints.toArray()).toEqual(v2Tables.complaints);
    expect(await other.notices.count()).toBe(0);
    expect(await other.imports.count()).toBe(0);
  });

  it('from version 3 restores into the current version as it is, with the drill tables empty', async () => {
    const office = await busyOffice();
    const {
      scenarios: _s,
      drillRuns: _r,
      drillNotes: _n,
      drillFindings: _f,
      drillNotices: _d,
      ...v3Tables
    } = (await exportSnapshot(office)).tables;
    const backup = await checked({ schemaVersion: 3, tables: v3Tables });
    const other = await db();
    const result = await restoreBackup(other, backup, await contextFor(other, LEADER));
    expect(result.ok).toBe(true);
    expect(await other.instructions.toArray()).toEqual(v3Tables.instructions);
    expect(await other.drillRuns.count()).toBe(0);
    expect(await other.scenarios.count()).toBe(0);
  });

  it('from version 9 gives the notices stored before their due time was kept that time, so the centre lists them', async () => {
    const office = await busyOffice();
    const tables = (await exportSnapshot(office)).tables;
    const incident = (await office.incidents.toCollection().first())!;
    const old = {
      id: `incident:${incident.id}:report:overdue@1`,
      mode: 'live',
      key: `incident:${incident.id}:report:overdue`,
      kind: 'overdue',
      titleKey: 'notifications.alert.overdue.title',
      bodyKey: 'notifications.alert.overdue.body',
      params: { number: 'SJ-20261120-0001', stage: 'report' },
      target: { kind: 'incident', id: incident.id },
      targetId: incident.id,
      urgent: true,
      firedAt: '2026-11-20T10:00:00+08:00',
      shownCount: 1,
      lastShownAt: '2026-11-20T10:00:00+08:00',
    };
    const backup = await checked({ schemaVersion: 9, tables: { ...tables, notices: [old] } });
    const other = await db();
    const result = await restoreBackup(other, backup, await contextFor(other, LEADER));
    expect(result.ok).toBe(true);
    expect((await other.notices.get(old.id))?.dueAt).toBe(old.firedAt);
    expect((await latestNotices(other, 'all', 10)).map((n) => n.id)).toEqual([old.id]);
  });
});
