// The import journal and its writes. Valid rows are registered in batches, each batch one
// transaction stamped with the run's id; a cancelled run, or one left 'running' by a killed app,
// is taken back whole in one transaction, or kept whole when others have worked on it since
// (importTakeBack.ts).
// One run at a time: a second is refused while the journal has one 'running', and each batch
// looks for duplicates again inside its own transaction, so no window can register a row twice.
import { contentKey, type Duplicate, type ImportField, type ValidRow } from '@shared/importing';
import { newId } from '@shared/ids';
import {
  decideFinishImport,
  decideImportBatch,
  decideRememberMapping,
  decideStartImport,
  importBatchArgs,
  rememberMappingArgs,
  runArgs,
  startImportArgs,
  type BatchCommitted,
  type ImportBatchArgs,
  type ImportBatchSeen,
  type StartImportArgs,
} from '@shared/importCommands';
import type { z } from 'zod';
import type { ImportRun } from '@shared/records';
import { fail, ok, type Result } from '@shared/result';
import { toPlanLocalInput } from '@shared/time';
import { readRegistrationSeen, REGISTRATION_TABLES, type Seat } from './complaints';
import { consoleCalendar } from './calendar';
import { Refused, settle, type WriteContext } from './context';
import { execute, type Command } from './executor';
import { takeBackImport, type LaterWork, type TakeBack } from './importTakeBack';
import { planInForce, SYSTEM_ACTOR } from './seed';
import { inOffice } from './officeDb';
import type { ConsoleDb } from './schema';

/** Rows per transaction: large enough that IndexedDB's per-transaction cost is shared out. */
export const IMPORT_BATCH = 500;
const MAPPING_KEY = 'import.mapping:';

export async function rememberedMapping(db: ConsoleDb, signature: string): Promise<Partial<Record<ImportField, string>> | null> {
  const stored = await db.settings.get(MAPPING_KEY + signature);
  return stored && typeof stored.value === 'object' && stored.value ? (stored.value as Partial<Record<ImportField, string>>) : null;
}

export async function rememberMapping(db: ConsoleDb, signature: string, names: Partial<Record<ImportField, string>>, ctx: WriteContext) {
  const remembered = await execute(db, rememberMappingCommand, { key: MAPPING_KEY + signature, names }, ctx);
  if (!remembered.ok) throw new Error(remembered.error.message ?? remembered.error.code);
}

/** What the database already holds that these rows could repeat: their 工单号 and content keys. */
export async function storedDuplicateKeys(db: ConsoleDb, rows: readonly ValidRow[], offsetMinutes: number) {
  const refs = [...new Set(rows.flatMap((r) => (r.externalRef ? [r.externalRef] : [])))];
  const found = refs.length ? await db.complaints.where('externalRef').anyOf(refs).toArray() : [];
  // Content keys are looked for among complaints received in the same minutes only.
  const minutes = [...new Set(rows.filter((r) => !r.externalRef).map((r) => r.registration.receivedAt))];
  const sameMinute = minutes.length
    ? await db.complaints
        .where('receivedAt')
        .between(`${minutes.reduce((a, b) => (a < b ? a : b))}`, `${minutes.reduce((a, b) => (a > b ? a : b))}\uffff`)
        .toArray()
    : [];
  return {
    refs: new Set(found.map((c) => c.externalRef!)),
    contentKeys: new Set(
      sameMinute.map((c) => contentKey(c.complainant.phone, toPlanLocalInput(Date.parse(c.receivedAt), offsetMinutes), c.content)),
    ),
  };
}

export type ImportPlan = {
  fileName: string;
  format: ImportRun['format'];
  totalRows: number;
  invalidRows: number;
  duplicateRows: number;
  rows: ValidRow[];
};

export const startImportCommand: Command<StartImportArgs, { running: ImportRun | undefined }, ImportRun> = {
  name: 'import.start',
  args: startImportArgs,
  tables: ['imports'],
  read: async (db) => ({ running: await db.imports.where('status').equals('running').first() }),
  decide: decideStartImport,
};

