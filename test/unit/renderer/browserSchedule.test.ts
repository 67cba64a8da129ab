// The browser host's scheduler on fake timers: fires on time and once, a reload's re-registration
// stays quiet, a firing missed while the tab was closed fires once on the next load, and two tabs
// sharing localStorage do not both show one firing.
import type { RefusalCode } from '@shared/refusalCodes';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Notice } from '@shared/bridge';
import { fail, ok, type Result } from '@shared/result';
import type { ScheduledAlertInput } from '@shared/schedule';
import {
  createBrowserScheduler,
  RECHECK_MS,
  SCHEDULE_FIRED_KEY,
  SCHEDULE_STORAGE_KEY,
  type ScheduleStorage,
} from '../../../renderer/host/browserSchedule';

const START = Date.parse('2026-11-23T10:00:00+08:00');
const MINUTE = 60_000;
const INCIDENT = 'b0000000-0000-4000-8000-00000000000b';

const alert = (key: string, fireAt: string, extra: Partial<ScheduledAlertInput> = {}): ScheduledAlertInput => ({
  key,
  fireAt,
  kind: 'overdue',
  title: `${key} 已超时`,
  body: '',
  target: { kind: 'incident', id: INCIDENT },
  drill: false,
  urgent: true,
  ...extra,
});

function memoryStorage(): ScheduleStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

function tab(storage: ScheduleStorage, answer: () => Result<void> = () => ok(undefined)) {
  const shown: Notice[] = [];
  const scheduler = createBrowserScheduler({
    storage,
    notify: async (notice) => {
      shown.push(notice);
      return answer();
    },
    log: () => undefined,
  });
  return { scheduler, shown, titles: () => shown.map((n) => n.title) };
}

