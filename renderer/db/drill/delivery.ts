// Injects delivered on the drill clock, as a command (decision in shared/drillDelivery.ts, read in
// shared/officeCommands.ts): what it reads is the run, the roster and what a registration reads,
// with the run's incidents as those an inject may join.
import type { Delivery } from '@shared/drillDelivery';
import { deliverCommand as sharedDeliver, DRILL_DIRECTOR } from '@shared/officeCommands';
import type { Result } from '@shared/result';
import type { Seat } from '../complaints';
import type { WriteContext } from '../context';
import { execute, onSeat } from '../executor';
import type { ConsoleDb } from '../schema';

export type { Delivery } from '@shared/drillDelivery';

export { DRILL_DIRECTOR };

const deliverCommand = (seat: Seat) => onSeat(sharedDeliver, seat);

/**
 * Delivers every inject that is due at `ctx.now`: a complaint inject is registered in the drill
 * database (joining the incident of an earlier inject where the scenario says so), any other is
 * written on the timelines of the run's incidents; each is then marked fired. Nothing is due
 * unless the run is running.
 */
export function deliverDueInjects(db: ConsoleDb, runId: string, ctx: WriteContext): Promise<Result<Delivery[]>> {
  return execute(db, deliverCommand(ctx), { runId }, { ...ctx, actor: DRILL_DIRECTOR });
}
