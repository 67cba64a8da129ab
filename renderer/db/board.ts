// The live incident board's query. It walks one index chosen from the filters (so a level or
// overdue filter never scans the whole store), applies the remaining filters as it goes, and
// stops at a page limit: the first render costs the same with 100 or 100,000 incidents. Without a
// search it walks the board's own indexes (boardAt), which finished incidents leave after the
// plan's time (shared/boardRetention.ts); a search walks every incident, so none is out of reach.
import Dexie, { type Collection } from 'dexie';
import type { Incident } from '@shared/model';
import type { Level } from '@shared/plan';
import type { WorkflowState } from '@shared/workflow';
import { ALL_KEY, F } from '@shared/summaries';
import type { ConsoleDb } from './schema';

export type BoardFilters = {
  level: Level | null;
  state: WorkflowState | 'open' | null;
  categoryCode: string | null;
  channelCode: string | null;
  overdueOnly: boolean;
  search: string;
};

export const EMPTY_FILTERS: BoardFilters = {
  level: null,
  state: 'open',
  categoryCode: null,
  channelCode: null,
  overdueOnly: false,
  search: '',
};

export type BoardPage = { rows: Incident[]; more: boolean; total: number };

const OPEN_EXCLUDED: ReadonlySet<WorkflowState> = new Set(['closed', 'rejected']);

function newestFirst(db: ConsoleDb, index: string, value: string | number): Collection<Incident, string> {
  return db.incidents.where(index).between([value, Dexie.minKey], [value, Dexie.maxKey]).reverse();
}

function chooseIndex(db: ConsoleDb, f: BoardFilters, nowIso: string, needle: string): Collection<Incident, string> {
  if (/^(YL-)?(SJ|TS)-\d/i.test(needle)) return db.incidents.where('number').startsWithIgnoreCase(needle);
  // An archive number (档号) finds its file.
  if (/^(YL-)?GD-\d/i.test(needle)) return db.incidents.where('archive.number').startsWithIgnoreCase(needle);
  if (f.overdueOnly) return db.incidents.where('nextDeadlineAt').below(nowIso);
  // The board's own indexes, or, for a search, the ones that hold every incident.
  const by = needle ? 'updatedAt' : 'boardAt';
  if (f.level !== null) return newestFirst(db, `[level+${by}]`, f.level);
  if (f.state !== null && f.state !== 'open') return newestFirst(db, `[state+${by}]`, f.state);
  if (f.categoryCode) return newestFirst(db, `[categoryCode+${by}]`, f.categoryCode);
  if (f.channelCode) return newestFirst(db, `[channelCode+${by}]`, f.channelCode);
  return db.incidents.orderBy(by).reverse();
}

export function matchesFilters(incident: Incident, f: BoardFilters, nowIso: string): boolean {
  if (f.level !== null && incident.level !== f.level) return false;
  if (f.state === 'open' && OPEN_EXCLUDED.has(incident.state)) return false;
  if (f.state !== null && f.state !== 'open' && incident.state !== f.state) return false;
  if (f.categoryCode && incident.categoryCode !== f.categoryCode) return false;
  if (f.channelCode && incident.channelCode !== f.channelCode) return false;
  if (f.overdueOnly && !(incident.nextDeadlineAt !== null && incident.nextDeadlineAt < nowIso)) return false;
  return true;
}

function matchesText(incident: Incident, needle: string): boolean {
  if (!needle) return true;
  const lower = needle.toLowerCase();
  return (
    incident.number.toLowerCase().includes(lower) ||
    (incident.archive?.number.toLowerCase().includes(lower) ?? false) ||
    incident.title.toLowerCase().includes(lower) ||
    incident.place.toLowerCase().includes(lower) ||
    incident.complainantNames.some((name) => name.toLowerCase().includes(lower))
  );
}

/** Incidents that match, newest change first, at most `limit` of them. */
export async function boardPage(db: ConsoleDb, f: BoardFilters, nowIso: string, limit: number): Promise<BoardPage> {
  const needle = f.search.trim();
  let rows: Incident[];
  if (/^(YL-)?TS-\d/i.test(needle)) {
    // A complaint number finds the incident it belongs to.
    const complaints = await db.complaints.where('number').startsWithIgnoreCase(needle).limit(limit).toArray();
    const incidents = await db.incidents.bulkGet([...new Set(complaints.map((c) => c.incidentId))]);
    rows = incidents.filter((i): i is Incident => i !== undefined && matchesFilters(i, f, nowIso));
  } else {
    rows = await chooseIndex(db, f, nowIso, needle)
      .filter((incident) => matchesFilters(incident, f, nowIso) && matchesText(incident, needle))
      .limit(limit + 1)
      .toArray();
  }
  const more = rows.length > limit;
  // The store's count from its running total: counting the table would wake this read on every save.
  const total = (await db.summaries.get(ALL_KEY))?.counts[F.incidents] ?? 0;
  return { rows: more ? rows.slice(0, limit) : rows, more, total };
}
