// First run: the default plan and the sample organisation, written as one store change so a
// half-seeded database cannot exist, and logged once (not at every start of a seeded store).
import { defaultPlan } from '@shared/defaultPlan';
import { planInForceAt } from '@shared/planVersions';
import { SAMPLE_CONTACTS, SAMPLE_PEOPLE, SAMPLE_TEAMS } from '@shared/sampleOrganisation';
import { toIsoWithOffset } from '@shared/time';
import { maintain } from './executor';
import type { ConsoleDb } from './schema';

export const SYSTEM_ACTOR = 'system';

/** Thrown inside the change when the store already has a plan: the change is abandoned, unlogged. */
class AlreadySeeded extends Error {}

export async function ensureSeeded(db: ConsoleDb, nowMs: number): Promise<void> {
  const nowIso = toIsoWithOffset(nowMs);
  const operation = {
    name: 'store.seed',
    actor: { id: SYSTEM_ACTOR, name: SYSTEM_ACTOR },
    at: nowIso,
    tables: ['plans', 'people', 'teams', 'contacts'] as const,
  };
  const seeded = maintain(db, operation, async () => {
    if ((await db.plans.count()) > 0) throw new AlreadySeeded();
    await db.plans.add(defaultPlan(nowIso));
    await db.teams.bulkAdd(SAMPLE_TEAMS.map((team) => ({ ...team, sample: true, updatedAt: nowIso, updatedBy: SYSTEM_ACTOR })));
    await db.people.bulkAdd(SAMPLE_PEOPLE.map((person) => ({ ...person, sample: true, updatedAt: nowIso, updatedBy: SYSTEM_ACTOR })));
    await db.contacts.bulkAdd(SAMPLE_CONTACTS.map((contact) => ({ ...contact, sample: true, updatedAt: nowIso, updatedBy: SYSTEM_ACTOR })));
  });
  await seeded.catch((error: unknown) => {
    if (!(error instanceof AlreadySeeded)) throw error;
  });
}

/** The approved version in force at `atMs` (plans are few: chosen in memory, no index needed). */
export async function planInForce(db: ConsoleDb, atMs: number = Date.now()) {
  return planInForceAt(await db.plans.toArray(), atMs);
}
