// The scenario library's repository: copies of built-ins, saving only what the schema accepts,
// the drill database only, imports that never overwrite, and an export that imports back the same.
import { describe, expect, it } from 'vitest';
import { SCENARIO_FORMAT, type Scenario } from '@shared/scenario';
import { BUILT_IN_SCENARIOS, fuelDisputeScenario } from '@shared/scenarios';
import { scenarioFileText } from '@shared/scenarioFile';
import { ConsoleDb } from '../../../renderer/db/schema';
import { ensureSeeded } from '../../../renderer/db/seed';
import {
  copyScenario,
  deleteScenario,
  exportScenario,
  getScenario,
  importScenario,
  listScenarios,
  saveScenario,
} from '../../../renderer/db/scenarios';
import { contextFor, freshDb, NOW, TRAINER } from '../../fixtures/database';

let counter = 0;
async function drillDb(): Promise<ConsoleDb> {
  counter += 1;
  const db = new ConsoleDb(`scenarios-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`, 'drill');
  await ensureSeeded(db, NOW);
  return db;
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  return result.value;
}

async function officeCopy(db: ConsoleDb, now = NOW): Promise<Scenario> {
  return value(await copyScenario(db, fuelDisputeScenario.id, await contextFor(db, TRAINER, now)));
}

describe('the scenario library', () => {
  it('copies a built-in as the office’s own under a new id, titled as a copy, and lists it after the built-ins', async () => {
    const db = await drillDb();
    const copy = await officeCopy(db);
    expect(copy.id).toBe('fuel-dispute-copy');
    expect(copy.id).toMatch(/^[a-z0-9-]{1,60}$/);
    expect(copy.builtIn).toBe(false);
    expect(copy.title.zh).toBe('加油站加油数量纠纷（副本）');
    expect(copy.updatedAt).toBe('2026-11-23T10:00:00+08:00');
    expect(copy.injects).toEqual(fuelDisputeScenario.injects);
    expect(fuelDisputeScenario.builtIn).toBe(true);

    const second = value(await copyScenario(db, copy.id, await contextFor(db, TRAINER, NOW + 60_000)));
    expect(second.id).toBe('fuel-dispute-copy-2');
    const listed = await listScenarios(db);
    expect(listed.map((s) => s.id)).toEqual([...BUILT_IN_SCENARIOS.map((s) => s.id), second.id, copy.id]);
  });

  it('saves a valid edit of an office scenario with a new time', async () => {
    const db = await drillDb();
    const copy = await officeCopy(db);
    const edited = structuredClone(copy);
    edited.injects[2]!.offsetMinutes = 30;
    edited.injects[0]!.expectedActions[0]!.limitMinutes = 12;
    const saved = value(await saveScenario(db, edited, await contextFor(db, TRAINER, NOW + 5 * 60_000)));
    expect(saved.updatedAt).toBe('2026-11-23T10:05:00+08:00');
    const stored = await getScenario(db, copy.id);
    expect(stored?.injects[2]?.offsetMinutes).toBe(30);
    expect(stored?.injects[0]?.expectedActions[0]?.limitMinutes).toBe(12);
  });

  it('refuses an invalid scenario with every problem by its path, and writes nothing', async () => {
    const db = await drillDb();
    const copy = await officeCopy(db);
    const broken = structuredClone(copy);
    broken.title.zh = '';
    broken.injects[0]!.expectedActions[0]!.limitMinutes = 0;
    broken.injects[1]!.offsetMinutes = Number.NaN;
    broken.injects[2]!.expectedActions[0]!.limitMinutes = 2.5;
    const result = await saveScenario(db, broken, await contextFor(db, TRAINER));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('scenario-invalid');
    expect(result.error.params).toEqual({
      'title.zh': 'required',
      'injects.0.expectedActions.0.limitMinutes': 'too-small:1',
      'injects.1.offsetMinutes': 'number-required',
      'injects.2.expectedActions.0.limitMinutes': 'whole-number',
    });
    expect(await getScenario(db, copy.id)).toEqual(copy);
  });

  it('names the cross-checks: an action for an objective the scenario does not have', async () => {
    const db = await drillDb();
    const copy = await officeCopy(db);
    const broken = structuredClone(copy);
    broken.objectives = broken.objectives.filter((o) => o.code !== 'on-site-control');
    const result = await saveScenario(db, broken, await contextFor(db, TRAINER));
    expect(result.ok ? null : result.error.params).toMatchObject({ 'injects.0.expectedActions.2.objective': 'objective-unknown' });
    expect(await getScenario(db, copy.id)).toEqual(copy);
  });

  it('refuses to save over a built-in scenario', async () => {
    const db = await drillDb();
    const edited = { ...structuredClone(fuelDisputeScenario), builtIn: false, summary: { zh: '改过的概要' } };
    const result = await saveScenario(db, edited, await contextFor(db, TRAINER));
    expect(result.ok ? null : result.error.code).toBe('scenario-built-in-read-only');
    expect(await db.scenarios.count()).toBe(0);
    expect((await getScenario(db, fuelDisputeScenario.id))?.summary).toEqual(fuelDisputeScenario.summary);
  });

  it('refuses every write on the live database', async () => {
    const live = await freshDb();
    const ctx = await contextFor(live, TRAINER);
    const copy = { ...structuredClone(fuelDisputeScenario), id: 'office-fuel', builtIn: false };
    const refusals = [
      await copyScenario(live, fuelDisputeScenario.id, ctx),
      await saveScenario(live, copy, ctx),
      await importScenario(live, scenarioFileText(copy), ctx),
      await deleteScenario(live, 'office-fuel', ctx),
    ];
    expect(refusals.map((r) => (r.ok ? 'saved' : r.error.code))).toEqual(Array(4).fill('drill-database-required'));
    expect(await live.scenarios.count()).toBe(0);
  });

  it('deletes an office scenario but never a built-in', async () => {
    const db = await drillDb();
    const copy = await officeCopy(db);
    const ctx = await contextFor(db, TRAINER);
    expect((await deleteScenario(db, fuelDisputeScenario.id, ctx)).ok).toBe(false);
    expect(value(await deleteScenario(db, copy.id, ctx))).toBeUndefined();
    expect(await getScenario(db, copy.id)).toBeUndefined();
    expect((await listScenarios(db)).length).toBe(BUILT_IN_SCENARIOS.length);
    const again = await deleteScenario(db, copy.id, ctx);
    expect(again.ok ? null : again.error.code).toBe('scenario-not-found');
  });
});

