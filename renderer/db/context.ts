// What every write needs to know: who is at the console, the plan in force, the time, and the
// working calendar. Passed in, so tests and drills can supply their own clock.
import type { RefusalCode } from '@shared/refusalCodes';
import type { WorkingCalendar } from '@shared/calendar';
import type { Actor } from '@shared/model';
import type { Plan } from '@shared/plan';
import { fail, ok, type Result } from '@shared/result';
import { toIsoWithOffset } from '@shared/time';

/** `plans`: every version kept, so an incident's clocks follow the version it was opened under. */
export type WriteContext = { actor: Actor; plan: Plan; plans?: readonly Plan[]; now: number; calendar: WorkingCalendar };

export const isoAt = (ctx: WriteContext) => toIsoWithOffset(ctx.now, ctx.plan.utcOffsetMinutes);

/** A refusal thrown inside a transaction aborts it; the repository turns it into a Result. */
export class Refused extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly params?: Record<string, string | number>,
  ) {
    super(code);
  }
}

/** Runs a write and turns a refusal or a storage error into a Result the UI can show. */
export async function settle<T>(write: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await write());
  } catch (error) {
    if (error instanceof Refused) return fail(error.code, error.params);
    return fail('storage-failed', undefined, error instanceof Error ? error.message : String(error));
  }
}
