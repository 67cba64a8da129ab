// What the drill's evaluation and observers' commands read — the trainer's rating adjustments, the
// findings with their improvement measures, the observers' notes — written once against the store
// interface (shared/storeReads.ts), so every seat in the rehearsal and the office server read and
// decide them the same (decisions in shared/drillCommands.ts).
import {
  addNoteArgs,
  adjustRatingArgs,
  decideAddNote,
  decideAdjustRating,
  decideDeleteFinding,
  decideFindingStatus,
  decideSaveFinding,
  findingIdArgs,
  findingStatusArgs,
  saveFindingArgs,
  type FindingInput,
  type FindingSeen,
  type RunSeen,
  type SaveFindingSeen,
} from './drillCommands';
import type { DrillRating } from './drillEvaluation';
import type { DrillFinding, DrillNote, DrillRunRecord } from './drillRecords';
import type { SharedCommand } from './officeCommands';
import type { StoreReads } from './storeReads';

export type Adjustment = { objective: string; rating: DrillRating; reason: string };

export const adjustDrillRatingCommand: SharedCommand<{ runId: string } & Adjustment, RunSeen, DrillRunRecord> = {
  name: 'drillRun.adjustRating',
  args: adjustRatingArgs,
  tables: ['drillRuns'],
  read: async (store, { runId }) => ({ run: await store.drillRuns.get(runId) }),
  decide: decideAdjustRating,
};

export const saveDrillFindingCommand: SharedCommand<
  { runId: string; input: FindingInput; id?: string | undefined },
  SaveFindingSeen,
  DrillFinding
> = {
  name: 'drillFinding.save',
  args: saveFindingArgs,
  tables: ['drillRuns', 'drillFindings'],
  read: async (store, { runId, id }) => ({
    run: await store.drillRuns.get(runId),
    existing: id ? await store.drillFindings.get(id) : undefined,
  }),
  decide: decideSaveFinding,
};

const readFinding = async (store: StoreReads, { findingId }: { findingId: string }): Promise<FindingSeen> => ({
  finding: await store.drillFindings.get(findingId),
});

export const setMeasureStatusCommand: SharedCommand<{ findingId: string; status: DrillFinding['status'] }, FindingSeen, DrillFinding> = {
  name: 'drillFinding.setStatus',
  args: findingStatusArgs,
  tables: ['drillFindings'],
  read: readFinding,
  decide: decideFindingStatus,
};

export const deleteDrillFindingCommand: SharedCommand<{ findingId: string }, FindingSeen, void> = {
  name: 'drillFinding.delete',
  args: findingIdArgs,
  tables: ['drillFindings'],
  read: readFinding,
  decide: decideDeleteFinding,
};

export const addDrillNoteCommand: SharedCommand<{ runId: string; text: string; actionId?: string; done?: boolean }, RunSeen, DrillNote> = {
  name: 'drillRun.note',
  args: addNoteArgs,
  tables: ['drillRuns', 'drillNotes'],
  read: async (store, { runId }) => ({ run: await store.drillRuns.get(runId) }),
  decide: decideAddNote,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of commands of many argument types
export const DRILL_RECORD_COMMANDS: readonly SharedCommand<any, any, any>[] = [
  adjustDrillRatingCommand,
  saveDrillFindingCommand,
  setMeasureStatusCommand,
  deleteDrillFindingCommand,
  addDrillNoteCommand,
];
