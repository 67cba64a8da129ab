// The browser host's scheduler: the nearest web equivalent of the main-process one
// (electron/services/scheduler.ts), on the same rules. Each alert fires once per firing (key and
// instant); a re-registration after a reload stays quiet; a firing missed while the tab was closed
// fires once when the page registers it again. Registrations and the fired firings are kept in
// localStorage, which every tab of the origin shares, so two open tabs do not both show a firing.
// A clock set forward is told from a sleep as in the main process (clockJump in shared/schedule.ts);
// a browser hears of no suspend, so the page waking (shown again, or resumed after being frozen)
// stands for it, and a look that sees the running time move with the wall clock needs no signal.
import { z } from 'zod';
import type { Notice } from '@shared/bridge';
import { fail, ok, type Result } from '@shared/result';
import {
  burstNotice,
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
  ScheduledAlertSchema,
  ScheduleRegistrationSchema,
  sameScheduledAlert,
  type ScheduledAlert,
  type ScheduleRegistration,
  type ScheduleScope,
} from '@shared/schedule';

/** The longest sleep between looks at the clock: timers drift in background tabs and after sleep. */
export const RECHECK_MS = 60_000;
export const SCHEDULE_STORAGE_KEY = 'console.schedule.v1';
/**
 * The firings shown, kept apart from the alerts: they change at every firing, the alerts only when
 * the console registers again, and the alerts of a store with years of data are megabytes.
 */
export const SCHEDULE_FIRED_KEY = 'console.schedule.v1.fired';
/** Results that will not change by trying again: the operator refused desktop notices, or there are none. */
const FINAL_REFUSALS = new Set(['notifications-denied', 'notifications-unsupported']);

