// Keeps time for the renderer's deadlines in the main process, so alerts fire while the window
// is hidden to the tray, survive a renderer reload, and after sleep or a restart fire once for
// what was missed. Which alerts exist is decided by the renderer; when they fire, here.
//
// Delivery rule (at-least-once across crashes, exactly once within a run): an alert is marked
// fired in memory before it is shown, so this process never shows it twice, and it counts as
// delivered for good only once the file says so. A crash or a failed save between showing and
// recording means the next start shows it once more. We lean that way on purpose: a repeated
// notice costs a glance, a silently dropped deadline costs the deadline. Recording it before
// showing (at-most-once) would drop it whenever the crash fell between save and show; an
// "in-flight" marker saved first would not help either, since it only tells us the notice *may*
// have been shown, and that too must be resolved towards showing it again.
//
// Sleep or clock change (clockJump in shared/schedule.ts): when the wall clock moved further than the running
// time between two looks, the machine either slept or someone set its clock. After a sleep (the
// OS said suspend or resume) what fell due is shown at once, as a catch-up. Otherwise the clock
// was set forward: alerts still waiting are not all shown at once but each at its real time, once
// as much running time has passed as it had still to wait (not kept across a restart).
import { fail, ok, type Result } from '@shared/result';
import {
  burstNotice,
  CLOCK_JUMP_TOLERANCE_MS,
  clockJump,
  deferSkipped,
  pullBackHeld,
  type ClockLook,
  dueAlerts,
  firingId,
  foldBurst,
  nextFireAt,
  noticeFor,
  type BurstSummary,
  type ScheduledAlert,
  type ScheduleScope,
} from '@shared/schedule';
import type { ParsedNotice } from './notifications';
import { emptySchedulerState, type SchedulerState, type SchedulerStore } from './schedulerStore';

export { jsonFileStore, type SchedulerState, type SchedulerStore, type StoreFileSystem } from './schedulerStore';

/**
 * The longest the scheduler sleeps between looks at the clock. Timers count running time, not
 * wall time, so after a suspend a long timer would fire hours late; looking at least every
 * minute catches a clock jump even if the resume event never comes.
 */
export const RECHECK_MS = 60_000;

