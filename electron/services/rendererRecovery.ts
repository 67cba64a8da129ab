// Brings the console's page back when its renderer crashes or hangs. Every record the operator saw
// as saved is already committed in IndexedDB, so a reload loses nothing; the operator is told in a
// sentence why the screen went blank and came back. A page that dies again and again is not
// reloaded for ever: after a few deaths in a short time the console stops and says so.
import type { Locale } from '@shared/text';
import type { ParsedNotice } from './notifications';

/** A hung page gets this long to answer again before it is restarted (a long backup may need it). */
export const HANG_GRACE_MS = 15_000;
/** This many reloads within RELOAD_WINDOW_MS and the next death is not reloaded. */
export const RELOAD_LIMIT = 3;
export const RELOAD_WINDOW_MS = 5 * 60_000;

/** Electron's `RenderProcessGoneDetails['reason']`; 'clean-exit' is a page closing normally. */
export type GoneReason =
  'clean-exit' | 'abnormal-exit' | 'killed' | 'crashed' | 'oom' | 'launch-failed' | 'integrity-failure' | 'memory-eviction';

/** The part of Electron's WebContents the recovery watches and drives. */
export interface RecoverableContents {
  on(event: 'render-process-gone', listener: (event: unknown, details: { reason: GoneReason; exitCode: number }) => void): unknown;
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  isDestroyed(): boolean;
  reload(): void;
  /** Ends a hung renderer so the reload gets a fresh one; Electron's own advice for hangs. */
  forcefullyCrashRenderer(): void;
}

export interface RecoveryClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const systemClock: RecoveryClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface RendererRecoveryDeps {
  /** Shows the sentence to the operator (the desktop notifier); a failure is only logged. */
  notify: (notice: ParsedNotice) => void;
  /** The language the operator chose, as the page last reported it. */
  locale: () => Locale;
  /** While quitting, a page that goes away is expected and is left alone. */
  isQuitting: () => boolean;
  clock?: RecoveryClock;
  log?: (message: string) => void;
}

type Sentence = 'crashed' | 'hung' | 'gaveUp';

// The main process has no i18n catalog; these three sentences are its own, in both languages.
const SENTENCES: Record<Locale, Record<Sentence, { title: string; body: string }>> = {
  'zh-CN': {
    crashed: {
      title: '应急指挥台页面意外退出，已重新打开',
      body: '已保存的记录都在，没有丢失。正在填写、尚未保存的内容请重新录入。',
    },
    hung: {
      title: '应急指挥台页面长时间无响应，已重新打开',
      body: '已保存的记录都在，没有丢失。正在填写、尚未保存的内容请重新录入。',
    },
    gaveUp: {
      title: '应急指挥台页面反复退出，已停止自动重新打开',
      body: '已保存的记录都在。请退出并重新启动应急指挥台；若仍如此，请联系技术支持。',
    },
  },
  en: {
    crashed: {
      title: 'The console page stopped unexpectedly and has been reopened',
      body: 'Every saved record is still there. Anything typed but not yet saved needs to be entered again.',
    },
    hung: {
      title: 'The console page stopped responding and has been reopened',
      body: 'Every saved record is still there. Anything typed but not yet saved needs to be entered again.',
    },
    gaveUp: {
      title: 'The console page keeps stopping; it is no longer reopened automatically',
      body: 'Every saved record is still there. Quit and start the console again; if this persists, call technical support.',
    },
  },
};

export function recoveryNotice(sentence: Sentence, locale: Locale): ParsedNotice {
  // Urgent: it stays on screen until read, since alerts raised by the page were interrupted.
  return { ...SENTENCES[locale][sentence], urgent: true };
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Watches one window's page; call once per window, right after creating it. */
export function watchRenderer(contents: RecoverableContents, deps: RendererRecoveryDeps): void {
  const clock = deps.clock ?? systemClock;
  const log = deps.log ?? ((message: string) => console.warn(message));
  const reloads: number[] = [];
  let hang: { handle: unknown } | null = null;
  // Set when we end a hung renderer ourselves, so its death is not told a second time as a crash.
  let endingHung = false;
  let gaveUp = false;

  const tell = (sentence: Sentence) => {
    try {
      deps.notify(recoveryNotice(sentence, deps.locale()));
    } catch (error) {
      log(`renderer: could not tell the operator (${sentence}): ${describe(error)}`);
    }
  };

  const cancelHang = () => {
    if (hang) clock.clearTimeout(hang.handle);
    hang = null;
  };

  const reload = (sentence: Sentence) => {
    if (contents.isDestroyed() || gaveUp) return;
    const now = clock.now();
    while (reloads.length > 0 && reloads[0]! <= now - RELOAD_WINDOW_MS) reloads.shift();
    if (reloads.length >= RELOAD_LIMIT) {
      gaveUp = true;
      log(`renderer: ${RELOAD_LIMIT} reloads within ${RELOAD_WINDOW_MS / 60_000} minutes; not reloading again`);
      tell('gaveUp');
      return;
    }
    reloads.push(now);
    contents.reload();
    tell(sentence);
  };

  contents.on('render-process-gone', (_event, details) => {
    cancelHang();
    const ours = endingHung;
    endingHung = false;
    if (details.reason === 'clean-exit' || deps.isQuitting()) return;
    log(`renderer: page gone (${details.reason}, exit code ${details.exitCode})`);
    reload(ours ? 'hung' : 'crashed');
  });

  contents.on('unresponsive', () => {
    if (hang || deps.isQuitting()) return;
    hang = {
      handle: clock.setTimeout(() => {
        hang = null;
        if (contents.isDestroyed() || deps.isQuitting()) return;
        log(`renderer: page unresponsive for ${HANG_GRACE_MS / 1000} s more; restarting it`);
        // Its death comes back as render-process-gone, which reloads it and tells the operator.
        endingHung = true;
        contents.forcefullyCrashRenderer();
      }, HANG_GRACE_MS),
    };
  });

  contents.on('responsive', cancelHang);
}
