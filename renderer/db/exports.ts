// What an export reads, and its audit entry: a list that leaves the console with complainants'
// personal data in full is recorded as such (保护投诉人隐私).
import type { Complaint, Incident } from '@shared/model';
import { appendTimeline, settle, type WriteContext } from './context';
import { ORGANISATION_TIMELINE } from './organisation';
import type { ConsoleDb } from './schema';

export type ExportList = 'complaints' | 'incidents';

/** The complaints in receipt order, with their incidents' numbers. */
export async function complaintsForExport(db: ConsoleDb): Promise<{ complaints: Complaint[]; incidentNumbers: Map<string, string> }> {
  return db.transaction('r', [db.complaints, db.incidents], async () => {
    const complaints = await db.complaints.orderBy('receivedAt').toArray();
    const incidents = await db.incidents.toArray();
    return { complaints, incidentNumbers: new Map(incidents.map((i) => [i.id, i.number])) };
  });
}

export async function incidentsForExport(db: ConsoleDb): Promise<Incident[]> {
  const incidents = await db.incidents.toArray();
  return incidents.sort((a, b) => a.milestones.receivedAt.localeCompare(b.milestones.receivedAt) || a.number.localeCompare(b.number));
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