export const finishImportCommand: Command<{ runId: string }, { run: ImportRun | undefined }, ImportRun> = {
  name: 'import.finish',
  args: runArgs,
  tables: ['imports'],
  read: async (db, { runId }) => ({ run: await db.imports.get(runId) }),
  decide: decideFinishImport,
};

/**
 * Opens the run in the journal, or refuses (import-running) while another run is under way: the
 * look and the write are one command, so two windows cannot both start. A refusal is thrown, as
 * a storage error is.
 */
export async function startImport(
  db: ConsoleDb,
  plan: Omit<ImportPlan, 'rows'>,
  ctx: WriteContext,
  id: string = newId(),
): Promise<ImportRun> {
  const { fileName, format, totalRows, invalidRows, duplicateRows } = plan;
  const started = await execute(db, startImportCommand, { id, fileName, format, totalRows, invalidRows, duplicateRows }, ctx);
  if (started.ok) return started.value;
  if (started.error.code === 'storage-failed') throw new Error(started.error.message ?? started.error.code);
  throw new Refused(started.error.code, started.error.params);
}

export { takeBackImport, type LaterWork, type TakeBack };

export type { BatchCommitted } from '@shared/importCommands';

const importBatchCommand = (seat: Seat): Command<ImportBatchArgs, ImportBatchSeen, BatchCommitted> => ({
  name: 'import.batch',
  args: importBatchArgs,
  tables: ['imports', 'people', 'teams', ...REGISTRATION_TABLES],
  read: async (db, { runId, rows }, stamp) => {
    const [run, stored, people, teams, registration] = await Promise.all([
      db.imports.get(runId),
      storedDuplicateKeys(db, rows, stamp.utcOffsetMinutes),
      db.people.toArray(),
      db.teams.toArray(),
      readRegistrationSeen(db, [], stamp, seat),
    ]);
    return { run, stored, people, teams, registration };
  },
  decide: decideImportBatch,
});

/**
 * Registers one batch of rows in one transaction: a batch is all there or not at all (the
 * decision is in shared/importCommands.ts).
 */
export const commitBatch = (db: ConsoleDb, runId: string, rows: readonly ValidRow[], ctx: WriteContext): Promise<Result<BatchCommitted>> =>
  execute(db, importBatchCommand(ctx), { runId, rows }, ctx);

const rememberMappingCommand: Command<z.output<typeof rememberMappingArgs>, null, null> = {
  name: 'import.rememberMapping',
  args: rememberMappingArgs,
  tables: ['settings'],
  read: async () => null,
  decide: decideRememberMapping,
};

export const finishImport = (db: ConsoleDb, runId: string, ctx: WriteContext): Promise<Result<ImportRun>> =>
  execute(db, finishImportCommand, { runId }, ctx);

// A run's lock is held by the page importing it, so another window starting up does not roll
// back an import that is still going. Where Web Locks are missing, no run counts as alive.
const lockName = (runId: string) => `console-import:${runId}`;
const locks = () => (globalThis.navigator as Navigator | undefined)?.locks;

export async function whileHolding<T>(runId: string, work: () => Promise<T>): Promise<T> {
  const manager = locks();
  return manager ? (manager.request(lockName(runId), work) as Promise<T>) : work();
}

async function heldElsewhere(runId: string): Promise<boolean> {
  const manager = locks();
  if (!manager) return false;
  const { held = [] } = await manager.query();
  return held.some((lock) => lock.name === lockName(runId));
}

/**
 * Runs left 'running' whose page is gone (no one holds their lock) are taken back, so a window
 * that died does not block imports until the next start. Without Web Locks nothing can be told
 * apart, and every running run is left for the start-up check.
 */
