// Reads of 舆情 for the screens: the watched items, recent attached ones, a period's items, an
// incident by its number (to attach items to).
import type { Incident } from '@shared/model';
import type { OpinionItem } from '@shared/opinion';
import { opinionsFoundBetween, recentAttached, watchedCount, watchedItems } from '../opinions';
import { useRead } from './live';

export const useWatchedOpinions = (): OpinionItem[] | undefined => useRead((db) => watchedItems(db), []);
export const useWatchedCount = (): number | undefined => useRead((db) => watchedCount(db), []);
export const useRecentAttachedOpinions = (): OpinionItem[] | undefined => useRead((db) => recentAttached(db), []);
export const useOpinionsFoundBetween = (from: string, to: string): OpinionItem[] | undefined =>
  useRead((db) => opinionsFoundBetween(db, from, to), [from, to]);
/** The incidents of these ids, for the numbers a list shows. */
export const useIncidentNumbers = (ids: readonly string[]): Map<string, string> | undefined =>
  useRead(
    async (db) =>
      new Map((await db.incidents.bulkGet([...new Set(ids)])).filter((i): i is Incident => i !== undefined).map((i) => [i.id, i.number])),
    [ids.join()],
  );

/** Items by id (those gone are left out), for the intake started from the opinion watch. */
export const useOpinionItems = (ids: readonly string[]): OpinionItem[] | undefined =>
  useRead(async (db) => (await db.opinions.bulkGet([...ids])).filter((i): i is OpinionItem => i !== undefined), [ids.join()]);
