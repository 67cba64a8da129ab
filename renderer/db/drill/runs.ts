// Drill runs (演练场次) in the drill database: created from a scenario and driven by the trainer's
// commands (decisions in shared/drillCommands.ts, run through the executor), and the lists the
// drill screens read. Only one run is under way at a time.
import * as sharedCommands from '@shared/officeCommands';
import type { DrillRunRecord } from '@shared/drillRecords';
import type { Result } from '@shared/result';
import type { Scenario } from '@shared/scenario';
import type { DrillCommand } from '@shared/scenarioEngine';
import type { WriteContext } from '../context';
import { execute } from '../executor';
import type { ConsoleDb } from '../schema';

const isUnderWay = (run: DrillRunRecord) => run.state.status === 'running' || run.state.status === 'paused';

// Run the same on every seat and on the office server (shared/officeCommands.ts).
export const { createDrillRunCommand, commandDrillRunCommand } = sharedCommands;

/** A new run of a scenario (not started): the scenario is copied into it as it is now. */
export const createDrillRun = (
  db: ConsoleDb,
  scenario: Scenario,
  ctx: WriteContext,
  options: { noticeId?: string } = {},
): Promise<Result<DrillRunRecord>> =>
  execute(db, createDrillRunCommand, { scenario, ...(options.noticeId ? { noticeId: options.noticeId } : {}) }, ctx);

/** The trainer's command (start, pause, resume, speed, skip, re-send, finish) at `ctx.now`. */
export const commandDrillRun = (db: ConsoleDb, runId: string, command: DrillCommand, ctx: WriteContext): Promise<Result<DrillRunRecord>> =>
  execute(db, commandDrillRunCommand, { runId, command }, ctx);

/** The run that is running or paused, if any (one at a time). */
export async function activeDrillRun(db: ConsoleDb): Promise<DrillRunRecord | undefined> {
  if (db.mode !== 'drill') return undefined;
  return (await db.drillRuns.toArray()).find(isUnderWay);
}

export async function listDrillRuns(db: ConsoleDb): Promise<DrillRunRecord[]> {
  if (db.mode !== 'drill') return [];
  return db.drillRuns.orderBy('createdAt').reverse().toArray();
}
