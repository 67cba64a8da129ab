// The import under way, kept outside the page: leaving 导入导出 must not orphan a run (no progress,
// no 取消) nor let the same file start again beside it. One run per window, its progress and its
// outcome live here until the operator acknowledges the result; screens read it through
// useSyncExternalStore.
import { useSyncExternalStore } from 'react';
import type { Duplicate, RowProblem, ValidRow } from '@shared/importing';
import type { ImportRun } from '@shared/records';
import type { Failure } from '@shared/result';
import type { WriteContext } from '../../db/context';
import { runImport, type ImportPlan, type LaterWork } from '../../db/imports';
import type { ConsoleDb } from '../../db/schema';

export type Check = { valid: ValidRow[]; problems: RowProblem[]; invalidRows: number; duplicates: Duplicate[]; fresh: ValidRow[] };
/** imported: registered so far; skipped: found already registered when their batch came. */
export type Progress = { imported: number; skipped: number; total: number; cancelling: boolean };
/** laterWork: a cancelled run that could not be taken back, and what others had done on it. */
export type Finished = { run: ImportRun | null; failure: Failure | null; check: Check; laterWork?: LaterWork[] };

export type ImportRunState =
  { phase: 'idle' } | { phase: 'running'; fileName: string; progress: Progress; check: Check } | { phase: 'finished'; finished: Finished };

const IDLE: ImportRunState = { phase: 'idle' };
let state: ImportRunState = IDLE;
let cancelRequested = false;
const listeners = new Set<() => void>();
// A result the operator has had on screen is let go when the page is left; one that came while
// they were elsewhere waits for them. The delay lets a remount (StrictMode) keep it.
let resultSeen = false;
let forgetTimer: ReturnType<typeof setTimeout> | undefined;

function publish(next: ImportRunState) {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  clearTimeout(forgetTimer);
  if (state.phase === 'finished') resultSeen = true;
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0 || state.phase !== 'finished' || !resultSeen) return;
    forgetTimer = setTimeout(() => {
      if (listeners.size === 0) dismiss();
    }, 0);
  };
}

const snapshot = () => state;

export type StartImport = {
  db: ConsoleDb;
  plan: ImportPlan;
  check: Check;
  context: () => WriteContext;
};

/**
 * Starts the run and settles once it is in the journal (null) or refused (the failure, e.g.
 * another import is running); the run then goes on whether or not a page is watching.
 */
function start({ db, plan, check, context }: StartImport): Promise<Failure | null> {
  if (state.phase === 'running') return Promise.resolve({ code: 'import-running', params: { file: state.fileName } });
  const previous = state;
  cancelRequested = false;
  let progress: Progress = { imported: 0, skipped: 0, total: plan.rows.length, cancelling: false };
  let late: Duplicate[] = [];
  let laterWork: LaterWork[] = [];
  const show = () => publish({ phase: 'running', fileName: plan.fileName, progress, check });
  show();
  return new Promise((resolve) => {
    let started = false;
    const settle = (finished: Finished) => {
      if (!started) {
        publish(previous);
        resolve(finished.failure);
        return;
      }
      const duplicates = late.length ? [...check.duplicates, ...late].sort((a, b) => a.row - b.row) : check.duplicates;
      resultSeen = listeners.size > 0;
      publish({
        phase: 'finished',
        finished: { ...finished, check: { ...check, duplicates }, ...(laterWork.length ? { laterWork } : {}) },
      });
    };
    runImport(db, plan, context, {
      onStarted: () => {
        started = true;
        resolve(null);
      },
      onDuplicates: (duplicates) => {
        late = [...late, ...duplicates];
        progress = { ...progress, skipped: late.length };
        show();
      },
      onProgress: (imported) => {
        progress = { ...progress, imported };
        show();
      },
      onKept: (work) => {
        laterWork = work;
      },
      cancelled: () => cancelRequested,
    }).then(
      (result) => settle(result.ok ? { run: result.value, failure: null, check } : { run: null, failure: result.error, check }),
      (error: unknown) =>
        settle({
          run: null,
          failure: { code: 'storage-failed', message: error instanceof Error ? error.message : String(error) },
          check,
        }),
    );
  });
}

function cancel() {
  if (state.phase !== 'running') return;
  cancelRequested = true;
  publish({ ...state, progress: { ...state.progress, cancelling: true } });
}

/** The operator has read the result: the page is free for the next file. */
function dismiss() {
  if (state.phase === 'finished') publish(IDLE);
}

export const importRun = { start, cancel, dismiss, subscribe, snapshot };

export function useImportRun(): ImportRunState {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
