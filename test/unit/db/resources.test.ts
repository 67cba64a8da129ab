import { afterEach, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { resourceStandings, type ResourceInput } from '@shared/resources';
import { registerComplaint } from '../../../renderer/db/complaints';
import { applyCommand } from '../../../renderer/db/incidents';
import { allocateResource, loadSampleResources, returnAllocation, saveResource } from '../../../renderer/db/resources';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { en } from '../../../renderer/i18n/en';
import { zhCN } from '../../../renderer/i18n/zh-CN';
import { failureText, timelineText } from '../../../renderer/ui/describe';
import { contextFor, freshDb, LEADER, NOW, registration } from '../../fixtures/database';

let db: ConsoleDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

const radiosInput: ResourceInput = {
  type: 'communication',
  name: '对讲机',
  quantity: '20',
  unit: 'device',
  location: '综合保障部器材库',
  custodianName: '孙强',
  custodianPhone: '13800000006',
  status: 'available',
  minimum: '10',
  note: '',
};

async function setUp() {
  db = await freshDb();
  const registered = await registerComplaint(db, registration(), await contextFor(db));
  if (!registered.ok) throw new Error(registered.error.code);
  const saved = await saveResource(db, null, radiosInput, await contextFor(db));
  if (!saved.ok) throw new Error(saved.error.code);
  return { incident: registered.value.incident, radios: saved.value };
}

const allocation = (resourceId: string, quantity: string, extra: Partial<{ expectedReturnAt: string; note: string }> = {}) => ({
  resourceId,
  quantity,
  expectedReturnAt: '',
  note: '',
  ...extra,
});
const entries = async (incidentId: string) =>
  (await db.timeline.where('incidentId').equals(incidentId).toArray()).filter((e) => e.kind.startsWith('resource'));
const standingOf = async (resourceId: string) => {
  const incidents = new Map((await db.incidents.toArray()).map((i) => [i.id, i]));
  const all = resourceStandings(await db.resources.toArray(), await db.allocations.toArray(), (id) => incidents.get(id), NOW);
  return all.find((s) => s.resource.id === resourceId)!;
};

describe('the inventory', () => {
  it('saves a resource with who and when, and marks each bad field without saving', async () => {
    const { radios } = await setUp();
    expect(radios).toMatchObject({
      mode: 'live',
      quantity: 20,
      minimum: 10,
      custodian: { name: '孙强', phone: '13800000006' },
      sample: false,
    });
    const bad = await saveResource(db, null, { ...radiosInput, name: '', quantity: '很多', custodianPhone: '123' }, await contextFor(db));
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'validation',
        params: { name: 'validation.required', quantity: 'validation.wholeNumber', custodianPhone: 'validation.phone' },
      },
    });
    expect(await db.resources.count()).toBe(1);
  });

  it('loads the sample inventory into an empty list only', async () => {
    db = await freshDb();
    const loaded = await loadSampleResources(db, await contextFor(db));
    expect(loaded.ok && loaded.value.length).toBeGreaterThan(8);
    expect((await db.resources.toArray()).every((r) => r.sample && r.mode === 'live')).toBe(true);
    const again = await loadSampleResources(db, await contextFor(db));
    expect(again.ok ? 'loaded' : again.error.code).toBe('resources-not-empty');
    expect(await db.resources.count()).toBe(loaded.ok ? loaded.value.length : -1);
  });

  it('logs the ids of the samples it made, so a replay makes the same rows', async () => {
    db = await freshDb();
    await loadSampleResources(db, await contextFor(db));
    const logged = await db.commandLog.where('name').equals('resource.loadSamples').first();
    const ids = (await db.resources.toArray()).map((r) => r.id);
    expect(logged?.ids).toEqual(expect.arrayContaining(ids));
  });

  it('will not cut the holding below what is out with incidents, nor retire it until it is back', async () => {
    const { incident, radios } = await setUp();
    await allocateResource(db, incident.id, allocation(radios.id, '15'), await contextFor(db));
    const cut = await saveResource(db, radios.id, { ...radiosInput, quantity: '14' }, await contextFor(db));
    expect(cut.ok ? 'saved' : cut.error).toEqual({ code: 'resource-quantity-below-allocated', params: { allocated: 15, unit: 'device' } });
    const retire = await saveResource(db, radios.id, { ...radiosInput, status: 'retired' }, await contextFor(db));
    expect(retire.ok ? 'saved' : retire.error.code).toBe('resource-retire-allocated');
    expect((await db.resources.get(radios.id))!.quantity).toBe(20);
    const fewer = await saveResource(db, radios.id, { ...radiosInput, quantity: '15' }, await contextFor(db));
    expect(fewer.ok).toBe(true);
  });
});

