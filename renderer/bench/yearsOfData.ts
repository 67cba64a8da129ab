// Years of data for the benchmarks: `count` incidents received over about three years up to now,
// as an office that has kept its hotline's complaints that long would hold them. About one in ten
// incidents has a second complaint; each has its timeline (about fifteen entries), one or two
// communications and, once graded, two to four instructions to the seeded organisation's
// working teams, in states that agree with the incident's. About 6.5% stay open, most of them
// recent; the rest are closed with a satisfaction, or rejected. Milestones follow the stages
// each incident went through, so the clocks (stageClocks) read them as the console wrote them.
// Written through `maintain` in chunks of about 10,000 rows, so memory stays bounded.
import { officialCalendar } from '@shared/calendar';
import type { Instruction, InstructionState } from '@shared/command';
import { newId } from '@shared/ids';
import type { Communication, Complaint, Incident, Milestones, Person, Team, TimelineEntry } from '@shared/model';
import { counterKey, formatNumber } from '@shared/numbering';
import type { Level, Plan } from '@shared/plan';
import type { Petition } from '@shared/petitions';
import { placedOnBoard } from '@shared/boardRetention';
import { deadlineProjection } from '@shared/projection';
import { countSummariesOf } from '../db/summaryRebuild';
import { toIsoWithOffset } from '@shared/time';
import type { WorkflowState } from '@shared/workflowStates';
import { maintain } from '../db/executor';
import type { ConsoleDb } from '../db/schema';
import { planInForce } from '../db/seed';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SPAN_MS = 3 * 365 * DAY;
/** Incidents written per store change: with their complaints, timelines, instructions and contacts, about 10,000 rows. */
const INCIDENTS_PER_CHUNK = 500;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const OPEN_STATES: readonly WorkflowState[] = [
  'registered',
  'registered',
  'verified',
  'graded',
  'investigating',
  'investigating',
  'investigating',
  'solution',
  'solution',
  'approval',
  'communicating',
  'implementing',
  'implementing',
  'feedback',
  'evaluating',
  'escalated',
];
/** The stages in the order an incident goes through them, with the milestone each one's start stamps. */
const PATH: readonly { state: WorkflowState; stamp?: keyof Milestones; afterHours: number }[] = [
  { state: 'registered', afterHours: 0 },
  { state: 'verified', stamp: 'acceptedAt', afterHours: 2 },
  { state: 'graded', stamp: 'gradedAt', afterHours: 5 },
  { state: 'investigating', stamp: 'activatedAt', afterHours: 8 },
  { state: 'solution', stamp: 'investigationDoneAt', afterHours: 72 },
  { state: 'approval', afterHours: 110 },
  { state: 'communicating', stamp: 'solutionReadyAt', afterHours: 130 },
  { state: 'implementing', afterHours: 160 },
  { state: 'feedback', afterHours: 230 },
  { state: 'evaluating', stamp: 'feedbackAt', afterHours: 260 },
  { state: 'escalated', afterHours: 280 },
];
const TIMELINE_KIND: Partial<Record<WorkflowState, string>> = {
  verified: 'verify',
  graded: 'grade',
  investigating: 'activateResponse',
  solution: 'completeInvestigation',
  approval: 'submitSolution',
  communicating: 'approveSolution',
  implementing: 'startImplementation',
  feedback: 'completeImplementation',
  evaluating: 'recordFeedback',
  escalated: 'escalate',
};

/** Deterministic pseudo-random numbers, so two runs of the bench generate the same store. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}

export type YearsOfDataCounts = {
  incidents: number;
  complaints: number;
  timeline: number;
  instructions: number;
  communications: number;
  /** 信访事项 beside the complaints: one for every ten incidents. */
  petitions: number;
  open: number;
  ms: number;
};

type Org = { plan: Plan; teams: Team[]; people: Person[] };

type Batch = {
  incidents: Incident[];
  complaints: Complaint[];
  timeline: TimelineEntry[];
  instructions: Instruction[];
  communications: Communication[];
  petitions: Petition[];
};

const PETITION_STATE_MIX: readonly Petition['state'][] = ['answered', 'answered', 'answered', 'rejected', 'reviewed', 'accepted'];

