// Automatic backups, on fake timers: the page is asked for the daily backup when one is due (and
// only then), checked again every hour; a quit waits for the page's last backup, but never past
// the timeout, and the quit itself goes through exactly once.
import { dueForDailyBackup } from '@shared/backupFormat';
import { CHANNELS } from '@shared/channels';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AutoBackup,
  DAILY_ASK_AGAIN_MS,
  DAILY_ASKS_PER_LOOK,
  DAILY_CHECK_MS,
  QUIT_BACKUP_LIMIT_MS,
  QUIT_BACKUP_TIMEOUT_MS,
} from '../../electron/services/autoBackup';
import { createQuitGate, QUIT_PREPARE_LIMIT_MS } from '../../electron/services/quitGate';

vi.mock('electron', () => ({}));

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);

function fakeWindow() {
  return {
    destroyed: false,
    isDestroyed() {
      return this.destroyed;
    },
    webContents: { send: vi.fn() },
  };
}

function setUp({ latest = null as number | null, window = fakeWindow() as ReturnType<typeof fakeWindow> | null } = {}) {
  const backups = { latest };
  const log = vi.fn();
  const auto = new AutoBackup({ latestBackupMs: async () => backups.latest, getWindow: () => window, log });
  const requests = () => (window?.webContents.send.mock.calls ?? []).map(([channel, reason]) => `${String(channel)} ${String(reason)}`);
  return { auto, backups, window, log, requests };
}

