// The deadline scheduler in the main process, on Vitest's fake timers: alerts fire on time and
// once, stay quiet through a renderer reload, and after sleep or a restart fire once for what
// was missed — never twice, never silently dropped.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ScheduledAlertSchema, type ScheduledAlert, type ScheduledAlertInput, type ScheduleScope } from '@shared/schedule';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNotifier, showOrThrow, type ParsedNotice } from '../../electron/services/notifications';
import { DeadlineScheduler, jsonFileStore, RECHECK_MS, type SchedulerState, type SchedulerStore } from '../../electron/services/scheduler';

// The real module would try to download Electron; the scheduler never needs it.
vi.mock('electron', () => ({}));

const INCIDENT_ID = '3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b';
const START = Date.parse('2026-11-23T08:00:00+08:00');
const MINUTE = 60_000;
const HOUR = 3_600_000;
const at = (ms: number) => new Date(ms).toISOString();

function alert(key: string, fireAtMs: number, overrides: Partial<ScheduledAlertInput> = {}): ScheduledAlert {
  return ScheduledAlertSchema.parse({
    key,
    fireAt: at(fireAtMs),
    kind: 'due-soon',
    title: `时限将到 ${key}`,
    body: '事件 SJ-2026-0007 的调查时限还有 2 小时',
    target: { kind: 'incident', id: INCIDENT_ID },
    drill: false,
    ...overrides,
  });
}

/** Stands in for the JSON file: keeps what was last saved, serialised as the file would be. */
function memoryStore() {
  let saved: string | null = null;
  const store = {
    failSaves: false,
    saves: 0,
    async load(): Promise<SchedulerState> {
      return saved ? (JSON.parse(saved) as SchedulerState) : { version: 1, scopes: {} };
    },
    async save(state: SchedulerState): Promise<void> {
      if (store.failSaves) throw new Error('disk full');
      saved = JSON.stringify(state);
      store.saves += 1;
    },
  } satisfies SchedulerStore & Record<string, unknown>;
  return store;
}

/** One run of the app: a scheduler on `store`, recording the titles it showed. */
async function launch(store: SchedulerStore, options: { notify?: (notice: ParsedNotice) => void } = {}) {
  const shown: ParsedNotice[] = [];
  const resumeListeners: (() => void)[] = [];
  const suspendListeners: (() => void)[] = [];
  const log = vi.fn();
  const scheduler = new DeadlineScheduler({
    store,
    notify: options.notify ?? ((notice) => void shown.push(notice)),
    onPowerResume: (listener) => {
      resumeListeners.push(listener);
      return () => resumeListeners.splice(resumeListeners.indexOf(listener), 1);
    },
    onPowerSuspend: (listener) => {
      suspendListeners.push(listener);
      return () => suspendListeners.splice(suspendListeners.indexOf(listener), 1);
    },
    log,
  });
  await scheduler.start();
  const titles = () => shown.map((notice) => notice.title);
  const register = (scope: ScheduleScope, alerts: ScheduledAlert[]) => scheduler.register(scope, alerts);
  const wake = () => resumeListeners.forEach((listener) => listener());
  const suspend = () => suspendListeners.forEach((listener) => listener());
  return { scheduler, shown, titles, register, wake, suspend, log, resumeListeners, suspendListeners };
}

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('while the console is running', () => {
  it('shows a due-soon alert at its time, and only once', async () => {
    const app = await launch(memoryStore());
    await app.register('live', [alert('due-soon', START + 2 * HOUR)]);
    await vi.advanceTimersByTimeAsync(2 * HOUR);
    expect(app.titles()).toEqual(['时限将到 due-soon']);
    await vi.advanceTimersByTimeAsync(5 * HOUR);
    expect(app.titles()).toEqual(['时限将到 due-soon']);
    await app.scheduler.stop();
  });

  it('does not show an alert a moment before its time', async () => {
    const app = await launch(memoryStore());
    await app.register('live', [alert('due-soon', START + 2 * HOUR)]);
    await vi.advanceTimersByTimeAsync(2 * HOUR - 1);
    expect(app.shown).toEqual([]);
    await app.scheduler.stop();
  });

  it('shows an instruction that is already overdue as soon as it is registered', async () => {
    const app = await launch(memoryStore());
    await app.register('live', [alert('instruction:overdue', START - 10 * MINUTE, { kind: 'instruction-overdue' })]);
    expect(app.titles()).toEqual(['时限将到 instruction:overdue']);
    await app.scheduler.stop();
  });

  it('waits on one timer however many deadlines are registered', async () => {
    const app = await launch(memoryStore());
    await app.register(
      'live',
      Array.from({ length: 50 }, (_, i) => alert(`deadline-${i}`, START + (i + 1) * HOUR)),
    );
    expect(vi.getTimerCount()).toBe(1);
    await app.scheduler.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps an urgent level-1 alert urgent and pointing at its incident', async () => {
    const app = await launch(memoryStore());
    await app.register('live', [alert('level1', START, { kind: 'level1', urgent: true })]);
    expect(app.shown).toEqual([expect.objectContaining({ urgent: true, target: { kind: 'incident', id: INCIDENT_ID } })]);
    await app.scheduler.stop();
  });
});

