// The office's preferences (alerts, tray, backups), one settings row, audited like any change.
import { PREFERENCES_KEY, PreferencesSchema, readPreferences, type Preferences } from '@shared/preferences';
import { fail, type Result } from '@shared/result';
import { appendTimeline, isoAt, settle, type WriteContext } from './context';
import { ORGANISATION_TIMELINE } from './organisation';
import type { ConsoleDb } from './schema';

export async function loadPreferences(db: ConsoleDb): Promise<Preferences> {
  return readPreferences((await db.settings.get(PREFERENCES_KEY))?.value);
}

/** Saves the preferences; a value out of range is refused field by field and nothing is written. */
export async function savePreferences(db: ConsoleDb, input: unknown, ctx: WriteContext): Promise<Result<Preferences>> {
  const parsed = PreferencesSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('preferences-invalid', { field: String(issue?.path[0] ?? '') });
  }
  const preferences = parsed.data;
  return settle(() =>
    db.transaction('rw', [db.settings, db.timeline], async () => {
      const before = await loadPreferences(db);
      await db.settings.put({ key: PREFERENCES_KEY, value: preferences, updatedAt: isoAt(ctx) });
      const changed = (Object.keys(preferences) as (keyof Preferences)[]).filter((key) => before[key] !== preferences[key]);
      if (changed.length > 0) {
        await appendTimeline(db, ctx, {
          incidentId: ORGANISATION_TIMELINE,
          kind: 'preferences-changed',
          params: { fields: changed.join(',') },
        });
      }
      return preferences;
    }),
  );
}
