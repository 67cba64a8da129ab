// Reading the running totals (shared/summaries.ts) and what is due soon, by key and by index: the
// dashboard and the statistics never read whole tables, so they cost the same with a thousand
// incidents or a hundred thousand, and a save wakes only the reads of what it changed.
import Dexie from 'dexie';
import type { Instruction } from '@shared/command';
import { OPEN_INSTRUCTION_STATES } from '@shared/instructions';
import type { Incident } from '@shared/model';
import { dayKey, OPEN_KEY, type SummaryRow } from '@shared/summaries';
import type { ConsoleDb } from '../schema';
import type { Period } from '@shared/statistics';
import { statisticsFacts, type StatisticsFacts } from '../statistics';
import { openIncidentIds, openIncidentsDueBefore } from './incidents';
import { useRead } from './live';

const EMPTY = (key: string): SummaryRow => ({ key, counts: {}, members: {} });

/** The summaries of these keys, an empty one where none is stored yet. */
export async function summariesOf(db: ConsoleDb, keys: readonly string[]): Promise<SummaryRow[]> {
  const rows = await db.summaries.bulkGet([...keys]);
  return keys.map((key, i) => rows[i] ?? EMPTY(key));
}

/** The days from `from` up to (not including) `to`, plan-local YYYY-MM-DD, that have a summary. */
export const daySummaries = (db: ConsoleDb, from: string, to: string): Promise<SummaryRow[]> =>
  db.summaries.where('key').between(dayKey(from), dayKey(to), true, false).toArray();

export type DueSoon = { incidents: Incident[]; instructions: Instruction[] };

/**
 * What can be overdue or fall due by `until` (ISO with the plan's offset): open incidents whose next
 * deadline is by then or cannot be counted, open instructions whose deadline is by then, and the
 * incidents those instructions belong to (whether they are open decides if their clock runs).
 */
export async function dueBy(db: ConsoleDb, until: string): Promise<DueSoon> {
  const stillOpen = new Set(await openIncidentIds(db));
  const [due, uncounted, ...byState] = await Promise.all([
    openIncidentsDueBefore(db, until, true, stillOpen),
    db.incidents.where('deadlineUnknown').equals(1).primaryKeys(),
    ...OPEN_INSTRUCTION_STATES.map((state) =>
      db.instructions.where('[state+deadline]').between([state, Dexie.minKey], [state, until], true, true).toArray(),
    ),
  ]);
  const instructions = byState.flat();
  // Open ones only, told from index keys, so a finished incident's row is not read; and the
  // incidents of the instructions (whether they are open decides if an instruction's clock runs).
  const read = new Set(due.map((incident) => incident.id));
  const wanted = new Set(uncounted.filter((id) => stillOpen.has(id) && !read.has(id)));
  for (const instruction of instructions) if (!read.has(instruction.incidentId)) wanted.add(instruction.incidentId);
  const others = (await db.incidents.bulkGet([...wanted])).filter((i): i is Incident => i !== undefined);
  return { incidents: [...due, ...others], instructions };
}

export function useSummaries(keys: readonly string[]): SummaryRow[] | undefined {
  return useRead((db) => summariesOf(db, keys), [keys.join('|')]);
}

export function useOpenSummary(): SummaryRow | undefined {
  return useSummaries([OPEN_KEY])?.[0];
}

export function useDaySummaries(from: string, to: string): SummaryRow[] | undefined {
  return useRead((db) => daySummaries(db, from, to), [from, to]);
}

export function useDueBy(until: string): DueSoon | undefined {
  return useRead((db) => dueBy(db, until), [until]);
}

export function useStatisticsFacts(period: Period, until: string): StatisticsFacts | undefined {
  return useRead((db) => statisticsFacts(db, period, until), [period.from, period.to, until]);
}
