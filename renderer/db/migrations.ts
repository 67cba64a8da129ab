// Schema upgrades. Each takes the data as the previous version left it; nothing the office
// saved is dropped on the way.
import type { Transaction } from 'dexie';
import { defaultPlan } from '@shared/defaultPlan';
import { SAMPLE_CONTACTS } from '@shared/sampleOrganisation';
import { toIsoWithOffset } from '@shared/time';

type V1Person = { id: string; teamCode?: string; department?: string };
type V1Team = { id: string; code: string; kind?: string; memberIds?: string[] };

export async function upgradeToVersion2(tx: Transaction): Promise<void> {
  const people = (await tx.table('people').toArray()) as V1Person[];
  await tx
    .table('teams')
    .toCollection()
    .modify((team: V1Team) => {
      team.kind ??= team.code === 'leading-group' ? 'leading-group' : 'working-team';
      team.memberIds ??= people.filter((p) => p.teamCode === team.code).map((p) => p.id);
    });
  await tx
    .table('people')
    .toCollection()
    .modify((person: V1Person) => {
      person.department ??= '';
      delete person.teamCode;
    });
  const standard = defaultPlan(toIsoWithOffset(Date.now())).standardInstructions;
  await tx
    .table('plans')
    .toCollection()
    .modify((plan: { standardInstructions?: unknown }) => {
      plan.standardInstructions ??= standard;
    });
  // Only a database that already had a plan gets sample contacts here; a new one is seeded.
  if ((await tx.table('plans').count()) > 0 && (await tx.table('contacts').count()) === 0) {
    const nowIso = toIsoWithOffset(Date.now());
    await tx.table('contacts').bulkAdd(SAMPLE_CONTACTS.map((c) => ({ ...c, sample: true, updatedAt: nowIso, updatedBy: 'system' })));
  }
}

/**
 * Version 8: incidents whose next deadline the calendar could not count are marked, so they are
 * found by index, and every incident is placed on the live board (finished ones past the plan's
 * time leave it at the next clearing, shared/boardRetention.ts).
 */
export async function upgradeToVersion8(tx: Transaction): Promise<void> {
  await tx
    .table('incidents')
    .toCollection()
    .modify(
      (incident: {
        nextDeadlineAt?: string | null;
        nextDeadlineStage?: string | null;
        deadlineUnknown?: 1;
        updatedAt: string;
        boardAt?: string;
      }) => {
        if (incident.nextDeadlineStage && !incident.nextDeadlineAt) incident.deadlineUnknown = 1;
        incident.boardAt ??= incident.updatedAt;
      },
    );
}

/**
 * Version 10: the notification centre reads its order from an index of raised and due times.
 * Notices stored before `dueAt` existed held the due time in `firedAt` (noticeDueAt), so that is
 * what they are given; nothing else changes.
 */
export async function upgradeToVersion10(tx: Transaction): Promise<void> {
  await tx
    .table('notices')
    .toCollection()
    .modify((notice: { firedAt: string; dueAt?: string }) => {
      notice.dueAt ??= notice.firedAt;
    });
}
