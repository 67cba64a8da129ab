// Reads for 统计分析: the summaries a period's figures are read from (statisticsFacts), and the
// records they can be counted from (statisticsRecords, the check the summaries are held to). For
// the records the indexes narrow the reads (a day's margin each side, since stored times are
// compared as text); shared/statistics.ts then applies the period to the minute.
import Dexie from 'dexie';
import type { Incident } from '@shared/model';
import type { Period } from '@shared/statistics';
import { addDays, startOfPlanDate, toIsoWithOffset } from '@shared/time';
import { OPEN_INSTRUCTION_STATES } from '@shared/instructions';
import type { Plan } from '@shared/plan';
import { periodStatisticsOf } from '@shared/summaryViews';
import { isOpen } from '@shared/workflow';
import { readTogether } from './executor';
import { incidentsById } from './reads/incidents';
import { dayKey } from '@shared/summaries';
import type { ConsoleDb } from './schema';

export async function statisticsRecords(db: ConsoleDb, period: Period, offsetMinutes: number) {
  const iso = (date: string) => toIsoWithOffset(startOfPlanDate(date, offsetMinutes), offsetMinutes);
  const from = iso(addDays(period.from, -1));
  const to = iso(addDays(period.to, 1));
  return readTogether(db, ['complaints', 'incidents', 'instructions', 'teams', 'measures'], async () => {
    const complaints = await db.complaints.where('receivedAt').between(from, to, true, false).toArray();
    // An incident is received with its first complaint, so the period's incidents are among those
    // of the period's complaints; a closing in the period is among the closed updated since it began.
    const closed = await db.incidents.where('[state+updatedAt]').between(['closed', from], ['closed', Dexie.maxKey]).toArray();
    // Instructions issued in the period fall due after it began.
    const instructions = await db.instructions.where('deadline').aboveOrEqual(from).toArray();
    const measures = await db.measures.where('status').equals('open').toArray();
    const teams = await db.teams.toArray();
    const known = new Set(closed.map((i) => i.id));
    // The instructions' incidents too: a closed incident's instructions count neither open nor overdue.
    const wanted = [
      ...new Set([...complaints.map((c) => c.incidentId), ...measures.map((m) => m.incidentId), ...instructions.map((i) => i.incidentId)]),
    ].filter((id) => !known.has(id));
    const others = (await db.incidents.bulkGet(wanted)).filter((i): i is Incident => i !== undefined);
    return { complaints, incidents: [...closed, ...others], instructions, measures, teams };
  });
}
export type StatisticsRecords = Awaited<ReturnType<typeof statisticsRecords>>;

/**
 * What 统计分析 reads now: the period's daily summaries, the open instructions already past their
 * deadline at `until` (by index; whether their incidents are open), the open measures and their
 * incidents' numbers, and the teams. Nothing that grows with the years but the days of the period.
 */
export async function statisticsFacts(db: ConsoleDb, period: Period, until: string) {
  return readTogether(db, ['summaries', 'incidents', 'instructions', 'teams', 'measures'], async () => {
    const days = await db.summaries.where('key').between(dayKey(period.from), dayKey(period.to), true, false).toArray();
    const overdue = (
      await Promise.all(
        OPEN_INSTRUCTION_STATES.map((state) =>
          db.instructions.where('[state+deadline]').between([state, Dexie.minKey], [state, until], true, false).toArray(),
        ),
      )
    ).flat();
    const measures = await db.measures.where('status').equals('open').toArray();
    const teams = await db.teams.toArray();
    const incidents = await incidentsById(db, [...overdue.map((i) => i.incidentId), ...measures.map((m) => m.incidentId)]);
    return {
      days,
      teams,
      measures,
      overdue: overdue.map((instruction) => {
        const incident = incidents.get(instruction.incidentId);
        return { instruction, incidentOpen: incident !== undefined && isOpen(incident.state) };
      }),
      numbers: new Map([...incidents].map(([id, incident]) => [id, incident.number])),
    };
  });
}
export type StatisticsFacts = Awaited<ReturnType<typeof statisticsFacts>>;

/** The period's figures from what statisticsFacts read. */
export const statisticsFromFacts = (facts: StatisticsFacts, period: Period, plan: Plan, now: number) =>
  periodStatisticsOf({
    period,
    plan,
    now,
    days: facts.days,
    teams: facts.teams,
    overdue: facts.overdue,
    measures: facts.measures,
    numberOf: (id) => facts.numbers.get(id) ?? '',
  });
