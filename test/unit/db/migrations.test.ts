// Opening a database written by an earlier version keeps everything the office saved.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_SCHEMA_VERSION } from '@shared/backupFormat';
import { defaultPlan } from '@shared/defaultPlan';
import type { Complaint, Incident, TimelineEntry } from '@shared/model';
import { registerComplaint } from '../../../renderer/db/complaints';
import { addCommunication } from '../../../renderer/db/communications';
import { applyCommand } from '../../../renderer/db/incidents';
import { latestNotices } from '../../../renderer/db/notices';
import { ConsoleDb } from '../../../renderer/db/schema';
import { contextFor, freshDb, LEADER, registration } from '../../fixtures/database';

// The store definitions each released version declared, frozen here as they shipped: the
// schema module may only add versions, and these tests prove each older database still opens.
const V1_STORES = {
  plans: 'id, updatedAt',
  people: 'id, name, role, teamCode',
  teams: 'id, code',
  complaints: 'id, &number, incidentId, receivedAt, updatedAt',
  incidents:
    'id, &number, updatedAt, nextDeadlineAt, *complainantNames, [level+updatedAt], [state+updatedAt], [categoryCode+updatedAt], [channelCode+updatedAt]',
  timeline: 'id, incidentId, [incidentId+at], at',
  communications: 'id, incidentId, [incidentId+at]',
  settings: 'key',
  counters: 'key',
};
const HISTORIC_STORES: Record<number, Record<string, string>> = {
  1: V1_STORES,
  2: {
    teams: 'id, code, kind, incidentId',
    duty: 'id, date, personId',
    contacts: 'id, category, organisation',
    instructions: 'id, incidentId, teamId, assigneeId, state, deadline, [teamId+state]',
  },
  3: {
    complaints: 'id, &number, incidentId, receivedAt, updatedAt, importId, externalRef',
    incidents:
      'id, &number, updatedAt, nextDeadlineAt, *complainantNames, [level+updatedAt], [state+updatedAt], [categoryCode+updatedAt], [channelCode+updatedAt], importId',
    notices: 'id, key, firedAt, acknowledgedAt, targetId',
    imports: 'id, startedAt, status',
  },
  4: {
    scenarios: 'id, updatedAt',
    drillRuns: 'id, &number, [scenario.id+createdAt], createdAt',
    drillNotes: 'id, runId, [runId+at]',
    drillFindings: 'id, runId, dueDate, status',
    drillNotices: 'id, updatedAt, startsAt',
  },
  5: {
    releases: 'id, incidentId, status, updatedAt',
    opinions: 'id, incidentId, [incidentId+foundAt], foundAt',
    resources: 'id, type, status, updatedAt',
    allocations: 'id, resourceId, incidentId, returnedAt, [resourceId+returnedAt]',
    reviews: 'id, &incidentId, updatedAt',
    measures: 'id, incidentId, status, dueDate',
  },
  6: { calendarYears: 'id, &year, status' },
  7: { commandLog: '++seq, name, at' },
  8: {
    summaries: 'key',
    instructions: 'id, incidentId, teamId, assigneeId, state, deadline, [teamId+state], [state+deadline]',
    incidents:
      'id, &number, updatedAt, nextDeadlineAt, *complainantNames, [level+updatedAt], [state+updatedAt], [categoryCode+updatedAt], [channelCode+updatedAt], importId, deadlineUnknown, boardAt, [level+boardAt], [state+boardAt], [categoryCode+boardAt], [channelCode+boardAt]',
  },
  9: { accounts: 'personId' },
};