describe('a renderer reload', () => {
  it('stays quiet when the reloaded renderer registers the same deadlines again', async () => {
    const app = await launch(memoryStore());
    const deadlines = [alert('shown-before-reload', START + HOUR), alert('still-ahead', START + 3 * HOUR)];
    await app.register('live', deadlines);
    await vi.advanceTimersByTimeAsync(HOUR);
    await app.register('live', deadlines);
    await vi.advanceTimersByTimeAsync(5 * HOUR);
    expect(app.titles()).toEqual(['时限将到 shown-before-reload', '时限将到 still-ahead']);
    await app.scheduler.stop();
  });

  it('writes nothing when the same set is registered again, and fires what came due meanwhile', async () => {
    const store = memoryStore();
    const app = await launch(store);
    const deadlines = [alert('due-at-nine', START + HOUR), alert('still-ahead', START + 3 * HOUR)];
    await app.register('live', deadlines);
    expect(store.saves).toBe(1);
    await app.register('live', deadlines);
    expect(store.saves).toBe(1);
    // An hour on, the page looks again at unchanged records; the alert due at nine was shown and saved.
    await vi.advanceTimersByTimeAsync(HOUR);
    const saved = store.saves;
    await app.register('live', deadlines);
    expect(store.saves).toBe(saved);
    expect(app.titles()).toEqual(['时限将到 due-at-nine']);
    // A changed set is written.
    await app.register('live', deadlines.slice(1));
    expect(store.saves).toBe(saved + 1);
    await app.scheduler.stop();
  });

  it('tells again when a deadline is extended (延期) under the same key', async () => {
    const app = await launch(memoryStore());
    await app.register('live', [alert('investigation:due-soon', START + HOUR)]);
    await vi.advanceTimersByTimeAsync(HOUR);
    await app.register('live', [alert('investigation:due-soon', START + 4 * HOUR)]);
    await vi.advanceTimersByTimeAsync(3 * HOUR);
    expect(app.titles()).toEqual(['时限将到 investigation:due-soon', '时限将到 investigation:due-soon']);
    await app.scheduler.stop();
  });

  it('drops alerts that a new registration of the scope no longer contains', async () => {
    const app = await launch(memoryStore());
    await app.register('live', [alert('kept', START + HOUR), alert('incident-closed', START + 2 * HOUR)]);
    await app.register('live', [alert('kept', START + HOUR)]);
    await vi.advanceTimersByTimeAsync(3 * HOUR);
    expect(app.titles()).toEqual(['时限将到 kept']);
    await app.scheduler.stop();
  });

  it('leaves live deadlines alone when the drill scope is replaced', async () => {
    const app = await launch(memoryStore());
    await app.register('live', [alert('live-deadline', START + HOUR)]);
    await app.register('drill', [alert('drill-inject', START + HOUR, { kind: 'drill-inject', drill: true })]);
    await app.register('drill', []);
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(app.titles()).toEqual(['时限将到 live-deadline']);
    await app.scheduler.stop();
  });
});

describe('drills', () => {
  it('prefixes drill notices with 【演练】', async () => {
    const app = await launch(memoryStore());
    await app.register('drill', [alert('inject-1', START + MINUTE, { kind: 'drill-inject', title: '二号楼停水', drill: true })]);
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(app.titles()).toEqual(['【演练】二号楼停水']);
    await app.scheduler.stop();
  });
});

