// 统计分析 read from the days' summaries gives exactly the figures counted from the records
// themselves: for a month and a year, with complaints on several days, categories, channels and
// places, grading, a level-1 response with its instructions signed, reported and overdue, a
// rejection and a closing with the complainant's satisfaction.
import { afterEach, describe, expect, it } from 'vitest';
import { presetPeriod, periodStatistics, type Period, type PeriodStatistics } from '@shared/statistics';
import { planDateOf, toIsoWithOffset, toPlanLocalInput } from '@shared/time';
import type { Actor } from '@shared/model';
import { addCommunication } from '../../../renderer/db/communications';
import { registerComplaint } from '../../../renderer/db/complaints';
import { applyCommand } from '../../../renderer/db/incidents';
import { applyInstructionCommand, issueStandardInstructions } from '../../../renderer/db/instructions';
import type { ConsoleDb } from '../../../renderer/db/schema';
import { statisticsFacts, statisticsFromFacts, statisticsRecords } from '../../../renderer/db/statistics';
import { contextFor, freshDb, LEADER, NOW, registration, STAFF } from '../../fixtures/database';

const INFO_LEAD: Actor = { id: 'a1000000-0000-4000-8000-000000000003', name: '张丽', role: 'member' };
const DAY = 86_400_000;
const HOUR = 3_600_000;

let db: ConsoleDb;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

const rounded = (stats: PeriodStatistics) => ({
  ...stats,
  workload: stats.workload.map((row) => ({
    ...row,
    avgSignHours: row.avgSignHours === null ? null : Number(row.avgSignHours.toFixed(9)),
    avgReportHours: row.avgReportHours === null ? null : Number(row.avgReportHours.toFixed(9)),
  })),
});

async function both(period: Period, now: number) {
  const ctx = await contextFor(db, STAFF, now);
  const records = await statisticsRecords(db, period, ctx.plan.utcOffsetMinutes);
  const counted = periodStatistics({ ...records, period, plan: ctx.plan, calendar: ctx.calendar, now });
  const facts = await statisticsFacts(db, period, toIsoWithOffset(now + 1, ctx.plan.utcOffsetMinutes));
  const read = statisticsFromFacts(facts, period, ctx.plan, now);
  return { counted: rounded(counted), read: rounded(read) };
}

describe('statistics from the daily summaries', () => {
  it('equal the figures counted from the records, for the month and the year', async () => {
    db = await freshDb();
    const registered = [];
    const places = ['城东加油站', '城东加油站', ' 南山景区 ', '城东加油站', '万达广场'];
    const categories = ['fuel-quantity-quality', 'fuel-quantity-quality', 'visitor-safety', 'fuel-quantity-quality', 'product-quality'];
    for (let i = 0; i < places.length; i += 1) {
      const at = NOW - (i * 2 + 1) * DAY + i * HOUR;
      const result = await registerComplaint(
        db,
        registration({
          receivedAt: toPlanLocalInput(at),
          place: places[i]!,
          categoryCode: categories[i]!,
          channelCode: i % 2 ? 'hotline' : 'visit',
        }),
        await contextFor(db, STAFF, at + 10 * 60_000),
      );
      if (!result.ok) throw new Error(`${result.error.code} ${JSON.stringify(result.error.params)}`);
      registered.push({ id: result.value.incident.id, at });
    }
    // A level-1 response with the standard instructions: one signed and reported, the rest left to fall overdue.
    const [first, second, third] = registered;
    let at = first!.at + HOUR;
    for (const command of [{ type: 'verify' }, { type: 'grade', level: 1, reason: '记者到场' }] as const) {
      expect((await applyCommand(db, first!.id, command, await contextFor(db, STAFF, (at += 10 * 60_000)))).ok).toBe(true);
    }
    expect((await applyCommand(db, first!.id, { type: 'activateResponse' }, await contextFor(db, LEADER, (at += 10 * 60_000)))).ok).toBe(
      true,
    );
    expect((await issueStandardInstructions(db, first!.id, await contextFor(db, LEADER, at))).ok).toBe(true);
    const info = (await db.instructions.where('incidentId').equals(first!.id).toArray()).find((i) => i.standardCode === 'collect-facts')!;
    expect((await applyInstructionCommand(db, info.id, { type: 'sign' }, await contextFor(db, INFO_LEAD, at + 5 * 60_000))).ok).toBe(true);
    expect(
      (await applyInstructionCommand(db, info.id, { type: 'report', text: '已核实' }, await contextFor(db, INFO_LEAD, at + 25 * 60_000)))
        .ok,
    ).toBe(true);
    // A rejection, and a level-3 incident taken to its close with the complainant satisfied.
    expect(
      (
        await applyCommand(
          db,
          second!.id,
          { type: 'reject', kind: 'invalid', reason: '不属本单位受理范围' },
          await contextFor(db, STAFF, second!.at + HOUR),
        )
      ).ok,
    ).toBe(true);
    let t = third!.at + HOUR;
    const step = async (command: Parameters<typeof applyCommand>[2], actor: Actor = STAFF) => {
      t += 30 * 60_000;
      const result = await applyCommand(db, third!.id, command, await contextFor(db, actor, t));
      expect(result.ok ? 'ok' : result.error.code, command.type).toBe('ok');
    };
    await step({ type: 'verify' });
    await step({ type: 'grade', level: 3 });
    await step({ type: 'activateResponse' });
    await step({ type: 'completeInvestigation', findings: '门票系统故障' });
    await step({ type: 'submitSolution', solution: '退还门票费用' });
    const talked = await addCommunication(
      db,
      third!.id,
      {
        at: toPlanLocalInput(t + 10 * 60_000),
        channel: 'phone',
        party: 'complainant',
        person: '周先生',
        summary: '告知方案',
        outcome: '同意',
      },
      await contextFor(db, STAFF, t + 10 * 60_000),
    );
    expect(talked.ok ? 'ok' : talked.error).toBe('ok');
    await step({ type: 'startImplementation' });
    await step({ type: 'completeImplementation' });
    await step({ type: 'recordFeedback', feedback: '已退款' });
    await step({ type: 'recordSatisfaction', satisfaction: 'satisfied' });
    await step({ type: 'close' });

    const today = planDateOf(NOW);
    for (const preset of ['this-month', 'this-year', 'last-month'] as const) {
      const { counted, read } = await both(presetPeriod(preset, today), NOW + DAY);
      expect(read, preset).toEqual(counted);
    }
    const { counted, read } = await both({ from: planDateOf(NOW - 6 * DAY), to: planDateOf(NOW - 2 * DAY) }, NOW + DAY);
    expect(read).toEqual(counted);
    // The check has something to check: figures of every kind are there.
    expect(counted.summary).toMatchObject({ rejected: 1, closed: 1, levelOne: 0 });
    const month = await both(presetPeriod('this-month', today), NOW + DAY);
    expect(month.counted.summary).toMatchObject({ complaints: 5, incidents: 4, levelOne: 1, rejected: 1, closed: 1 });
    expect(month.counted.recurring.length).toBe(1);
    expect(month.counted.workload.some((row) => row.overdue > 0 && row.issued > 0)).toBe(true);
    expect(month.counted.workload.some((row) => row.avgReportHours !== null)).toBe(true);
  });
});
