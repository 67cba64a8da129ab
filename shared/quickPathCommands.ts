// 登记并当场办结 as one command: the registration, the on-the-spot talk and every workflow step to
// closed are decided by the same decisions as when taken by hand, each on the rows the one before
// produced, so the timeline is the one a step-by-step handling leaves; a refusal anywhere leaves
// nothing, not even a used number.
import { z } from 'zod';
import { decided, refused, type Decision, type RowWrite, type Stamp, type TimelineAppend } from './commandKit';
import { decideAddCommunication } from './communicationCommands';
import { gradeSuggestion } from './grading';
import { decideWorkflowStep, type WorkflowSeen } from './incidentCommands';
import type { Communication } from './model';
import { planOfIncident } from './planVersions';
import { gradingInputOf } from './projection';
import { QuickOutcomeSchema, quickPathSteps } from './quickPath';
import { fieldErrors, registrationErrors } from './registration';
import { decideRegistrations, registrationPlan, type Registered, type RegistrationSeen } from './registrationCommands';
import { toPlanLocalInput } from './time';

/** Field paths of the outcome, prefixed so the form tells them from the intake fields. */
const OUTCOME_PREFIX = 'outcome.';

/** The intake form and the outcome form, as typed. */
export const quickPathArgs = z.object({
  registration: z.record(z.string(), z.unknown()),
  outcome: z.unknown(),
});
export type QuickPathArgs = z.output<typeof quickPathArgs>;

/** What settling on the spot reads: what a registration reads (a new incident has nothing else yet). */
export type QuickPathSeen = RegistrationSeen;

/** Registers a level-3 complaint and takes it through every stage to closed; or the first refusal. */
export function decideQuickPath(
  seen: QuickPathSeen,
  { registration, outcome: outcomeInput }: QuickPathArgs,
  stamp: Stamp,
): Decision<Registered> {
  // Every field at once, the intake's and the outcome's, so one attempt shows all there is to mend.
  const outcome = QuickOutcomeSchema.safeParse(outcomeInput);
  const errors = {
    ...registrationErrors(registrationPlan(seen, stamp.nowMs), stamp.nowMs, registration),
    ...(outcome.success ? {} : Object.fromEntries(Object.entries(fieldErrors(outcome.error)).map(([k, v]) => [OUTCOME_PREFIX + k, v]))),
  };
  if (!outcome.success || Object.keys(errors).length > 0) return refused('validation', errors);
  // Settling on the spot is for a complainant at the desk about a matter of its own.
  if (registration.incidentId) return refused('quick-path-new-only');

  const registered = decideRegistrations(seen, { inputs: [registration] }, stamp);
  if (!registered.ok) return registered;
  const [saved] = registered.value.value.saved;
  const [rejected] = registered.value.value.invalid;
  if (!saved) return refused('validation', rejected?.errors);
  const writes: RowWrite[] = [...registered.value.writes];
  const timeline: TimelineAppend[] = [...registered.value.timeline];

  const { complaint } = saved;
  const book = { plan: registrationPlan(seen, stamp.nowMs), plans: seen.plans };
  const plan = planOfIncident(book, saved.incident);
  const steps = quickPathSteps({
    outcome: outcome.data,
    suggestedLevel: gradeSuggestion(gradingInputOf(saved.incident), plan.grading).level,
    context: { actor: stamp.actor, approvalLevels: plan.approvalLevels },
  });
  if (!steps.ok) return refused(steps.refusal.code, steps.refusal.params);

  // Each step is decided on the incident and the contacts as the steps before left them.
  let incident = saved.incident;
  const communications: Communication[] = [];
  for (const step of steps.steps) {
    const decision =
      step.kind === 'communication'
        ? decideAddCommunication(
            { incident },
            {
              incidentId: incident.id,
              input: {
                at: toPlanLocalInput(stamp.nowMs, stamp.utcOffsetMinutes),
                channel: 'visit',
                person: complaint.complainant.name,
                summary: outcome.data.feedback,
                outcome: '',
              },
            },
            stamp,
          )
        : decideWorkflowStep(
            workflowSeen(incident, complaint, communications, book, seen),
            { incidentId: incident.id, command: step.command },
            stamp,
          );
    if (!decision.ok) return decision;
    const { value } = decision.value;
    if (step.kind === 'communication') communications.push(value as Communication);
    else incident = value as typeof incident;
    writes.push(...decision.value.writes);
    timeline.push(...decision.value.timeline);
  }
  return decided({ complaint, incident }, lastWriteOfEachRow(writes), timeline);
}

function workflowSeen(
  incident: Registered['incident'],
  complaint: Registered['complaint'],
  communications: readonly Communication[],
  book: WorkflowSeen['book'],
  seen: QuickPathSeen,
): WorkflowSeen {
  // Nothing is issued between registration and closing on the spot.
  return { incident, complaints: [complaint], communications, openInstructions: [], receivers: {}, book, calendar: seen.calendar };
}

/** A row written by several steps is written once, as the last step left it, where the first put it. */
function lastWriteOfEachRow(writes: readonly RowWrite[]): RowWrite[] {
  const keyOf = (w: RowWrite) =>
    'put' in w
      ? `${w.put}:${String((w.row as { id?: string; key?: string }).id ?? (w.row as { key?: string }).key)}`
      : `${w.remove}:${w.key}`;
  const last = new Map<string, RowWrite>();
  for (const w of writes) last.set(keyOf(w), w);
  const out: RowWrite[] = [];
  const placed = new Set<string>();
  for (const w of writes) {
    const key = keyOf(w);
    if (placed.has(key)) continue;
    placed.add(key);
    out.push(last.get(key)!);
  }
  return out;
}
