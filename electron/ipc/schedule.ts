// schedule:deadlines — the renderer replaces one scope's alerts; the scheduler keeps the time.
import type { Result } from '@shared/result';
import type { ScheduledAlert, ScheduleScope } from '@shared/schedule';

export interface DeadlineRegistry {
  register(scope: ScheduleScope, alerts: readonly ScheduledAlert[]): Promise<Result<void>>;
}

export function scheduleDeadlinesHandler({ scheduler }: { scheduler: DeadlineRegistry }) {
  return (registration: { scope: ScheduleScope; alerts: ScheduledAlert[] }): Promise<Result<void>> =>
    scheduler.register(registration.scope, registration.alerts);
}
