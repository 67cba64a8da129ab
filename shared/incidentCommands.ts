// Moving an incident through the workflow as a command. The state machine (workflow.ts) decides
// from what the decision was shown — the incident, its complaints, the contacts on record, its open
// instructions — and the decision says how the incident changes and what goes on the timeline.
// Closing withdraws (撤销) the instructions still open, with the reason given, in the same change.
// Other commands (settling on the spot) compose `decideWorkflowStep`, each step on the incident the
// step before produced.
import { z } from 'zod';
import { owesReports, reportingRule, reportProjection } from './upwardReports';
import { callBackProjection } from './callBacks';
import type { WorkingCalendar } from './calendar';
import type { Instruction } from './command';
import { decided, refused, type Decision, type RowWrite, type Stamp, type TimelineAppend } from './commandKit';
import { everyoneFedBack, overallSatisfaction, resultsPerComplainant } from './complainantResults';
import { gradeSuggestion } from './grading';
import { decideCancelInstructions } from './instructionCommands';
import { partyOf, type Communication, type Complaint, type Incident, type Milestones, type Person, type Team } from './model';
import { LevelSchema } from './plan';
import { planOfIncident, type PlanBook } from './planVersions';
import { deadlineProjection, gradingInputOf } from './projection';
import { transition, type Command as WorkflowCommand } from './workflow';

// Texts are optional here: the machine itself refuses a missing reason or finding with its own sentence.
const text = z.string().optional();
const complaintId = z.string().optional();

/** A workflow command as a screen gives it (workflow.ts `Command`). */
export const workflowCommandSchema: z.ZodType<WorkflowCommand> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('verify'), note: text }),
  z.object({ type: z.literal('reject'), kind: z.enum(['invalid', 'special']), reason: z.string() }),
  z.object({ type: z.literal('reinstate'), reason: z.string() }),
  z.object({ type: z.literal('grade'), level: LevelSchema, reason: text }),
  z.object({ type: z.literal('regrade'), level: LevelSchema, reason: z.string() }),
  z.object({ type: z.literal('activateResponse'), note: text }),
  z.object({ type: z.literal('completeInvestigation'), findings: z.string() }),
  z.object({ type: z.literal('submitSolution'), solution: z.string() }),
  z.object({ type: z.literal('approveSolution'), note: text }),
  z.object({ type: z.literal('returnSolution'), reason: z.string() }),
  z.object({ type: z.literal('startImplementation'), note: text }),
  z.object({ type: z.literal('completeImplementation'), note: text }),
  z.object({ type: z.literal('recordFeedback'), feedback: z.string(), complaintId }),
  z.object({ type: z.literal('recordSatisfaction'), satisfaction: z.enum(['satisfied', 'unsatisfied']), note: text, complaintId }),
  z.object({ type: z.literal('close'), note: text, cancelReason: text }),
  z.object({ type: z.literal('reopen'), reason: z.string() }),
  z.object({ type: z.literal('escalate'), route: z.enum(['mediation', 'arbitration', 'authorities']), reason: z.string() }),
  z.object({ type: z.literal('resolveEscalation'), outcome: z.string() }),
]);

export const workflowArgs = z.object({ incidentId: z.string().min(1), command: workflowCommandSchema });
export type WorkflowArgs = z.output<typeof workflowArgs>;

/** What a workflow step reads. */
export type WorkflowSeen = {
  incident: Incident | undefined;
  /** The incident's complaints, earliest received first. */
  complaints: readonly Complaint[];
  communications: readonly Communication[];
  /** Its instructions not yet accepted or cancelled. */
  openInstructions: readonly Instruction[];
  /** Each open instruction's receiving team and person, to name them where it is withdrawn. */
  receivers: Readonly<Record<string, { team?: Team; person?: Person }>>;
  /** The plan in force and the versions kept: the incident's own version grades it and sets its clocks. */
  book: PlanBook;
  calendar: WorkingCalendar;
};

/** Milestones that keep the first time they were reached, however often the step is taken again. */
const KEEP_FIRST: ReadonlySet<keyof Milestones> = new Set(['levelOneAt', 'acceptedAt', 'gradedAt', 'activatedAt']);

