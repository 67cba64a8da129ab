// Injects delivered on the drill clock, as one decision: every inject due is registered as a drill
// complaint (composing the intake's own registration decision, so numbers, projections and
// timeline are the intake's) or written as a message on the run's incidents, and marked fired.
// The run is re-read inside the transaction, so two windows driving the same drill never deliver
// an inject twice.
import { z } from 'zod';
import { decided, refused, type Decision, type RowWrite, type Stamp, type TimelineAppend } from './commandKit';
import { logOf } from './drillCommands';
import { incidentsOfRun } from './drillRecord';
import type { DrillRunRecord } from './drillRecords';
import type { Person } from './model';
import type { RegistrationInput } from './registration';
import { decideRegistrations, seenAfterRegistrations, type RegistrationSeen } from './registrationCommands';
import type { Inject } from './scenario';
import { dueInjects, markFired } from './scenarioEngine';
import { toPlanLocalInput } from './time';
import { isOpen } from './workflow';

export const deliverArgs = z.object({ runId: z.string().min(1) });
export type DeliverArgs = z.output<typeof deliverArgs>;

export type DeliverySeen = {
  run: DrillRunRecord | undefined;
  people: readonly Person[];
  /** What a registration reads, with the run's incidents as those an inject may join; null when no complaint is due. */
  registration: RegistrationSeen | null;
};

export type Delivery = { seq: number; incidentId?: string; number?: string };

/** The person an inject's complaint is assigned to: a duty officer (值班员) if the roster has one. */
export const ownerForInjects = (people: readonly Person[]) =>
  (people.find((p) => p.role === 'staff') ?? people.find((p) => p.role === 'member') ?? people[0])?.id;

/** An inject's complaint as the intake form would register it, received at the stamp's instant. */
export function registrationOf(inject: Inject, ownerId: string, stamp: Stamp, incidentId: string | undefined): RegistrationInput {
  const complaint = inject.complaint!;
  return {
    receivedAt: toPlanLocalInput(stamp.nowMs, stamp.utcOffsetMinutes),
    channelCode: complaint.channelCode,
    categoryCode: complaint.categoryCode,
    urgency: complaint.urgency,
    complainant: { name: complaint.complainant.name, phone: complaint.complainant.phone, idNumber: '', address: '' },
    subject: complaint.subject,
    content: complaint.content,
    expectedResolution: complaint.expectedResolution,
    place: complaint.place,
    peopleInvolved: complaint.peopleInvolved,
    facts: { ...complaint.facts },
    ownerId,
    ...(incidentId ? { incidentId } : {}),
  };
}

/**
 * Delivers every inject due at the stamp's instant. Nothing is due unless the run is running.
 * The stamp's actor is the drill's direction (导调), never a participant.
 */
export function decideDeliverInjects(seen: DeliverySeen, _args: DeliverArgs, stamp: Stamp): Decision<Delivery[]> {
  if (stamp.mode !== 'drill') return refused('drill-database-required');
  const { run } = seen;
  if (!run) return refused('drill-run-not-found');
  const due = dueInjects(run.state, run.scenario, stamp.nowMs);
  if (due.length === 0) return decided([]);

  let state = run.state;
  let registration = seen.registration;
  const log = [...run.log];
  const injectIncidents = { ...run.injectIncidents };
  const incidentNumbers = { ...run.incidentNumbers };
  const writes: RowWrite[] = [];
  const timeline: TimelineAppend[] = [];
  const delivered: Delivery[] = [];
  for (const inject of due) {
    const delivery: Delivery = { seq: inject.seq };
    if (inject.complaint) {
      const ownerId = ownerForInjects(seen.people);
      if (!ownerId) return refused('drill-no-people');
      // The read loads what a registration needs whenever a complaint is due; without it nothing is delivered.
      if (!registration) return refused('drill-inject-invalid', { seq: inject.seq });
      const targetId = inject.complaint.attachToSeq !== undefined ? injectIncidents[String(inject.complaint.attachToSeq)] : undefined;
      const target = targetId ? registration.attached[targetId]?.incident : undefined;
      // The incident to join may have been closed or never opened (its inject skipped): a new one then.
      const input = registrationOf(inject, ownerId, stamp, target && isOpen(target.state) ? target.id : undefined);
      const registered = decideRegistrations(registration, { inputs: [input] }, stamp);
      if (!registered.ok || !registered.value.value.saved[0]) return refused('drill-inject-invalid', { seq: inject.seq });
      writes.push(...registered.value.writes);
      timeline.push(...registered.value.timeline);
      registration = seenAfterRegistrations(registration, registered.value.value);
      const { incident } = registered.value.value.saved[0];
      injectIncidents[String(inject.seq)] = incident.id;
      incidentNumbers[incident.id] = incident.number;
      delivery.incidentId = incident.id;
      delivery.number = incident.number;
    } else {
      for (const incidentId of incidentsOfRun({ injectIncidents }).keys()) {
        timeline.push({
          incidentId,
          kind: 'drill-inject',
          note: inject.content.zh,
          // Both languages, so each seat reads the timeline in its own.
          params: {
            seq: inject.seq,
            sender: inject.from.zh,
            senderEn: inject.from.en ?? inject.from.zh,
            addressee: inject.to.zh,
            addresseeEn: inject.to.en ?? inject.to.zh,
          },
        });
      }
    }
    const fired = markFired(state, inject.seq, stamp.nowMs);
    if (!fired.ok) return refused(`drill-${fired.refusal.code}`, fired.refusal.params);
    state = fired.value.state;
    log.push(...logOf(fired.value.events));
    delivered.push(delivery);
  }
  writes.push({ put: 'drillRuns', row: { ...run, state, log, injectIncidents, incidentNumbers, updatedAt: stamp.at } });
  return decided(delivered, writes, timeline);
}
