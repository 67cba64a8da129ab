// Everything the review screen and its report read, live: the incident, its review and measures,
// the complaints, the timeline (oldest first) and the statements released about it.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Complaint, Incident, TimelineEntry } from '@shared/model';
import { releasedStatements, type ReleasedStatement } from '@shared/releases';
import { byDueDate, type Measure, type Review } from '@shared/review';
import { useConsole } from '../../db/DatabaseContext';

export type ReviewRecords = {
  incident: Incident;
  review: Review | null;
  measures: Measure[];
  complaints: Complaint[];
  timeline: TimelineEntry[];
  releases: ReleasedStatement[];
};

/** undefined while loading, null when there is no such incident (in this mode). */
export function useReviewRecords(id: string): ReviewRecords | null | undefined {
  const { db } = useConsole();
  return useLiveQuery(async () => {
    const incident = await db.incidents.get(id);
    if (!incident) return null;
    const [review, measures, complaints, timeline, releases] = await Promise.all([
      db.reviews.where('incidentId').equals(id).first(),
      db.measures.where('incidentId').equals(id).toArray(),
      db.complaints.where('incidentId').equals(id).sortBy('receivedAt'),
      // Ids are time-ordered (UUIDv7) and an index returns equal keys in id order: oldest first.
      db.timeline.where('incidentId').equals(id).toArray(),
      db.releases.where('incidentId').equals(id).toArray(),
    ]);
    return {
      incident,
      review: review ?? null,
      measures: measures.sort(byDueDate),
      complaints,
      timeline,
      releases: releasedStatements(releases),
    };
  }, [db, id]);
}
