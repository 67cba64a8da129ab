// Automatic backups. The data lives in the renderer's IndexedDB, so the main process can only ask
// for a snapshot: once a day (looked at after the page loads and then every hour) and when the
// console quits. The renderer answers with backup:now; the quit waits for that answer, but never
// longer than QUIT_BACKUP_TIMEOUT_MS, so a hung page cannot keep the console from closing.
import type { BackupReason } from '@shared/bridge';
import type { BackupKind } from '@shared/backupFormat';
import { dueForDailyBackup } from '@shared/backupFormat';
import { CHANNELS } from '@shared/channels';
import { systemClock, type SchedulerClock } from './scheduler';

export const DAILY_CHECK_MS = 3_600_000;
/**
 * While the day's backup is due, the page is asked again this often until one lands: the first
 * request goes out when the page has loaded, which can be before the console has opened its
 * database and started listening, and a request nobody hears is simply lost.
 */
export const DAILY_ASK_AGAIN_MS = 60_000;
/** A page that heard and failed (a full disk) is not asked every minute all day: the hourly look takes over. */
export const DAILY_ASKS_PER_LOOK = 5;
export const QUIT_BACKUP_TIMEOUT_MS = 10_000;
/**
 * A large store takes longer than that to back up (100,000 incidents: about 25 s). While the
 * page keeps handing over lines the quit goes on waiting, up to this limit; the 10 s count only
 * silence.
 */
export const QUIT_BACKUP_LIMIT_MS = 5 * 60_000;

export interface BackupRequestTarget {
  isDestroyed(): boolean;
  readonly webContents: { send(channel: string, ...args: unknown[]): void };
}

export interface AutoBackupDeps {
  clock?: SchedulerClock;
  /** When the newest daily backup not dated in the future was made (BackupStore.latestDailyMs). */
  latestBackupMs: () => Promise<number | null>;
  getWindow: () => BackupRequestTarget | null;
  log?: (message: string) => void;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class AutoBackup {
  private readonly clock: SchedulerClock;
  private readonly log: (message: string) => void;
  private dailyTimer: { handle: unknown } | null = null;
  private askAgainTimer: { handle: unknown } | null = null;
  private asksThisLook = 0;
  private stopped = false;
  /** Set while the quit waits for its backup; called when it lands (or fails: waiting longer would not help). */
  private quitBackupLanded: (() => void) | null = null;
  /** Set while the quit waits: restarts the silence count when the backup makes progress. */
  private quitBackupMoved: (() => void) | null = null;
  private quitWait: Promise<void> | null = null;

  constructor(private readonly deps: AutoBackupDeps) {
    this.clock = deps.clock ?? systemClock;
    this.log = deps.log ?? ((message) => console.warn(message));
  }

  /**
   * Called when the page has loaded (again after a reload). Looks now (asking again for a few
   * minutes while the page opens its database and starts listening), then every hour, so a
   * console left running over midnight still makes the next day's backup.
   */
  pageLoaded(): void {
    if (this.stopped) return;
    this.clearDailyTimer();
    this.asksThisLook = 0;
    void this.checkDaily();
    const handle = this.clock.setTimeout(() => {
      this.dailyTimer = null;
      this.pageLoaded();
    }, DAILY_CHECK_MS);
    this.dailyTimer = { handle };
  }

  /** Tells the quit that the renderer's backup has been handled (the backup:now handler calls this). */
  backupFinished(reason: BackupKind): void {
    if (reason === 'quit') this.quitBackupLanded?.();
  }

  /** A live backup handed over more lines: a quit waiting for it gives it another 10 s of silence. */
  backupProgressed(): void {
    this.quitBackupMoved?.();
  }

  /**
   * Asks the page for a last backup and resolves once it has been written, after the timeout,
   * or at once when there is no page to ask. Asked twice, it waits for the same backup.
   */
  backupBeforeQuit(): Promise<void> {
    this.stop();
    this.quitWait ??= this.waitForQuitBackup();
    return this.quitWait;
  }

  stop(): void {
    this.stopped = true;
    this.clearDailyTimer();
  }

  private async checkDaily(): Promise<void> {
    try {
      if (!dueForDailyBackup(await this.deps.latestBackupMs(), this.clock.now())) return;
    } catch (error) {
      this.log(`auto backup: could not look at the backup folder: ${describe(error)}`);
      return;
    }
    const window = this.deps.getWindow();
    if (this.stopped || !window || window.isDestroyed()) return;
    window.webContents.send(CHANNELS.backupRequest, 'daily' satisfies BackupReason);
    this.asksThisLook += 1;
    if (this.asksThisLook >= DAILY_ASKS_PER_LOOK) return;
    // Asked again in a minute unless the backup has landed by then (checkDaily looks first).
    this.clearAskAgainTimer();
    const handle = this.clock.setTimeout(() => {
      this.askAgainTimer = null;
      void this.checkDaily();
    }, DAILY_ASK_AGAIN_MS);
    this.askAgainTimer = { handle };
  }

  private clearAskAgainTimer(): void {
    if (this.askAgainTimer) this.clock.clearTimeout(this.askAgainTimer.handle);
    this.askAgainTimer = null;
  }

  private waitForQuitBackup(): Promise<void> {
    const window = this.deps.getWindow();
    if (!window || window.isDestroyed()) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const giveUp = (why: string) => () => {
        this.log(`auto backup: ${why}, quitting without the quit backup`);
        done();
      };
      let silence = this.clock.setTimeout(giveUp(`nothing from the page for ${QUIT_BACKUP_TIMEOUT_MS / 1000} s`), QUIT_BACKUP_TIMEOUT_MS);
      const limit = this.clock.setTimeout(giveUp(`still writing after ${QUIT_BACKUP_LIMIT_MS / 1000} s`), QUIT_BACKUP_LIMIT_MS);
      const done = () => {
        this.clock.clearTimeout(silence);
        this.clock.clearTimeout(limit);
        this.quitBackupLanded = null;
        this.quitBackupMoved = null;
        resolve();
      };
      this.quitBackupMoved = () => {
        this.clock.clearTimeout(silence);
        silence = this.clock.setTimeout(giveUp(`nothing from the page for ${QUIT_BACKUP_TIMEOUT_MS / 1000} s`), QUIT_BACKUP_TIMEOUT_MS);
      };
      this.quitBackupLanded = done;
      window.webContents.send(CHANNELS.backupRequest, 'quit' satisfies BackupReason);
    });
  }

  private clearDailyTimer(): void {
    if (this.dailyTimer) this.clock.clearTimeout(this.dailyTimer.handle);
    this.dailyTimer = null;
    this.clearAskAgainTimer();
  }
}
