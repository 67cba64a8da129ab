// Injects delivered on the drill clock, as a command (decision in shared/drillDelivery.ts): what
// it reads is the run, the roster and what a registration reads, with the run's incidents as
// those an inject may join.
import type { Actor } from '@shared/model';
import { decideDeliverInjects, deliverArgs, type DeliverArgs, type Delivery, type DeliverySeen } from '@shared/drillDelivery';
import type { Result } from '@shared/result';
import { dueInjects } from '@shared/scenarioEngine';
import { readRegistrationSeen, REGISTRATION_TABLES, type Seat } from '../complaints';
import type { WriteContext } from '../context';
import { execute, type Command } from '../executor';
import type { ConsoleDb } from '../schema';

export type { Delivery } from '@shared/drillDelivery';

/** Who delivers injects: the drill's direction (导调), never a participant, so no participant is credited with them. */
export const DRILL_DIRECTOR: Actor = { id: 'drill-director', name: '演练导调', role: 'staff' };

const deliverCommand = (seat: Seat): Command<DeliverArgs, DeliverySeen, Delivery[]> => ({
  name: 'drillRun.deliver',
  args: deliverArgs,
  tables: ['drillRuns', 'people', ...REGISTRATION_TABLES],
  read: async (db, { runId }, stamp) => {
    const run = db.mode === 'drill' ? await db.drillRuns.get(runId) : undefined;
    // Called on every tick of the drill clock: what a registration reads is read only when a
    // complaint is due.
    const complaintDue = run !== undefined && dueInjects(run.state, run.scenario, stamp.nowMs).some((inject) => inject.complaint);
    if (!complaintDue) return { run, people: [], registration: null };
    const joinable = Object.values(run.injectIncidents).map((incidentId) => ({ incidentId }));
    return {
      run,
      people: await db.people.toArray(),
      registration: await readRegistrationSeen(db, joinable, stamp, seat),
    };
  },
  decide: decideDeliverInjects,
});

/**
 * Delivers every inject that is due at `ctx.now`: a complaint inject is registered in the drill
 * database (joining the incident of an earlier inject where the scenario says so), any other is
 * written on the timelines of the run's incidents; each is then marked fired. Nothing is due
 * unless the run is running.
 */
export function deliverDueInjects(db: ConsoleDb, runId: string, ctx: WriteContext): Promise<Result<Delivery[]>> {
  return execute(db, deliverCommand(ctx), { runId }, { ...ctx, actor: DRILL_DIRECTOR });
}
