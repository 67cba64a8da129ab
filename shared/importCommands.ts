// 导入 as commands: a run opened in the journal (one at a time), finished, or taken back. A take-back
// removes everything the run wrote — unless people have since worked on what it brought in: a
// complaint registered later by phone, a published statement, a resource sent out are real work
// a take-back must not destroy, and deleting only some of it would leave orphans. The run is then
// kept, marked as such, with what others did on which incidents.
import { z } from 'zod';
import { decided, refused, type Decision, type RowWrite, type Stamp, type TableName, type TimelineAppend } from './commandKit';
import { splitDuplicates, type Duplicate } from './importing';
import type { Complaint, Incident, Person, Team, TimelineEntry } from './model';
import type { Registration } from './registration';
import { decideRegistrations, registrationPlan, type RegistrationSeen } from './registrationCommands';
import { routedOwnerId } from './routing';
import { ORGANISATION_TIMELINE } from './organisationCommands';
import type { ImportRun } from './records';

// ---- Opening and finishing a run ---------------------------------------------------------------

const count = z.number().int().min(0);
/** `id`: the run's id when the importing page already holds its lock under it; otherwise a new one. */
export const startImportArgs = z.object({
  id: z.string().uuid().optional(),
  fileName: z.string().min(1).max(260),
  format: z.enum(['csv', 'xlsx']),
  totalRows: count,
  invalidRows: count,
  duplicateRows: count,
});
export type StartImportArgs = z.output<typeof startImportArgs>;

/** Opens the run in the journal, or refuses while another run is under way. */
export function decideStartImport(seen: { running: ImportRun | undefined }, args: StartImportArgs, stamp: Stamp): Decision<ImportRun> {
  if (seen.running) return refused('import-running', { file: seen.running.fileName });
  const run: ImportRun = {
    id: args.id ?? stamp.newId(),
    mode: stamp.mode,
    fileName: args.fileName,
    format: args.format,
    status: 'running',
    startedAt: stamp.at,
    startedBy: stamp.actor.id,
    totalRows: args.totalRows,
    importedRows: 0,
    invalidRows: args.invalidRows,
    duplicateRows: args.duplicateRows,
  };
  return decided(run, [{ put: 'imports', row: run }]);
}

export const runArgs = z.object({ runId: z.string().min(1) });

/** The run is done: its counts on the organisation log. */
export function decideFinishImport(seen: { run: ImportRun | undefined }, _args: unknown, stamp: Stamp): Decision<ImportRun> {
  const { run } = seen;
  if (!run || run.status !== 'running') return refused('import-not-running');
  const done: ImportRun = { ...run, status: 'done', finishedAt: stamp.at };
  return decided(
    done,
    [{ put: 'imports', row: done }],
    [
      {
        incidentId: ORGANISATION_TIMELINE,
        kind: 'import-finished',
        params: { file: run.fileName, imported: run.importedRows, invalid: run.invalidRows, duplicates: run.duplicateRows },
      },
    ],
  );
}

// ---- One batch of rows ---------------------------------------------------------------------------

/**
 * The rows of a batch as the file check left them. Each registration is checked again by the
 * registration decision against the plan in force, so the schema here only holds their shape.
 */
export const importBatchArgs = z.object({
  runId: z.string().min(1),
  rows: z.array(
    z.object({
      row: z.number().int().min(1),
      externalRef: z.string().max(200),
      registration: z.custom<Registration>((v) => typeof v === 'object' && v !== null),
    }),
  ),
});
export type ImportBatchArgs = z.output<typeof importBatchArgs>;

export type ImportBatchSeen = {
  run: ImportRun | undefined;
  /** What the store already holds that these rows could repeat: their 工单号 and content keys. */
  stored: { refs: ReadonlySet<string>; contentKeys: ReadonlySet<string> };
  people: readonly Person[];
  teams: readonly Team[];
  registration: RegistrationSeen;
};
export type BatchCommitted = { imported: number; duplicates: Duplicate[] };

/**
 * A batch registered as the intake registers (same numbering, projections and timeline), its
 * records stamped with the run and each row's 工单号: all of it or none. Rows registered since the
 * file was checked (by another window, or a run that was still going) are skipped as duplicates.
 */
export function decideImportBatch(seen: ImportBatchSeen, args: ImportBatchArgs, stamp: Stamp): Decision<BatchCommitted> {
  const { run } = seen;
  if (!run || run.status !== 'running') return refused('import-not-running');
  const { fresh, duplicates } = splitDuplicates([...args.rows], seen.stored);
  const writes: RowWrite[] = [];
  const timeline: TimelineAppend[] = [];
  let imported = 0;
  if (fresh.length > 0) {
    // 对口处理: a file has no owner column, so each complaint goes to the unit its category names
    // under the plan in force now; the importer keeps those whose category names nobody.
    const plan = registrationPlan(seen.registration, stamp.nowMs);
    const inputs = fresh.map((r) => ({
      ...r.registration,
      ownerId: routedOwnerId(plan, r.registration.categoryCode, seen.people, seen.teams) ?? r.registration.ownerId,
    }));
    const registered = decideRegistrations(
      seen.registration,
      { inputs, importStamp: { importId: run.id, externalRefs: fresh.map((r) => r.externalRef ?? '') } },
      stamp,
    );
    if (!registered.ok) return registered;
    const { saved, invalid } = registered.value.value;
    if (invalid.length > 0) return refused('import-row-refused', { count: invalid.length });
    writes.push(...registered.value.writes);
    timeline.push(...registered.value.timeline);
    imported = saved.length;
  }
  const counted: ImportRun = { ...run, importedRows: run.importedRows + imported, duplicateRows: run.duplicateRows + duplicates.length };
  writes.push({ put: 'imports', row: counted });
  return decided({ imported, duplicates }, writes, timeline);
}

