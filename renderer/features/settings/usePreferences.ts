// The preferences in force, live: a change in the settings screen reaches every watcher at once.
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_PREFERENCES, PREFERENCES_KEY, readPreferences, type Preferences } from '@shared/preferences';
import { useConsole } from '../../db/DatabaseContext';

export function usePreferences(): Preferences {
  const { db } = useConsole();
  const stored = useLiveQuery(() => db.settings.get(PREFERENCES_KEY), [db]);
  return stored ? readPreferences(stored.value) : DEFAULT_PREFERENCES;
}
