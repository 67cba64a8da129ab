// The office's preferences (alerts, tray, backups), one settings row, audited like any change
// (decision in shared/preferences.ts).
import {
  decidePreferences,
  PREFERENCES_KEY,
  PreferencesSchema,
  preferencesInvalid,
  readPreferences,
  type Preferences,
} from '@shared/preferences';
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute, type Command } from './executor';
import type { ConsoleDb } from './schema';

export async function loadPreferences(db: ConsoleDb): Promise<Preferences> {
  return readPreferences((await db.settings.get(PREFERENCES_KEY))?.value);
}

export const savePreferencesCommand: Command<Preferences, { before: Preferences }, Preferences> = {
  name: 'preferences.save',
  args: PreferencesSchema,
  tables: ['settings'],
  read: async (db) => ({ before: await loadPreferences(db) }),
  decide: decidePreferences,
  invalid: preferencesInvalid,
};

/** Saves the preferences; a value out of range is refused by its field and nothing is written. */
export const savePreferences = (db: ConsoleDb, input: unknown, ctx: WriteContext): Promise<Result<Preferences>> =>
  execute(db, savePreferencesCommand, input, ctx);
