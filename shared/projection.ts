// The incident's projection fields (complainant count, people, names, merged facts, next
// deadline) are recomputed from the records on every write, never incremented, so they cannot
// drift from what the complaints and milestones say.
import type { WorkingCalendar } from './calendar';
import { nextDeadline, stageClocks } from './deadlines';
import type { GradingInput } from './grading';
import type { Complaint, GradingFacts, Incident } from './model';
import type { Urgency } from './plan';
import { planOfIncident, type PlanBook } from './planVersions';
import { URGENCIES } from './plan';
import { toIsoWithOffset } from './time';

export function mergedFacts(complaints: Complaint[]): GradingFacts {
  return complaints.reduce<GradingFacts>(
    (acc, c) => ({
      mediaAttention: acc.mediaAttention || c.facts.mediaAttention,
      injury: acc.injury || c.facts.injury,
      regulatorInvolved: acc.regulatorInvolved || c.facts.regulatorInvolved,
      repeatComplaint: acc.repeatComplaint || c.facts.repeatComplaint,
      amountAtStake: acc.amountAtStake + c.facts.amountAtStake,
    }),
    { mediaAttention: false, injury: false, regulatorInvolved: false, repeatComplaint: false, amountAtStake: 0 },
  );
}

const mostUrgent = (complaints: Complaint[]): Urgency => URGENCIES.find((u) => complaints.some((c) => c.urgency === u)) ?? 'normal';

export function complaintProjection(complaints: Complaint[]) {
  return {
    complainantCount: complaints.length,
    peopleInvolved: complaints.reduce((sum, c) => sum + c.peopleInvolved, 0),
    complainantNames: [...new Set(complaints.map((c) => c.complainant.name))],
    facts: mergedFacts(complaints),
    urgency: mostUrgent(complaints),
  };
}

/** `book`: the plan in force and the versions kept; the incident's own version sets its limits. */
export function deadlineProjection(incident: Incident, book: PlanBook, calendar: WorkingCalendar) {
  const plan = planOfIncident(book, incident);
  const next = nextDeadline(stageClocks(incident, plan, calendar));
  return {
    nextDeadlineAt: next?.dueAt != null ? toIsoWithOffset(next.dueAt, plan.utcOffsetMinutes) : null,
    // A stage with no deadline because the calendar lacks the year keeps its name here.
    nextDeadlineStage: next?.stage ?? null,
    // …and is marked, so what is due can be found by index (a null deadline is not in any index).
    deadlineUnknown: next !== null && next.dueAt === null ? (1 as const) : undefined,
  };
}

export function gradingInputOf(incident: Pick<Incident, 'facts' | 'peopleInvolved' | 'urgency'>): GradingInput {
  return { ...incident.facts, peopleInvolved: incident.peopleInvolved, urgency: incident.urgency };
}