/** A petition of years gone by (one for every ten incidents), answered or still in hand, with its number of the year. */
function makePetition(i: number, count: number, now: number, org: Org, numbers: Map<string, number>): Petition {
  const rnd = random(i * 40_503 + 11);
  const receivedMs = incidentAt(i, count, now, rnd);
  const iso = (ms: number) => toIsoWithOffset(ms, org.plan.utcOffsetMinutes);
  const year = iso(receivedMs).slice(0, 4);
  const key = `XF-${year}`;
  const sequence = (numbers.get(key) ?? 0) + 1;
  numbers.set(key, sequence);
  const recent = i >= count * 0.98;
  const state = recent ? 'accepted' : PETITION_STATE_MIX[Math.floor(rnd() * PETITION_STATE_MIX.length)]!;
  const by = org.people[i % org.people.length]!;
  const stamp = { by: by.id, byName: by.name };
  const decidedAt = iso(receivedMs + 2 * 86_400_000);
  const answeredAt = iso(receivedMs + 20 * 86_400_000);
  const surname = SURNAMES[i % SURNAMES.length]!;
  return {
    id: newId(),
    mode: 'live',
    number: `XF-${year}-${String(sequence).padStart(4, '0')}`,
    petitionerName: `${surname}${i % 2 ? '先生' : '女士'}`,
    petitionerPhone: `139${String(10_000_000 + (i % 89_999_999)).padStart(8, '0')}`,
    channel: (['visit', 'letter', 'phone', 'online'] as const)[i % 4]!,
    subject: '对投诉处理结果不满意，请求复核处理',
    content: '信访人认为此前投诉的处理结果未能弥补其损失。',
    request: '请求重新核查并给予合理补偿。',
    receivedAt: iso(receivedMs),
    state,
    decision: { accepted: state !== 'rejected', reason: state === 'rejected' ? '已通过诉讼途径解决' : '', at: decidedAt, ...stamp },
    transfers: [],
    ...(state === 'answered' || state === 'reviewed' ? { answer: { at: answeredAt, text: '经核查，维持原处理意见。', ...stamp } } : {}),
    ...(state === 'reviewed'
      ? {
          review: {
            requestedAt: iso(receivedMs + 30 * 86_400_000),
            reason: '不服答复',
            answer: { at: iso(receivedMs + 50 * 86_400_000), text: '维持原答复意见。', ...stamp },
          },
        }
      : {}),
    ...(state === 'accepted' ? { dueAt: iso(receivedMs + 62 * 86_400_000) } : {}),
    createdAt: iso(receivedMs),
    createdBy: by.id,
    updatedAt: iso(receivedMs),
    updatedBy: by.id,
  };
}

/** Which incidents stay open: the newest 5% and one in 67 of the older ones (about 6.5% in all). */
const isOpen = (i: number, count: number) => i >= count * 0.95 || i % 67 === 33;

function incidentAt(i: number, count: number, now: number, rnd: () => number) {
  // Oldest first, evenly over the span, with a little jitter; never in the future.
  const base = now - SPAN_MS + (i / count) * SPAN_MS;
  return Math.min(now - 10 * 60_000, Math.round(base + (rnd() - 0.5) * HOUR * 6));
}

function pickLevel(rnd: () => number): Level {
  const r = rnd();
  return r < 0.1 ? 1 : r < 0.4 ? 2 : 3;
}

