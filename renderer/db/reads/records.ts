// Reading the console's own records: the notification centre's size, the import journal and the
// stored preferences.
import { DEFAULT_PREFERENCES, PREFERENCES_KEY, readPreferences, type Preferences } from '@shared/preferences';
import type { ImportRun } from '@shared/records';
import { useLiveQuery } from 'dexie-react-hooks';
import { useConsole } from '../DatabaseContext';
import type { ConsoleDb } from '../schema';
import { useRead } from './live';

/** Every notice ever recorded, acknowledged or not. */
export function useNoticeCount(): number {
  return useRead((db) => db.notices.count(), []) ?? 0;
}

/** A run in the journal, from this window or another (a second one would be refused). */
export function useRunningImport(): ImportRun | undefined {
  return useRead((db) => db.imports.where('status').equals('running').first(), []);
}

/** The journal's newest runs first; undefined while the first answer is on its way. */
export function useRecentImports(limit: number): ImportRun[] | undefined {
  return useRead((db) => db.imports.orderBy('startedAt').reverse().limit(limit).toArray(), [limit]);
}

export const storedPreferences = async (db: ConsoleDb): Promise<Preferences> =>
  readPreferences((await db.settings.get(PREFERENCES_KEY))?.value);

/** The preferences in force, live: a change in the settings screen reaches every watcher at once. */
export function usePreferences(): Preferences {
  const { db } = useConsole();
  return useStoredPreferences(db) ?? DEFAULT_PREFERENCES;
}

/**
 * The stored preferences of this database (the settings screen reads the live one in a drill
 * too), or undefined until they are read: a form or the host must not act on the defaults for a
 * moment before the office's own values arrive.
 */
export function useStoredPreferences(db: ConsoleDb): Preferences | undefined {
  return useLiveQuery(() => storedPreferences(db), [db]);
}
