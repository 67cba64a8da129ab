// 受理登记: registering a complaint, either as a new incident or attached to an existing one
// about the same matter (群体投诉). Numbers, records, projections and the timeline entry are
// written in one transaction: a failed save leaves nothing, not even a used number.
import type { Complaint, Incident } from '@shared/model';
import { counterKey, formatNumber } from '@shared/numbering';
import { gradeSuggestion, needsRegrade } from '@shared/grading';
import { registrationErrors, registrationSchema } from '@shared/registration';
import { fail, type Result } from '@shared/result';
import { parsePlanLocalDateTime, toIsoWithOffset } from '@shared/time';
import { isOpen } from '@shared/workflow';
import { appendTimeline, isoAt, nextSequence, Refused, settle, type WriteContext } from './context';
import { complaintProjection, deadlineProjection, gradingInputOf } from './projection';
import type { ConsoleDb } from './schema';

export type Registered = { complaint: Complaint; incident: Incident };

export async function registerComplaint(db: ConsoleDb, input: unknown, ctx: WriteContext): Promise<Result<Registered>> {
  const errors = registrationErrors(ctx.plan, ctx.now, input);
  if (errors) return fail('validation', errors);
  const registration = registrationSchema(ctx.plan, ctx.now).parse(input);
  const offset = ctx.plan.utcOffsetMinutes;
  const nowIso = isoAt(ctx);
  return settle(() =>
    db.transaction('rw', [db.complaints, db.incidents, db.timeline, db.counters], async () => {
      const existing = registration.incidentId ? await db.incidents.get(registration.incidentId) : undefined;
      if (registration.incidentId && !existing) throw new Refused('incident-not-found');
      if (existing && !isOpen(existing.state)) throw new Refused('incident-not-open', { number: existing.number });

      const complaintKey = counterKey('complaint', ctx.now, offset, db.mode);
      const complaint: Complaint = {
        id: crypto.randomUUID(),
        mode: db.mode,
        number: formatNumber(complaintKey, await nextSequence(db, complaintKey)),
        incidentId: existing?.id ?? crypto.randomUUID(),
        receivedAt: toIsoWithOffset(parsePlanLocalDateTime(registration.receivedAt, offset)!, offset),
        channelCode: registration.channelCode,
        categoryCode: registration.categoryCode,
        urgency: registration.urgency,
        complainant: registration.complainant,
        content: registration.content,
        subject: registration.subject,
        expectedResolution: registration.expectedResolution,
        place: registration.place,
        peopleInvolved: registration.peopleInvolved,
        facts: registration.facts,
        ownerId: registration.ownerId,
        createdAt: nowIso,
        createdBy: ctx.actor.id,
        updatedAt: nowIso,
        updatedBy: ctx.actor.id,
      };
      await db.complaints.add(complaint);

      const siblings = (await db.complaints.where('incidentId').equals(complaint.incidentId).toArray()).sort(
        (a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.number.localeCompare(b.number),
      );
      const projection = complaintProjection(siblings);
      let incident: Incident;
      if (existing) {
        incident = { ...existing, ...projection, updatedAt: nowIso, updatedBy: ctx.actor.id };
      } else {
        const incidentKey = counterKey('incident', ctx.now, offset, db.mode);
        incident = {
          id: complaint.incidentId,
          mode: db.mode,
          number: formatNumber(incidentKey, await nextSequence(db, incidentKey)),
          title: complaint.subject,
          categoryCode: complaint.categoryCode,
          channelCode: complaint.channelCode,
          place: complaint.place,
          level: null,
          state: 'registered',
          ownerId: complaint.ownerId,
          milestones: { receivedAt: complaint.receivedAt },
          ...projection,
          nextDeadlineAt: null,
          nextDeadlineStage: null,
          createdAt: nowIso,
          createdBy: ctx.actor.id,
          updatedAt: nowIso,
          updatedBy: ctx.actor.id,
        };
      }
      incident = { ...incident, ...deadlineProjection(incident, ctx.plan, ctx.calendar) };
      await db.incidents.put(incident);

      await appendTimeline(db, ctx, {
        incidentId: incident.id,
        kind: existing ? 'attached' : 'registered',
        params: { complaint: complaint.number, people: complaint.peopleInvolved },
      });
      const suggestion = gradeSuggestion(gradingInputOf(incident), ctx.plan.grading);
      const before = existing ? gradeSuggestion(gradingInputOf(existing), ctx.plan.grading) : null;
      if (existing && needsRegrade(incident.level, suggestion) && before && suggestion.level < before.level) {
        await appendTimeline(db, ctx, {
          incidentId: incident.id,
          kind: 'regrade-suggested',
          params: { from: incident.level ?? 0, level: suggestion.level, people: incident.peopleInvolved },
        });
      }
      return { complaint, incident };
    }),
  );
}
