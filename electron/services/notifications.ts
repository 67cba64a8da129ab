// Desktop notifications for deadlines and new incidents. A click brings the console forward and
// asks the renderer to open the notice's target. Electron's Notification class comes in as a
// dependency so tests pass a fake.
import type { NoticeSchema, NoticeTarget } from '@shared/bridge';
import { CHANNELS } from '@shared/channels';
import { fail, ok, type Result } from '@shared/result';
import type { z } from 'zod';
import { bringToFront, type ConsoleWindow } from '../focus';

/** A notice after parsing (defaults applied). */
export type ParsedNotice = z.output<typeof NoticeSchema>;

export interface NotificationOptions {
  title: string;
  body: string;
  urgency: 'normal' | 'critical';
  timeoutType: 'default' | 'never';
}

export interface ShownNotification {
  on(event: 'click' | 'close', listener: () => void): unknown;
  show(): void;
}

export interface NotificationFactory {
  new (options: NotificationOptions): ShownNotification;
  isSupported(): boolean;
}

export interface NotifierDeps {
  Notification: NotificationFactory;
  getWindow: () => ConsoleWindow | null;
}

export interface Notifier {
  show(notice: ParsedNotice): Result<void>;
}

export function createNotifier({ Notification, getWindow }: NotifierDeps): Notifier {
  // Electron drops the click handler of a notification that has been garbage-collected, so each
  // one is held here until it is clicked or closed.
  const live = new Set<ShownNotification>();

  const openTarget = (target: NoticeTarget | undefined) => {
    const window = getWindow();
    if (bringToFront(window) && target) window.webContents.send(CHANNELS.openTarget, target);
  };

  return {
    show(notice) {
      if (!Notification.isSupported()) return fail('notifications-unsupported');
      const shown = new Notification({
        title: notice.title,
        body: notice.body,
        // An urgent notice (e.g. a level-1 incident) stays on screen until someone acts on it.
        urgency: notice.urgent ? 'critical' : 'normal',
        timeoutType: notice.urgent ? 'never' : 'default',
      });
      live.add(shown);
      shown.on('click', () => {
        live.delete(shown);
        openTarget(notice.target);
      });
      shown.on('close', () => live.delete(shown));
      shown.show();
      return ok(undefined);
    },
  };
}

/**
 * The notifier as the scheduler wants it: a notice that could not be shown throws, so the
 * scheduler keeps the alert and tries again instead of counting it as shown.
 */
export function showOrThrow(notifier: Notifier): (notice: ParsedNotice) => void {
  return (notice) => {
    const shown = notifier.show(notice);
    if (!shown.ok) throw new Error(`notice not shown: ${shown.error.code}`);
  };
}
