// Taking back an import (cancelled, failed, or left running by a window that died). Everything
// the run wrote goes, in one transaction — unless people have since worked on what it brought
// in. Then nothing goes: a complaint registered later by phone, a published statement, a
// resource sent out, an audit of who viewed personal data are real work and records that a
// take-back must not destroy (nothing lost), and deleting only some of it would leave orphans
// (an allocation holding a resource for an incident that is gone). The run is then kept, marked
// as such, and the operator is told in sentences what others have done, on which incidents.
import type { ImportRun } from '@shared/records';
import type { Incident } from '@shared/model';
import { appendTimeline, isoAt, Refused, settle, type WriteContext } from './context';
import { ORGANISATION_TIMELINE } from './organisation';
import type { ConsoleDb } from './schema';
import type { Result } from '@shared/result';

/** What others can have done on an imported incident since the run wrote it. */
export const LATER_WORK_KINDS = [
  'complaint',
  'communication',
  'instruction',
  'taskForce',
  'release',
  'opinion',
  'allocation',
  'review',
  'measure',
  'change',
] as const;
export type LaterWorkKind = (typeof LATER_WORK_KINDS)[number];
/** One imported incident with how many records of each kind others have added to it. */
export type LaterWork = { incident: string; counts: Partial<Record<LaterWorkKind, number>> };
export type TakeBack = { run: ImportRun; laterWork: LaterWork[] };

/** The only timeline entry a run writes on its own incidents; any other is someone's later work. */
const RUN_OWN_ENTRY = 'registered';

async function laterWorkOn(db: ConsoleDb, runId: string, incidents: readonly Incident[]): Promise<LaterWork[]> {
  const ids = incidents.map((i) => i.id);
  if (ids.length === 0) return [];
  const on = <T extends { incidentId?: string | undefined }>(rows: T[]) => rows.map((r) => r.incidentId ?? '');
  const found: [LaterWorkKind, string[]][] = [
    [
      'complaint',
      on(
        await db.complaints
          .where('incidentId')
          .anyOf(ids)
          .filter((c) => c.importId !== runId)
          .toArray(),
      ),
    ],
    ['communication', on(await db.communications.where('incidentId').anyOf(ids).toArray())],
    ['instruction', on(await db.instructions.where('incidentId').anyOf(ids).toArray())],
    ['taskForce', on(await db.teams.where('incidentId').anyOf(ids).toArray())],
    ['release', on(await db.releases.where('incidentId').anyOf(ids).toArray())],
    ['opinion', on(await db.opinions.where('incidentId').anyOf(ids).toArray())],
    ['allocation', on(await db.allocations.where('incidentId').anyOf(ids).toArray())],
    ['review', on(await db.reviews.where('incidentId').anyOf(ids).toArray())],
    ['measure', on(await db.measures.where('incidentId').anyOf(ids).toArray())],
    [
      'change',
      on(
        await db.timeline
          .where('incidentId')
          .anyOf(ids)
          .filter((e) => e.kind !== RUN_OWN_ENTRY)
          .toArray(),
      ),
    ],
  ];
  const byIncident = new Map<string, LaterWork['counts']>();
  for (const [kind, incidentIds] of found) {
    for (const id of incidentIds) {
      const counts = byIncident.get(id) ?? {};
      counts[kind] = (counts[kind] ?? 0) + 1;
      byIncident.set(id, counts);
    }
  }
  return incidents.filter((i) => byIncident.has(i.id)).map((i) => ({ incident: i.number, counts: byIncident.get(i.id)! }));
}

/**
 * Takes back every record of a run in one transaction (its complaints, incidents, their
 * registration entries and alerts); numbers drawn stay used (gaps are honest). If others have
 * worked on its incidents since, changes nothing but the run's status ('kept') and says what.
 */
export async function takeBackImport(
  db: ConsoleDb,
  runId: string,
  status: 'cancelled' | 'rolled-back',
  ctx: WriteContext,
): Promise<Result<TakeBack>> {
  const tables = [
    db.complaints,
    db.incidents,
    db.timeline,
    db.communications,
    db.instructions,
    db.teams,
    db.notices,
    db.releases,
    db.opinions,
    db.allocations,
    db.reviews,
    db.measures,
    db.imports,
  ];
  return settle(() =>
    db.transaction('rw', tables, async () => {
      const run = await db.imports.get(runId);
      if (!run) throw new Refused('import-not-found');
      const incidents = await db.incidents.where('importId').equals(runId).toArray();
      const laterWork = await laterWorkOn(db, runId, incidents);
      if (laterWork.length > 0) {
        const kept: ImportRun = { ...run, status: 'kept', finishedAt: isoAt(ctx) };
        await db.imports.put(kept);
        await appendTimeline(db, ctx, {
          incidentId: ORGANISATION_TIMELINE,
          kind: 'import-kept',
          params: { file: run.fileName, imported: run.importedRows, incidents: laterWork.map((w) => w.incident).join('、') },
        });
        return { run: kept, laterWork };
      }
      const ids = incidents.map((i) => i.id);
      const removed = await db.complaints.where('importId').equals(runId).delete();
      await db.timeline.where('incidentId').anyOf(ids).delete();
      await db.notices.where('targetId').anyOf(ids).delete();
      await db.incidents.bulkDelete(ids);
      const taken: ImportRun = { ...run, status, importedRows: 0, finishedAt: isoAt(ctx) };
      await db.imports.put(taken);
      await appendTimeline(db, ctx, {
        incidentId: ORGANISATION_TIMELINE,
        kind: status === 'cancelled' ? 'import-cancelled' : 'import-rolled-back',
        params: { file: run.fileName, removed },
      });
      return { run: taken, laterWork: [] };
    }),
  );
}