describe('after the machine slept', () => {
  it('shows once, in deadline order, what fell due during a 3-hour sleep when the machine wakes', async () => {
    const app = await launch(memoryStore());
    await app.register('live', [alert('at-2h', START + 2 * HOUR), alert('at-5h', START + 5 * HOUR), alert('at-1h', START + HOUR)]);
    // Asleep: the wall clock moves on while no timer runs.
    vi.setSystemTime(START + 3 * HOUR);
    app.wake();
    expect(app.titles()).toEqual(['时限将到 at-1h', '时限将到 at-2h']);
    app.wake();
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(app.titles()).toEqual(['时限将到 at-1h', '时限将到 at-2h']);
    await vi.advanceTimersByTimeAsync(2 * HOUR);
    expect(app.titles()).toEqual(['时限将到 at-1h', '时限将到 at-2h', '时限将到 at-5h']);
    await app.scheduler.stop();
  });

  it('catches up within a minute of waking when the machine said it would sleep but no resume event comes', async () => {
    const app = await launch(memoryStore());
    await app.register('live', [alert('at-2h', START + 2 * HOUR)]);
    app.suspend();
    vi.setSystemTime(START + 3 * HOUR);
    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    expect(app.titles()).toEqual(['时限将到 at-2h']);
    await app.scheduler.stop();
  });

  it('stops listening for suspend and resume once stopped', async () => {
    const app = await launch(memoryStore());
    expect(app.resumeListeners).toHaveLength(1);
    expect(app.suspendListeners).toHaveLength(1);
    await app.scheduler.stop();
    expect(app.resumeListeners).toHaveLength(0);
    expect(app.suspendListeners).toHaveLength(0);
  });
});

