// Drill runs (演练场次) in the drill database: created from a scenario and driven by the trainer's
// commands (decisions in shared/drillCommands.ts, run through the executor), and the lists the
// drill screens read. Only one run is under way at a time.
import {
  commandRunArgs,
  createRunArgs,
  decideCommandRun,
  decideCreateRun,
  runNumberKey,
  type CommandRunSeen,
  type CreateRunSeen,
} from '@shared/drillCommands';
import type { DrillRunRecord } from '@shared/drillRecords';
import type { Result } from '@shared/result';
import type { Scenario } from '@shared/scenario';
import type { DrillCommand } from '@shared/scenarioEngine';
import type { WriteContext } from '../context';
import { execute, type Command } from '../executor';
import type { ConsoleDb } from '../schema';

const isUnderWay = (run: DrillRunRecord) => run.state.status === 'running' || run.state.status === 'paused';

export const createDrillRunCommand: Command<{ scenario: Scenario; noticeId?: string | undefined }, CreateRunSeen, DrillRunRecord> = {
  name: 'drillRun.create',
  args: createRunArgs,
  tables: ['drillRuns', 'counters'],
  read: async (db, _args, stamp) => ({ numbered: (await db.counters.get(runNumberKey(stamp)))?.value ?? 0 }),
  decide: decideCreateRun,
};

export const commandDrillRunCommand: Command<{ runId: string; command: DrillCommand }, CommandRunSeen, DrillRunRecord> = {
  name: 'drillRun.command',
  args: commandRunArgs,
  tables: ['drillRuns'],
  read: async (db, { runId, command }) => ({
    run: await db.drillRuns.get(runId),
    underWay: command.type === 'start' ? (await db.drillRuns.toArray()).find((r) => r.id !== runId && isUnderWay(r)) : undefined,
  }),
  decide: decideCommandRun,
};

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
