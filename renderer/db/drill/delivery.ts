// Injects delivered on the drill clock: every inject due is registered as a drill complaint or
// written as a message on the run's incidents, and marked fired, in one transaction that re-reads
// the run, so two windows driving the same drill never deliver an inject twice.
import type { Actor } from '@shared/model';
import { logOf } from '@shared/drillCommands';
import { incidentsOfRun } from '@shared/drillRecord';
import type { DrillRunRecord } from '@shared/drillRecords';
import { validateRegistrations, type RegistrationInput } from '@shared/registration';
import type { Inject } from '@shared/scenario';
import { dueInjects, markFired } from '@shared/scenarioEngine';
import type { Result } from '@shared/result';
import { toPlanLocalInput } from '@shared/time';
import { isOpen } from '@shared/workflow';
import { registerComplaints } from '../complaints';
import { appendTimeline, isoAt, Refused, settle, type WriteContext } from '../context';
import { requireDrillDb } from '../drillGuard';
import type { ConsoleDb } from '../schema';

/** Who delivers injects: the drill's direction (导调), never a participant, so no participant is credited with them. */
export const DRILL_DIRECTOR: Actor = { id: 'drill-director', name: '演练导调', role: 'staff' };

async function runOf(db: ConsoleDb, runId: string): Promise<DrillRunRecord> {
  requireDrillDb(db);
  const run = await db.drillRuns.get(runId);
  if (!run) throw new Refused('drill-run-not-found');
  return run;
}

/** An inject's complaint as the intake form would register it, received now. */
function registrationOf(inject: Inject, ownerId: string, ctx: WriteContext, incidentId: string | undefined): RegistrationInput {
  const complaint = inject.complaint!;
  return {
    receivedAt: toPlanLocalInput(ctx.now, ctx.plan.utcOffsetMinutes),
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

/** The person an inject's complaint is assigned to: a duty officer (值班员) if the roster has one. */
async function ownerForInjects(db: ConsoleDb): Promise<string | undefined> {
  const people = await db.people.toArray();
  return (people.find((p) => p.role === 'staff') ?? people.find((p) => p.role === 'member') ?? people[0])?.id;
}

export type Delivery = { seq: number; incidentId?: string; number?: string };

/**
 * Delivers every inject that is due at `ctx.now`: a complaint inject is registered in the drill
 * database (joining the incident of an earlier inject where the scenario says so), any other is
 * written on the timelines of the run's incidents; each is then marked fired. Nothing is due
 * unless the run is running.
 */
export async function deliverDueInjects(db: ConsoleDb, runId: string, ctx: WriteContext): Promise<Result<Delivery[]>> {
  const director: WriteContext = { ...ctx, actor: DRILL_DIRECTOR };
  return settle(() =>
    db.transaction('rw', [db.drillRuns, db.complaints, db.incidents, db.timeline, db.counters, db.people, db.plans], async () => {
      const run = await runOf(db, runId);
      const due = dueInjects(run.state, run.scenario, ctx.now);
      if (due.length === 0) return [];
      let state = run.state;
      const log = [...run.log];
      const injectIncidents = { ...run.injectIncidents };
      const incidentNumbers = { ...run.incidentNumbers };
      const delivered: Delivery[] = [];
      for (const inject of due) {
        const delivery: Delivery = { seq: inject.seq };
        if (inject.complaint) {
          const ownerId = await ownerForInjects(db);
          if (!ownerId) throw new Refused('drill-no-people');
          const targetId = inject.complaint.attachToSeq !== undefined ? injectIncidents[String(inject.complaint.attachToSeq)] : undefined;
          const target = targetId ? await db.incidents.get(targetId) : undefined;
          // The incident to join may have been closed or never opened (its inject skipped): a new one then.
          const input = registrationOf(inject, ownerId, director, target && isOpen(target.state) ? target.id : undefined);
          const check = validateRegistrations(director.plan, director.now, [input]);
          if (check.valid.length === 0) throw new Refused('drill-inject-invalid', { seq: inject.seq });
          const result = await registerComplaints(db, [input], director);
          if (!result.ok || !result.value.saved[0]) throw new Refused('drill-inject-invalid', { seq: inject.seq });
          const { incident } = result.value.saved[0];
          injectIncidents[String(inject.seq)] = incident.id;
          incidentNumbers[incident.id] = incident.number;
          delivery.incidentId = incident.id;
          delivery.number = incident.number;
        } else {
          for (const incidentId of incidentsOfRun({ injectIncidents }).keys()) {
            await appendTimeline(db, director, {
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
        const fired = markFired(state, inject.seq, ctx.now);
        if (!fired.ok) throw new Refused(`drill-${fired.refusal.code}`, fired.refusal.params);
        state = fired.value.state;
        log.push(...logOf(fired.value.events));
        delivered.push(delivery);
      }
      await db.drillRuns.put({ ...run, state, log, injectIncidents, incidentNumbers, updatedAt: isoAt(ctx) });
      return delivered;
    }),
  );
}