/** One step of the workflow on the incident, or the machine's refusal untouched. */
export function decideWorkflowStep(seen: WorkflowSeen, { incidentId, command }: WorkflowArgs, stamp: Stamp): Decision<Incident> {
  const { incident, complaints } = seen;
  if (!incident || incident.id !== incidentId) return refused('incident-not-found');
  // Grading thresholds and the levels whose solution needs approval: the incident's own version.
  const plan = planOfIncident(seen.book, incident);
  // An archived file is closed for good: its number and retention would otherwise follow a live matter.
  if (incident.archive && command.type === 'reopen') return refused('archive-reopen');
  // 群体投诉: each complainant hears the result and answers for themselves.
  const complainants = resultsPerComplainant(
    incident,
    complaints.map((c) => c.id),
  );
  const result = transition(incident.state, command, {
    actor: stamp.actor,
    level: incident.level,
    suggestedLevel: gradeSuggestion(gradingInputOf(incident), plan.grading).level,
    approvalLevels: plan.approvalLevels,
    communications: seen.communications.map((c) => ({ party: partyOf(c), at: c.at })),
    solutionReadyAt: incident.milestones.solutionReadyAt,
    // Done for all at once, or by each; a complainant attached after the stage finds it done.
    feedbackRecorded: Boolean(incident.feedback) || Boolean(incident.milestones.feedbackAt) || everyoneFedBack(complainants),
    openInstructions: seen.openInstructions.length,
    satisfaction: complaints.length > 0 ? overallSatisfaction(complainants) : incident.satisfaction,
    complainants,
    escalationRoute: incident.escalation?.route,
    escalationResolved: Boolean(incident.escalation?.outcome),
  });
  if (!result.ok) return refused(result.refusal.code, result.refusal.params);
  const { next, patch, stamp: reached, clear, event } = result.value;

  const milestones: Milestones = { ...incident.milestones };
  for (const key of reached) if (!(KEEP_FIRST.has(key) && milestones[key])) milestones[key] = stamp.at;
  const changed: Incident = { ...incident, ...patch, state: next, milestones, updatedAt: stamp.at, updatedBy: stamp.actor.id };
  for (const key of clear) {
    if (key in milestones) delete changed.milestones[key as keyof Milestones];
    else delete changed[key as keyof Incident & keyof typeof patch];
  }
  const saved: Incident = {
    ...changed,
    ...deadlineProjection(changed, seen.book, seen.calendar),
    // Activation starts the reports upward (首报), closing owes the 终报.
    // A step that makes the incident owe reports (activation, a regrade into a reporting level) starts them.
    ...reportProjection(
      changed,
      planOfIncident(seen.book, changed),
      owesReports(changed, reportingRule(planOfIncident(seen.book, changed))) &&
        !owesReports(incident, reportingRule(planOfIncident(seen.book, incident))),
    ),
    // Closing schedules the call-back (回访); reopening takes it back.
    ...callBackProjection(changed, planOfIncident(seen.book, changed)),
  };
  const writes: RowWrite[] = [{ put: 'incidents', row: saved }];
  // The workflow's events carry their parameters loosely typed; their kinds are in the vocabulary.
  const timeline = [
    {
      incidentId,
      kind: event.kind,
      from: incident.state,
      to: next,
      ...(event.note !== undefined ? { note: event.note } : {}),
      // The entry names the complaint by its number, not its key.
      ...(event.params
        ? {
            params: event.params.complaint
              ? { ...event.params, complaint: complaints.find((c) => c.id === event.params!.complaint)?.number ?? '' }
              : event.params,
          }
        : {}),
    } as TimelineAppend,
  ];
  if (command.type === 'close') {
    const withdrawn = decideCancelInstructions(
      seen.openInstructions.map((instruction) => ({ instruction, ...seen.receivers[instruction.id] })),
      command.cancelReason ?? '',
      stamp,
    );
    if (!withdrawn.ok) return withdrawn;
    writes.push(...withdrawn.value.writes);
    timeline.push(...withdrawn.value.timeline);
  }
  return decided(saved, writes, timeline);
}

export const personalDataViewedArgs = z.object({
  incidentId: z.string().min(1),
  complaint: z.string().min(1),
  /** A petition's (信访人) data rather than a complaint's: the entry goes on the petition's history. */
  petition: z.boolean().optional(),
});

/** 保护投诉人隐私: opening a complainant's full personal data is itself recorded. */
export const decidePersonalDataViewed = (
  _seen: unknown,
  { incidentId, complaint, petition }: z.output<typeof personalDataViewedArgs>,
): Decision<void> =>
  decided(
    undefined,
    [],
    [{ incidentId, kind: 'personal-data-viewed', params: { complaint, ...(petition ? { context: 'petition' as const } : {}) } }],
  );
