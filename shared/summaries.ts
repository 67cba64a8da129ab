// Small running totals that the dashboard and the statistics read instead of whole tables. Each
// incident, complaint and instruction contributes to a few of them (the open incidents by level and
// phase; the plan-local day it was received, closed or issued on). The executor keeps them in the
// same transaction as the change that moves them: it adds a row's new contribution and takes away
// its old one. A full recount is the fold of the very same contributions, so the two cannot differ
// except by a bug, and a test compares them after every kind of change.
import { petitionOutcome, type Petition } from './petitions';
import type { Instruction } from './command';
import { OPEN_INSTRUCTION_STATES } from './instructions';
import type { Complaint, Incident } from './model';
import type { WorkingCalendar } from './calendar';
import { clockStatus, stageClocks } from './deadlines';
import type { ClockedStage, Plan } from './plan';
import { planOfIncident, type PlanBook } from './planVersions';
import { planDateOf, toIsoWithOffset } from './time';
import { isOpen } from './workflow';
import { phaseOf } from './dashboard';

/** The tables whose rows move summaries. */
export const SUMMARISED_TABLES = ['incidents', 'complaints', 'instructions', 'petitions'] as const;
export type SummarisedTable = (typeof SUMMARISED_TABLES)[number];
export const isSummarised = (table: string): table is SummarisedTable => (SUMMARISED_TABLES as readonly string[]).includes(table);

/** One summary: counts by field, and sets of short strings where a figure needs the items themselves. */
export type SummaryRow = { key: string; counts: Record<string, number>; members: Record<string, string[]> };

/** Every incident of the store, open or not. */
export const ALL_KEY = 'all';
/** The open incidents and open instructions, as the dashboard shows them. */
export const OPEN_KEY = 'open';
/** What happened on one plan-local day (YYYY-MM-DD). */
export const dayKey = (date: string) => `day:${date}`;
export const dayOfKey = (key: string) => key.slice(4);

/** What a contribution needs besides the row: the plan's clock (for dates) and each incident's finished stages. */
export type SummaryBasis = {
  offsetMinutes: number;
  /** The stages the incident has finished, met in time or missed (running ones are not a result yet). */
  finishedStages: (incident: Incident) => readonly { stage: ClockedStage; status: 'met' | 'missed' }[];
};

/** Field names. Kept short: a day's row holds many. */
export const F = {
  incidents: 'incidents',
  open: 'open',
  levelPhase: (level: number | null, phase: string) => `lp:${level ?? 'none'}:${phase}`,
  category: (code: string) => `cat:${code}`,
  level: (level: number | null) => `lv:${level ?? 'none'}`,
  teamOpen: (teamId: string | null) => `to:${teamId ?? '-'}`,
  complaints: 'complaints',
  channel: (code: string) => `ch:${code}`,
  hour: (hour: number) => `h:${hour}`,
  opened: 'opened',
  rejected: 'rejected',
  closed: 'closed',
  satisfaction: (value: string) => `sat:${value}`,
  onTime: (stage: ClockedStage, status: 'met' | 'missed') => `ot:${stage}:${status}`,
  issued: (teamId: string | null) => `ti:${teamId ?? '-'}`,
  issuedOpen: (teamId: string | null) => `tio:${teamId ?? '-'}`,
  signMs: (teamId: string | null) => `tsm:${teamId ?? '-'}`,
  signed: (teamId: string | null) => `tsn:${teamId ?? '-'}`,
  reportMs: (teamId: string | null) => `trm:${teamId ?? '-'}`,
  reported: (teamId: string | null) => `trn:${teamId ?? '-'}`,
  /** Members: the day's incidents as category, place and number, for places and recurring problems. */
  places: 'places',
  /** 信访事项 received that day, apart from complaints, by where each stands now and whether 复查/复核 was asked. */
  petitions: 'xf',
  petitionOutcome: (outcome: string) => `xfo:${outcome}`,
  petitionReview: 'xf:review',
  petitionRecheck: 'xf:recheck',
} as const;

const SEP = '\u0000';
export const placeMember = (categoryCode: string, place: string, number: string) => [categoryCode, place, number].join(SEP);
export function parsePlaceMember(member: string): { categoryCode: string; place: string; number: string } {
  const [categoryCode = '', place = '', number = ''] = member.split(SEP);
  return { categoryCode, place, number };
}

/** A contribution: per summary key, counts to add and members to hold. */
export type Contribution = Map<string, { counts: Map<string, number>; members: Map<string, Set<string>> }>;

function adder(into: Contribution) {
  const entry = (key: string) => {
    let found = into.get(key);
    if (!found) into.set(key, (found = { counts: new Map(), members: new Map() }));
    return found;
  };
  return {
    count(key: string, field: string, by = 1) {
      const counts = entry(key).counts;
      counts.set(field, (counts.get(field) ?? 0) + by);
    },
    member(key: string, field: string, member: string) {
      const members = entry(key).members;
      let set = members.get(field);
      if (!set) members.set(field, (set = new Set()));
      set.add(member);
    },
  };
}

