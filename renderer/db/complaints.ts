// 受理登记: registering complaints, each either as a new incident or attached to an existing one
// about the same matter (群体投诉). A batch is written in one transaction: numbers, complaints,
// incident projections and timeline entries commit together or not at all, so a failed save
// leaves nothing behind, not even a used number. One registration is a batch of one.
import { newId } from '@shared/ids';
import type { Complaint, Incident, TimelineEntry } from '@shared/model';
import { counterKey, formatNumber } from '@shared/numbering';
import { gradeSuggestion, needsRegrade } from '@shared/grading';
import { validateRegistrations, type Registration } from '@shared/registration';
import { fail, type Result } from '@shared/result';
import { parsePlanLocalDateTime, toIsoWithOffset } from '@shared/time';
import { isOpen } from '@shared/workflow';
import { isoAt, Refused, settle, type WriteContext } from './context';
import { planInForceAt, planOfIncident } from '@shared/planVersions';
import { complaintProjection, deadlineProjection, gradingInputOf } from '@shared/projection';
import type { ConsoleDb } from './schema';

export type Registered = { complaint: Complaint; incident: Incident };
export type BatchOutcome = { saved: Registered[]; invalid: { index: number; errors: Record<string, string> }[] };
/** What an import puts on the records it creates: its run, and each input's 工单号 (same order as the inputs). */
export type ImportStamp = { importId: string; externalRefs: readonly string[] };

export async function registerComplaint(db: ConsoleDb, input: unknown, ctx: WriteContext): Promise<Result<Registered>> {
  const result = await registerComplaints(db, [input], ctx);
  if (!result.ok) return result;
  const [rejected] = result.value.invalid;
  return rejected ? fail('validation', rejected.errors) : { ok: true, value: result.value.saved[0]! };
}

/** Validates every input; the valid ones are registered together in one transaction. */
export async function registerComplaints(
  db: ConsoleDb,
  inputs: unknown[],
  ctx: WriteContext,
  stamp?: ImportStamp,
): Promise<Result<BatchOutcome>> {
  return settle(() =>
    db.transaction('rw', [db.complaints, db.incidents, db.timeline, db.counters, db.plans], async () => {
      // The version in force at the registration instant, read from the stored versions: a screen
      // can still hold the one before a revision that took over a moment ago.
      const plans = await db.plans.toArray();
      const at: WriteContext = { ...ctx, plan: planInForceAt(plans, ctx.now) ?? ctx.plan, plans };
      const { valid, invalid } = validateRegistrations(at.plan, at.now, inputs);
      if (valid.length === 0) return { saved: [], invalid };
      return {
        saved: await writeRegistrations(
          db,
          valid.map((v) => v.registration),
          at,
          stamp && valid.map((v) => ({ importId: stamp.importId, externalRef: stamp.externalRefs[v.index] || undefined })),
        ),
        invalid,
      };
    }),
  );
}

type RecordStamp = { importId: string; externalRef: string | undefined };

