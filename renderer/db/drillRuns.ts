// Drill runs (演练场次) in the drill database, one module per reason to change: the run's
// lifecycle and lists (drill/runs.ts), injects delivered on the drill clock (drill/delivery.ts),
// observers' notes (drill/notes.ts) and the evaluation with its findings (drill/evaluation.ts).
export { activeDrillRun, commandDrillRun, createDrillRun, listDrillRuns } from './drill/runs';
export { deliverDueInjects, DRILL_DIRECTOR, type Delivery } from './drill/delivery';
export { addDrillNote, notesOfRun } from './drill/notes';
export {
  adjustDrillRating,
  deleteDrillFinding,
  findingErrors,
  loadRunEvaluation,
  saveDrillFinding,
  setMeasureStatus,
  type FindingInput,
  type RunEvaluation,
} from './drill/evaluation';