function makeIncident(i: number, count: number, now: number, org: Org, numbers: Map<string, number>, out: Batch) {
  const rnd = random(i * 2_654_435_761 + 7);
  const { plan, teams, people } = org;
  const owner = people[i % people.length]!;
  const actor = (k: number) => people[(i + k) % people.length]!;
  const receivedMs = incidentAt(i, count, now, rnd);
  const open = isOpen(i, count);
  const rejected = !open && rnd() < 0.08;
  const target: WorkflowState = open ? OPEN_STATES[Math.floor(rnd() * OPEN_STATES.length)]! : rejected ? 'rejected' : 'closed';
  const level: Level | null = target === 'registered' || target === 'verified' || target === 'rejected' ? null : pickLevel(rnd);
  // How far along the path the incident went, and how long each stage took (squeezed into the time since receipt).
  const lastIndex = target === 'closed' ? PATH.length - 2 : target === 'rejected' ? 0 : PATH.findIndex((p) => p.state === target);
  const closingHours = target === 'closed' ? 300 + rnd() * 200 : target === 'rejected' ? 4 + rnd() * 20 : 0;
  const stretch = 0.6 + rnd() * 0.8;
  const lastHours = Math.max(closingHours, (PATH[lastIndex]?.afterHours ?? 0) * stretch);
  const squeeze = Math.min(1, (now - receivedMs - 60_000) / Math.max(1, lastHours * HOUR));
  const at = (hours: number) => receivedMs + Math.round(hours * stretch * squeeze * HOUR);
  const iso = (ms: number) => toIsoWithOffset(ms, plan.utcOffsetMinutes);

  const incidentId = newId();
  const category = plan.categories[Math.floor(rnd() * plan.categories.length)]!;
  const channel = plan.channels[Math.floor(rnd() * plan.channels.length)]!;
  const nextNumber = (kind: 'complaint' | 'incident', ms: number) => {
    const key = counterKey(kind, ms, plan.utcOffsetMinutes);
    const value = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, value);
    return formatNumber(key, value);
  };

  // Complaints: one, and a second one for about one incident in ten.
  const second = rnd() < 0.1;
  const complaints: Complaint[] = [];
  for (let c = 0; c < (second ? 2 : 1); c += 1) {
    const cMs = c === 0 ? receivedMs : receivedMs + Math.round(rnd() * Math.min(HOUR * 20, (now - receivedMs) / 2));
    const name = `${SURNAMES[(i + c * 7) % SURNAMES.length]}${c === 0 ? '先生' : '女士'}${i}`;
    complaints.push({
      id: newId(),
      mode: 'live',
      number: nextNumber('complaint', cMs),
      incidentId,
      receivedAt: iso(cMs),
      channelCode: channel.code,
      categoryCode: category.code,
      urgency: (['urgent', 'fairly-urgent', 'normal', 'normal'] as const)[i % 4]!,
      complainant: { name, phone: `139${String(10_000_000 + ((i * 13 + c) % 90_000_000)).slice(-8)}`, idNumber: '', address: '' },
      content: '顾客反映购买的产品存在质量问题，要求处理。',
      subject: `第${i}号投诉涉及的产品`,
      expectedResolution: '退换货',
      place: `门店${i % 40}`,
      peopleInvolved: 1 + (i % 3),
      facts: {
        mediaAttention: i % 97 === 0,
        injury: false,
        regulatorInvolved: i % 31 === 0,
        repeatComplaint: c > 0,
        amountAtStake: (i % 50) * 100,
      },
      ownerId: owner.id,
      createdAt: iso(cMs),
      createdBy: owner.id,
      updatedAt: iso(cMs),
      updatedBy: owner.id,
    });
  }

  const timeline: TimelineEntry[] = [];
  const entry = (ms: number, kind: string, k: number, params?: Record<string, string | number>, note?: string) =>
    timeline.push({
      id: newId(),
      mode: 'live',
      incidentId,
      at: iso(ms),
      actorId: actor(k).id,
      actorName: actor(k).name,
      kind: kind as TimelineEntry['kind'],
      ...(params ? { params } : {}),
      ...(note ? { note } : {}),
    });
  complaints.forEach((c, k) => entry(Date.parse(c.receivedAt), k === 0 ? 'registered' : 'attached', 0, { complaint: c.number }));

  const milestones: Milestones = { receivedAt: iso(receivedMs) };
  let updatedMs = receivedMs;
  for (let p = 1; p <= lastIndex; p += 1) {
    const step = PATH[p]!;
    // Approval only where the plan asks for it (level 1 here); the escalation only for the unsatisfied.
    if (step.state === 'approval' && level !== 1 && target !== 'approval') continue;
    if (step.state === 'escalated' && target !== 'escalated') continue;
    const ms = at(step.afterHours);
    if (step.stamp) milestones[step.stamp] = iso(ms);
    if (step.state === 'graded' && level === 1) milestones.levelOneAt = iso(ms);
    const kind = TIMELINE_KIND[step.state]!;
    const params: Record<string, string | number> | undefined =
      kind === 'grade'
        ? { level: level ?? 3, suggested: level ?? 3 }
        : kind === 'activateResponse'
          ? { level: level ?? 3 }
          : kind === 'escalate'
            ? { route: 'mediation' }
            : undefined;
    entry(ms, kind, p, params);
    updatedMs = ms;
  }
  const satisfaction = target === 'closed' ? (rnd() < 0.88 ? 'satisfied' : 'unsatisfied') : undefined;
  if (target === 'rejected') {
    const ms = at(closingHours);
    milestones.acceptedAt = iso(ms);
    entry(ms, 'reject', 1, { rejectionKind: 'invalid' }, '重复投诉，已合并处理');
    updatedMs = ms;
  }
  if (target === 'closed') {
    const sMs = at(closingHours - 20);
    entry(sMs, 'recordSatisfaction', 2, { satisfaction: satisfaction! });
    const cMs = at(closingHours);
    milestones.closedAt = iso(cMs);
    entry(cMs, 'close', 3);
    updatedMs = cMs;
  }

  // Instructions: two to four for an incident whose response was activated, to the working teams.
  const activated = milestones.activatedAt !== undefined;
  const instructions: Instruction[] = [];
  if (activated) {
    const n = 2 + Math.floor(rnd() * 3);
    const done = target === 'closed' || PATH.findIndex((p) => p.state === target) >= PATH.findIndex((p) => p.state === 'communicating');
    for (let k = 0; k < n; k += 1) {
      const team = teams[(i + k) % teams.length]!;
      const issuedMs = Date.parse(milestones.activatedAt!) + k * 600_000;
      const issuer = actor(k);
      const signer = people.find((p) => p.id === team.leadId) ?? actor(k + 1);
      const state: InstructionState = done
        ? 'accepted'
        : (['issued', 'signed', 'in-progress', 'reported'] as const)[Math.floor(rnd() * 4)]!;
      const signedMs = Math.min(now - 60_000, issuedMs + HOUR);
      const reportMs = Math.min(now - 30_000, issuedMs + 20 * HOUR);
      const decidedMs = Math.min(now - 10_000, issuedMs + 24 * HOUR);
      const receiver = team.name.zh;
      const instruction: Instruction = {
        id: newId(),
        mode: 'live',
        incidentId,
        teamId: team.id,
        assigneeId: null,
        content: `第${k + 1}项：核实情况并报告`,
        priority: (['urgent', 'high', 'normal'] as const)[k % 3]!,
        deadline: iso(issuedMs + 48 * HOUR),
        state,
        issuedAt: iso(issuedMs),
        issuedBy: issuer.id,
        issuedByName: issuer.name,
        progress: state === 'in-progress' ? [{ at: iso(signedMs), by: signer.id, byName: signer.name, text: '正在核实' }] : [],
        ...(state !== 'issued' ? { signedAt: iso(signedMs), signedBy: signer.id } : {}),
        ...(state === 'reported' || state === 'accepted'
          ? { report: { at: iso(reportMs), by: signer.id, byName: signer.name, text: '已核实完毕' } }
          : {}),
        ...(state === 'accepted' ? { decidedAt: iso(decidedMs) } : {}),
        // An open instruction past its deadline was raised to its issuer when it fell overdue, as
        // the console's escalation check does: years of data do not all fall due on the first open.
        ...(state !== 'accepted' && state !== 'reported' && issuedMs + 48 * HOUR < now
          ? { escalatedAt: iso(issuedMs + 48 * HOUR + 30_000) }
          : {}),
        updatedAt: iso(state === 'accepted' ? decidedMs : state === 'issued' ? issuedMs : signedMs),
        updatedBy: issuer.id,
      };
      instructions.push(instruction);
      entry(issuedMs, 'instruction-issued', k, { receiver, deadline: instruction.deadline });
      if (state === 'accepted') entry(decidedMs, 'instruction-accepted', k, { receiver });
      else if (state !== 'issued') entry(signedMs, 'instruction-signed', k + 1, { receiver });
    }
  }

  // Communications: one or two, with the complainant, after receipt.
  const communications: Communication[] = [];
  const contacts = 1 + (rnd() < 0.5 ? 1 : 0);
  for (let k = 0; k < contacts; k += 1) {
    const cMs = receivedMs + Math.round((k + 1) * Math.min(30 * HOUR, (now - receivedMs) / 3));
    communications.push({
      id: newId(),
      mode: 'live',
      incidentId,
      at: iso(cMs),
      channel: (['phone', 'visit', 'sms'] as const)[k % 3]!,
      party: 'complainant',
      person: complaints[0]!.complainant.name,
      summary: '电话回访，说明处理进展',
      outcome: '投诉人表示理解',
      createdBy: actor(k).id,
      updatedAt: iso(cMs),
    });
    entry(cMs, 'communication', k, { channel: 'phone', party: 'complainant' });
  }

  const closed = target === 'closed' || target === 'rejected';
  const incident: Incident = {
    id: incidentId,
    mode: 'live',
    number: nextNumber('incident', receivedMs),
    title: `第${i}号事件：${category.name.zh}投诉`,
    categoryCode: category.code,
    channelCode: channel.code,
    place: `门店${i % 40}`,
    urgency: complaints[0]!.urgency,
    level,
    state: target,
    ownerId: owner.id,
    planVersionId: plan.id,
    facts: complaints[0]!.facts,
    milestones,
    ...(target === 'closed' || target === 'evaluating' || target === 'escalated' ? { feedback: '已向投诉人反馈处理结果' } : {}),
    ...(satisfaction ? { satisfaction } : {}),
    ...(target === 'escalated' ? { escalation: { route: 'mediation' as const } } : {}),
    ...(target === 'rejected' ? { rejection: { kind: 'invalid' as const, reason: '重复投诉，已合并处理' } } : {}),
    complainantCount: complaints.length,
    peopleInvolved: complaints.reduce((sum, c) => sum + c.peopleInvolved, 0),
    complainantNames: [...new Set(complaints.map((c) => c.complainant.name))],
    nextDeadlineAt: null,
    nextDeadlineStage: null,
    createdAt: iso(receivedMs),
    createdBy: owner.id,
    updatedAt: iso(Math.max(updatedMs, ...timeline.map((e) => Date.parse(e.at)))),
    updatedBy: owner.id,
  };
  if (!closed) Object.assign(incident, deadlineProjection(incident, { plan }, officialCalendar));
  // As the executor stores it: on the live board while open or finished lately.
  out.incidents.push(placedOnBoard(incident, plan, now));
  out.complaints.push(...complaints);
  out.timeline.push(...timeline);
  out.instructions.push(...instructions);
  out.communications.push(...communications);
}