async function writeRegistrations(
  db: ConsoleDb,
  registrations: Registration[],
  ctx: WriteContext,
  stamps?: RecordStamp[],
): Promise<Registered[]> {
  const offset = ctx.plan.utcOffsetMinutes;
  const nowIso = isoAt(ctx);
  const complaintKey = counterKey('complaint', ctx.now, offset, db.mode);
  const incidentKey = counterKey('incident', ctx.now, offset, db.mode);
  const numbers = await sequenceAllocator(db, [complaintKey, incidentKey]);

  // Existing incidents named by the batch, with the complaints they already have.
  const attachIds = [...new Set(registrations.flatMap((r) => (r.incidentId ? [r.incidentId] : [])))];
  const incidents = new Map<string, Incident>();
  const before = new Map<string, Incident>();
  const complaintsOf = new Map<string, Complaint[]>();
  for (const [i, found] of (await db.incidents.bulkGet(attachIds)).entries()) {
    if (!found) throw new Refused('incident-not-found');
    if (!isOpen(found.state)) throw new Refused('incident-not-open', { number: found.number });
    incidents.set(found.id, found);
    before.set(found.id, found);
    complaintsOf.set(found.id, await db.complaints.where('incidentId').equals(attachIds[i]!).toArray());
  }

  // The version in force at this moment (chosen by the caller); the incident keeps it for good.
  const openingPlanId = ctx.plan.id;
  const timeline: TimelineEntry[] = [];
  const entry = (incidentId: string, kind: TimelineEntry['kind'], params: TimelineEntry['params']): TimelineEntry => ({
    id: newId(),
    mode: db.mode,
    incidentId,
    at: nowIso,
    actorId: ctx.actor.id,
    actorName: ctx.actor.name,
    kind,
    params,
  });
  const created: Complaint[] = [];
  for (const [i, registration] of registrations.entries()) {
    const existing = registration.incidentId ? incidents.get(registration.incidentId) : undefined;
    const number = numbers.next(complaintKey);
    const stamp = stamps?.[i];
    const complaint = complaintFrom(registration, {
      ...(stamp ? { importId: stamp.importId, ...(stamp.externalRef ? { externalRef: stamp.externalRef } : {}) } : {}),
      number,
      incidentId: existing?.id ?? newId(),
      mode: db.mode,
      nowIso,
      actorId: ctx.actor.id,
      offset,
    });
    if (!existing) {
      const incidentNumber = numbers.next(incidentKey);
      const incident = newIncident(complaint, incidentNumber, nowIso, ctx.actor.id, openingPlanId);
      incidents.set(complaint.incidentId, stamp ? { ...incident, importId: stamp.importId } : incident);
      complaintsOf.set(complaint.incidentId, []);
    }
    complaintsOf.get(complaint.incidentId)!.push(complaint);
    created.push(complaint);
    timeline.push(
      entry(complaint.incidentId, existing ? 'attached' : 'registered', { complaint: complaint.number, people: complaint.peopleInvolved }),
    );
  }

  // Projections are recomputed from the complaints, never incremented.
  const touched = new Set(created.map((c) => c.incidentId));
  for (const id of touched) {
    const siblings = complaintsOf.get(id)!.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.number.localeCompare(b.number));
    const incident = { ...incidents.get(id)!, ...complaintProjection(siblings), updatedAt: nowIso, updatedBy: ctx.actor.id };
    incidents.set(id, { ...incident, ...deadlineProjection(incident, ctx, ctx.calendar) });
    const previous = before.get(id);
    // An attached complaint is weighed by the thresholds of the version the incident was opened under.
    const { grading } = planOfIncident(ctx, incident);
    const suggestion = gradeSuggestion(gradingInputOf(incident), grading);
    if (
      previous &&
      needsRegrade(incident.level, suggestion) &&
      suggestion.level < gradeSuggestion(gradingInputOf(previous), grading).level
    ) {
      timeline.push(
        entry(id, 'regrade-suggested', { from: incident.level ?? 0, level: suggestion.level, people: incident.peopleInvolved }),
      );
    }
  }

  await db.complaints.bulkAdd(created);
  await db.incidents.bulkPut([...touched].map((id) => incidents.get(id)!));
  await db.timeline.bulkAdd(timeline);
  await numbers.save();
  return created.map((complaint) => ({ complaint, incident: incidents.get(complaint.incidentId)! }));
}

type Stamp = {
  number: string;
  incidentId: string;
  mode: Complaint['mode'];
  nowIso: string;
  actorId: string;
  offset: number;
  importId?: string;
  externalRef?: string;
};

function complaintFrom(r: Registration, s: Stamp): Complaint {
  return {
    id: newId(),
    mode: s.mode,
    number: s.number,
    incidentId: s.incidentId,
    receivedAt: toIsoWithOffset(parsePlanLocalDateTime(r.receivedAt, s.offset)!, s.offset),
    channelCode: r.channelCode,
    categoryCode: r.categoryCode,
    urgency: r.urgency,
    complainant: r.complainant,
    content: r.content,
    subject: r.subject,
    expectedResolution: r.expectedResolution,
    place: r.place,
    peopleInvolved: r.peopleInvolved,
    facts: r.facts,
    ownerId: r.ownerId,
    ...(s.importId ? { importId: s.importId } : {}),
    ...(s.externalRef ? { externalRef: s.externalRef } : {}),
    createdAt: s.nowIso,
    createdBy: s.actorId,
    updatedAt: s.nowIso,
    updatedBy: s.actorId,
  };
}

function newIncident(first: Complaint, number: string, nowIso: string, actorId: string, planVersionId: string): Incident {
  return {
    id: first.incidentId,
    mode: first.mode,
    number,
    title: first.subject,
    categoryCode: first.categoryCode,
    channelCode: first.channelCode,
    place: first.place,
    urgency: first.urgency,
    level: null,
    state: 'registered',
    ownerId: first.ownerId,
    planVersionId,
    facts: first.facts,
    milestones: { receivedAt: first.receivedAt },
    complainantCount: 0,
    peopleInvolved: 0,
    complainantNames: [],
    nextDeadlineAt: null,
    nextDeadlineStage: null,
    createdAt: nowIso,
    createdBy: actorId,
    updatedAt: nowIso,
    updatedBy: actorId,
  };
}

/**
 * Hands out sequence numbers for the given counter keys within the transaction; saved at its
 * end. Counters are read once up front: real IndexedDB commits a transaction that has nothing
 * pending while a long loop awaits, so the loop itself must not await.
 */
async function sequenceAllocator(db: ConsoleDb, keys: string[]) {
  const stored = await db.counters.bulkGet(keys);
  const values = new Map(keys.map((key, i) => [key, stored[i]?.value ?? 0]));
  return {
    next: (key: string) => {
      const value = values.get(key)! + 1;
      values.set(key, value);
      return formatNumber(key, value);
    },
    save: () => db.counters.bulkPut([...values].map(([key, value]) => ({ key, value }))),
  };
}
