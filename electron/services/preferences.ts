// The few preferences the main process itself acts on (close to tray, how many backups to keep),
// kept in userData/preferences.json so they hold from the first moment of the next start, before
// the renderer has opened its database.
import path from 'node:path';
import { HostPreferencesSchema, type HostPreferences } from '@shared/bridge';
import { fail, ok, type Result } from '@shared/result';

export const DEFAULT_HOST_PREFERENCES: HostPreferences = { closeToTray: true, backupsKept: 14 };

/** The part of node:fs/promises the preferences use, so tests can fail a write. */
export interface PreferencesFileSystem {
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  writeFile(file: string, data: string, encoding: 'utf8'): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
}

export interface HostPreferencesDeps {
  file: string;
  fs: PreferencesFileSystem;
  /** Told of every applied change, e.g. so the backup store keeps the new number of backups. */
  onChange?: (preferences: HostPreferences) => void;
  log?: (message: string) => void;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isMissingFile = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';

export class HostPreferencesStore {
  private current: HostPreferences = { ...DEFAULT_HOST_PREFERENCES };
  private readonly log: (message: string) => void;
  // Saves run one after another, so an older choice can never land on disk after a newer one.
  private saving: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: HostPreferencesDeps) {
    this.log = deps.log ?? ((message) => console.warn(message));
  }

  get(): HostPreferences {
    return { ...this.current };
  }

  /**
   * Reads the file; a missing file is a first start. A damaged file or a field out of range falls
   * back to the default for that field only, so one bad value does not reset the others.
   */
  async load(): Promise<HostPreferences> {
    let json: unknown;
    try {
      json = JSON.parse(await this.deps.fs.readFile(this.deps.file, 'utf8'));
    } catch (error) {
      if (!isMissingFile(error)) this.log(`preferences: could not read ${this.deps.file}, using defaults: ${describe(error)}`);
      json = {};
    }
    const fields = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
    const shape = HostPreferencesSchema.shape;
    const closeToTray = shape.closeToTray.safeParse(fields.closeToTray);
    const backupsKept = shape.backupsKept.safeParse(fields.backupsKept);
    this.current = {
      closeToTray: closeToTray.success ? closeToTray.data : DEFAULT_HOST_PREFERENCES.closeToTray,
      backupsKept: backupsKept.success ? backupsKept.data : DEFAULT_HOST_PREFERENCES.backupsKept,
    };
    this.deps.onChange?.(this.get());
    return this.get();
  }

  /**
   * Takes effect at once; a failed save is reported, and the choice still holds until the app
   * quits (the operator would rather have it for now than not at all).
   */
  async apply(preferences: HostPreferences): Promise<Result<void>> {
    this.current = { ...preferences };
    this.deps.onChange?.(this.get());
    const text = JSON.stringify(this.current, null, 2);
    const attempt = this.saving.then(() => this.write(text));
    this.saving = attempt.catch(() => undefined);
    try {
      await attempt;
      return ok(undefined);
    } catch (error) {
      this.log(`preferences: could not save: ${describe(error)}`);
      return fail('preferences-save-failed', undefined, describe(error));
    }
  }

  /** Temp file then rename: a crash mid-write leaves the previous file whole. */
  private async write(text: string): Promise<void> {
    const { file, fs } = this.deps;
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(`${file}.tmp`, text, 'utf8');
    await fs.rename(`${file}.tmp`, file);
  }
}
