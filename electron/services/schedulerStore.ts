// Where the scheduler keeps what the renderer registered and what has already fired, so a restart
// can tell what was missed while the app was closed. One small JSON file in the user data folder.
import path from 'node:path';
import { ScheduledAlertSchema, ScheduleScopeSchema } from '@shared/schedule';
import { z } from 'zod';

const ScopeStateSchema = z.object({
  alerts: z.array(ScheduledAlertSchema),
  /** Firing ids (`firingId`) already shown; see shared/schedule.ts. */
  fired: z.array(z.string()),
});

export const SchedulerStateSchema = z.object({
  version: z.literal(1),
  scopes: z.partialRecord(ScheduleScopeSchema, ScopeStateSchema),
});
export type SchedulerState = z.output<typeof SchedulerStateSchema>;

export const emptySchedulerState = (): SchedulerState => ({ version: 1, scopes: {} });

export interface SchedulerStore {
  load(): Promise<SchedulerState>;
  save(state: SchedulerState): Promise<void>;
}

/** The part of node:fs/promises the store uses, so tests can fail a write half-way. */
export interface StoreFileSystem {
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  writeFile(file: string, data: string, encoding: 'utf8'): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
}

const isMissingFile = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';

/**
 * A store in one JSON file. Writes go to a temp file that is then renamed over the old one, so a
 * crash mid-write leaves the previous state whole rather than a truncated file. A missing file is
 * a first start; an unreadable one is an error the scheduler reports (and then starts empty).
 */
export function jsonFileStore(file: string, fs: StoreFileSystem): SchedulerStore {
  const temp = `${file}.tmp`;
  return {
    async load() {
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch (error) {
        if (isMissingFile(error)) return emptySchedulerState();
        throw error;
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new Error(`schedule file ${file} is not JSON`);
      }
      const parsed = SchedulerStateSchema.safeParse(json);
      if (!parsed.success) throw new Error(`schedule file ${file} has an unknown shape: ${parsed.error.issues[0]?.message ?? ''}`);
      return parsed.data;
    },
    async save(state) {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(temp, JSON.stringify(state), 'utf8');
      await fs.rename(temp, file);
    },
  };
}