export interface ScheduleStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface ScheduleClock {
  now(): number;
  /** Running time that no clock setting moves (performance.now); without it no jump is told from a sleep. */
  monotonic?(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

// Looked up at call time, so fake timers in tests replace them too.
const systemClock: ScheduleClock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type BrowserSchedulerDeps = {
  /** Shows a notice; the browser host passes its own `notify` (passed in, to avoid a circular import). */
  notify: (notice: Notice) => Promise<Result<void>>;
  storage: ScheduleStorage;
  clock?: ScheduleClock;
  /** Calls back when the page may have slept (shown again, resumed from frozen); returns the unsubscribe. */
  onWake?: (listener: () => void) => () => void;
  log?: (message: string) => void;
};

/** The page's own signs of having slept: a hidden tab or a locked screen shown again, a frozen page resumed. */
export function pageWakeSignals(listener: () => void): () => void {
  if (typeof document === 'undefined') return () => undefined;
  const events = ['visibilitychange', 'resume'] as const;
  for (const event of events) document.addEventListener(event, listener);
  return () => {
    for (const event of events) document.removeEventListener(event, listener);
  };
}

const SavedSchema = z.object({
  scopes: z.partialRecord(z.enum(['live', 'drill']), z.object({ alerts: z.array(ScheduledAlertSchema), fired: z.array(z.string()) })),
});
type Saved = z.infer<typeof SavedSchema>;
const FiredSchema = z.object({ scopes: z.partialRecord(z.enum(['live', 'drill']), z.array(z.string())) });

/** A registration's scope and summary; its alerts are checked one by one (ScheduledAlertSchema). */
const RegistrationEnvelopeSchema = ScheduleRegistrationSchema.extend({ alerts: z.array(z.unknown()).max(10_000) });

type ScopeState = { alerts: ScheduledAlert[]; fired: Set<string>; heldUntil: Map<string, number>; summary?: BurstSummary };

export type BrowserScheduler = {
  register(registration: ScheduleRegistration): Promise<Result<void>>;
  stop(): void;
};

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createBrowserScheduler(deps: BrowserSchedulerDeps): BrowserScheduler {
  const clock = deps.clock ?? systemClock;
  const log = deps.log ?? ((message: string) => console.warn(message));
  const scopes = new Map<ScheduleScope, ScopeState>();
  /** Each scope's alerts as last checked, by key (see `register`). */
  const checkedBefore = new Map<ScheduleScope, Map<string, ScheduledAlert>>();
  let loaded = false;
  let stopped = false;
  let timer: { handle: unknown } | null = null;
  let lastLook: ClockLook | null = null;
  let slept = false;
  const stopWaking = (deps.onWake ?? pageWakeSignals)(() => {
    slept = true;
  });

  /** Compares this look with the last; after a clock change, moves what was waiting to its real time. */
  function followClock(now: number): void {
    const mono = clock.monotonic?.();
    if (mono === undefined) return;
    const jump = clockJump(lastLook, { wall: now, mono }, slept);
    lastLook = { wall: now, mono };
    slept = false;
    if (!jump) return;
    firedDirty = true;
    for (const state of scopes.values()) {
      if (jump.ms > 0) deferSkipped(state.alerts, state.fired, state.heldUntil, jump);
      else pullBackHeld(state.heldUntil, jump);
    }
    log(`schedule: the clock was set ${jump.ms > 0 ? 'forward' : 'back'} by ${Math.round(Math.abs(jump.ms) / 60_000)} min`);
  }

  /**
   * The texts this page last wrote or read, and what they said: when the record has not changed
   * since (no other tab wrote), it is not parsed and checked again — with thousands of alerts on a
   * bad day that was most of every look at the clock.
   */
  let lastAlertsText: string | null = null;
  let lastFiredText: string | null = null;
  let lastAlerts: Saved = { scopes: {} };
  let lastFired: z.infer<typeof FiredSchema> = { scopes: {} };
  let lastSaved: Saved | null = null;
  /**
   * What changed in this page since it last wrote: its alerts (a registration) or its firings.
   * Writing the record out to compare it is itself the cost (megabytes of JSON at years of data),
   * so an unchanged page with an unchanged record writes nothing.
   */
  let alertsDirty = true;
  let firedDirty = true;

  /** What is on record, this tab's or another's; anything unreadable counts as nothing. */
  function readSaved(): Saved {
    try {
      const alertsText = deps.storage.getItem(SCHEDULE_STORAGE_KEY);
      const firedText = deps.storage.getItem(SCHEDULE_FIRED_KEY);
      if (lastSaved && alertsText === lastAlertsText && firedText === lastFiredText) return lastSaved;
      if (alertsText !== lastAlertsText) {
        const parsed = alertsText ? SavedSchema.safeParse(JSON.parse(alertsText)) : null;
        lastAlerts = parsed?.success ? parsed.data : { scopes: {} };
        lastAlertsText = alertsText;
      }
      if (firedText !== lastFiredText) {
        const parsed = firedText ? FiredSchema.safeParse(JSON.parse(firedText)) : null;
        lastFired = parsed?.success ? parsed.data : { scopes: {} };
        lastFiredText = firedText;
      }
      // Firings a record of the first layout kept with its alerts still count.
      const saved: Saved = { scopes: {} };
      for (const scope of ['live', 'drill'] as const) {
        const alerts = lastAlerts.scopes[scope];
        const fired = [...(alerts?.fired ?? []), ...(lastFired.scopes[scope] ?? [])];
        if (alerts || fired.length > 0) saved.scopes[scope] = { alerts: alerts?.alerts ?? [], fired };
      }
      lastSaved = saved;
      return saved;
    } catch (error) {
      log(`schedule: could not read saved alerts, starting empty: ${describe(error)}`);
      return { scopes: {} };
    }
  }

  /**
   * Writes this page's state. Firings another tab recorded for alerts registered here are kept
   * (last writer must not erase them), except `unfired`, a firing whose notice failed to show.
   */
  function save(unfired: readonly string[] = []): void {
    const known = lastSaved;
    const stored = readSaved();
    // Another tab wrote since this page last read or wrote the record: its firings are taken in.
    const elsewhere = stored !== known;
    if (!alertsDirty && !firedDirty && !elsewhere && unfired.length === 0) return;
    // Whether the record already holds every firing this page knows of: then another tab's write
    // needs no answer (two tabs would otherwise write the record in turn at every look).
    let covered = !alertsDirty && !firedDirty && unfired.length === 0;
    for (const [scope, state] of scopes) {
      const registered = new Set(state.alerts.map(firingId));
      const theirs = stored.scopes[scope]?.fired ?? [];
      for (const id of theirs) if (!unfired.includes(id) && registered.has(id)) state.fired.add(id);
      if (covered && state.fired.size > 0) {
        const recorded = new Set(theirs);
        for (const id of state.fired) if (!recorded.has(id)) covered = false;
      }
    }
    if (covered) return;
    try {
      if (alertsDirty) {
        const alerts: Saved = { scopes: {} };
        for (const [scope, state] of scopes) alerts.scopes[scope] = { alerts: state.alerts, fired: [] };
        const text = JSON.stringify(alerts);
        if (text !== lastAlertsText) deps.storage.setItem(SCHEDULE_STORAGE_KEY, text);
        lastAlertsText = text;
        lastAlerts = alerts;
      }
      const fired: z.infer<typeof FiredSchema> = { scopes: {} };
      for (const [scope, state] of scopes) fired.scopes[scope] = [...state.fired];
      const text = JSON.stringify(fired);
      if (text !== lastFiredText) deps.storage.setItem(SCHEDULE_FIRED_KEY, text);
      lastFiredText = text;
      lastFired = fired;
      const saved: Saved = { scopes: {} };
      for (const scope of ['live', 'drill'] as const) {
        const alerts = lastAlerts.scopes[scope];
        if (alerts || fired.scopes[scope]) saved.scopes[scope] = { alerts: alerts?.alerts ?? [], fired: fired.scopes[scope] ?? [] };
      }
      lastSaved = saved;
      alertsDirty = false;
      firedDirty = false;
    } catch (error) {
      // Kept in memory: this page still fires each alert once; only a reload may show one again.
      log(`schedule: could not save alerts: ${describe(error)}`);
    }
  }

  /** On first use: what earlier pages registered, so what they already showed stays quiet. */
  function load(): void {
    if (loaded) return;
    loaded = true;
    for (const [scope, saved] of Object.entries(readSaved().scopes) as [ScheduleScope, { alerts: ScheduledAlert[]; fired: string[] }][]) {
      scopes.set(scope, { alerts: saved.alerts, fired: new Set(saved.fired), heldUntil: new Map() });
    }
  }

  function fireDue(): void {
    // Firings another tab showed since we last looked count as shown here too.
    save();
    const now = clock.now();
    followClock(now);
    const due: { state: ScopeState; alert: ScheduledAlert }[] = [];
    for (const state of scopes.values())
      for (const alert of dueAlerts(state.alerts, state.fired, now, state.heldUntil)) due.push({ state, alert });
    if (due.length === 0) return;
    // Marked and saved before showing, so a second tab looking at the same moment stays quiet.
    for (const { state, alert } of due) {
      state.fired.add(firingId(alert));
      state.heldUntil.delete(firingId(alert));
    }
    firedDirty = true;
    save();
    // A burst (a night's backlog, an import of old complaints) is told as a few notices and a summary.
    const deliveries: { state: ScopeState; alerts: ScheduledAlert[]; notice: Notice }[] = [];
    for (const state of scopes.values()) {
      const { shown, folded } = foldBurst(
        due.filter((item) => item.state === state),
        (item) => item.alert,
      );
      for (const { alert } of shown) deliveries.push({ state, alerts: [alert], notice: noticeFor(alert) });
      if (folded.length > 0) {
        const alerts = folded.map((item) => item.alert);
        deliveries.push({ state, alerts, notice: burstNotice(alerts, state.summary) });
      }
    }
    for (const { state, alerts, notice } of deliveries) {
      const ids = alerts.map(firingId);
      const retry = (reason: string) => {
        for (const id of ids) {
          state.fired.delete(id);
          state.heldUntil.set(id, clock.now() + RECHECK_MS);
        }
        firedDirty = true;
        save(ids);
        arm();
        const what = alerts.length === 1 ? alerts[0]!.key : `${alerts.length} alerts`;
        log(`schedule: could not show ${what}, trying again in a minute: ${reason}`);
      };
      let shown: Promise<Result<void>>;
      try {
        shown = deps.notify(notice);
      } catch (error) {
        retry(describe(error));
        continue;
      }
      void shown.then(
        (result) => {
          if (!result.ok && !FINAL_REFUSALS.has(result.error.code)) retry(result.error.code);
        },
        (error: unknown) => retry(describe(error)),
      );
    }
  }

  function disarm(): void {
    if (timer) clock.clearTimeout(timer.handle);
    timer = null;
  }

  function arm(): void {
    disarm();
    if (stopped) return;
    let next: number | null = null;
    for (const state of scopes.values()) {
      const at = nextFireAt(state.alerts, state.fired, state.heldUntil);
      if (at !== null && (next === null || at < next)) next = at;
    }
    if (next === null) return;
    // One timer for the earliest alert, never longer than a minute, so a clock jump is caught.
    const delay = Math.min(Math.max(next - clock.now(), 0), RECHECK_MS);
    const handle = clock.setTimeout(() => {
      timer = null;
      check();
    }, delay);
    timer = { handle };
  }

  function check(): void {
    if (stopped) return;
    try {
      fireDue();
    } catch (error) {
      log(`schedule: look at the clock failed: ${describe(error)}`);
    }
    arm();
  }

  return {
    /**
     * Replaces the alerts of one scope. Firings already shown stay quiet while still registered;
     * the rest are forgotten. Alerts already due (including those missed while the tab was
     * closed) fire now, once.
     */
    async register(registration) {
      const envelope = RegistrationEnvelopeSchema.safeParse(registration);
      if (!envelope.success) return fail('ipc-bad-payload');
      const { scope, summary } = envelope.data;
      // On a bad day at years of data a registration holds thousands of alerts, and each change
      // registers them all again: an alert given again as it was last checked is not checked again.
      const before = checkedBefore.get(scope);
      const alerts: ScheduledAlert[] = [];
      for (const raw of envelope.data.alerts) {
        const known = before?.get(String((raw as { key?: unknown } | null)?.key));
        if (known && sameScheduledAlert(raw, known)) {
          alerts.push(known);
          continue;
        }
        const checked = ScheduledAlertSchema.safeParse(raw);
        if (!checked.success) return fail('ipc-bad-payload');
        alerts.push(checked.data);
      }
      // Two alerts with one key would make "fired once" ambiguous (as ScheduleRegistrationSchema says).
      if (new Set(alerts.map((a) => a.key)).size !== alerts.length) return fail('ipc-bad-payload');
      if (stopped) return fail('scheduler-stopped');
      checkedBefore.set(scope, new Map(alerts.map((alert) => [alert.key, alert])));
      load();
      // A clock change before this registration concerns what was waiting, not what comes now.
      followClock(clock.now());
      const previous = scopes.get(scope);
      const registered = new Set(alerts.map(firingId));
      alertsDirty = true;
      firedDirty = true;
      scopes.set(scope, {
        alerts,
        fired: new Set([...(previous?.fired ?? [])].filter((id) => registered.has(id))),
        heldUntil: new Map([...(previous?.heldUntil ?? [])].filter(([id]) => registered.has(id))),
        ...(summary ? { summary } : {}),
      });
      save();
      check();
      return ok(undefined);
    },
    stop() {
      stopped = true;
      disarm();
      stopWaking();
    },
  };
}