/** A database exactly as the build that shipped `version` created it, with none of the later ones. */
function historicDb(name: string, version: number): Dexie {
  const db = new Dexie(name);
  for (let v = 1; v <= version; v += 1) db.version(v).stores(HISTORIC_STORES[v]!);
  return db;
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

type OfficeRecords = {
  tables: Record<string, unknown[]>;
  complaints: Complaint[];
  incidents: Incident[];
  timeline: TimelineEntry[];
};

/**
 * What an office's database holds after a morning's work, written by today's repositories: two
 * registrations, one verified, graded and activated by the leader, a call to the complainant.
 */
async function officeMorning(): Promise<OfficeRecords> {
  const db = await freshDb();
  const first = await registerComplaint(db, registration(), await contextFor(db));
  const second = await registerComplaint(
    db,
    registration({
      subject: '景区索道停运未退票',
      content: '索道临时停运，售票处拒绝退还已购票款，游客滞留山顶。',
      place: '北山景区索道站',
    }),
    await contextFor(db),
  );
  if (!first.ok || !second.ok) throw new Error('registration refused');
  const incidentId = first.value.incident.id;
  for (const command of [
    { type: 'verify', note: '核实为有效投诉' },
    { type: 'grade', level: 2, reason: '涉及计量，需多部门核查' },
  ] as const) {
    const moved = await applyCommand(db, incidentId, command, await contextFor(db));
    if (!moved.ok) throw new Error(moved.error.code);
  }
  const activated = await applyCommand(db, incidentId, { type: 'activateResponse' }, await contextFor(db, LEADER));
  if (!activated.ok) throw new Error(activated.error.code);
  const called = await addCommunication(
    db,
    incidentId,
    { at: '2026-11-23T09:50', channel: 'phone', person: '周先生', summary: '电话告知已安排计量复核', outcome: '投诉人同意等待结果' },
    await contextFor(db),
  );
  if (!called.ok) throw new Error(called.error.code);
  const tables: Record<string, unknown[]> = {};
  for (const table of ['plans', 'people', 'teams', 'complaints', 'incidents', 'timeline', 'communications', 'counters', 'contacts']) {
    tables[table] = await db.table(table).toArray();
  }
  const records = {
    tables,
    complaints: byId(await db.complaints.toArray()),
    incidents: byId(await db.incidents.toArray()),
    timeline: byId(await db.timeline.toArray()),
  };
  db.close();
  await db.delete();
  return records;
}

/** The same rows as version 1 stored them: membership on the person, no kinds, no departments. */
function asVersion1(tables: Record<string, unknown[]>): Record<string, unknown[]> {
  type Row = Record<string, unknown>;
  const teams = tables.teams as Row[];
  const teamOf = (personId: string) =>
    teams.find((t) => t.kind === 'working-team' && (t.memberIds as string[]).includes(personId))?.code as string | undefined;
  return {
    plans: (tables.plans as Row[]).map(({ standardInstructions: _later, ...plan }) => plan),
    teams: teams.filter((t) => t.kind !== 'task-force').map(({ kind: _k, memberIds: _m, incidentId: _i, ...team }) => team),
    people: (tables.people as Row[]).map(({ department: _d, ...person }) => {
      const teamCode = teamOf(person.id as string);
      return teamCode ? { ...person, teamCode } : person;
    }),
    complaints: tables.complaints!,
    incidents: tables.incidents!,
    timeline: tables.timeline!,
    communications: tables.communications!,
    counters: tables.counters!,
  };
}

let open: ConsoleDb | undefined;
afterEach(async () => {
  open?.close();
  if (open) await open.delete();
  open = undefined;
});

describe.each([1, 2, 3, 4, 9])('a database last opened by schema version %i', (version) => {
  it('opens at the current version with every complaint, incident and timeline entry intact', async () => {
    const office = await officeMorning();
    const name = `migration-v${version}-${Math.random().toString(36).slice(2)}`;
    const old = historicDb(name, version);
    const rows = version === 1 ? asVersion1(office.tables) : office.tables;
    for (const [table, tableRows] of Object.entries(rows)) await old.table(table).bulkAdd(tableRows);
    old.close();

    open = new ConsoleDb(name, 'live');
    await open.open();

    expect(open.verno).toBe(APP_SCHEMA_VERSION);
    expect(byId(await open.complaints.toArray())).toEqual(office.complaints);
    expect(byId(await open.incidents.toArray())).toEqual(office.incidents);
    expect(byId(await open.timeline.toArray())).toEqual(office.timeline);
    expect(await open.communications.count()).toBe(1);
    // The indexes the board and the incident page read answer over the old rows.
    const activated = office.incidents.find((i) => i.state === 'investigating')!;
    expect(
      await open.incidents.where('[state+updatedAt]').between(['investigating', Dexie.minKey], ['investigating', Dexie.maxKey]).count(),
    ).toBe(1);
    const history = await open.timeline
      .where('[incidentId+at]')
      .between([activated.id, Dexie.minKey], [activated.id, Dexie.maxKey])
      .toArray();
    expect(history.map((e) => e.kind)).toEqual(['registered', 'verify', 'grade', 'activateResponse', 'communication']);
    expect(await open.complaints.where('number').equals(office.complaints[0]!.number).count()).toBe(1);
    // Version 1 kept team membership on the person; it now lives on the team.
    const members = (rows.people as { id: string; teamCode?: string }[]).filter((p) => p.teamCode);
    expect(members.length > 0).toBe(version === 1);
    for (const person of members) {
      const team = await open.teams.where('code').equals(person.teamCode!).first();
      expect(team?.memberIds).toContain(person.id);
    }
    expect((await open.people.toArray()).some((p) => 'teamCode' in p)).toBe(false);
    // Tables of later versions are there and empty.
    expect(await open.releases.count()).toBe(0);
    expect(await open.reviews.count()).toBe(0);
  });

  it('goes on numbering after the last complaint it already issued', async () => {
    const office = await officeMorning();
    const name = `migration-numbers-v${version}-${Math.random().toString(36).slice(2)}`;
    const old = historicDb(name, version);
    const rows = version === 1 ? asVersion1(office.tables) : office.tables;
    for (const [table, tableRows] of Object.entries(rows)) await old.table(table).bulkAdd(tableRows);
    old.close();

    open = new ConsoleDb(name, 'live');
    const third = await registerComplaint(open, registration({ subject: '第三起投诉' }), await contextFor(open));

    expect(third.ok && third.value.complaint.number).toBe('TS-20261123-0003');
    expect(third.ok && third.value.incident.number).toBe('SJ-20261123-0003');
    expect(await open.complaints.count()).toBe(3);
  });
});

describe('upgrading the database from version 9', () => {
  it('gives the notices stored before their due time was kept that time, and lists them in the centre in order', async () => {
    const name = `migration-notices-${Math.random().toString(36).slice(2)}`;
    const old = historicDb(name, 9);
    const notice = (id: string, firedAt: string, dueAt?: string) => ({
      id,
      mode: 'live',
      key: id,
      kind: 'overdue',
      titleKey: 'notifications.alert.overdue.title',
      bodyKey: 'notifications.alert.overdue.body',
      params: { number: 'SJ-20261120-0001', stage: 'report' },
      target: { kind: 'incident', id: 'i-1' },
      targetId: 'i-1',
      urgent: true,
      firedAt,
      ...(dueAt ? { dueAt } : {}),
      shownCount: 1,
      lastShownAt: firedAt,
    });
    await old.table('notices').bulkAdd([
      // From before `dueAt`: the time it was due is its firedAt.
      notice('n-old', '2026-11-20T10:00:00+08:00'),
      // Raised together on Monday morning, due over the weekend.
      notice('n-sat', '2026-11-23T08:30:00+08:00', '2026-11-21T09:30:00+08:00'),
      notice('n-sun', '2026-11-23T08:30:00+08:00', '2026-11-22T09:30:00+08:00'),
    ]);
    old.close();

    open = new ConsoleDb(name, 'live');
    await open.open();
    expect(open.verno).toBe(APP_SCHEMA_VERSION);
    expect((await open.notices.get('n-old'))?.dueAt).toBe('2026-11-20T10:00:00+08:00');
    expect((await open.notices.get('n-sat'))?.dueAt).toBe('2026-11-21T09:30:00+08:00');
    expect((await latestNotices(open, 'all', 10)).map((n) => n.id)).toEqual(['n-sun', 'n-sat', 'n-old']);
    expect((await latestNotices(open, 'unacknowledged', 2)).map((n) => n.id)).toEqual(['n-sun', 'n-sat']);
  });
});

describe('upgrading the database from version 1', () => {
  it('moves team membership onto the teams, keeps people and records, and adds the new structure', async () => {
    const name = `migration-${Math.random().toString(36).slice(2)}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    const { standardInstructions: _dropped, ...oldPlan } = defaultPlan('2026-11-01T09:00:00+08:00');
    await v1.table('plans').add(oldPlan);
    await v1.table('teams').add({ id: 't-info', code: 'information', name: { zh: '信息收集组' }, duties: { zh: '收集信息' }, phone: '' });
    await v1.table('people').bulkAdd([
      { id: 'p-1', name: '张丽', role: 'member', title: '市场部经理', phone: '13800000003', teamCode: 'information', sample: false },
      { id: 'p-2', name: '陈晓', role: 'staff', title: '值班员', phone: '13800000007', sample: false },
    ]);
    await v1.table('counters').add({ key: 'TS-20261101', value: 7 });
    v1.close();

    const db = new ConsoleDb(name, 'live');
    await db.open();
    expect(db.verno).toBe(APP_SCHEMA_VERSION);
    const team = await db.teams.get('t-info');
    expect(team).toMatchObject({ kind: 'working-team', memberIds: ['p-1'] });
    const people = await db.people.toArray();
    expect(people.map((p) => p.name).sort()).toEqual(['张丽', '陈晓']);
    expect(people.every((p) => !('teamCode' in p) && p.department === '')).toBe(true);
    expect((await db.plans.toArray())[0]!.standardInstructions.map((s) => s.teamCode)).toEqual([
      'information',
      'coordination',
      'publicity',
      'logistics',
    ]);
    expect(await db.contacts.count()).toBeGreaterThan(0);
    expect(await db.counters.get('TS-20261101')).toEqual({ key: 'TS-20261101', value: 7 });
    db.close();
    await db.delete();
  });
});

describe('backups', () => {
  it('declare the database schema version this build opens, so a restore knows what it holds', async () => {
    const db = new ConsoleDb(`verno-${Math.random().toString(36).slice(2)}`, 'live');
    await db.open();
    expect(db.verno).toBe(APP_SCHEMA_VERSION);
    db.close();
    await db.delete();
  });
});
