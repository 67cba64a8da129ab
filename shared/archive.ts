// 归档: a closed (or rejected) incident is archived with a number of its own (GD-YYYY-NNNN, one
// counter a year) and kept until the end of the plan's years after the year of archiving; it then
// leaves the live board but stays found by number or search. After that date, and only by the
// roles the plan names, the file may be deleted — the incident and everything recorded on it —
// with the deletion recorded in the organisation's audit. Pure decisions; times come in.
import { z } from 'zod';
import { decided, refused, stamped, type Decision, type RowWrite, type Stamp, type TableName } from './commandKit';
import type { Incident, Role } from './model';
import type { SharedCommand } from './officeCommands';
import { ORGANISATION_TIMELINE } from './organisationCommands';
import type { ArchiveRule, Plan } from './plan';
import { planOfIncident } from './planVersions';
import type { StoreReads } from './storeReads';
import { planDateOf } from './time';
import { callBackDue, callBackRule } from './callBacks';
import { reportClocks, reportingRule } from './upwardReports';

export const DEFAULT_ARCHIVE_RULE: ArchiveRule = { retentionYears: [30, 10, 10], deleteRoles: ['leader'] };
export const archiveRule = (plan: Pick<Plan, 'archive'>): ArchiveRule => plan.archive ?? DEFAULT_ARCHIVE_RULE;

/** The last day the file is kept: 31 December of the archiving year plus the level's years (保管期限 counts whole years from the year after filing). */
export function retainUntil(archivedAtMs: number, level: Incident['level'], rule: ArchiveRule, offsetMinutes: number): string {
  const year = Number(planDateOf(archivedAtMs, offsetMinutes).slice(0, 4));
  const years = rule.retentionYears[(level ?? 3) - 1]!;
  return `${year + years}-12-31`;
}

/** Whether the retention has run out on `today` (plan-local date): the day after `retainUntil`. */
export const retentionOver = (until: string, today: string): boolean => today > until;

export const archiveCounterKey = (archivedAtMs: number, offsetMinutes: number, mode: 'live' | 'drill') =>
  `${mode === 'drill' ? 'YL-' : ''}GD-${planDateOf(archivedAtMs, offsetMinutes).slice(0, 4)}`;

export const archiveArgs = z.object({ incidentId: z.string().min(1) });
export type ArchiveSeen = { incident: Incident | undefined; plan: Plan | undefined; counter: number };

/** 归档: only a finished incident, once; its number from the year's counter, advanced in the same change. */
export function decideArchive(seen: ArchiveSeen, { incidentId }: z.output<typeof archiveArgs>, stamp: Stamp): Decision<Incident> {
  const { incident, plan } = seen;
  if (!incident || !plan) return refused('incident-not-found');
  if (incident.state !== 'closed' && incident.state !== 'rejected') return refused('archive-not-finished');
  if (incident.archive) return refused('archive-exists');
  // The file is complete before it is filed: the 终报 sent and the call-back made, where owed.
  if (reportClocks(incident, reportingRule(plan)).some((clock) => clock.doneAt === null)) return refused('archive-owes-report');
  if (callBackDue(incident, callBackRule(plan)) !== null) return refused('archive-owes-call-back');
  const key = archiveCounterKey(stamp.nowMs, stamp.utcOffsetMinutes, stamp.mode);
  const sequence = seen.counter + 1;
  const number = `${key}-${String(sequence).padStart(4, '0')}`;
  const until = retainUntil(stamp.nowMs, incident.level, archiveRule(plan), stamp.utcOffsetMinutes);
  const archived: Incident = {
    ...incident,
    archive: { number, at: stamp.at, by: stamp.actor.id, byName: stamp.actor.name, retainUntil: until },
    ...stamped(stamp),
  };
  return decided(
    archived,
    [
      { put: 'counters', row: { key, value: sequence } },
      { put: 'incidents', row: archived },
    ],
    [{ incidentId, kind: 'archived', params: { archive: number, until } }],
  );
}

/** What an incident's file holds besides the incident: the tables keyed by incident, deleted with it. */
export const FILE_TABLES = [
  'complaints',
  'communications',
  'instructions',
  'releases',
  'opinions',
  'reviews',
  'measures',
  'upwardReports',
  'callBacks',
  // The records of its evidence (the files themselves the console drops from the host after).
  'attachments',
  'timeline',
  // The incident's special task force (专项处理小组) and the resources it had (all returned).
  'teams',
  'allocations',
] as const satisfies readonly TableName[];