describe('when someone sets the clock forward', () => {
  it('does not fire every alert of the skipped hours at once, but each at its real time', async () => {
    const app = await launch(memoryStore());
    await app.register('live', [alert('at-1h', START + HOUR), alert('at-2h', START + 2 * HOUR), alert('at-5h', START + 5 * HOUR)]);
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    // The PC's clock is set three hours ahead; no sleep, no resume.
    vi.setSystemTime(Date.now() + 3 * HOUR);
    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    expect(app.titles()).toEqual([]);
    expect(app.log).toHaveBeenCalledWith(expect.stringContaining('set forward by 180 min'));

    // 50 real minutes after it was set: the alert due an hour after the start fires, alone.
    await vi.advanceTimersByTimeAsync(49 * MINUTE);
    expect(app.titles()).toEqual(['时限将到 at-1h']);
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(app.titles()).toEqual(['时限将到 at-1h', '时限将到 at-2h']);
    // Later alerts keep their order and their real waiting time too.
    await vi.advanceTimersByTimeAsync(3 * HOUR - 1);
    expect(app.titles()).toEqual(['时限将到 at-1h', '时限将到 at-2h']);
    await vi.advanceTimersByTimeAsync(1);
    expect(app.titles()).toEqual(['时限将到 at-1h', '时限将到 at-2h', '时限将到 at-5h']);
    await app.scheduler.stop();
  });

  it('fires the skipped alerts at their real time when the clock is set right again', async () => {
    const app = await launch(memoryStore());
    await app.register('live', [alert('at-1h', START + HOUR), alert('at-2h', START + 2 * HOUR)]);
    vi.setSystemTime(START + 3 * HOUR);
    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    // Set right again a minute later (the real time is then START + 1 min): nothing fired early.
    vi.setSystemTime(START + MINUTE);
    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    expect(app.titles()).toEqual([]);
    await vi.advanceTimersByTimeAsync(HOUR - 2 * MINUTE - 1);
    expect(app.titles()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(app.titles()).toEqual(['时限将到 at-1h']);
    await app.scheduler.stop();
  });

  it('takes a small correction by time sync as drift and fires on the wall clock', async () => {
    const app = await launch(memoryStore());
    await app.register('live', [alert('soon', START + MINUTE)]);
    vi.setSystemTime(START + 90_000);
    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    expect(app.titles()).toEqual(['时限将到 soon']);
    await app.scheduler.stop();
  });
});

describe('after a restart', () => {
  it('shows once at start what fell due while the app was closed, and not what was shown before', async () => {
    const store = memoryStore();
    const first = await launch(store);
    await first.register('live', [alert('shown-before-quit', START + HOUR), alert('missed-while-closed', START + 3 * HOUR)]);
    await vi.advanceTimersByTimeAsync(HOUR);
    await first.scheduler.stop();

    vi.setSystemTime(START + 6 * HOUR);
    const second = await launch(store);
    expect(second.titles()).toEqual(['时限将到 missed-while-closed']);
    await second.scheduler.stop();

    const third = await launch(store);
    expect(third.shown).toEqual([]);
    await third.scheduler.stop();
  });

  it('stays quiet when the page, loading after the restart, registers what was just caught up', async () => {
    const store = memoryStore();
    const first = await launch(store);
    const deadlines = [alert('missed-while-closed', START + 2 * HOUR), alert('still-ahead', START + 8 * HOUR)];
    await first.register('live', deadlines);
    await first.scheduler.stop();

    vi.setSystemTime(START + 5 * HOUR);
    const second = await launch(store);
    expect(second.titles()).toEqual(['时限将到 missed-while-closed']);
    await second.register('live', deadlines);
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(second.titles()).toEqual(['时限将到 missed-while-closed']);
    await vi.advanceTimersByTimeAsync(2 * HOUR);
    expect(second.titles()).toEqual(['时限将到 missed-while-closed', '时限将到 still-ahead']);
    await second.scheduler.stop();
  });

  it('keeps waiting for deadlines still ahead after a restart, before the renderer registers again', async () => {
    const store = memoryStore();
    const first = await launch(store);
    await first.register('live', [alert('tomorrow', START + 24 * HOUR)]);
    await first.scheduler.stop();

    const second = await launch(store);
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    expect(second.titles()).toEqual(['时限将到 tomorrow']);
    await second.scheduler.stop();
  });
});

// The rule: an alert counts as delivered for good only once its firing is on disk. Until then it
// is shown at most once per run, and once more after a restart — never zero times.
describe('when the disk fails', () => {
  it('still shows an alert whose firing cannot be saved, and shows it once more after a restart since it was never recorded', async () => {
    const store = memoryStore();
    const first = await launch(store);
    await first.register('live', [alert('due-soon', START + HOUR)]);
    store.failSaves = true;
    await vi.advanceTimersByTimeAsync(HOUR + 5 * MINUTE);
    expect(first.titles()).toEqual(['时限将到 due-soon']);
    expect(first.log).toHaveBeenCalledWith(expect.stringContaining('could not save'));
    await first.scheduler.stop();

    store.failSaves = false;
    const second = await launch(store);
    expect(second.titles()).toEqual(['时限将到 due-soon']);
    await second.scheduler.stop();
    const third = await launch(store);
    expect(third.shown).toEqual([]);
    await third.scheduler.stop();
  });

  it('retries a failed save within a minute, and once recorded the alert is not shown again after a restart', async () => {
    const store = memoryStore();
    const first = await launch(store);
    await first.register('live', [alert('due-soon', START + HOUR)]);
    store.failSaves = true;
    await vi.advanceTimersByTimeAsync(HOUR);
    store.failSaves = false;
    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    await first.scheduler.stop();

    const second = await launch(store);
    expect(second.shown).toEqual([]);
    await second.scheduler.stop();
  });

  it('reports a registration that could not be saved, yet keeps it armed', async () => {
    const store = memoryStore();
    const app = await launch(store);
    store.failSaves = true;
    const result = await app.register('live', [alert('due-soon', START + HOUR)]);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'schedule-save-failed' }) });
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(app.titles()).toEqual(['时限将到 due-soon']);
    await app.scheduler.stop();
  });

  it('tries again a minute later when the notice could not be shown', async () => {
    const shown: string[] = [];
    let broken = true;
    const app = await launch(memoryStore(), {
      notify: (notice) => {
        if (broken) throw new Error('notification service unavailable');
        shown.push(notice.title);
      },
    });
    await app.register('live', [alert('due-soon', START + HOUR)]);
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(shown).toEqual([]);
    broken = false;
    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(shown).toEqual(['时限将到 due-soon']);
    await app.scheduler.stop();
  });
});

