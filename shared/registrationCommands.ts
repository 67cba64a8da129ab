// 受理登记 as a command: a batch of complaints, each opening a new incident or attached to an
// open one about the same matter (群体投诉). The decision hands out the numbers from the counters
// it was shown, builds the complaints, recomputes each incident's projection from its complaints
// and says what goes on the timeline; written in one transaction, a refused batch leaves nothing
// behind, not even a used number. Other commands (an import of a file, a drill's inject, settling
// on the spot) compose `decideRegistrations` and carry on from the rows it produced.
import { z } from 'zod';
import type { WorkingCalendar } from './calendar';
import { decided, refused, type Decision, type RowWrite, type Stamp, type TimelineAppend } from './commandKit';
import { gradeSuggestion, needsRegrade } from './grading';
import type { Complaint, Incident } from './model';
import { counterKey, formatNumber } from './numbering';
import type { Plan } from './plan';
import { planInForceAt, planOfIncident, type PlanBook } from './planVersions';
import { complaintProjection, deadlineProjection, gradingInputOf } from './projection';
import { validateRegistrations, type Registration } from './registration';
import { parsePlanLocalDateTime, toIsoWithOffset } from './time';
import { isOpen } from './workflow';

export type Registered = { complaint: Complaint; incident: Incident };
export type BatchOutcome = { saved: Registered[]; invalid: { index: number; errors: Record<string, string> }[] };

/** The forms as typed (checked by the decision against the plan in force), and an import's marks. */
export const registerArgs = z.object({
  inputs: z.array(z.unknown()),
  /** What an import puts on the records it creates: its run, and each input's 工单号 (same order as the inputs). */
  importStamp: z.object({ importId: z.string().min(1), externalRefs: z.array(z.string()) }).optional(),
});
export type RegisterArgs = z.output<typeof registerArgs>;
export type ImportStamp = NonNullable<RegisterArgs['importStamp']>;

/** What a registration reads. */
export type RegistrationSeen = {
  /** Every stored plan version: the one in force at the stamp's instant is the registration's. */
  plans: readonly Plan[];
  /** The seat's plan, for a store that holds no version yet. */
  seatPlan: Plan;
  calendar: WorkingCalendar;
  /** The stored value of each counter the batch may advance (see `registrationCounterKeys`); absent: none issued yet. */
  counters: Readonly<Record<string, number>>;
  /** Each incident a form names (see `attachIdsOf`), with the complaints it already has; absent when not found. */
  attached: Readonly<Record<string, { incident: Incident; complaints: readonly Complaint[] }>>;
};

/** The batch's result, and the counters as it leaves them (for a command that registers again after it). */
export type Registrations = BatchOutcome & { counters: Record<string, number> };

/** The version a registration at the stamp's instant is made under (a screen may still hold the one before). */
export const registrationPlan = (seen: Pick<RegistrationSeen, 'plans' | 'seatPlan'>, nowMs: number): Plan =>
  planInForceAt(seen.plans, nowMs) ?? seen.seatPlan;

/** The counters a registration at the stamp's instant advances: the complaint's, then the incident's. */
export function registrationCounterKeys(seen: Pick<RegistrationSeen, 'plans' | 'seatPlan'>, stamp: Stamp): [string, string] {
  const offset = registrationPlan(seen, stamp.nowMs).utcOffsetMinutes;
  return [counterKey('complaint', stamp.nowMs, offset, stamp.mode), counterKey('incident', stamp.nowMs, offset, stamp.mode)];
}

/** The incidents the forms name, as typed (whether the forms are valid is decided later). */
export function attachIdsOf(inputs: readonly unknown[]): string[] {
  const ids = inputs.flatMap((input) => {
    const id = typeof input === 'object' && input !== null ? (input as { incidentId?: unknown }).incidentId : undefined;
    return typeof id === 'string' && id !== '' ? [id] : [];
  });
  return [...new Set(ids)];
}

/**
 * The seen rows after a registration: counters advanced, and every incident it wrote with all its
 * complaints, so a second registration in the same command can attach to them and number on.
 */
export function seenAfterRegistrations(seen: RegistrationSeen, done: Registrations): RegistrationSeen {
  const attached = { ...seen.attached };
  // Every saved entry of an incident carries the incident as it stands after the batch.
  for (const { complaint, incident } of done.saved) {
    const before = attached[incident.id]?.complaints ?? [];
    attached[incident.id] = {
      incident,
      complaints: before.some((c) => c.id === complaint.id) ? before : [...before, complaint],
    };
  }
  return { ...seen, counters: { ...seen.counters, ...done.counters }, attached };
}