const dateOf = (iso: string | undefined, offset: number) => {
  const at = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(at) ? planDateOf(at, offset) : null;
};
const hourOf = (iso: string, offset: number) => Number(toIsoWithOffset(Date.parse(iso), offset).slice(11, 13));

/** What one row contributes to the summaries (nothing for a row of another table). */
export function contributionOf(table: SummarisedTable, row: unknown, basis: SummaryBasis, into: Contribution = new Map()): Contribution {
  const add = adder(into);
  const offset = basis.offsetMinutes;
  if (table === 'incidents') {
    const incident = row as Incident;
    add.count(ALL_KEY, F.incidents);
    if (isOpen(incident.state)) {
      add.count(OPEN_KEY, F.open);
      add.count(OPEN_KEY, F.levelPhase(incident.level, phaseOf(incident.state) ?? 'none'));
      add.count(OPEN_KEY, F.category(incident.categoryCode));
      add.count(OPEN_KEY, F.level(incident.level));
    }
    const received = dateOf(incident.milestones.receivedAt, offset);
    if (received) {
      const day = dayKey(received);
      // 不予受理 is counted apart and left out of every count of incidents; its acceptance clock still counts.
      if (incident.state === 'rejected') add.count(day, F.rejected);
      else {
        add.count(day, F.opened);
        add.count(day, F.level(incident.level));
        add.count(day, F.category(incident.categoryCode));
        add.member(day, F.places, placeMember(incident.categoryCode, incident.place, incident.number));
      }
      for (const { stage, status } of basis.finishedStages(incident)) add.count(day, F.onTime(stage, status));
    }
    if (incident.state === 'closed') {
      const closed = dateOf(incident.milestones.closedAt, offset);
      if (closed) {
        add.count(dayKey(closed), F.closed);
        if (incident.satisfaction === 'satisfied' || incident.satisfaction === 'unsatisfied')
          add.count(dayKey(closed), F.satisfaction(incident.satisfaction));
      }
    }
  } else if (table === 'complaints') {
    const complaint = row as Complaint;
    const received = dateOf(complaint.receivedAt, offset);
    if (received) {
      const day = dayKey(received);
      add.count(day, F.complaints);
      add.count(day, F.channel(complaint.channelCode));
      add.count(day, F.hour(hourOf(complaint.receivedAt, offset)));
    }
  } else if (table === 'petitions') {
    const petition = row as Petition;
    const received = dateOf(petition.receivedAt, offset);
    if (received) {
      const day = dayKey(received);
      add.count(day, F.petitions);
      add.count(day, F.petitionOutcome(petitionOutcome(petition.state)));
      if (petition.review) add.count(day, F.petitionReview);
      if (petition.recheck) add.count(day, F.petitionRecheck);
    }
  } else {
    const instruction = row as Instruction;
    const open = OPEN_INSTRUCTION_STATES.includes(instruction.state);
    if (open) add.count(OPEN_KEY, F.teamOpen(instruction.teamId));
    const issued = dateOf(instruction.issuedAt, offset);
    if (issued) {
      const day = dayKey(issued);
      const team = instruction.teamId;
      add.count(day, F.issued(team));
      if (open) add.count(day, F.issuedOpen(team));
      const since = (iso: string | undefined) => (iso ? Date.parse(iso) - Date.parse(instruction.issuedAt) : null);
      const sign = since(instruction.signedAt);
      if (sign !== null && Number.isFinite(sign)) {
        add.count(day, F.signMs(team), sign);
        add.count(day, F.signed(team));
      }
      const report = since(instruction.report?.at);
      if (report !== null && Number.isFinite(report)) {
        add.count(day, F.reportMs(team), report);
        add.count(day, F.reported(team));
      }
    }
  }
  return into;
}

/** A change of summaries: counts to add (negative to take away) and members to add and remove, per key. */
export type SummaryDelta = Map<string, { counts: Map<string, number>; add: Map<string, string[]>; remove: Map<string, string[]> }>;