describe('scenario files', () => {
  it('exports an office scenario that imports back equal, beside the original under a new id', async () => {
    const db = await drillDb();
    const copy = await officeCopy(db);
    const text = value(await exportScenario(db, copy.id));
    expect(JSON.parse(text)).toMatchObject({ format: SCENARIO_FORMAT, formatVersion: 1, scenario: { id: copy.id } });

    // Into another office's library: the same scenario, id and all.
    const other = await drillDb();
    const imported = value(await importScenario(other, text, await contextFor(other, TRAINER)));
    expect(imported.renamed).toBe(false);
    expect(await getScenario(other, copy.id)).toEqual(copy);

    // Into the same library: added beside it, never over it.
    const again = value(await importScenario(db, text, await contextFor(db, TRAINER, NOW + 60_000)));
    expect(again.renamed).toBe(true);
    expect(again.scenario.id).toBe('fuel-dispute-copy-2');
    expect(again.scenario.title.zh).toBe('加油站加油数量纠纷（副本）（导入）');
    expect(again.scenario.injects).toEqual(copy.injects);
    expect(await getScenario(db, copy.id)).toEqual(copy);
    expect(await db.scenarios.count()).toBe(2);
  });

  it('imports an exported built-in as an office scenario, never as a built-in', async () => {
    const db = await drillDb();
    const text = value(await exportScenario(db, fuelDisputeScenario.id));
    const imported = value(await importScenario(db, text, await contextFor(db, TRAINER)));
    expect(imported.renamed).toBe(true);
    expect(imported.scenario).toMatchObject({ id: 'fuel-dispute-copy', builtIn: false });
    expect(await getScenario(db, fuelDisputeScenario.id)).toBe(fuelDisputeScenario);
  });

  it('refuses files that are not JSON, not a scenario, from a newer console or invalid, adding nothing', async () => {
    const db = await drillDb();
    const ctx = await contextFor(db, TRAINER);
    const good = JSON.parse(value(await exportScenario(db, fuelDisputeScenario.id))) as { scenario: Scenario };
    const invalid = structuredClone(good);
    invalid.scenario.injects[1]!.expectedActions[0]!.limitMinutes = 0;
    const cases = [
      '这不是 JSON',
      JSON.stringify({ format: 'backup', data: [] }),
      JSON.stringify({ ...good, formatVersion: 9 }),
      JSON.stringify(invalid),
    ];
    const refusals = await Promise.all(cases.map((text) => importScenario(db, text, ctx)));
    expect(refusals.map((r) => (r.ok ? null : r.error))).toEqual([
      expect.objectContaining({ code: 'scenario-not-json' }),
      expect.objectContaining({ code: 'scenario-wrong-format' }),
      expect.objectContaining({ code: 'scenario-newer-format', params: { formatVersion: 9, knownFormatVersion: 1 } }),
      expect.objectContaining({
        code: 'scenario-invalid-file',
        params: { path: 'injects.1.expectedActions.0.limitMinutes', problem: 'too-small:1' },
      }),
    ]);
    expect(await db.scenarios.count()).toBe(0);
  });
});