/** Validates every form; the valid ones are registered together, or the batch is refused as a whole. */
export function decideRegistrations(seen: RegistrationSeen, args: RegisterArgs, stamp: Stamp): Decision<Registrations> {
  const plan = registrationPlan(seen, stamp.nowMs);
  const book: PlanBook = { plan, plans: seen.plans };
  const { valid, invalid } = validateRegistrations(plan, stamp.nowMs, args.inputs);
  if (valid.length === 0) return decided({ saved: [], invalid, counters: { ...seen.counters } });

  const [complaintKey, incidentKey] = registrationCounterKeys(seen, stamp);
  const counters = new Map([complaintKey, incidentKey].map((key) => [key, seen.counters[key] ?? 0]));
  const next = (key: string) => {
    const value = counters.get(key)! + 1;
    counters.set(key, value);
    return formatNumber(key, value);
  };

  // Existing incidents named by the batch, with the complaints they already have.
  const incidents = new Map<string, Incident>();
  const before = new Map<string, Incident>();
  const complaintsOf = new Map<string, Complaint[]>();
  for (const id of new Set(valid.flatMap((v) => (v.registration.incidentId ? [v.registration.incidentId] : [])))) {
    const found = seen.attached[id];
    if (!found) return refused('incident-not-found');
    if (!isOpen(found.incident.state)) return refused('incident-not-open', { number: found.incident.number });
    incidents.set(id, found.incident);
    before.set(id, found.incident);
    complaintsOf.set(id, [...found.complaints]);
  }

  const offset = plan.utcOffsetMinutes;
  const timeline: TimelineAppend[] = [];
  const created: Complaint[] = [];
  for (const { index, registration } of valid) {
    const existing = registration.incidentId ? incidents.get(registration.incidentId) : undefined;
    const externalRef = args.importStamp?.externalRefs[index] || undefined;
    const complaint = complaintFrom(registration, {
      id: stamp.newId(),
      number: next(complaintKey),
      incidentId: existing?.id ?? stamp.newId(),
      offset,
      stamp,
      ...(args.importStamp ? { importId: args.importStamp.importId, ...(externalRef ? { externalRef } : {}) } : {}),
    });
    if (!existing) {
      // The version in force at this moment; the incident keeps it for good.
      const incident = newIncident(complaint, next(incidentKey), stamp, plan.id);
      incidents.set(complaint.incidentId, args.importStamp ? { ...incident, importId: args.importStamp.importId } : incident);
      complaintsOf.set(complaint.incidentId, []);
    }
    complaintsOf.get(complaint.incidentId)!.push(complaint);
    created.push(complaint);
    const params = { complaint: complaint.number, people: complaint.peopleInvolved };
    timeline.push(
      existing
        ? { incidentId: complaint.incidentId, kind: 'attached', params }
        : { incidentId: complaint.incidentId, kind: 'registered', params },
    );
  }

  // Projections are recomputed from the complaints, never incremented.
  const touched = [...new Set(created.map((c) => c.incidentId))];
  for (const id of touched) {
    const siblings = complaintsOf.get(id)!.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.number.localeCompare(b.number));
    const incident: Incident = { ...incidents.get(id)!, ...complaintProjection(siblings), updatedAt: stamp.at, updatedBy: stamp.actor.id };
    incidents.set(id, { ...incident, ...deadlineProjection(incident, book, seen.calendar) });
    const previous = before.get(id);
    // An attached complaint is weighed by the thresholds of the version the incident was opened under.
    const { grading } = planOfIncident(book, incident);
    const suggestion = gradeSuggestion(gradingInputOf(incident), grading);
    if (
      previous &&
      needsRegrade(incident.level, suggestion) &&
      suggestion.level < gradeSuggestion(gradingInputOf(previous), grading).level
    ) {
      timeline.push({
        incidentId: id,
        kind: 'regrade-suggested',
        params: { from: incident.level ?? 0, level: suggestion.level, people: incident.peopleInvolved },
      });
    }
  }

  const writes: RowWrite[] = [
    ...created.map((row): RowWrite => ({ put: 'complaints', row })),
    ...touched.map((id): RowWrite => ({ put: 'incidents', row: incidents.get(id)! })),
    ...[...counters].map(([key, value]): RowWrite => ({ put: 'counters', row: { key, value } })),
  ];
  return decided(
    {
      saved: created.map((complaint) => ({ complaint, incident: incidents.get(complaint.incidentId)! })),
      invalid,
      counters: { ...seen.counters, ...Object.fromEntries(counters) },
    },
    writes,
    timeline,
  );
}

type ComplaintStamp = {
  id: string;
  number: string;
  incidentId: string;
  offset: number;
  stamp: Stamp;
  importId?: string;
  externalRef?: string;
};

function complaintFrom(r: Registration, s: ComplaintStamp): Complaint {
  return {
    id: s.id,
    mode: s.stamp.mode,
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
    createdAt: s.stamp.at,
    createdBy: s.stamp.actor.id,
    updatedAt: s.stamp.at,
    updatedBy: s.stamp.actor.id,
  };
}

function newIncident(first: Complaint, number: string, stamp: Stamp, planVersionId: string): Incident {
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
    createdAt: stamp.at,
    createdBy: stamp.actor.id,
    updatedAt: stamp.at,
    updatedBy: stamp.actor.id,
  };
}
