// The browser host: the same bridge as Electron's preload, built on web APIs, so the console
// runs (and is tested) in a plain browser. Each service lives in its own module.
import type { HostApi, NoticeTarget } from '@shared/bridge';
import { HostStatusSchema, NoticeSchema } from '@shared/bridge';
import { fail, ok, type Result } from '@shared/result';
import { browserAttachments } from './browserAttachments';
import { browserBackups } from './browserBackups';
import { browserFiles } from './browserFiles';
import { browserPrint } from './browserPrint';
import { createBrowserScheduler, type BrowserScheduler } from './browserSchedule';

const targetListeners = new Set<(target: NoticeTarget) => void>();
const BASE_TITLE = '应急指挥台';

export const openTarget = (target: NoticeTarget) => {
  for (const listener of targetListeners) listener(target);
};

// Created on first registration, not when this module loads: Electron loads it too, and there the
// main process keeps time; a second scheduler in the page would show every alert twice.
let scheduler: BrowserScheduler | null = null;
const schedule = (): BrowserScheduler =>
  (scheduler ??= createBrowserScheduler({
    notify: (notice): Promise<Result<void>> => browserHost.notify(notice),
    storage: window.localStorage,
  }));

export const browserHost = {
  async appInfo() {
    return ok({ name: '应急指挥台', version: __APP_VERSION__, host: 'browser' as const, platform: navigator.platform || 'web' });
  },
  async notify(notice) {
    const parsed = NoticeSchema.safeParse(notice);
    if (!parsed.success) return fail('ipc-bad-payload');
    if (typeof Notification === 'undefined') return fail('notifications-unsupported');
    if (Notification.permission === 'default') await Notification.requestPermission();
    if (Notification.permission !== 'granted') return fail('notifications-denied');
    const shown = new Notification(parsed.data.title, { body: parsed.data.body, requireInteraction: parsed.data.urgent });
    const { target } = parsed.data;
    shown.onclick = () => {
      window.focus();
      if (target) openTarget(target);
    };
    return ok(undefined);
  },
  onOpenTarget(listener) {
    targetListeners.add(listener);
    return () => targetListeners.delete(listener);
  },
  // A browser tab has no tray: the counts go into the tab's title, where a hidden tab still shows them.
  async reportStatus(status) {
    const parsed = HostStatusSchema.safeParse(status);
    if (!parsed.success) return fail('ipc-bad-payload');
    // The same number as the bell (alerts nobody has acknowledged yet), so the tab and the page
    // never disagree; the tray, with room for words, names all three counts.
    const { unacknowledged, drill } = parsed.data;
    const base = drill ? `【演练】${BASE_TITLE}` : BASE_TITLE;
    document.title = unacknowledged > 0 ? `(${unacknowledged}) ${base}` : base;
    return ok(undefined);
  },
  // Nothing to close to a tray in a tab; the backup store keeps its own count (browserBackups).
  async applyPreferences(preferences) {
    return browserBackups.keep(preferences.backupsKept);
  },
  scheduleDeadlines(registration): Promise<Result<void>> {
    return schedule().register(registration);
  },
  backupKey: browserBackups.backupKey,
  beginBackup: browserBackups.beginBackup,
  appendBackup: browserBackups.appendBackup,
  finishBackup: browserBackups.finishBackup,
  abortBackup: browserBackups.abortBackup,
  listBackups: browserBackups.listBackups,
  readBackup: browserBackups.readBackup,
  backupEnds: browserBackups.backupEnds,
  carryBackup: browserBackups.carryBackup,
  onBackupRequest: browserBackups.onBackupRequest,
  ...browserFiles,
  ...browserAttachments,
  ...browserPrint,
  // A browser checks the office certificate itself, against the system's trust: nothing to pin here.
  pinOffice: async () => ok({ pinned: false }),
} satisfies HostApi;
