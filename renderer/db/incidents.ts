// Moving an incident through the workflow. The state machine in shared/ decides; this module
// reads the context it needs, applies the transition and appends the timeline entry in the same
// transaction, or returns the machine's refusal untouched.
import type { TimelineAppend } from '@shared/commandKit';
import { partyOf, type Incident, type Milestones } from '@shared/model';
import { everyoneFedBack, overallSatisfaction, resultsPerComplainant } from '@shared/complainantResults';
import { gradeSuggestion } from '@shared/grading';
import { planOfIncident } from '@shared/planVersions';
import type { Result } from '@shared/result';
import { OPEN_INSTRUCTION_STATES } from '@shared/instructions';
import { transition, type Command } from '@shared/workflow';
import { appendTimeline, isoAt, Refused, settle, type WriteContext } from './context';
import { cancelInstructions } from './instructions';
import { deadlineProjection, gradingInputOf } from '@shared/projection';
import type { ConsoleDb } from './schema';

const KEEP_FIRST: ReadonlySet<keyof Milestones> = new Set(['levelOneAt', 'acceptedAt', 'gradedAt', 'activatedAt']);

export async function applyCommand(db: ConsoleDb, incidentId: string, command: Command, ctx: WriteContext): Promise<Result<Incident>> {
  return settle(() =>
    db.transaction('rw', [db.incidents, db.timeline, db.communications, db.complaints, db.instructions, db.teams, db.people], async () => {
      const incident = await db.incidents.get(incidentId);
      if (!incident) throw new Refused('incident-not-found');
      const openInstructions = (await db.instructions.where('incidentId').equals(incidentId).toArray()).filter((i) =>
        OPEN_INSTRUCTION_STATES.includes(i.state),
      );
      // Grading thresholds and the levels whose solution needs approval: the incident's own version.
      const plan = planOfIncident(ctx, incident);
      // 群体投诉: each complainant hears the result and answers for themselves.
      const complaints = await db.complaints.where('incidentId').equals(incidentId).sortBy('receivedAt');
      const complainants = resultsPerComplainant(
        incident,
        complaints.map((c) => c.id),
      );
      const result = transition(incident.state, command, {
        actor: ctx.actor,
        level: incident.level,
        suggestedLevel: gradeSuggestion(gradingInputOf(incident), plan.grading).level,
        approvalLevels: plan.approvalLevels,
        communications: (await db.communications.where('incidentId').equals(incidentId).toArray()).map((c) => ({
          party: partyOf(c),
          at: c.at,
        })),
        solutionReadyAt: incident.milestones.solutionReadyAt,
        // Done for all at once, or by each; a complainant attached after the stage finds it done.
        feedbackRecorded: Boolean(incident.feedback) || Boolean(incident.milestones.feedbackAt) || everyoneFedBack(complainants),
        openInstructions: openInstructions.length,
        satisfaction: complaints.length > 0 ? overallSatisfaction(complainants) : incident.satisfaction,
        complainants,
        escalationRoute: incident.escalation?.route,
        escalationResolved: Boolean(incident.escalation?.outcome),
      });
      if (!result.ok) throw new Refused(result.refusal.code, result.refusal.params);
      const { next, patch, stamp, clear, event } = result.value;
      const nowIso = isoAt(ctx);

      const milestones: Milestones = { ...incident.milestones };
      for (const key of stamp) if (!(KEEP_FIRST.has(key) && milestones[key])) milestones[key] = nowIso;
      const changed: Incident = { ...incident, ...patch, state: next, milestones, updatedAt: nowIso, updatedBy: ctx.actor.id };
      for (const key of clear) {
        if (key in milestones) delete changed.milestones[key as keyof Milestones];
        else delete changed[key as keyof Incident & keyof typeof patch];
      }
      const saved = { ...changed, ...deadlineProjection(changed, ctx, ctx.calendar) };
      await db.incidents.put(saved);
      await appendTimeline(db, ctx, {
        incidentId,
        kind: event.kind,
        from: incident.state,
        to: next,
        note: event.note,
        // The entry names the complaint by its number, not its key.
        params: event.params?.complaint
          ? { ...event.params, complaint: complaints.find((c) => c.id === event.params!.complaint)?.number ?? '' }
          : event.params,
        // The workflow's event is one of its commands' kinds; its params are the transition's own.
      } as TimelineAppend);
      if (command.type === 'close') await cancelInstructions(db, openInstructions, command.cancelReason ?? '', ctx);
      return saved;
    }),
  );
}

/** 保护投诉人隐私: opening a complainant's full personal data is itself recorded. */
export async function recordPersonalDataViewed(
  db: ConsoleDb,
  incidentId: string,
  complaintNumber: string,
  ctx: WriteContext,
): Promise<Result<void>> {
  return settle(() =>
    db.transaction('rw', [db.timeline], () =>
      appendTimeline(db, ctx, { incidentId, kind: 'personal-data-viewed', params: { complaint: complaintNumber } }),
    ),
  );
}

export async function incidentByNumber(db: ConsoleDb, number: string) {
  return db.incidents.where('number').equals(number).first();
}

export { isoAt };
