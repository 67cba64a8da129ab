// Reading after-action reviews (复盘) and their improvement measures by index, and everything the
// review screen and its report are built from.
import type { Complaint, Incident, TimelineEntry } from '@shared/model';
import { releasedStatements, type ReleasedStatement } from '@shared/releases';
import { byDueDate, type Measure, type Review } from '@shared/review';
import type { ConsoleDb } from '../schema';
import { complaintsOf } from './complaints';
import { useRead } from './live';
import { incidentsById } from './incidents';
import { timelineOf } from './timeline';

export const reviewOf = (db: ConsoleDb, incidentId: string): Promise<Review | undefined> =>
  db.reviews.where('incidentId').equals(incidentId).first();

export const measuresOf = (db: ConsoleDb, incidentId: string): Promise<Measure[]> =>
  db.measures.where('incidentId').equals(incidentId).toArray();

export type ReviewState = { review: Review | undefined; measures: Measure[] };

/** A closed incident's review and measures; null while the incident is not closed (or not there). */
export async function reviewStateOf(db: ConsoleDb, incidentId: string): Promise<ReviewState | null> {
  const incident = await db.incidents.get(incidentId);
  if (!incident || incident.state !== 'closed') return null;
  const [review, measures] = await Promise.all([reviewOf(db, incidentId), measuresOf(db, incidentId)]);
  return { review, measures };
}

export type OpenMeasure = { measure: Measure; number: string };

/** Measures not done yet, across incidents, earliest due first, each with its incident's number. */
export async function openMeasures(db: ConsoleDb): Promise<OpenMeasure[]> {
  const open = await db.measures.where('status').equals('open').sortBy('dueDate');
  const incidents = await incidentsById(
    db,
    open.map((m) => m.incidentId),
  );
  return open.map((measure) => ({ measure, number: incidents.get(measure.incidentId)?.number ?? '' }));
}

export type ReviewRecords = {
  incident: Incident;
  review: Review | null;
  measures: Measure[];
  complaints: Complaint[];
  timeline: TimelineEntry[];
  releases: ReleasedStatement[];
};

/**
 * The incident, its review and measures, the complaints, the timeline (oldest first) and the
 * statements released about it; null when there is no such incident (in this mode).
 */
export async function reviewRecords(db: ConsoleDb, id: string): Promise<ReviewRecords | null> {
  const incident = await db.incidents.get(id);
  if (!incident) return null;
  const [review, measures, complaints, timeline, releases] = await Promise.all([
    reviewOf(db, id),
    measuresOf(db, id),
    complaintsOf(db, id),
    timelineOf(db, id, 'oldest-first'),
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
}

export function useReviewState(incidentId: string): ReviewState | null | undefined {
  return useRead((db) => reviewStateOf(db, incidentId), [incidentId]);
}

export function useOpenMeasures(): OpenMeasure[] | undefined {
  return useRead(openMeasures, []);
}

/** undefined while loading, null when there is no such incident (in this mode). */
export function useReviewRecords(id: string): ReviewRecords | null | undefined {
  return useRead((db) => reviewRecords(db, id), [id]);
}
