// Reading an incident's communications (沟通记录) through the [incidentId+at] index.
import Dexie from 'dexie';
import type { Communication } from '@shared/model';
import type { ConsoleDb } from '../schema';
import { useRead } from './live';

/** Newest first. */
export const communicationsOf = (db: ConsoleDb, incidentId: string): Promise<Communication[]> =>
  db.communications.where('[incidentId+at]').between([incidentId, Dexie.minKey], [incidentId, Dexie.maxKey]).reverse().toArray();

export function useCommunicationsOf(incidentId: string): Communication[] | undefined {
  return useRead((db) => communicationsOf(db, incidentId), [incidentId]);
}