/** The column mapping of a file's header, remembered for the next file with the same header. */
export const rememberMappingArgs = z.object({
  key: z.string().min(1).max(2000),
  names: z.record(z.string(), z.string().max(200)),
});
export function decideRememberMapping(_seen: unknown, { key, names }: z.output<typeof rememberMappingArgs>, stamp: Stamp): Decision<null> {
  return decided(null, [{ put: 'settings', row: { key, value: names, updatedAt: stamp.at } }]);
}

// ---- Taking a run back -------------------------------------------------------------------------

/** What others can have done on an imported incident since the run wrote it. */
export const LATER_WORK_KINDS = [
  'complaint',
  'communication',
  'instruction',
  'taskForce',
  'release',
  'opinion',
  'allocation',
  'review',
  'measure',
  'change',
] as const;
export type LaterWorkKind = (typeof LATER_WORK_KINDS)[number];
/** One imported incident with how many records of each kind others have added to it. */
export type LaterWork = { incident: string; counts: Partial<Record<LaterWorkKind, number>> };
export type TakeBack = { run: ImportRun; laterWork: LaterWork[] };

/** Records on the run's incidents kept in tables of their own, as the incident each is on. */
export type RecordsOn = Record<Exclude<LaterWorkKind, 'complaint' | 'change'>, string[]>;

/** What a take-back reads: the run, its incidents and everything on them, and the run's own complaints. */
export type TakeBackSeen = {
  run: ImportRun | undefined;
  incidents: Incident[];
  /** Every complaint on the run's incidents, the run's own and others'. */
  complaintsOn: Pick<Complaint, 'id' | 'incidentId' | 'importId'>[];
  /** The run's complaints (on its incidents or joined to incidents already there). */
  runComplaintIds: string[];
  entriesOn: Pick<TimelineEntry, 'id' | 'incidentId' | 'kind'>[];
  noticeIdsOn: string[];
  recordsOn: RecordsOn;
};

/** The only timeline entry a run writes on its own incidents; any other is someone's later work. */
const RUN_OWN_ENTRY = 'registered';

/** Who else worked on the run's incidents, incident by incident, in the run's order. */
export function laterWorkOf(seen: TakeBackSeen, runId: string): LaterWork[] {
  const found: [LaterWorkKind, string[]][] = [
    ['complaint', seen.complaintsOn.filter((c) => c.importId !== runId).map((c) => c.incidentId)],
    ...(Object.entries(seen.recordsOn) as [LaterWorkKind, string[]][]),
    ['change', seen.entriesOn.filter((e) => e.kind !== RUN_OWN_ENTRY).map((e) => e.incidentId)],
  ];
  const order = new Map(LATER_WORK_KINDS.map((kind, i) => [kind, i]));
  found.sort(([a], [b]) => order.get(a)! - order.get(b)!);
  const byIncident = new Map<string, LaterWork['counts']>();
  for (const [kind, incidentIds] of found) {
    for (const id of incidentIds) {
      const counts = byIncident.get(id) ?? {};
      counts[kind] = (counts[kind] ?? 0) + 1;
      byIncident.set(id, counts);
    }
  }
  return seen.incidents.filter((i) => byIncident.has(i.id)).map((i) => ({ incident: i.number, counts: byIncident.get(i.id)! }));
}

export const takeBackArgs = z.object({ runId: z.string().min(1), status: z.enum(['cancelled', 'rolled-back']) });
export type TakeBackArgs = z.output<typeof takeBackArgs>;

/**
 * Takes back every record of a run (its complaints, incidents, their entries and alerts); numbers
 * drawn stay used (gaps are honest). If others have worked on its incidents since, changes nothing
 * but the run's status ('kept') and says what.
 */
export function decideTakeBack(seen: TakeBackSeen, { status }: TakeBackArgs, stamp: Stamp): Decision<TakeBack> {
  const { run } = seen;
  if (!run) return refused('import-not-found');
  const laterWork = laterWorkOf(seen, run.id);
  if (laterWork.length > 0) {
    const kept: ImportRun = { ...run, status: 'kept', finishedAt: stamp.at };
    return decided(
      { run: kept, laterWork },
      [{ put: 'imports', row: kept }],
      [
        {
          incidentId: ORGANISATION_TIMELINE,
          kind: 'import-kept',
          params: { file: run.fileName, imported: run.importedRows, incidents: laterWork.map((w) => w.incident).join('、') },
        },
      ],
    );
  }
  const removals = (table: TableName, keys: readonly string[]) => keys.map((key): RowWrite => ({ remove: table, key }));
  const taken: ImportRun = { ...run, status, importedRows: 0, finishedAt: stamp.at };
  return decided(
    { run: taken, laterWork: [] },
    [
      ...removals('complaints', seen.runComplaintIds),
      ...removals(
        'timeline',
        seen.entriesOn.map((e) => e.id),
      ),
      ...removals('notices', seen.noticeIdsOn),
      ...removals(
        'incidents',
        seen.incidents.map((i) => i.id),
      ),
      { put: 'imports', row: taken },
    ],
    [
      {
        incidentId: ORGANISATION_TIMELINE,
        kind: status === 'cancelled' ? 'import-cancelled' : 'import-rolled-back',
        params: { file: run.fileName, removed: seen.runComplaintIds.length },
      },
    ],
  );
}
