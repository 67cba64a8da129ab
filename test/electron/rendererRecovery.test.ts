// A crashed or hung console page comes back by itself with a sentence to the operator, in their
// language, and a page that keeps dying is left alone with a sentence saying so.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '@shared/text';
import type { ParsedNotice } from '../../electron/services/notifications';
import {
  HANG_GRACE_MS,
  RELOAD_LIMIT,
  RELOAD_WINDOW_MS,
  watchRenderer,
  type GoneReason,
  type RecoverableContents,
} from '../../electron/services/rendererRecovery';

type Listener = (...args: unknown[]) => void;

class FakeContents {
  readonly listeners = new Map<string, Listener>();
  destroyed = false;
  readonly reload = vi.fn();
  readonly forcefullyCrashRenderer = vi.fn(() => this.gone('killed'));
  on(event: string, listener: Listener) {
    this.listeners.set(event, listener);
    return this;
  }
  isDestroyed() {
    return this.destroyed;
  }
  gone(reason: GoneReason) {
    this.listeners.get('render-process-gone')!({}, { reason, exitCode: reason === 'clean-exit' ? 0 : 1 });
  }
  emit(event: 'unresponsive' | 'responsive') {
    this.listeners.get(event)!();
  }
}

let contents: FakeContents;
let notices: ParsedNotice[];
let locale: Locale;
let quitting: boolean;

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-23T09:00:00+08:00') });
  contents = new FakeContents();
  notices = [];
  locale = 'zh-CN';
  quitting = false;
  watchRenderer(contents as RecoverableContents, {
    notify: (notice) => notices.push(notice),
    locale: () => locale,
    isQuitting: () => quitting,
    log: () => undefined,
  });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('a crashed console page', () => {
  it('is reloaded and the operator is told that every saved record is still there', () => {
    contents.gone('crashed');
    expect(contents.reload).toHaveBeenCalledTimes(1);
    expect(notices).toEqual([
      {
        title: '应急指挥台页面意外退出，已重新打开',
        body: '已保存的记录都在，没有丢失。正在填写、尚未保存的内容请重新录入。',
        urgent: true,
      },
    ]);
  });

  it('speaks English to an operator who chose English', () => {
    locale = 'en';
    contents.gone('oom');
    expect(notices[0]!.title).toBe('The console page stopped unexpectedly and has been reopened');
  });

  it('is left alone when it closed normally or the console is quitting', () => {
    contents.gone('clean-exit');
    quitting = true;
    contents.gone('crashed');
    expect(contents.reload).not.toHaveBeenCalled();
    expect(notices).toEqual([]);
  });

  it('is not reloaded for ever: after three reloads in five minutes the console stops and says so', () => {
    for (let i = 0; i < RELOAD_LIMIT; i += 1) {
      contents.gone('crashed');
      vi.advanceTimersByTime(30_000);
    }
    expect(contents.reload).toHaveBeenCalledTimes(RELOAD_LIMIT);
    contents.gone('crashed');
    contents.gone('crashed');
    expect(contents.reload).toHaveBeenCalledTimes(RELOAD_LIMIT);
    expect(notices.map((notice) => notice.title).slice(RELOAD_LIMIT)).toEqual(['应急指挥台页面反复退出，已停止自动重新打开']);
  });

  it('is reloaded again when its earlier crashes were long ago', () => {
    for (let i = 0; i < RELOAD_LIMIT; i += 1) {
      contents.gone('crashed');
      vi.advanceTimersByTime(RELOAD_WINDOW_MS);
    }
    contents.gone('crashed');
    expect(contents.reload).toHaveBeenCalledTimes(RELOAD_LIMIT + 1);
  });
});

describe('a hung console page', () => {
  it('gets time to answer again (a long backup) and is then left as it is', () => {
    contents.emit('unresponsive');
    vi.advanceTimersByTime(HANG_GRACE_MS - 1);
    contents.emit('responsive');
    vi.advanceTimersByTime(HANG_GRACE_MS);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(contents.reload).not.toHaveBeenCalled();
    expect(notices).toEqual([]);
  });

  it('is restarted when it stays hung, and the operator is told once why', () => {
    contents.emit('unresponsive');
    contents.emit('unresponsive');
    vi.advanceTimersByTime(HANG_GRACE_MS);
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    expect(contents.reload).toHaveBeenCalledTimes(1);
    expect(notices.map((notice) => notice.title)).toEqual(['应急指挥台页面长时间无响应，已重新打开']);
  });
});