export const deleteArchiveArgs = z.object({ incidentId: z.string().min(1) });
export type DeleteArchiveSeen = {
  incident: Incident | undefined;
  plan: Plan | undefined;
  /** The keys of the file's rows, by table; `notices`: the notification centre's notices about it. */
  rows: Partial<Record<(typeof FILE_TABLES)[number] | 'notices', string[]>>;
  /** Resources allocated to the incident and not returned: the file waits for them. */
  unreturned: number;
};

/** 销毁: after the retention, by the roles the plan names; the file goes, the audit keeps what went. */
export function decideDeleteArchive(
  seen: DeleteArchiveSeen,
  { incidentId }: z.output<typeof deleteArchiveArgs>,
  stamp: Stamp,
): Decision<{ number: string; archive: string }> {
  const { incident, plan } = seen;
  if (!incident || !plan) return refused('incident-not-found');
  if (!incident.archive) return refused('archive-not-archived');
  if (incident.state !== 'closed' && incident.state !== 'rejected') return refused('archive-not-finished');
  if (seen.unreturned > 0) return refused('archive-allocations-out', { count: seen.unreturned });
  const rule = archiveRule(plan);
  if (!rule.deleteRoles.includes(stamp.actor.role as Role)) return refused('archive-delete-role');
  const today = planDateOf(stamp.nowMs, stamp.utcOffsetMinutes);
  if (!retentionOver(incident.archive.retainUntil, today))
    return refused('archive-retention-running', { until: incident.archive.retainUntil });
  const writes: RowWrite[] = [{ remove: 'incidents', key: incidentId }];
  let count = 0;
  for (const table of [...FILE_TABLES, 'notices'] as const) {
    for (const key of seen.rows[table] ?? []) {
      writes.push({ remove: table, key });
      count += 1;
    }
  }
  return decided({ number: incident.number, archive: incident.archive.number }, writes, [
    {
      incidentId: ORGANISATION_TIMELINE,
      kind: 'archive-deleted',
      params: { archive: incident.archive.number, number: incident.number, until: incident.archive.retainUntil, count },
    },
  ]);
}

// ── As shared commands ──────────────────────────────────────────────────────

export const archiveCommand: SharedCommand<z.output<typeof archiveArgs>, ArchiveSeen, Incident> = {
  name: 'incident.archive',
  args: archiveArgs,
  tables: ['incidents', 'counters', 'plans'],
  read: async (store, { incidentId }, stamp, seat) => {
    const incident = await store.incidents.get(incidentId);
    const counter = await store.counters.get(archiveCounterKey(stamp.nowMs, stamp.utcOffsetMinutes, stamp.mode));
    return { incident, plan: incident ? planOfIncident(seat, incident) : undefined, counter: counter?.value ?? 0 };
  },
  decide: decideArchive,
};

async function fileRows(store: StoreReads, incidentId: string): Promise<Pick<DeleteArchiveSeen, 'rows' | 'unreturned'>> {
  const rows: DeleteArchiveSeen['rows'] = {};
  let unreturned = 0;
  for (const table of FILE_TABLES) {
    const found = (await store[table].where('incidentId').equals(incidentId).toArray()) as { id: string; returnedAt?: string }[];
    rows[table] = found.map((row) => row.id);
    if (table === 'allocations') unreturned = found.filter((row) => !row.returnedAt).length;
  }
  rows.notices = ((await store.notices.where('targetId').equals(incidentId).toArray()) as { id: string }[]).map((n) => n.id);
  return { rows, unreturned };
}

export const deleteArchiveCommand: SharedCommand<
  z.output<typeof deleteArchiveArgs>,
  DeleteArchiveSeen,
  { number: string; archive: string }
> = {
  name: 'incident.deleteArchive',
  args: deleteArchiveArgs,
  tables: ['incidents', 'plans', 'notices', ...FILE_TABLES],
  read: async (store, { incidentId }, _stamp, seat) => {
    const incident = await store.incidents.get(incidentId);
    const file = incident ? await fileRows(store, incidentId) : { rows: {}, unreturned: 0 };
    return { incident, plan: incident ? planOfIncident(seat, incident) : undefined, ...file };
  },
  decide: decideDeleteArchive,
};
