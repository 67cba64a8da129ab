// The browser host: the same bridge as Electron's preload, built on web APIs, so the console
// runs (and is tested) in a plain browser.
import type { HostApi, NoticeTarget } from '@shared/bridge';
import { NoticeSchema } from '@shared/bridge';
import { fail, ok } from '@shared/result';

const targetListeners = new Set<(target: NoticeTarget) => void>();

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
      if (target) for (const listener of targetListeners) listener(target);
    };
    return ok(undefined);
  },
  onOpenTarget(listener) {
    targetListeners.add(listener);
    return () => targetListeners.delete(listener);
  },
} satisfies HostApi;
