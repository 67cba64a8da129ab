// The office's preferences for alerts, the tray and backups. Stored in the settings table of
// the live database; the host receives the part it acts on (HostPreferences).
import { z } from 'zod';
import type { HostPreferences } from './bridge';
import { decided, refused, type Decision, type Stamp } from './commandKit';
import { ORGANISATION_TIMELINE } from './organisationCommands';
import type { Failure } from './result';

export const PreferencesSchema = z.object({
  /** How long before a deadline its "due soon" notification is shown. */
  dueSoonLeadMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(120),
  /** A level-1 alert is shown again this often until someone acknowledges it; 0 shows it once. */
  levelOneRepeatMinutes: z.number().int().min(0).max(240).default(10),
  /** Closing the window hides it to the tray (Electron) instead of quitting. */
  closeToTray: z.boolean().default(true),
  /** How many automatic backups are kept. */
  backupsKept: z.number().int().min(1).max(365).default(14),
  /** The seat locks after this many minutes without a key or a click (锁屏). */
  idleLockMinutes: z.number().int().min(1).max(120).default(10),
});
export type Preferences = z.output<typeof PreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = PreferencesSchema.parse({});

/** The settings-table key the preferences are stored under. */
export const PREFERENCES_KEY = 'preferences';

/** Reads stored preferences leniently: a missing or damaged field falls back to its default. */
export function readPreferences(stored: unknown): Preferences {
  const whole = PreferencesSchema.safeParse(stored ?? {});
  if (whole.success) return whole.data;
  const result: Record<string, unknown> = { ...DEFAULT_PREFERENCES };
  if (typeof stored === 'object' && stored !== null) {
    for (const [key, field] of Object.entries(PreferencesSchema.shape)) {
      const parsed = field.safeParse((stored as Record<string, unknown>)[key]);
      if (parsed.success) result[key] = parsed.data;
    }
  }
  return result as Preferences;
}

export const hostPreferences = (preferences: Preferences): HostPreferences => ({
  closeToTray: preferences.closeToTray,
  backupsKept: preferences.backupsKept,
});

/**
 * Saving the preferences: one settings row, audited with the fields that changed. A value out of
 * range names its field (the executor's refusal is `preferences-invalid`).
 */
export function decidePreferences(seen: { before: Preferences }, preferences: Preferences, stamp: Stamp): Decision<Preferences> {
  const changed = (Object.keys(preferences) as (keyof Preferences)[]).filter((key) => seen.before[key] !== preferences[key]);
  // How long a seat left alone shows its data is the leaders' to decide.
  if (changed.includes('idleLockMinutes') && stamp.actor.role !== 'leader' && stamp.actor.role !== 'deputy') {
    return refused('preferences-idle-lock-leaders');
  }
  return decided(
    preferences,
    [{ put: 'settings', row: { key: PREFERENCES_KEY, value: preferences, updatedAt: stamp.at } }],
    changed.length > 0 ? [{ incidentId: ORGANISATION_TIMELINE, kind: 'preferences-changed', params: { fields: changed.join(',') } }] : [],
  );
}
export const preferencesInvalid = (error: z.ZodError): Failure => ({
  code: 'preferences-invalid',
  params: { field: String(error.issues[0]?.path[0] ?? '') },
});