/** A tab whose page can be told it woke (shown again after a sleep or a locked screen). */
function wakeableTab(storage: ScheduleStorage) {
  const shown: Notice[] = [];
  let wake: () => void = () => undefined;
  const scheduler = createBrowserScheduler({
    storage,
    notify: async (notice) => {
      shown.push(notice);
      return ok(undefined);
    },
    onWake: (listener) => {
      wake = listener;
      return () => undefined;
    },
    log: () => undefined,
  });
  return { scheduler, titles: () => shown.map((n) => n.title), wake: () => wake() };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the browser scheduler', () => {
  it('fires an alert at its instant, once', async () => {
    const { scheduler, titles } = tab(memoryStorage());
    await scheduler.register({ scope: 'live', alerts: [alert('a', '2026-11-23T10:05:00+08:00')] });
    await vi.advanceTimersByTimeAsync(5 * MINUTE - 1_000);
    expect(titles()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(titles()).toEqual(['a 已超时']);
    await vi.advanceTimersByTimeAsync(30 * MINUTE);
    expect(titles()).toEqual(['a 已超时']);
    scheduler.stop();
  });

  it('never sleeps longer than a minute, so what fell due during a sleep is caught within one', async () => {
    const { scheduler, titles, wake } = wakeableTab(memoryStorage());
    await scheduler.register({ scope: 'live', alerts: [alert('a', '2026-11-23T12:00:00+08:00')] });
    expect(vi.getTimerCount()).toBe(1);
    // The machine sleeps: wall time jumps two hours, running timers do not; the page is shown again.
    vi.setSystemTime(START + 2 * 60 * MINUTE);
    wake();
    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    expect(titles()).toEqual(['a 已超时']);
    scheduler.stop();
  });

  it('stays quiet when a reloaded page registers the same alerts again, and tells a moved deadline again', async () => {
    const storage = memoryStorage();
    const before = tab(storage);
    await before.scheduler.register({ scope: 'live', alerts: [alert('a', '2026-11-23T09:00:00+08:00')] });
    await flush();
    expect(before.titles()).toEqual(['a 已超时']);
    before.scheduler.stop();

    const after = tab(storage);
    await after.scheduler.register({ scope: 'live', alerts: [alert('a', '2026-11-23T09:00:00+08:00')] });
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(after.titles()).toEqual([]);
    // Same key, new instant (延期 and overdue again): a new firing.
    await after.scheduler.register({ scope: 'live', alerts: [alert('a', '2026-11-23T09:30:00+08:00')] });
    await flush();
    expect(after.titles()).toEqual(['a 已超时']);
    after.scheduler.stop();
  });

  it('fires once on the next load what came due while the tab was closed', async () => {
    const storage = memoryStorage();
    const before = tab(storage);
    await before.scheduler.register({ scope: 'live', alerts: [alert('a', '2026-11-23T11:00:00+08:00')] });
    before.scheduler.stop();
    vi.setSystemTime(START + 3 * 60 * MINUTE);

    const next = tab(storage);
    await next.scheduler.register({ scope: 'live', alerts: [alert('a', '2026-11-23T11:00:00+08:00')] });
    await flush();
    expect(next.titles()).toEqual(['a 已超时']);
    next.scheduler.stop();

    const third = tab(storage);
    await third.scheduler.register({ scope: 'live', alerts: [alert('a', '2026-11-23T11:00:00+08:00')] });
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(third.titles()).toEqual([]);
    third.scheduler.stop();
  });

  it('does not show one firing in two open tabs', async () => {
    const storage = memoryStorage();
    const left = tab(storage);
    const right = tab(storage);
    const alerts = [alert('a', '2026-11-23T10:05:00+08:00')];
    await left.scheduler.register({ scope: 'live', alerts });
    await right.scheduler.register({ scope: 'live', alerts });
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect([...left.titles(), ...right.titles()]).toEqual(['a 已超时']);
    // Either tab registering again (its page re-rendered) neither forgets nor repeats it.
    await right.scheduler.register({ scope: 'live', alerts });
    await left.scheduler.register({ scope: 'live', alerts });
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect([...left.titles(), ...right.titles()]).toEqual(['a 已超时']);
    left.scheduler.stop();
    right.scheduler.stop();
  });

  it('keeps live and drill apart, and marks drill alerts 【演练】', async () => {
    const { scheduler, titles } = tab(memoryStorage());
    await scheduler.register({ scope: 'live', alerts: [alert('a', '2026-11-23T09:00:00+08:00')] });
    await scheduler.register({ scope: 'drill', alerts: [alert('d', '2026-11-23T09:00:00+08:00', { drill: true, kind: 'drill-inject' })] });
    await flush();
    expect(titles()).toEqual(['a 已超时', '【演练】d 已超时']);
    // Ending the drill leaves the live alerts as they were (and quiet).
    await scheduler.register({ scope: 'drill', alerts: [] });
    await vi.advanceTimersByTimeAsync(2 * MINUTE);
    expect(titles()).toHaveLength(2);
    scheduler.stop();
  });

  it('tries a notice that failed to show again a minute later, but not one the operator refused', async () => {
    let answer: Result<void> = fail('notify-failed' as RefusalCode);
    const { scheduler, titles } = tab(memoryStorage(), () => answer);
    await scheduler.register({ scope: 'live', alerts: [alert('a', '2026-11-23T09:00:00+08:00')] });
    await flush();
    expect(titles()).toEqual(['a 已超时']);
    answer = fail('notifications-denied');
    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    expect(titles()).toEqual(['a 已超时', 'a 已超时']);
    await vi.advanceTimersByTimeAsync(5 * RECHECK_MS);
    expect(titles()).toHaveLength(2);
    scheduler.stop();
  });

  it('refuses a registration with two alerts of one key, and starts empty from damaged storage', async () => {
    const storage = memoryStorage();
    storage.data.set(SCHEDULE_STORAGE_KEY, '{not json');
    const { scheduler, titles } = tab(storage);
    const twice = [alert('a', '2026-11-23T09:00:00+08:00'), alert('a', '2026-11-23T09:30:00+08:00')];
    expect((await scheduler.register({ scope: 'live', alerts: twice })).ok).toBe(false);
    expect((await scheduler.register({ scope: 'live', alerts: [alert('a', '2026-11-23T09:00:00+08:00')] })).ok).toBe(true);
    await flush();
    expect(titles()).toEqual(['a 已超时']);
    scheduler.stop();
  });
});

describe('a backlog in the browser', () => {
  it('shows two notices and one summary for ten alerts already due, and stays quiet after a reload', async () => {
    const storage = memoryStorage();
    const first = tab(storage);
    const backlog = Array.from({ length: 10 }, (_, i) => alert(`k${i}`, `2026-11-23T0${i}:00:00+08:00`, { urgent: false }));
    const summary = { title: '另有 {count} 条提醒', body: '请到通知中心查看' };
    await first.scheduler.register({ scope: 'live', alerts: backlog, summary });
    await flush();
    expect(first.titles()).toEqual(['k0 已超时', 'k1 已超时', '另有 8 条提醒']);
    first.scheduler.stop();

    const reloaded = tab(storage);
    await reloaded.scheduler.register({ scope: 'live', alerts: backlog, summary });
    await vi.advanceTimersByTimeAsync(2 * MINUTE);
    expect(reloaded.titles()).toEqual([]);
    reloaded.scheduler.stop();
  });
});

