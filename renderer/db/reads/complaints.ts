// Reading complaints by index: an incident's complainants, and what a receipt (回执) is built from.
import type { Complaint, Incident, Person, Team, TimelineEntry } from '@shared/model';
import type { ConsoleDb } from '../schema';
import { useRead } from './live';
import { awaitsOfficeNumber } from '../officeSync';

/** An incident's complaints, first received first. */
export const complaintsOf = (db: ConsoleDb, incidentId: string): Promise<Complaint[]> =>
  db.complaints.where('incidentId').equals(incidentId).sortBy('receivedAt');

export function useComplaintsOf(incidentId: string): Complaint[] | undefined {
  return useRead((db) => complaintsOf(db, incidentId), [incidentId]);
}

export type AcknowledgementRecords = {
  complaint: Complaint;
  incident: Incident;
  office: Team | undefined;
  owner: Person | undefined;
  lastGiven: TimelineEntry | undefined;
};

/**
 * The complaint, its incident, the desk's team and the owner, and when a receipt was last given
 * for this complaint; null when there is no such complaint (in this mode).
 */
export async function acknowledgementRecords(db: ConsoleDb, complaintId: string): Promise<AcknowledgementRecords | null> {
  const complaint = await db.complaints.get(complaintId);
  if (!complaint) return null;
  const incident = await db.incidents.get(complaint.incidentId);
  if (!incident) return null;
  const [teams, owner, timeline] = await Promise.all([
    db.teams.toArray(),
    db.people.get(complaint.ownerId),
    db.timeline.where('incidentId').equals(incident.id).toArray(),
  ]);
  // The command office answers the complainant's calls: 领导小组 / 应急指挥部 and its phone.
  const office = teams.find((team) => team.kind === 'leading-group');
  const lastGiven = timeline.filter((e) => e.kind === 'acknowledgement-given' && e.params?.complaint === complaint.number).at(-1);
  return { complaint, incident, office, owner, lastGiven };
}

/** undefined while loading, null when there is no such complaint (in this mode). */
export function useAcknowledgementRecords(complaintId: string): AcknowledgementRecords | null | undefined {
  return useRead((db) => acknowledgementRecords(db, complaintId), [complaintId]);
}

/** Whether this seat's number of the complaint awaits the office's (a seat of an office that has not heard back yet). */
export function useAwaitsOfficeNumber(complaintId: string): boolean {
  return useRead((db) => awaitsOfficeNumber(db, complaintId), [complaintId]) ?? false;
}
