// Reading the timeline by index: one incident's entries, the organisation's audit log, and the
// newest entries across incidents for the dashboard.
import type { Incident, TimelineEntry } from '@shared/model';
import { ORGANISATION_TIMELINE } from '../organisation';
import type { ConsoleDb } from '../schema';
import { useRead } from './live';
import { incidentsById } from './incidents';

export type TimelineOrder = 'oldest-first' | 'newest-first';

/** Ids are time-ordered (UUIDv7), and an index returns equal keys in id order. */
export function timelineOf(db: ConsoleDb, incidentId: string, order: TimelineOrder = 'oldest-first'): Promise<TimelineEntry[]> {
  const entries = db.timeline.where('incidentId').equals(incidentId);
  return (order === 'newest-first' ? entries.reverse() : entries).toArray();
}

/** The organisation's own log (people, teams, backups…), newest first. */
export const organisationAudit = (db: ConsoleDb, limit: number): Promise<TimelineEntry[]> =>
  db.timeline.where('incidentId').equals(ORGANISATION_TIMELINE).reverse().limit(limit).toArray();

export type LatestEntry = { entry: TimelineEntry; incident: Incident | undefined };

/** The newest incident entries by time, with their incidents; organisation records and petitions are left out. */
export async function latestIncidentEntries(db: ConsoleDb, count: number): Promise<LatestEntry[]> {
  // Read a margin beyond `count`, since organisation audit records carry no incident; ids break
  // ties within a second.
  const entries = (
    await db.timeline
      .orderBy('at')
      .reverse()
      .limit(count * 5)
      .toArray()
  )
    // A petition's history (信访事项, kept on the petition's own id) is not an incident's either.
    .filter((e) => e.incidentId !== ORGANISATION_TIMELINE && e.kind !== 'petition')
    .sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id))
    .slice(0, count);
  const incidents = await incidentsById(
    db,
    entries.map((e) => e.incidentId),
  );
  return entries.map((entry) => ({ entry, incident: incidents.get(entry.incidentId) }));
}

export function useTimeline(incidentId: string, order: TimelineOrder = 'oldest-first'): TimelineEntry[] | undefined {
  return useRead((db) => timelineOf(db, incidentId, order), [incidentId, order]);
}

export function useOrganisationAudit(limit: number): TimelineEntry[] | undefined {
  return useRead((db) => organisationAudit(db, limit), [limit]);
}

export function useLatestIncidentEntries(count: number): LatestEntry[] | undefined {
  return useRead((db) => latestIncidentEntries(db, count), [count]);
}