async function takeBackAbandonedRuns(db: ConsoleDb, ctx: WriteContext): Promise<void> {
  if (!locks()) return;
  for (const run of await db.imports.where('status').equals('running').toArray()) {
    if (!(await heldElsewhere(run.id))) await takeBackImport(db, run.id, 'rolled-back', ctx);
  }
}

/** At start-up: runs left 'running' by an app that was killed mid-import are taken back (or kept, see importTakeBack). */
export async function rollBackInterruptedImports(db: ConsoleDb, nowMs: number): Promise<ImportRun[]> {
  const running = await db.imports.where('status').equals('running').toArray();
  const plan = await planInForce(db);
  if (running.length === 0 || !plan) return [];
  const ctx: WriteContext = {
    actor: { id: SYSTEM_ACTOR, name: SYSTEM_ACTOR, role: 'staff' },
    plan,
    now: nowMs,
    calendar: await consoleCalendar(db),
  };
  const rolledBack: ImportRun[] = [];
  for (const run of running) {
    if (await heldElsewhere(run.id)) continue;
    const result = await takeBackImport(db, run.id, 'rolled-back', ctx);
    if (result.ok) rolledBack.push(result.value.run);
  }
  return rolledBack;
}

export type ImportHooks = {
  onProgress: (imported: number) => void;
  cancelled: () => boolean;
  batchSize?: number;
  /** The run is in the journal (not called when the start is refused). */
  onStarted?: (run: ImportRun) => void;
  /** Rows of a batch found already registered when it was committed, skipped. */
  onDuplicates?: (duplicates: Duplicate[]) => void;
  /** The take-back of a cancelled or failed run was refused: others have worked on these incidents. */
  onKept?: (laterWork: LaterWork[]) => void;
  /** Awaited between batches; by default one turn of the page's event loop, so progress shows. */
  between?: () => Promise<unknown>;
};

/**
 * The whole commit: journal entry, batches, then done — or, on cancel or a failed batch,
 * everything of the run taken back. Yields to the page between batches so progress shows.
 * The run's lock is taken before its journal entry is written, so a 'running' entry without a
 * held lock is always one whose page is gone.
 */
export async function runImport(
  db: ConsoleDb,
  plan: ImportPlan,
  context: () => WriteContext,
  hooks: ImportHooks,
): Promise<Result<ImportRun>> {
  // An import is thousands of registrations made at once on this seat's store; an office takes records only command by command, so it is done before joining.
  if (await inOffice(db)) return fail('office-import-seat');
  const runId = newId();
  const takeBack = async (): Promise<Result<ImportRun>> => {
    const taken = await takeBackImport(db, runId, 'cancelled', context());
    if (!taken.ok) return taken;
    if (taken.value.laterWork.length > 0) hooks.onKept?.(taken.value.laterWork);
    return ok(taken.value.run);
  };
  return whileHolding(runId, async () => {
    await takeBackAbandonedRuns(db, context());
    const started = await settle(() => startImport(db, plan, context(), runId));
    if (!started.ok) return started;
    hooks.onStarted?.(started.value);
    const size = hooks.batchSize ?? IMPORT_BATCH;
    let imported = 0;
    for (let i = 0; i < plan.rows.length; i += size) {
      if (hooks.cancelled()) return takeBack();
      const result = await commitBatch(db, runId, plan.rows.slice(i, i + size), context());
      if (!result.ok) {
        // A run kept whole is reported as kept: "taken back" in the batch's refusal would be untrue.
        const taken = await takeBack();
        if (taken.ok && taken.value.status === 'kept') return taken;
        return fail(result.error.code, result.error.params, result.error.message);
      }
      imported += result.value.imported;
      if (result.value.duplicates.length > 0) hooks.onDuplicates?.(result.value.duplicates);
      hooks.onProgress(imported);
      await (hooks.between?.() ?? new Promise((resolve) => setTimeout(resolve, 0)));
    }
    if (hooks.cancelled()) return takeBack();
    return finishImport(db, runId, context());
  });
}