/** The difference a row's change makes: its new contribution less its old one. */
export function deltaOf(before: Contribution, after: Contribution, into: SummaryDelta = new Map()): SummaryDelta {
  const entry = (key: string) => {
    let found = into.get(key);
    if (!found) into.set(key, (found = { counts: new Map(), add: new Map(), remove: new Map() }));
    return found;
  };
  const keys = new Set([...before.keys(), ...after.keys()]);
  for (const key of keys) {
    const old = before.get(key);
    const now = after.get(key);
    const fields = new Set([...(old?.counts.keys() ?? []), ...(now?.counts.keys() ?? [])]);
    for (const field of fields) {
      const change = (now?.counts.get(field) ?? 0) - (old?.counts.get(field) ?? 0);
      if (change !== 0) {
        const counts = entry(key).counts;
        counts.set(field, (counts.get(field) ?? 0) + change);
      }
    }
    const setFields = new Set([...(old?.members.keys() ?? []), ...(now?.members.keys() ?? [])]);
    for (const field of setFields) {
      const was = old?.members.get(field) ?? new Set<string>();
      const is = now?.members.get(field) ?? new Set<string>();
      for (const member of is) if (!was.has(member)) (entry(key).add.get(field) ?? entry(key).add.set(field, []).get(field)!).push(member);
      for (const member of was)
        if (!is.has(member)) (entry(key).remove.get(field) ?? entry(key).remove.set(field, []).get(field)!).push(member);
    }
  }
  for (const [key, change] of into) if (change.counts.size === 0 && change.add.size === 0 && change.remove.size === 0) into.delete(key);
  return into;
}

/** Applies a change to a stored summary (or an empty one); null when nothing is left in it. */
export function applyDelta(
  row: SummaryRow | undefined,
  key: string,
  change: { counts: Map<string, number>; add: Map<string, string[]>; remove: Map<string, string[]> },
): SummaryRow | null {
  const counts = { ...(row?.counts ?? {}) };
  const members: Record<string, string[]> = { ...(row?.members ?? {}) };
  for (const [field, by] of change.counts) {
    const value = (counts[field] ?? 0) + by;
    if (value === 0) delete counts[field];
    else counts[field] = value;
  }
  for (const field of new Set([...change.add.keys(), ...change.remove.keys()])) {
    const gone = new Set(change.remove.get(field) ?? []);
    const next = (members[field] ?? []).filter((m) => !gone.has(m));
    for (const member of change.add.get(field) ?? []) if (!next.includes(member)) next.push(member);
    if (next.length === 0) delete members[field];
    else members[field] = next;
  }
  return Object.keys(counts).length === 0 && Object.keys(members).length === 0 ? null : { key, counts, members };
}

/** The summaries of a set of records, counted from scratch (the rebuild, and what tests compare with). */
export function recount(records: { table: SummarisedTable; rows: Iterable<unknown> }[], basis: SummaryBasis): SummaryRow[] {
  const total: Contribution = new Map();
  for (const { table, rows } of records) for (const row of rows) contributionOf(table, row, basis, total);
  return rowsOf(total);
}

/** Contributions as stored rows, in key order, members sorted (so two counts compare equal). */
export function rowsOf(total: Contribution): SummaryRow[] {
  return [...total]
    .map(([key, { counts, members }]) => ({
      key,
      counts: Object.fromEntries([...counts].filter(([, n]) => n !== 0).sort(([a], [b]) => a.localeCompare(b))),
      members: Object.fromEntries([...members].filter(([, s]) => s.size > 0).map(([field, set]) => [field, [...set].sort()])),
    }))
    .filter((row) => Object.keys(row.counts).length > 0 || Object.keys(row.members).length > 0)
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** A stored summary in the same normal form as `rowsOf` (sorted fields and members). */
export const normalised = (row: SummaryRow): SummaryRow => ({
  key: row.key,
  counts: Object.fromEntries(Object.entries(row.counts).sort(([a], [b]) => a.localeCompare(b))),
  members: Object.fromEntries(Object.entries(row.members).map(([field, list]) => [field, [...list].sort()])),
});

/** The basis of the summaries for a plan book and a calendar: finished stages as the dashboard judges them. */
export function summaryBasis(book: PlanBook, calendar: WorkingCalendar): SummaryBasis {
  return {
    offsetMinutes: book.plan.utcOffsetMinutes,
    finishedStages: (incident) =>
      stageClocks(incident, planOfIncident(book, incident), calendar).flatMap((clock) => {
        if (clock.doneAt === null) return [];
        const status = clockStatus(clock, clock.doneAt, book.plan.dueSoon);
        return status === 'met' || status === 'missed' ? [{ stage: clock.stage, status }] : [];
      }),
  };
}

/** Bumped when what a row contributes changes, so stored summaries are rebuilt. */
export const SUMMARY_VERSION = 1;

/**
 * What the stored summaries were counted under: a change of plan versions, of the plan in force or
 * of the office's calendar can change finished stages' verdicts, so it calls for a rebuild.
 */
export function summarySignature(
  plan: Pick<Plan, 'id' | 'utcOffsetMinutes'>,
  plans: readonly Pick<Plan, 'id' | 'updatedAt'>[],
  calendarYears: readonly { id: string; updatedAt: string; status: string }[],
): string {
  return JSON.stringify({
    v: SUMMARY_VERSION,
    plan: plan.id,
    offset: plan.utcOffsetMinutes,
    plans: plans.map((p) => [p.id, p.updatedAt]).sort(),
    calendar: calendarYears.map((y) => [y.id, y.updatedAt, y.status]).sort(),
  });
}
