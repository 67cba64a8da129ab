// schedule:deadlines — the renderer replaces one scope's alerts; the scheduler keeps the time.
import type { Result } from '@shared/result';
import type { BurstSummary, ScheduledAlert, ScheduleScope } from '@shared/schedule';

export interface DeadlineRegistry {
  register(scope: ScheduleScope, alerts: readonly ScheduledAlert[], summary?: BurstSummary): Promise<Result<void>>;
}

export function scheduleDeadlinesHandler({ scheduler }: { scheduler: DeadlineRegistry }) {
  return (registration: { scope: ScheduleScope; alerts: ScheduledAlert[]; summary?: BurstSummary }): Promise<Result<void>> =>
    scheduler.register(registration.scope, registration.alerts, registration.summary);
}
