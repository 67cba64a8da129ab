// What a receipt is built from, read live: the complaint, its incident, the desk's team and the
// owner, and when a receipt was last given for this complaint.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Complaint, Incident, Person, Team, TimelineEntry } from '@shared/model';
import { useConsole } from '../../db/DatabaseContext';

export type AcknowledgementRecords = {
  complaint: Complaint;
  incident: Incident;
  office: Team | undefined;
  owner: Person | undefined;
  lastGiven: TimelineEntry | undefined;
};

/** undefined while loading, null when there is no such complaint (in this mode). */
export function useAcknowledgementRecords(complaintId: string): AcknowledgementRecords | null | undefined {
  const { db } = useConsole();
  return useLiveQuery(async () => {
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
  }, [db, complaintId]);
}
