// host:status and host:preferences — what the tray shows, and how the host itself behaves.
import type { HostPreferences, HostStatus } from '@shared/bridge';
import { ok, type Result } from '@shared/result';

export interface StatusDisplay {
  update(status: HostStatus): void;
}

export interface PreferencesTarget {
  apply(preferences: HostPreferences): Promise<Result<void>>;
}

export function reportStatusHandler({ tray }: { tray: StatusDisplay }) {
  return (status: HostStatus): Result<void> => {
    tray.update(status);
    return ok(undefined);
  };
}

export function applyPreferencesHandler({ preferences }: { preferences: PreferencesTarget }) {
  return (next: HostPreferences): Promise<Result<void>> => preferences.apply(next);
}
