// First run: the default plan and the sample organisation, written in one transaction so a
// half-seeded database cannot exist.
import { defaultPlan } from '@shared/defaultPlan';
import { planInForceAt } from '@shared/planVersions';
import { SAMPLE_CONTACTS, SAMPLE_PEOPLE, SAMPLE_TEAMS } from '@shared/sampleOrganisation';
import { toIsoWithOffset } from '@shared/time';
import type { ConsoleDb } from './schema';

export const SYSTEM_ACTOR = 'system';

export async function ensureSeeded(db: ConsoleDb, nowMs: number): Promise<void> {
  await db.transaction('rw', [db.plans, db.people, db.teams, db.contacts], async () => {
    if ((await db.plans.count()) > 0) return;
    const nowIso = toIsoWithOffset(nowMs);
    await db.plans.add(defaultPlan(nowIso));
    await db.teams.bulkAdd(SAMPLE_TEAMS.map((team) => ({ ...team, sample: true, updatedAt: nowIso, updatedBy: SYSTEM_ACTOR })));
    await db.people.bulkAdd(SAMPLE_PEOPLE.map((person) => ({ ...person, sample: true, updatedAt: nowIso, updatedBy: SYSTEM_ACTOR })));
    await db.contacts.bulkAdd(SAMPLE_CONTACTS.map((contact) => ({ ...contact, sample: true, updatedAt: nowIso, updatedBy: SYSTEM_ACTOR })));
  });
}

/** The approved version in force at `atMs` (plans are few: chosen in memory, no index needed). */
export async function planInForce(db: ConsoleDb, atMs: number = Date.now()) {
  return planInForceAt(await db.plans.toArray(), atMs);
}
