// The scenario library (演练脚本库): the built-in scenarios shipped with the console and the
// office's own, kept in the drill database.
import { BUILT_IN_SCENARIOS } from '@shared/scenarios';
import type { Scenario } from '@shared/scenario';
import type { ConsoleDb } from './schema';

/** Built-in scenarios first (in their shipped order), then the office's own, newest first. */
export async function listScenarios(db: ConsoleDb): Promise<Scenario[]> {
  const own = db.mode === 'drill' ? await db.scenarios.orderBy('updatedAt').reverse().toArray() : [];
  return [...BUILT_IN_SCENARIOS, ...own];
}

export async function getScenario(db: ConsoleDb, id: string): Promise<Scenario | undefined> {
  return BUILT_IN_SCENARIOS.find((s) => s.id === id) ?? (db.mode === 'drill' ? await db.scenarios.get(id) : undefined);
}