export interface SchedulerClock {
  now(): number;
  /** Running time in ms that no clock setting moves (performance.now); without it no jump is told from a sleep. */
  monotonic?(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

// Looked up at call time, so Vitest's fake timers replace them too.
export const systemClock: SchedulerClock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export { CLOCK_JUMP_TOLERANCE_MS };

export interface SchedulerDeps {
  clock?: SchedulerClock;
  store: SchedulerStore;
  /** Shows a notice (the main process passes the notifier); throwing means "not shown". */
  notify: (notice: ParsedNotice) => void;
  /** Subscribes to the OS resume event (powerMonitor 'resume'); may return the unsubscribe. */
  onPowerResume?: (listener: () => void) => (() => void) | void;
  /** Subscribes to the OS suspend event (powerMonitor 'suspend'), so a sleep is never taken for a clock change. */
  onPowerSuspend?: (listener: () => void) => (() => void) | void;
  log?: (message: string) => void;
}

interface ScopeState {
  alerts: ScheduledAlert[];
  fired: Set<string>;
  /** Alerts whose notice failed to show, held until the next look so a broken notifier cannot spin. */
  heldUntil: Map<string, number>;
  /** The summary notice for a burst, in the operator's language (a default until registered). */
  summary?: BurstSummary;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Whether a registration repeats what the scope holds: the same alerts in the same order, and the same summary. */
function sameRegistration(scope: ScopeState, alerts: readonly ScheduledAlert[], summary: BurstSummary | undefined): boolean {
  if (JSON.stringify(summary) !== JSON.stringify(scope.summary)) return false;
  return scope.alerts.length === alerts.length && JSON.stringify(scope.alerts) === JSON.stringify(alerts);
}

export class DeadlineScheduler {
  private readonly clock: SchedulerClock;
  private readonly log: (message: string) => void;
  private readonly scopes = new Map<ScheduleScope, ScopeState>();
  private loading: Promise<void> | null = null;
  private loaded = false;
  private stopped = false;
  private timer: { handle: unknown } | null = null;
  private unsubscribePower: (() => void)[] = [];
  /** The last look at both clocks, and whether the machine slept since. */
  private lastLook: ClockLook | null = null;
  private slept = false;
  // Saves run one after another, each writing the whole state as it was when asked for.
  private saving: Promise<void> = Promise.resolve();
  private savesInFlight = 0;
  private changes = 0;
  private savedChanges = 0;

  constructor(private readonly deps: SchedulerDeps) {
    this.clock = deps.clock ?? systemClock;
    this.log = deps.log ?? ((message) => console.warn(message));
  }

  /** Loads what was registered before, fires once what came due while the app was closed, and arms. */
  start(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  /**
   * Replaces every alert of `scope`. Firings already shown are kept for alerts still registered,
   * so the re-registration after a renderer reload stays quiet; the rest are forgotten. Alerts
   * already due fire now. Resolves once the new set is on disk (a failed save leaves it armed).
   */
  async register(scope: ScheduleScope, alerts: readonly ScheduledAlert[], summary?: BurstSummary): Promise<Result<void>> {
    if (!this.loading) return fail('scheduler-not-started');
    await this.loading;
    if (this.stopped) return fail('scheduler-stopped');
    // A clock change before this registration concerns what was waiting, not what comes now.
    this.followClock(this.clock.now());
    const previous = this.scopes.get(scope);
    // The same set again (a reloaded page, a second look at unchanged records): nothing to forget
    // or to write; what came due meanwhile fires as at any look.
    if (previous && sameRegistration(previous, alerts, summary)) {
      const fired = this.fireDue();
      const saved = fired > 0 || this.changes > this.savedChanges ? this.persist() : Promise.resolve(ok(undefined));
      this.arm();
      return saved;
    }
    const registered = new Set(alerts.map(firingId));
    const keep = <T>(ids: Iterable<T>, id: (item: T) => string) => [...ids].filter((item) => registered.has(id(item)));
    this.scopes.set(scope, {
      alerts: [...alerts],
      fired: new Set(keep(previous?.fired ?? [], (id) => id)),
      heldUntil: new Map(keep(previous?.heldUntil ?? [], ([id]) => id)),
      ...(summary ? { summary } : {}),
    });
    this.fireDue();
    const saved = this.persist();
    this.arm();
    return saved;
  }

  /** After the machine wakes: fire what came due while it slept, once, and re-arm. */
  handleResume(): void {
    this.slept = true;
    if (this.loaded && !this.stopped) this.check();
  }

  /** Resolves when every save asked for so far has finished (tests, and quitting). */
  flush(): Promise<void> {
    return this.saving;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.disarm();
    for (const unsubscribe of this.unsubscribePower.splice(0)) unsubscribe();
    await this.loading?.catch(() => undefined);
    await this.flush();
  }

  private async load(): Promise<void> {
    let state: SchedulerState;
    try {
      state = await this.deps.store.load();
    } catch (error) {
      // Without the file we cannot know what fired; the renderer's next registration restores the
      // alerts, and anything already past then shows again rather than never.
      this.log(`scheduler: could not read saved deadlines, starting empty: ${describe(error)}`);
      state = emptySchedulerState();
    }
    if (this.stopped) return;
    for (const [scope, saved] of Object.entries(state.scopes) as [ScheduleScope, SchedulerState['scopes'][ScheduleScope]][]) {
      if (saved) this.scopes.set(scope, { alerts: saved.alerts, fired: new Set(saved.fired), heldUntil: new Map() });
    }
    this.loaded = true;
    const unsubscribes = [
      this.deps.onPowerResume?.(() => this.handleResume()),
      this.deps.onPowerSuspend?.(() => {
        this.slept = true;
      }),
    ];
    for (const unsubscribe of unsubscribes) if (typeof unsubscribe === 'function') this.unsubscribePower.push(unsubscribe);
    this.check();
  }

  /** One look at the clock: fire what is due, save if anything changed or is still unsaved, re-arm. */
  private check(): void {
    const fired = this.fireDue();
    if (fired > 0 || (this.changes > this.savedChanges && this.savesInFlight === 0)) void this.persist();
    this.arm();
  }

  /**
   * Shows every due alert of every scope, earliest first, a burst folded into one summary notice
   * (foldBurst); returns how many changed state.
   */
  private fireDue(): number {
    const now = this.clock.now();
    this.followClock(now);
    let changed = 0;
    for (const scope of this.scopes.values()) {
      const due = dueAlerts(scope.alerts, scope.fired, now, scope.heldUntil);
      if (due.length === 0) continue;
      changed += due.length;
      const { shown, folded } = foldBurst(due, (alert) => alert);
      for (const alert of shown) this.show(scope, [alert], noticeFor(alert), now);
      if (folded.length > 0) this.show(scope, folded, burstNotice(folded, scope.summary), now);
    }
    return changed;
  }

  /** Compares this look with the last; after a clock change, moves what it skipped to its real time. */
  private followClock(now: number): void {
    const mono = this.clock.monotonic?.();
    if (mono === undefined) return;
    const jump = clockJump(this.lastLook, { wall: now, mono }, this.slept);
    this.lastLook = { wall: now, mono };
    this.slept = false;
    if (!jump) return;
    const minutes = Math.round(Math.abs(jump.ms) / 60_000);
    if (jump.ms > 0) {
      let moved = 0;
      for (const scope of this.scopes.values()) moved += deferSkipped(scope.alerts, scope.fired, scope.heldUntil, jump);
      this.log(`scheduler: the clock was set forward by ${minutes} min; ${moved} alerts it skipped fire at their real time`);
    } else {
      for (const scope of this.scopes.values()) pullBackHeld(scope.heldUntil, jump);
      this.log(`scheduler: the clock was set back by ${minutes} min`);
    }
  }

  /** Shows one notice standing for `alerts`; if it cannot be shown, they are held and tried again. */
  private show(scope: ScopeState, alerts: readonly ScheduledAlert[], notice: ParsedNotice, now: number): void {
    const ids = alerts.map(firingId);
    // Marked before showing, so nothing the notifier triggers can show them a second time.
    for (const id of ids) {
      scope.fired.add(id);
      scope.heldUntil.delete(id);
    }
    try {
      this.deps.notify(notice);
    } catch (error) {
      for (const id of ids) {
        scope.fired.delete(id);
        scope.heldUntil.set(id, now + RECHECK_MS);
      }
      const what = alerts.length === 1 ? alerts[0]!.key : `${alerts.length} alerts`;
      this.log(`scheduler: could not show ${what}, trying again in a minute: ${describe(error)}`);
    }
  }

  private arm(): void {
    this.disarm();
    if (this.stopped || !this.loaded) return;
    let next: number | null = null;
    for (const scope of this.scopes.values()) {
      const at = nextFireAt(scope.alerts, scope.fired, scope.heldUntil);
      if (at !== null && (next === null || at < next)) next = at;
    }
    const unsaved = this.changes > this.savedChanges;
    if (next === null && !unsaved) return;
    // One timer for the earliest alert, never longer than RECHECK_MS; an unsaved state is retried then.
    const delay = next === null ? RECHECK_MS : Math.min(Math.max(next - this.clock.now(), 0), RECHECK_MS);
    const handle = this.clock.setTimeout(() => {
      this.timer = null;
      this.check();
    }, delay);
    this.timer = { handle };
  }

  private disarm(): void {
    if (this.timer) this.clock.clearTimeout(this.timer.handle);
    this.timer = null;
  }

  private snapshot(): SchedulerState {
    const state = emptySchedulerState();
    for (const [scope, { alerts, fired }] of this.scopes) state.scopes[scope] = { alerts: [...alerts], fired: [...fired] };
    return state;
  }

  private persist(): Promise<Result<void>> {
    const change = ++this.changes;
    const state = this.snapshot();
    this.savesInFlight += 1;
    const attempt = this.saving
      .then(() => this.deps.store.save(state))
      .then(
        () => {
          this.savedChanges = Math.max(this.savedChanges, change);
          return ok(undefined);
        },
        (error: unknown) => {
          this.log(`scheduler: could not save deadlines (kept in memory, retried within a minute): ${describe(error)}`);
          return fail<void>('schedule-save-failed', undefined, describe(error));
        },
      )
      .finally(() => {
        this.savesInFlight -= 1;
      });
    this.saving = attempt.then(() => undefined);
    return attempt;
  }
}
