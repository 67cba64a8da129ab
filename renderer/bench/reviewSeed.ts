// The after-action report benchmark's data: the live database replaced by one closed incident
// taken through the real workflow, its timeline filled up to `entries` entries, a written
// review and a few measures. Not timed; the report is timed in the app by scripts/bench.mjs.
import { officialCalendar } from '@shared/calendar';
import { newId } from '@shared/ids';
import type { Actor, TimelineEntry } from '@shared/model';
import { toIsoWithOffset, toPlanLocalInput } from '@shared/time';
import type { Command } from '@shared/workflow';
import { addCommunication } from '../db/communications';
import { registerComplaint } from '../db/complaints';
import type { WriteContext } from '../db/context';
import { applyCommand } from '../db/incidents';
import { addMeasure, saveReview } from '../db/reviews';
import { ConsoleDb, DATABASE_NAMES } from '../db/schema';
import { ensureSeeded, planInForce } from '../db/seed';
import { registrationInput } from './generate';

const LEADER: Actor = { id: 'a1000000-0000-4000-8000-000000000001', name: '王建国', role: 'leader' };
const MINUTE = 60_000;

function must<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }, step: string): T {
  if (!result.ok) throw new Error(`${step}: ${result.error.code}`);
  return result.value;
}

/** Returns the incident's id and how many timeline entries it has. */
export async function seedReviewedIncident(entries = 500) {
  const db = new ConsoleDb(DATABASE_NAMES.live, 'live');
  await db.delete();
  await db.open();
  const start = Date.now() - 10 * 24 * 60 * MINUTE;
  await ensureSeeded(db, start);
  const plan = (await planInForce(db))!;
  let clock = start;
  const ctx = (): WriteContext => ({ actor: LEADER, plan, now: (clock += 10 * MINUTE), calendar: officialCalendar });

  const input = { ...registrationInput(1, start, LEADER.id), receivedAt: toPlanLocalInput(start, plan.utcOffsetMinutes) };
  const { incident } = must(await registerComplaint(db, input, ctx()), 'register');
  const run = async (command: Command) => must(await applyCommand(db, incident.id, command, ctx()), command.type);
  await run({ type: 'verify' });
  const graded = await run({ type: 'grade', level: 2, reason: '基准测试' });
  if (graded.state !== 'graded') throw new Error(`grade: ${graded.state}`);
  await run({ type: 'activateResponse' });
  await run({ type: 'completeInvestigation', findings: '调查核实：产品批次存在质量缺陷。' });
  const submitted = await run({ type: 'submitSolution', solution: '退换货并赔礼道歉，整改同批次产品。' });
  if (submitted.state === 'approval') await run({ type: 'approveSolution' });
  const talk = ctx();
  must(
    await addCommunication(
      db,
      incident.id,
      {
        at: toPlanLocalInput(talk.now, plan.utcOffsetMinutes),
        channel: 'phone',
        person: '投诉人',
        summary: '告知处理方案',
        outcome: '同意',
      },
      talk,
    ),
    'communication',
  );
  await run({ type: 'startImplementation' });
  await run({ type: 'completeImplementation' });
  await run({ type: 'recordFeedback', feedback: '已退换货并致歉。' });
  await run({ type: 'recordSatisfaction', satisfaction: 'satisfied' });
  await run({ type: 'close' });

  // A long incident: progress notes and contacts until the timeline holds `entries` entries.
  const existing = await db.timeline.where('incidentId').equals(incident.id).count();
  const filler: TimelineEntry[] = Array.from({ length: Math.max(0, entries - existing - 6) }, (_, i) => ({
    id: newId(),
    mode: 'live',
    incidentId: incident.id,
    at: toIsoWithOffset(start + (i + 1) * MINUTE, plan.utcOffsetMinutes),
    actorId: LEADER.id,
    actorName: LEADER.name,
    kind: 'communication',
    note: `第${i + 1}次跟进：电话联系投诉人，通报处理进展并记录其意见和诉求，投诉人表示理解。`,
  }));
  await db.timeline.bulkAdd(filler);

  must(
    await saveReview(
      db,
      incident.id,
      {
        causeAnalysis: '同批次产品出厂检验漏检，质量缺陷流入市场。',
        wentWell: '响应及时，当天联系全部投诉人。',
        toImprove: '出厂检验抽样比例不足。',
        accountability: { decided: true, persons: '质检部', measuresTaken: '通报批评', note: '' },
        followUp: { at: toPlanLocalInput(clock, plan.utcOffsetMinutes), by: '陈晓', result: 'satisfied', note: '' },
      },
      ctx(),
    ),
    'review',
  );
  const today = new Date(Date.now() + 8 * 60 * MINUTE).toISOString().slice(0, 10);
  for (let i = 0; i < 5; i += 1) {
    const due = new Date(Date.parse(`${today}T00:00:00Z`) + (i + 5) * 24 * 60 * MINUTE).toISOString().slice(0, 10);
    const measureCtx = { ...ctx(), now: Date.now() };
    must(
      await addMeasure(db, incident.id, { text: `整改措施${i + 1}：提高出厂检验抽样比例`, owner: '质检部', dueDate: due }, measureCtx),
      'measure',
    );
  }
  const count = await db.timeline.where('incidentId').equals(incident.id).count();
  db.close();
  return { incidentId: incident.id, entries: count };
}
