// The preferences in force, live: a change in the settings screen reaches every watcher at once.
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_PREFERENCES, PREFERENCES_KEY, readPreferences, type Preferences } from '@shared/preferences';
import { useConsole } from '../../db/DatabaseContext';
import type { ConsoleDb } from '../../db/schema';

export function usePreferences(): Preferences {
  const { db } = useConsole();
  return useStoredPreferences(db) ?? DEFAULT_PREFERENCES;
}

/**
 * The stored preferences, or undefined until they are read: a form or the host must not act on
 * the defaults for a moment before the office's own values arrive.
 */
export function useStoredPreferences(db: ConsoleDb): Preferences | undefined {
  return useLiveQuery(async () => readPreferences((await db.settings.get(PREFERENCES_KEY))?.value), [db]);
}
