// Opening a database written by an earlier version keeps everything the office saved.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { APP_SCHEMA_VERSION } from '@shared/backupFormat';
import { defaultPlan } from '@shared/defaultPlan';
import { ConsoleDb } from '../../../renderer/db/schema';

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