describe('with the desktop notifier', () => {
  it('keeps an alert the system could not show, and shows it a minute later', async () => {
    const system = { supported: false, shown: [] as string[] };
    class SystemNotification {
      static isSupported() {
        return system.supported;
      }
      constructor(readonly options: { title: string }) {}
      on() {
        return this;
      }
      show() {
        system.shown.push(this.options.title);
      }
    }
    const notifier = createNotifier({ Notification: SystemNotification, getWindow: () => null });
    const app = await launch(memoryStore(), { notify: showOrThrow(notifier) });
    await app.register('live', [alert('level1', START, { kind: 'level1', urgent: true })]);
    expect(system.shown).toEqual([]);
    expect(app.log).toHaveBeenCalledWith(expect.stringContaining('notifications-unsupported'));
    system.supported = true;
    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    expect(system.shown).toEqual(['时限将到 level1']);
    await vi.advanceTimersByTimeAsync(RECHECK_MS * 5);
    expect(system.shown).toEqual(['时限将到 level1']);
    await app.scheduler.stop();
  });
});

describe('the schedule file', () => {
  let folder: string;
  beforeEach(async () => {
    vi.useRealTimers();
    folder = await mkdtemp(path.join(tmpdir(), 'schedule-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  const state = (key: string): SchedulerState => ({ version: 1, scopes: { live: { alerts: [alert(key, START)], fired: [] } } });

  it('keeps the deadlines in a JSON file in the user data folder, creating the folder', async () => {
    const store = jsonFileStore(path.join(folder, 'userData', 'schedule.json'), fs);
    await store.save(state('kept'));
    expect(await store.load()).toEqual(state('kept'));
  });

  it('reads a missing file as a first start with nothing registered', async () => {
    expect(await jsonFileStore(path.join(folder, 'schedule.json'), fs).load()).toEqual({ version: 1, scopes: {} });
  });

  it('leaves the previous state intact when a write dies between the temp file and the rename', async () => {
    const file = path.join(folder, 'schedule.json');
    await jsonFileStore(file, fs).save(state('before'));
    const dying = jsonFileStore(file, { ...fs, rename: () => Promise.reject(new Error('killed')) });
    await expect(dying.save(state('after'))).rejects.toThrow('killed');
    expect(await jsonFileStore(file, fs).load()).toEqual(state('before'));
  });

  it('refuses a file that is not a schedule, and the scheduler then starts empty with a warning', async () => {
    const file = path.join(folder, 'schedule.json');
    await writeFile(file, '{"version":1,"scop', 'utf8');
    const store = jsonFileStore(file, fs);
    await expect(store.load()).rejects.toThrow('not JSON');
    const app = await launch(store);
    expect(app.log).toHaveBeenCalledWith(expect.stringContaining('starting empty'));
    await app.register('live', [alert('after-repair', START)]);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ version: 1, scopes: { live: { fired: [expect.any(String)] } } });
    await app.scheduler.stop();
  });
});

describe('a backlog', () => {
  it('tells ten alerts missed while the app was closed as two notices and one summary, and never again', async () => {
    const store = memoryStore();
    const first = await launch(store);
    const backlog = Array.from({ length: 10 }, (_, i) => alert(`k${i}`, START + (i + 1) * MINUTE));
    await first.register('live', backlog);
    await first.scheduler.stop();

    vi.setSystemTime(START + 3 * HOUR);
    const next = await launch(store);
    expect(next.titles()).toEqual(['时限将到 k0', '时限将到 k1', '另有 8 条提醒']);
    // The page loads and registers the same alerts with its own words for the summary: quiet.
    await next.register('live', backlog);
    await vi.advanceTimersByTimeAsync(RECHECK_MS * 2);
    expect(next.shown).toHaveLength(3);
    await next.scheduler.stop();
  });

  it('uses the summary the page registered, in the operator’s language', async () => {
    const run = await launch(memoryStore());
    const backlog = Array.from({ length: 5 }, (_, i) => alert(`k${i}`, START - (i + 1) * MINUTE));
    await run.scheduler.register('live', backlog, { title: '{count} more alerts', body: 'Open the notification centre.' });
    expect(run.titles()).toEqual(['时限将到 k4', '时限将到 k3', '3 more alerts']);
    await run.scheduler.stop();
  });
});
