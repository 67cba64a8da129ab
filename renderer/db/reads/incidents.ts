// Reading incidents by key and by index: one incident, the open ones.
import Dexie from 'dexie';
import type { Incident } from '@shared/model';
import { WORKFLOW_STATES } from '@shared/workflow';
import type { ConsoleDb } from '../schema';
import { useRead } from './live';

const OPEN_STATES = WORKFLOW_STATES.filter((s) => s !== 'closed' && s !== 'rejected');

/** null when there is no such incident (in this mode), or no id was given. */
export const incidentOf = async (db: ConsoleDb, id: string | null | undefined): Promise<Incident | null> =>
  id ? ((await db.incidents.get(id)) ?? null) : null;

/** Every incident still being worked on, read state by state through the [state+updatedAt] index. */
export const openIncidents = async (db: ConsoleDb): Promise<Incident[]> =>
  (
    await Promise.all(
      OPEN_STATES.map((state) => db.incidents.where('[state+updatedAt]').between([state, Dexie.minKey], [state, Dexie.maxKey]).toArray()),
    )
  ).flat();

/** The incidents of these ids that exist, by id. */
export async function incidentsById(db: ConsoleDb, ids: Iterable<string>): Promise<Map<string, Incident>> {
  const found = await db.incidents.bulkGet([...new Set(ids)]);
  return new Map(found.filter((i): i is Incident => i !== undefined).map((i) => [i.id, i]));
}

/** undefined while reading, null when there is no such incident. */
export function useIncident(id: string | null | undefined): Incident | null | undefined {
  return useRead((db) => incidentOf(db, id), [id]);
}

export function useOpenIncidents(): Incident[] | undefined {
  return useRead(openIncidents, []);
}

/** In the order of `ids`, undefined where one does not exist. */
export function useIncidentsByIds(ids: readonly string[]): (Incident | undefined)[] | undefined {
  return useRead((db) => db.incidents.bulkGet([...ids]), [ids.join('|')]);
}