describe('allocating to an incident', () => {
  it('allocates up to what is available, with its entry on the incident’s timeline', async () => {
    const { incident, radios } = await setUp();
    const made = await allocateResource(
      db,
      incident.id,
      allocation(radios.id, '12', { expectedReturnAt: '2026-11-24T18:00', note: '现场维持秩序' }),
      await contextFor(db),
    );
    expect(made.ok).toBe(true);
    expect(made.ok && made.value).toMatchObject({
      quantity: 12,
      allocatedByName: '陈晓',
      expectedReturnAt: '2026-11-24T18:00:00+08:00',
      note: '现场维持秩序',
    });
    const standing = await standingOf(radios.id);
    expect(standing.available).toBe(8);
    expect(standing.flags).toEqual(['short']);
    expect(await entries(incident.id)).toMatchObject([
      {
        kind: 'resource-allocated',
        actorName: '陈晓',
        note: '现场维持秩序',
        params: { resource: '对讲机', quantity: 12, unit: 'device', due: '2026-11-24 18:00', context: 'due' },
      },
    ]);
  });

  it('refuses more than is available and writes nothing', async () => {
    const { incident, radios } = await setUp();
    await allocateResource(db, incident.id, allocation(radios.id, '15'), await contextFor(db));
    const more = await allocateResource(db, incident.id, allocation(radios.id, '6'), await contextFor(db));
    expect(more.ok ? 'allocated' : more.error).toEqual({
      code: 'resource-short',
      params: { resource: '对讲机', available: 5, unit: 'device' },
    });
    expect(await db.allocations.count()).toBe(1);
    expect(await entries(incident.id)).toHaveLength(1);
  });

  it('refuses a resource under maintenance, and an incident that is no longer open', async () => {
    const { incident, radios } = await setUp();
    await saveResource(db, radios.id, { ...radiosInput, status: 'maintenance' }, await contextFor(db));
    const repairing = await allocateResource(db, incident.id, allocation(radios.id, '1'), await contextFor(db));
    expect(repairing.ok ? 'allocated' : repairing.error.code).toBe('resource-in-maintenance');
    await saveResource(db, radios.id, radiosInput, await contextFor(db));
    await applyCommand(db, incident.id, { type: 'reject', kind: 'invalid', reason: '经核实不属实' }, await contextFor(db, LEADER));
    const rejected = await allocateResource(db, incident.id, allocation(radios.id, '1'), await contextFor(db));
    expect(rejected.ok ? 'allocated' : rejected.error).toEqual({ code: 'resource-incident-closed', params: { number: incident.number } });
    expect(await db.allocations.count()).toBe(0);
  });

  it('marks bad fields of the allocation form and writes nothing', async () => {
    const { incident } = await setUp();
    const bad = await allocateResource(
      db,
      incident.id,
      allocation('', '0', { expectedReturnAt: '2026-11-23T09:00' }),
      await contextFor(db),
    );
    expect(bad.ok ? 'allocated' : bad.error.params).toEqual({
      resourceId: 'validation.choose',
      quantity: 'resources.validation.atLeastOne',
      expectedReturnAt: 'resources.validation.returnNotFuture',
    });
    expect(await db.allocations.count()).toBe(0);
  });
});

describe('returning', () => {
  it('returns once, with who and when and an entry, and the quantity is available again', async () => {
    const { incident, radios } = await setUp();
    const made = await allocateResource(db, incident.id, allocation(radios.id, '12'), await contextFor(db));
    if (!made.ok) throw new Error(made.error.code);
    const back = await returnAllocation(db, made.value.id, await contextFor(db, LEADER, NOW + 3_600_000));
    expect(back.ok && back.value).toMatchObject({ returnedByName: '王建国', returnedAt: '2026-11-23T11:00:00+08:00' });
    expect((await standingOf(radios.id)).available).toBe(20);
    const twice = await returnAllocation(db, made.value.id, await contextFor(db));
    expect(twice.ok ? 'returned' : twice.error.code).toBe('allocation-already-returned');
    expect((await entries(incident.id)).map((e) => [e.kind, e.actorName])).toEqual([
      ['resource-allocated', '陈晓'],
      ['resource-returned', '王建国'],
    ]);
  });

  it('flags what is still out once the incident is over, and still takes it back', async () => {
    const { incident, radios } = await setUp();
    const made = await allocateResource(db, incident.id, allocation(radios.id, '2'), await contextFor(db));
    if (!made.ok) throw new Error(made.error.code);
    await applyCommand(db, incident.id, { type: 'reject', kind: 'special', reason: '重复投诉' }, await contextFor(db, LEADER));
    const flagged = await standingOf(radios.id);
    expect(flagged.flags).toEqual(['unreturned']);
    expect(flagged.unreturned.map((u) => u.reason)).toEqual(['incident-closed']);
    expect((await returnAllocation(db, made.value.id, await contextFor(db))).ok).toBe(true);
    expect((await standingOf(radios.id)).flags).toEqual([]);
  });
});

describe('in words', () => {
  it('tells the allocation, its return and a refusal in Chinese and English', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
      lng: 'zh-CN',
      interpolation: { escapeValue: false },
    });
    const params = { resource: '对讲机', quantity: 3, unit: 'device' };
    expect(timelineText('resource-allocated', { ...params, due: '2026-11-24 18:00', context: 'due' }, i18n.t)).toBe(
      '调配资源：对讲机 3台，预计 2026-11-24 18:00 归还',
    );
    expect(timelineText('resource-returned', params, i18n.t)).toBe('归还资源：对讲机 3台');
    expect(failureText({ code: 'resource-short', params: { resource: '对讲机', available: 2, unit: 'device' } }, i18n.t)).toBe(
      '“对讲机”当前只有 2台可用，不能超出可用数量调配。',
    );
    await i18n.changeLanguage('en');
    expect(timelineText('resource-allocated', params, i18n.t)).toBe('Resource allocated: 对讲机 × 3');
    expect(failureText({ code: 'resource-in-maintenance', params: { resource: '对讲机' } }, i18n.t)).toBe(
      '“对讲机” is under maintenance and cannot be allocated.',
    );
  });
});
