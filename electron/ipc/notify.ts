// notify:show — a desktop notification; the notifier service does the work.
import type { Result } from '@shared/result';
import type { Notifier, ParsedNotice } from '../services/notifications';

export function notifyHandler({ notifier }: { notifier: Notifier }) {
  return (notice: ParsedNotice): Result<void> => notifier.show(notice);
}
