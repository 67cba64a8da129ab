// The scenario library (演练脚本库): the built-in scenarios shipped with the console and the
// office's own, kept in the drill database. Changes run as commands (decisions in
// shared/scenarioCommands.ts) through the executor.
import type { Scenario } from '@shared/scenario';
import type { ImportedScenario } from '@shared/scenarioCommands';
import { scenarioFileText } from '@shared/scenarioFile';
import { BUILT_IN_SCENARIOS } from '@shared/scenarios';
import * as setup from '@shared/officePlanCommands';
import { fail, ok, type Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute } from './executor';
import type { ConsoleDb } from './schema';

export { problemOf, scenarioProblems, type ImportedScenario } from '@shared/scenarioCommands';

/** Built-in scenarios first (in their shipped order), then the office's own, newest first. */
export async function listScenarios(db: ConsoleDb): Promise<Scenario[]> {
  const own = db.mode === 'drill' ? await db.scenarios.orderBy('updatedAt').reverse().toArray() : [];
  return [...BUILT_IN_SCENARIOS, ...own];
}

export async function getScenario(db: ConsoleDb, id: string): Promise<Scenario | undefined> {
  return BUILT_IN_SCENARIOS.find((s) => s.id === id) ?? (db.mode === 'drill' ? await db.scenarios.get(id) : undefined);
}

// Read and decided the same on every seat and on the office server (shared/officePlanCommands.ts).
export const { copyScenarioCommand, saveScenarioCommand, deleteScenarioCommand, importScenarioCommand } = setup;

/** Copies a built-in (or office) scenario as the office's own, under a new id, titled （副本）. */
export const copyScenario = (db: ConsoleDb, id: string, ctx: WriteContext): Promise<Result<Scenario>> =>
  execute(db, copyScenarioCommand, { id }, ctx);
/** Saves an office scenario after checking the whole of it (`scenario-invalid` names every problem). */
export const saveScenario = (db: ConsoleDb, scenario: Scenario, ctx: WriteContext): Promise<Result<Scenario>> =>
  execute(db, saveScenarioCommand, { scenario }, ctx);
/** Deletes one of the office's scenarios; built-ins stay. Drill runs keep their own copy of it. */
export const deleteScenario = (db: ConsoleDb, id: string, ctx: WriteContext): Promise<Result<void>> =>
  execute(db, deleteScenarioCommand, { id }, ctx);
/** Adds the scenario in a file's text as one of the office's own, never over one already there. */
export const importScenario = (db: ConsoleDb, text: string, ctx: WriteContext): Promise<Result<ImportedScenario>> =>
  execute(db, importScenarioCommand, { text }, ctx);

/** The scenario as the JSON text of a scenario file. */
export async function exportScenario(db: ConsoleDb, id: string): Promise<Result<string>> {
  const scenario = await getScenario(db, id);
  return scenario ? ok(scenarioFileText(scenario)) : fail('scenario-not-found');
}