/**
 * Writes `count` incidents of years of data into `db` (already seeded with the plan and the
 * sample organisation), in chunks, then calls `afterBulkLoad`. Not timed by the bench.
 */
export async function loadYearsOfData(db: ConsoleDb, count: number, now = Date.now()): Promise<YearsOfDataCounts> {
  const t0 = performance.now();
  const plan = (await planInForce(db, now))!;
  const teams = (await db.teams.toArray()).filter((team) => team.kind === 'working-team');
  const people = await db.people.toArray();
  const org: Org = { plan, teams, people };
  const numbers = new Map<string, number>();
  const actor = { id: 'bench', name: 'bench' };
  const totals = { incidents: 0, complaints: 0, timeline: 0, instructions: 0, communications: 0, petitions: 0, open: 0 };
  for (let start = 0; start < count; start += INCIDENTS_PER_CHUNK) {
    const batch: Batch = { incidents: [], complaints: [], timeline: [], instructions: [], communications: [], petitions: [] };
    for (let i = start; i < Math.min(count, start + INCIDENTS_PER_CHUNK); i += 1) {
      makeIncident(i, count, now, org, numbers, batch);
      if (i % 10 === 5) batch.petitions.push(makePetition(i, count, now, org, numbers));
    }
    await maintain(
      db,
      { name: 'bench.yearsOfData', actor, tables: ['incidents', 'complaints', 'timeline', 'instructions', 'communications', 'petitions'] },
      async () => {
        await db.incidents.bulkAdd(batch.incidents);
        await db.complaints.bulkAdd(batch.complaints);
        await db.timeline.bulkAdd(batch.timeline);
        await db.instructions.bulkAdd(batch.instructions);
        await db.communications.bulkAdd(batch.communications);
        await db.petitions.bulkAdd(batch.petitions);
      },
    );
    totals.incidents += batch.incidents.length;
    totals.complaints += batch.complaints.length;
    totals.timeline += batch.timeline.length;
    totals.instructions += batch.instructions.length;
    totals.communications += batch.communications.length;
    totals.petitions += batch.petitions.length;
    totals.open += batch.incidents.filter((x) => x.state !== 'closed' && x.state !== 'rejected').length;
  }
  // The day counters, so the next registration of a day continues after the generated numbers.
  await maintain(db, { name: 'bench.yearsOfData.counters', actor, tables: ['counters'] }, async () => {
    await db.counters.bulkPut([...numbers].map(([key, value]) => ({ key, value })));
  });
  await afterBulkLoad(db, now);
  return { ...totals, ms: Math.round(performance.now() - t0) };
}

/**
 * Called once the generated records are in the store: the running totals the console keeps beside
 * the records are counted from them, as the console would on its first open.
 */
export async function afterBulkLoad(db: ConsoleDb, now = Date.now()): Promise<void> {
  await countSummariesOf(db, now);
}