describe('when someone sets the clock forward', () => {
  it('does not fire every alert of the skipped hours at once, but each at its real time', async () => {
    const { scheduler, titles } = wakeableTab(memoryStorage());
    await scheduler.register({
      scope: 'live',
      alerts: [alert('a', '2026-11-23T11:00:00+08:00'), alert('b', '2026-11-23T12:00:00+08:00')],
    });
    vi.setSystemTime(START + 3 * 60 * MINUTE);
    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    expect(titles()).toEqual([]);
    await vi.advanceTimersByTimeAsync(59 * MINUTE - 1);
    expect(titles()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(titles()).toEqual(['a 已超时']);
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(titles()).toEqual(['a 已超时', 'b 已超时']);
    scheduler.stop();
  });

  it('shows at once what fell due while the page slept (it was shown again)', async () => {
    const { scheduler, titles, wake } = wakeableTab(memoryStorage());
    await scheduler.register({ scope: 'live', alerts: [alert('a', '2026-11-23T11:00:00+08:00')] });
    vi.setSystemTime(START + 3 * 60 * MINUTE);
    wake();
    await vi.advanceTimersByTimeAsync(RECHECK_MS);
    expect(titles()).toEqual(['a 已超时']);
    scheduler.stop();
  });

  it('fires what is registered after the clock moved on the new clock', async () => {
    const { scheduler, titles } = wakeableTab(memoryStorage());
    await scheduler.register({ scope: 'live', alerts: [alert('a', '2026-11-23T11:00:00+08:00')] });
    vi.setSystemTime(START + 3 * 60 * MINUTE);
    await scheduler.register({ scope: 'drill', alerts: [alert('drill', '2026-11-23T12:00:00+08:00', { drill: true })] });
    await flush();
    expect(titles()).toEqual(['【演练】drill 已超时']);
    scheduler.stop();
  });
});

describe('a look at the clock with nothing new', () => {
  it('does not write the record again while nothing in it changed', async () => {
    const storage = memoryStorage();
    let writes = 0;
    const counted: ScheduleStorage = {
      getItem: (key) => storage.getItem(key),
      setItem: (key, value) => {
        writes += 1;
        storage.setItem(key, value);
      },
    };
    const { scheduler } = tab(counted);
    const alerts = [alert('incident:a:investigation:overdue', new Date(Date.now() + 3_600_000).toISOString())];
    await scheduler.register({ scope: 'live', alerts });
    const afterFirst = writes;
    expect(afterFirst).toBeGreaterThan(0);
    await scheduler.register({ scope: 'live', alerts });
    expect(writes).toBe(afterFirst);
    scheduler.stop();
  });

  it('does not write its alerts out at each look at the clock, nor answer another tab’s record that holds all it knows', async () => {
    const storage = memoryStorage();
    const { scheduler } = tab(storage);
    const alerts = Array.from({ length: 50 }, (_, i) =>
      alert(`incident:${i}:investigation:overdue`, new Date(Date.now() + (i + 10) * 3_600_000).toISOString()),
    );
    await scheduler.register({ scope: 'live', alerts });
    const stringify = vi.spyOn(JSON, 'stringify');
    // Five looks at the clock, a minute apart, with nothing due.
    await vi.advanceTimersByTimeAsync(5 * RECHECK_MS);
    expect(stringify).not.toHaveBeenCalled();
    // Another tab writes the record (a firing of its own): this page holds no firing the record
    // lacks, so it does not write in turn (two tabs would otherwise take turns at every look).
    const other = tab(storage);
    await other.scheduler.register({ scope: 'live', alerts: [alert('other', new Date(Date.now() - 1_000).toISOString())] });
    await vi.advanceTimersByTimeAsync(0);
    expect(other.titles()).toEqual(['other 已超时']);
    const written = storage.data.get(SCHEDULE_STORAGE_KEY);
    stringify.mockClear();
    await vi.advanceTimersByTimeAsync(3 * RECHECK_MS);
    expect(stringify).not.toHaveBeenCalled();
    expect(storage.data.get(SCHEDULE_STORAGE_KEY)).toBe(written);
    stringify.mockRestore();
    scheduler.stop();
    other.scheduler.stop();
  });

  it('writes only the list of firings when one fires, not the alerts again', async () => {
    const storage = memoryStorage();
    const keys: string[] = [];
    const counted: ScheduleStorage = {
      getItem: (key) => storage.getItem(key),
      setItem: (key, value) => {
        keys.push(key);
        storage.setItem(key, value);
      },
    };
    const { scheduler, titles } = tab(counted);
    const alerts = Array.from({ length: 20 }, (_, i) => alert(`k${i}`, new Date(START + (i + 1) * MINUTE).toISOString()));
    await scheduler.register({ scope: 'live', alerts });
    expect(keys.filter((key) => key === SCHEDULE_STORAGE_KEY)).toHaveLength(1);
    const stringify = vi.spyOn(JSON, 'stringify');
    await vi.advanceTimersByTimeAsync(3 * MINUTE);
    expect(titles()).toEqual(['k0 已超时', 'k1 已超时', 'k2 已超时']);
    expect(keys.filter((key) => key === SCHEDULE_STORAGE_KEY)).toHaveLength(1);
    expect(keys.filter((key) => key === SCHEDULE_FIRED_KEY).length).toBeGreaterThanOrEqual(3);
    // Not even written out to be compared: the alerts are the megabytes.
    const calls = [...stringify.mock.calls];
    stringify.mockRestore();
    expect(calls.filter(([value]) => JSON.stringify(value ?? null).includes('"alerts"'))).toEqual([]);
    scheduler.stop();
  });

  it('keeps quiet what a record of the earlier layout (firings beside the alerts) says was shown', async () => {
    const storage = memoryStorage();
    const alerts = [alert('a', '2026-11-23T09:55:00+08:00')];
    const first = tab(storage);
    await first.scheduler.register({ scope: 'live', alerts });
    await flush();
    expect(first.titles()).toEqual(['a 已超时']);
    first.scheduler.stop();
    // The same firing, as the earlier layout kept it: in one record with the alerts.
    const fired = JSON.parse(storage.data.get(SCHEDULE_FIRED_KEY)!) as { scopes: { live: string[] } };
    const saved = JSON.parse(storage.data.get(SCHEDULE_STORAGE_KEY)!) as { scopes: { live: { fired: string[] } } };
    saved.scopes.live.fired = fired.scopes.live;
    storage.data.set(SCHEDULE_STORAGE_KEY, JSON.stringify(saved));
    storage.data.delete(SCHEDULE_FIRED_KEY);
    const reloaded = tab(storage);
    await reloaded.scheduler.register({ scope: 'live', alerts });
    await flush();
    expect(reloaded.titles()).toEqual([]);
    reloaded.scheduler.stop();
  });

  it('checks again only what changed in a registration: a changed alert with bad input is refused, the rest stand', async () => {
    const { scheduler, titles } = tab(memoryStorage());
    // Later deadlines, a minute apart, each told on its own.
    const backlog = Array.from({ length: 50 }, (_, i) => alert(`later-${i}`, new Date(START + (120 + i) * MINUTE).toISOString()));
    const now = alert('a', '2026-11-23T09:30:00+08:00');
    expect((await scheduler.register({ scope: 'live', alerts: [now, ...backlog] })).ok).toBe(true);
    await flush();
    expect(titles()).toEqual(['a 已超时']);
    // The same alerts again, one of them now with a deadline that is no instant: refused whole.
    const bad = [now, ...backlog.map((one, i) => (i === 7 ? { ...one, fireAt: 'tomorrow' } : one))];
    expect((await scheduler.register({ scope: 'live', alerts: bad })).ok).toBe(false);
    // Given as checked, a title changed: that alert is checked again and takes the new words.
    const retitled = [now, ...backlog.map((one, i) => (i === 0 ? { ...one, title: 'later-0 已变更' } : one))];
    expect((await scheduler.register({ scope: 'live', alerts: retitled })).ok).toBe(true);
    await vi.advanceTimersByTimeAsync(3 * 60 * MINUTE);
    expect(titles()).toHaveLength(51);
    expect(titles()).toContain('later-0 已变更');
    expect(titles().filter((t) => t === 'a 已超时')).toHaveLength(1);
    scheduler.stop();
  });
});