beforeEach(() => {
  vi.useFakeTimers({ now: at('2026-11-23T09:00:00+08:00') });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the daily backup', () => {
  it('asks the page for a daily backup once it has loaded when none was made today', async () => {
    const { auto, requests } = setUp({ latest: at('2026-11-22T20:00:00+08:00') });
    auto.pageLoaded();
    await vi.advanceTimersByTimeAsync(0);
    expect(requests()).toEqual([`${CHANNELS.backupRequest} daily`]);
    auto.stop();
  });

  it('asks again each minute until the backup lands, since the page may not have been listening yet', async () => {
    const { auto, backups, requests } = setUp({ latest: at('2026-11-22T20:00:00+08:00') });
    auto.pageLoaded();
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(DAILY_ASK_AGAIN_MS);
    expect(requests()).toEqual([`${CHANNELS.backupRequest} daily`, `${CHANNELS.backupRequest} daily`]);
    backups.latest = Date.now(); // the console, now listening, answered the second request
    await vi.advanceTimersByTimeAsync(10 * DAILY_ASK_AGAIN_MS);
    expect(requests()).toHaveLength(2);
    auto.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops asking every minute after a few tries, leaving it to the hourly look', async () => {
    const { auto, requests } = setUp({ latest: at('2026-11-22T20:00:00+08:00') });
    auto.pageLoaded();
    await vi.advanceTimersByTimeAsync(30 * DAILY_ASK_AGAIN_MS);
    expect(requests()).toHaveLength(DAILY_ASKS_PER_LOOK);
    auto.stop();
  });

  it('asks for nothing when today’s backup is already there', async () => {
    const { auto, requests } = setUp({ latest: at('2026-11-23T08:00:00+08:00') });
    auto.pageLoaded();
    await vi.advanceTimersByTimeAsync(3 * HOUR);
    expect(requests()).toEqual([]);
    auto.stop();
  });

  it('looks again every hour, so a console left running past midnight backs up the new day', async () => {
    const { auto, backups, requests } = setUp({ latest: at('2026-11-23T08:00:00+08:00') });
    vi.setSystemTime(at('2026-11-23T22:30:00+08:00'));
    auto.pageLoaded();
    await vi.advanceTimersByTimeAsync(DAILY_CHECK_MS);
    expect(requests()).toEqual([]);
    await vi.advanceTimersByTimeAsync(DAILY_CHECK_MS); // 00:30 the next day
    expect(requests()).toEqual([`${CHANNELS.backupRequest} daily`]);
    backups.latest = Date.now(); // the page answered
    await vi.advanceTimersByTimeAsync(5 * DAILY_CHECK_MS);
    expect(requests()).toHaveLength(1);
    expect(dueForDailyBackup(backups.latest, Date.now())).toBe(false);
    auto.stop();
  });

  it('keeps one hourly timer however often the page reloads', async () => {
    const { auto } = setUp({ latest: Date.now() });
    auto.pageLoaded();
    auto.pageLoaded();
    auto.pageLoaded();
    expect(vi.getTimerCount()).toBe(1);
    auto.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('says so, and asks nothing, when the backup folder cannot be read', async () => {
    const log = vi.fn();
    const window = fakeWindow();
    const auto = new AutoBackup({ latestBackupMs: () => Promise.reject(new Error('EACCES')), getWindow: () => window, log });
    auto.pageLoaded();
    await vi.advanceTimersByTimeAsync(0);
    expect(window.webContents.send).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('EACCES'));
    auto.stop();
  });
});

describe('the quit backup', () => {
  it('asks the page for a quit backup and waits until it has been written', async () => {
    const { auto, requests } = setUp();
    let done = false;
    void auto.backupBeforeQuit().then(() => (done = true));
    expect(requests()).toEqual([`${CHANNELS.backupRequest} quit`]);
    await vi.advanceTimersByTimeAsync(QUIT_BACKUP_TIMEOUT_MS - 1);
    expect(done).toBe(false);
    auto.backupFinished('quit');
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('is not released by a manual or daily backup landing meanwhile', async () => {
    const { auto } = setUp();
    let done = false;
    void auto.backupBeforeQuit().then(() => (done = true));
    auto.backupFinished('manual');
    auto.backupFinished('daily');
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    auto.backupFinished('quit');
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('gives up after 10 seconds when the page does not answer, and says so', async () => {
    const { auto, log } = setUp();
    let done = false;
    void auto.backupBeforeQuit().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(QUIT_BACKUP_TIMEOUT_MS);
    expect(done).toBe(true);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('without the quit backup'));
  });

  it('goes on waiting while a large backup keeps handing over lines, and gives up after 10 s of silence', async () => {
    const { auto } = setUp();
    let done = false;
    void auto.backupBeforeQuit().then(() => (done = true));
    // 100,000 incidents take about 25 s: lines arrive every few seconds all the while.
    for (let second = 0; second < 30; second += 5) {
      await vi.advanceTimersByTimeAsync(5_000);
      auto.backupProgressed();
    }
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(QUIT_BACKUP_TIMEOUT_MS);
    expect(done).toBe(true);
  });

  it('never waits past the limit, however long the backup goes on', async () => {
    const { auto, log } = setUp();
    let done = false;
    void auto.backupBeforeQuit().then(() => (done = true));
    for (let waited = 0; waited < QUIT_BACKUP_LIMIT_MS; waited += 5_000) {
      await vi.advanceTimersByTimeAsync(5_000);
      auto.backupProgressed();
    }
    expect(done).toBe(true);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('still writing'));
  });

  it('does not wait when there is no page to ask', async () => {
    const { auto } = setUp({ window: null });
    await expect(auto.backupBeforeQuit()).resolves.toBeUndefined();
  });

  it('asks once when the quit is asked for twice, and stops the daily checks', async () => {
    const { auto, requests } = setUp({ latest: at('2026-11-22T08:00:00+08:00') });
    auto.pageLoaded();
    await vi.advanceTimersByTimeAsync(0);
    const first = auto.backupBeforeQuit();
    const second = auto.backupBeforeQuit();
    expect(second).toBe(first);
    auto.backupFinished('quit');
    await first;
    await vi.advanceTimersByTimeAsync(5 * DAILY_CHECK_MS);
    expect(requests()).toEqual([`${CHANNELS.backupRequest} daily`, `${CHANNELS.backupRequest} quit`]);
  });
});

describe('the quit itself', () => {
  function gate(prepare: () => Promise<void>) {
    const quit = vi.fn();
    const log = vi.fn();
    const quitGate = createQuitGate({ prepare, quit, log });
    const beforeQuit = () => {
      const preventDefault = vi.fn();
      quitGate.onBeforeQuit({ preventDefault });
      return preventDefault;
    };
    // Electron's app.quit emits before-quit again; the gate must let that one through.
    quit.mockImplementation(() => beforeQuit());
    return { quitGate, quit, log, beforeQuit };
  }

  it('holds the first quit until the quit backup is written, then quits for real once', async () => {
    const { auto, window } = setUp();
    const { quitGate, quit, beforeQuit } = gate(() => auto.backupBeforeQuit());
    expect(quitGate.quitting).toBe(false);
    expect(beforeQuit()).toHaveBeenCalled();
    expect(quitGate.quitting).toBe(true);
    expect(window!.webContents.send).toHaveBeenCalledWith(CHANNELS.backupRequest, 'quit');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(quit).not.toHaveBeenCalled();
    auto.backupFinished('quit');
    await vi.advanceTimersByTimeAsync(0);
    expect(quit).toHaveBeenCalledTimes(1);
    expect(quit.mock.results[0]!.value).not.toHaveBeenCalled(); // the second before-quit passed
    expect(beforeQuit()).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(QUIT_PREPARE_LIMIT_MS);
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('quits after the timeout when the page never answers', async () => {
    const { auto } = setUp();
    const { quit, beforeQuit } = gate(() => auto.backupBeforeQuit());
    beforeQuit();
    await vi.advanceTimersByTimeAsync(QUIT_BACKUP_TIMEOUT_MS - 1);
    expect(quit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('waits once for a quit asked for twice (a double click on 退出)', async () => {
    const { auto, window } = setUp();
    const { quit, beforeQuit } = gate(() => auto.backupBeforeQuit());
    beforeQuit();
    expect(beforeQuit()).toHaveBeenCalled();
    expect(window!.webContents.send).toHaveBeenCalledTimes(1);
    auto.backupFinished('quit');
    await vi.advanceTimersByTimeAsync(0);
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('quits anyway when the work before quitting fails or hangs', async () => {
    const failing = gate(() => Promise.reject(new Error('disk gone')));
    failing.beforeQuit();
    await vi.advanceTimersByTimeAsync(0);
    expect(failing.quit).toHaveBeenCalledTimes(1);
    expect(failing.log).toHaveBeenCalledWith(expect.stringContaining('disk gone'));

    const hanging = gate(() => new Promise<void>(() => undefined));
    hanging.beforeQuit();
    await vi.advanceTimersByTimeAsync(QUIT_PREPARE_LIMIT_MS);
    expect(hanging.quit).toHaveBeenCalledTimes(1);
  });
});
