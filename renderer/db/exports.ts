// What an export reads, and its audit entries: a list that leaves the console with complainants'
// personal data in full is audited before it is written, and only by the roles the plan names
// (保护投诉人隐私); a masked list is recorded once saved.
import type { Complaint, Incident } from '@shared/model';
import { mayExportPersonalData } from '@shared/exporting';
import { fail, type Result } from '@shared/result';
import { appendTimeline, settle, type WriteContext } from './context';
import { readTogether } from './executor';
import { ORGANISATION_TIMELINE } from './organisation';
import type { ConsoleDb } from './schema';

export type ExportList = 'complaints' | 'incidents';

/** The complaints in receipt order, with their incidents' numbers. */
export async function complaintsForExport(db: ConsoleDb): Promise<{ complaints: Complaint[]; incidentNumbers: Map<string, string> }> {
  return readTogether(db, ['complaints', 'incidents'], async () => {
    const complaints = await db.complaints.orderBy('receivedAt').toArray();
    const incidents = await db.incidents.toArray();
    return { complaints, incidentNumbers: new Map(incidents.map((i) => [i.id, i.number])) };
  });
}

export async function incidentsForExport(db: ConsoleDb): Promise<Incident[]> {
  const incidents = await db.incidents.toArray();
  return incidents.sort((a, b) => a.milestones.receivedAt.localeCompare(b.milestones.receivedAt) || a.number.localeCompare(b.number));
}

export type ExportDetails = { list: ExportList; format: 'csv' | 'xlsx'; count: number; file: string };

/**
 * A list with personal data in full is audited before a byte of it is written: who (the
 * operator), when, which list and how many rows, and the file it is offered as. Refused for a
 * role the plan does not name, and when the entry cannot be stored — then nothing is written.
 */
export async function auditFullExport(db: ConsoleDb, details: ExportDetails, ctx: WriteContext): Promise<Result<void>> {
  if (!mayExportPersonalData(ctx.plan, ctx.actor.role)) {
    return fail('personal-data-export-role');
  }
  const audited = await settle(() =>
    appendTimeline(db, ctx, {
      incidentId: ORGANISATION_TIMELINE,
      kind: 'personal-data-export-started',
      params: { list: details.list, format: details.format, count: details.count, file: details.file },
    }),
  );
  return audited.ok ? audited : fail('personal-data-export-unaudited');
}

/** Where a full list was saved, once the operator has chosen (the dialog may rename it). */
export async function recordFullExportSaved(db: ConsoleDb, file: string, ctx: WriteContext) {
  return settle(() => appendTimeline(db, ctx, { incidentId: ORGANISATION_TIMELINE, kind: 'personal-data-exported-to', params: { file } }));
}

export async function recordExport(
  db: ConsoleDb,
  details: { list: ExportList; format: 'csv' | 'xlsx'; count: number; file: string; fullPersonalData: boolean },
  ctx: WriteContext,
) {
  return settle(() =>
    appendTimeline(db, ctx, {
      incidentId: ORGANISATION_TIMELINE,
      // The file name says which list it was (投诉清单-… / 事件清单-…).
      kind: details.fullPersonalData ? 'personal-data-exported' : `${details.list}-exported`,
      params: { count: details.count, file: details.file },
    }),
  );
}
