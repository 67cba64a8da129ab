// Reading incidents by key and by index: one incident, the open ones.
import Dexie from 'dexie';
import type { Incident } from '@shared/model';
import { isOpen, WORKFLOW_STATES } from '@shared/workflow';
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

/** The ids of every incident still being worked on, from the [state+updatedAt] index alone: no row is read. */
export const openIncidentIds = async (db: ConsoleDb): Promise<string[]> =>
  (
    await Promise.all(
      OPEN_STATES.map((state) =>
        db.incidents.where('[state+updatedAt]').between([state, Dexie.minKey], [state, Dexie.maxKey]).primaryKeys(),
      ),
    )
  ).flat();

/**
 * The open incidents that can raise an alert before `before` (ISO with offset), and only their
 * rows: those whose next deadline falls before it (overdue ones included); those whose next
 * deadline the calendar cannot count (marked `deadlineUnknown`: such a clock hides every other
 * running clock's deadline, see `nextDeadline`); and every open level-1 incident, whose notice
 * repeats until acknowledged (found among the live board's level-1 incidents; open ones never
 * leave the board). Incidents far from their deadlines are never read.
 */
export async function incidentsThatCanAlert(db: ConsoleDb, before: string): Promise<Incident[]> {
  const open = await openIncidentIds(db);
  const stillOpen = new Set(open);
  const [due, uncounted, levelOne] = await Promise.all([
    openIncidentsDueBefore(db, before, false, stillOpen),
    db.incidents.where('deadlineUnknown').equals(1).primaryKeys(),
    db.incidents.where('[level+boardAt]').between([1, Dexie.minKey], [1, Dexie.maxKey]).primaryKeys(),
  ]);
  // Which of the others are open is told from index keys, so a finished incident's row is never read.
  const read = new Set(due.map((incident) => incident.id));
  const wanted = [...new Set([...uncounted, ...levelOne])].filter((id) => stillOpen.has(id) && !read.has(id));
  const found = await db.incidents.bulkGet(wanted);
  // A row changed between the key reads and this one is read again by the next answer of a live query.
  return [...due, ...found].filter((incident): incident is Incident => incident !== undefined && isOpen(incident.state));
}

/** Up to this many rows are read by key; more, in range reads (a request per key costs more than a row of a range). */
const BY_KEY = 200;

/**
 * The open incidents (ids in `open`) whose next deadline is before `before` (or by it, with
 * `inclusive`), read the cheapest way. Which ones is told from index keys first. A few are read by
 * key. Thousands (a busy morning's overdue matters) are read in one range of the next-deadline index
 * when that range is nearly all open ones, or else state by state through the open incidents: a
 * finished incident keeps a next deadline where a clock never stopped (a rejected one's acceptance,
 * say), and years of those are never read.
 */
export async function openIncidentsDueBefore(
  db: ConsoleDb,
  before: string,
  inclusive: boolean,
  open: ReadonlySet<string>,
): Promise<Incident[]> {
  const range = () =>
    inclusive ? db.incidents.where('nextDeadlineAt').belowOrEqual(before) : db.incidents.where('nextDeadlineAt').below(before);
  const keys = await range().primaryKeys();
  const wanted = keys.filter((id) => open.has(id));
  if (wanted.length <= BY_KEY) return (await db.incidents.bulkGet(wanted)).filter((i): i is Incident => i !== undefined);
  if (keys.length <= wanted.length * 1.5) return (await range().toArray()).filter((incident) => open.has(incident.id));
  const chosen = new Set(wanted);
  return (await openIncidents(db)).filter((incident) => chosen.has(incident.id));
}

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
