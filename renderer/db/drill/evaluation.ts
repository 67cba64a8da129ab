// The evaluation of a drill run: the trainer's rating adjustments and the findings with their
// improvement measures (decisions in shared/drillCommands.ts, run through the executor), and
// everything the evaluation screen and the report read for one run, with the previous run of the
// same scenario to compare with.
import { type FindingInput } from '@shared/drillCommands';
import { compareDrillRuns, evaluateDrill, type DrillComparison, type DrillEvaluation } from '@shared/drillEvaluation';
import { drillRecordOf, incidentsOfRun } from '@shared/drillRecord';
import type { DrillFinding, DrillNote, DrillRunRecord } from '@shared/drillRecords';
import { fail, ok, type Result } from '@shared/result';
import type { WriteContext } from '../context';
import { execute } from '../executor';
import type { ConsoleDb } from '../schema';
import {
  adjustDrillRatingCommand,
  saveDrillFindingCommand,
  setMeasureStatusCommand,
  deleteDrillFindingCommand,
  type Adjustment,
} from '@shared/officeDrillCommands';

// Read and decided the same on the office server (shared/officeDrillCommands.ts).
export { adjustDrillRatingCommand, saveDrillFindingCommand, setMeasureStatusCommand, deleteDrillFindingCommand };
import { notesOfRun } from './notes';

export { findingErrors, type FindingInput } from '@shared/drillCommands';

/** The trainer adjusts an objective's rating; a reason is required, the computed rating stays beside it. */
export const adjustDrillRating = (db: ConsoleDb, runId: string, input: Adjustment, ctx: WriteContext): Promise<Result<DrillRunRecord>> =>
  execute(db, adjustDrillRatingCommand, { runId, ...input }, ctx);

/** A finding of the evaluation and its improvement measure (owner, due date), open until done. */
export const saveDrillFinding = (
  db: ConsoleDb,
  runId: string,
  input: FindingInput,
  ctx: WriteContext,
  id?: string,
): Promise<Result<DrillFinding>> => execute(db, saveDrillFindingCommand, { runId, input, ...(id ? { id } : {}) }, ctx);

/** An improvement measure marked done, or reopened. */
export const setMeasureStatus = (
  db: ConsoleDb,
  findingId: string,
  status: DrillFinding['status'],
  ctx: WriteContext,
): Promise<Result<DrillFinding>> => execute(db, setMeasureStatusCommand, { findingId, status }, ctx);

/** A finding and its measure removed. */
export const deleteDrillFinding = (db: ConsoleDb, findingId: string, ctx: WriteContext): Promise<Result<void>> =>
  execute(db, deleteDrillFindingCommand, { findingId }, ctx);

export type RunEvaluation = {
  run: DrillRunRecord;
  evaluation: DrillEvaluation;
  notes: DrillNote[];
  findings: DrillFinding[];
  /** The latest earlier finished run of the same scenario, and the comparison with it. */
  previous: { run: DrillRunRecord; evaluation: DrillEvaluation; comparison: DrillComparison } | null;
};

async function evaluationOf(db: ConsoleDb, run: DrillRunRecord, notes: DrillNote[]): Promise<Result<DrillEvaluation>> {
  const incidentIds = [...incidentsOfRun(run).keys()];
  const [timeline, instructions, teams, people] = await Promise.all([
    db.timeline.where('incidentId').anyOf(incidentIds).toArray(),
    db.instructions.where('incidentId').anyOf(incidentIds).toArray(),
    db.teams.toArray(),
    db.people.toArray(),
  ]);
  const record = drillRecordOf(run, {
    timeline,
    instructions,
    teamCodes: new Map(teams.map((team) => [team.id, team.code])),
    personNames: new Map(people.map((person) => [person.id, person.name])),
    notes,
  });
  return evaluateDrill(run.scenario, record);
}

/** Everything the evaluation screen and the report show for one run. */
export async function loadRunEvaluation(db: ConsoleDb, runId: string): Promise<Result<RunEvaluation>> {
  if (db.mode !== 'drill') return fail('drill-database-required');
  const run = await db.drillRuns.get(runId);
  if (!run) return fail('drill-run-not-found');
  const notes = await notesOfRun(db, runId);
  const evaluation = await evaluationOf(db, run, notes);
  if (!evaluation.ok) return evaluation;
  const findings = (await db.drillFindings.where('runId').equals(runId).toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const earlier = (
    await db.drillRuns
      .where('[scenario.id+createdAt]')
      .between([run.scenario.id, ''], [run.scenario.id, run.createdAt], true, false)
      .toArray()
  )
    .filter((r) => r.id !== run.id && r.state.status === 'finished')
    .pop();
  let previous: RunEvaluation['previous'] = null;
  if (earlier) {
    const before = await evaluationOf(db, earlier, await notesOfRun(db, earlier.id));
    if (before.ok) {
      const comparison = compareDrillRuns(before.value, evaluation.value);
      if (comparison.ok) previous = { run: earlier, evaluation: before.value, comparison: comparison.value };
    }
  }
  return ok({ run, evaluation: evaluation.value, notes, findings, previous });
}
