// The browser host's scheduler: the nearest web equivalent of the main-process one.
// (Placeholder until the in-page scheduler lands.)
import type { HostApi } from '@shared/bridge';
import { fail } from '@shared/result';

export const browserSchedule = {
  async scheduleDeadlines() {
    return fail('not-available');
  },
} satisfies Pick<HostApi, 'scheduleDeadlines'>;
