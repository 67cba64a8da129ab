// Everything the incident summary prints, read live so the print shows the record as it is now.
// Lists come oldest first: a printed summary reads as the incident's story, top to bottom.
import Dexie from 'dexie';
import type { Instruction } from '@shared/command';
import type { Communication, Complaint, Incident, TimelineEntry } from '@shared/model';
import type { UpwardReport } from '@shared/upwardReports';
import type { Release } from '@shared/releases';
import type { Review } from '@shared/review';
import type { OpinionItem } from '@shared/opinion';
import type { CallBack } from '@shared/callBacks';
import type { Attachment } from '@shared/attachments';
import { attachmentsOf } from '../attachments';
import type { ConsoleDb } from '../schema';
import { useRead } from './live';

export type SummaryRecords = {
  incident: Incident;
  complaints: Complaint[];
  instructions: Instruction[];
  communications: Communication[];
  timeline: TimelineEntry[];
  reports: UpwardReport[];
  attachments: Attachment[];
};

export async function summaryRecords(db: ConsoleDb, id: string): Promise<SummaryRecords | null> {
  const incident = await db.incidents.get(id);
  if (!incident) return null;
  const [complaints, instructions, communications, timeline, reports, attachments] = await Promise.all([
    db.complaints.where('incidentId').equals(id).sortBy('receivedAt'),
    db.instructions.where('incidentId').equals(id).sortBy('issuedAt'),
    db.communications.where('[incidentId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray(),
    // Ids are time-ordered (UUIDv7) and an index returns equal keys in id order: oldest first.
    db.timeline.where('incidentId').equals(id).toArray(),
    db.upwardReports.where('incidentId').equals(id).toArray(),
    attachmentsOf(db, id),
  ]);
  return { incident, complaints, instructions, communications, timeline, reports, attachments };
}

/** undefined while loading, null when there is no such incident (in this mode). */
export const useSummaryRecords = (id: string): SummaryRecords | null | undefined => useRead((db) => summaryRecords(db, id), [id]);

/** The whole file of an archived incident (卷宗): the summary's records, its statements and its review. */
export type DossierRecords = SummaryRecords & {
  releases: Release[];
  review: Review | undefined;
  opinions: OpinionItem[];
  callBacks: CallBack[];
};

export async function dossierRecords(db: ConsoleDb, id: string): Promise<DossierRecords | null> {
  const summary = await summaryRecords(db, id);
  if (!summary) return null;
  const [releases, review, opinions, callBacks] = await Promise.all([
    db.releases.where('incidentId').equals(id).toArray(),
    db.reviews.where('incidentId').equals(id).first(),
    db.opinions.where('[incidentId+foundAt]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray(),
    db.callBacks.where('incidentId').equals(id).sortBy('at'),
  ]);
  return { ...summary, releases, review, opinions, callBacks };
}

/** undefined while loading, null when there is no such incident (in this mode). */
export const useDossierRecords = (id: string): DossierRecords | null | undefined => useRead((db) => dossierRecords(db, id), [id]);
