// 登记并当场办结: registers a complaint and takes it through every stage to closed in one
// transaction. The registration, each workflow step and the on-the-spot talk are written by the
// same repositories as when done by hand (nested in this transaction), so the timeline is the one
// a step-by-step handling leaves; a refusal anywhere leaves nothing, not even a used number.
import { gradeSuggestion } from '@shared/grading';
import { planOfIncident } from '@shared/planVersions';
import { fieldErrors, registrationErrors } from '@shared/registration';
import { QuickOutcomeSchema, quickPathSteps } from '@shared/quickPath';
import { fail, type Result } from '@shared/result';
import { toPlanLocalInput } from '@shared/time';
import { addCommunication } from './communications';
import { registerComplaint, type Registered } from './complaints';
import { Refused, settle, type WriteContext } from './context';
import { applyCommand } from './incidents';
import { gradingInputOf } from '@shared/projection';
import type { ConsoleDb } from './schema';

/** Field paths of the outcome, prefixed so the form tells them from the intake fields. */
const OUTCOME_PREFIX = 'outcome.';

export async function registerAndSettle(
  db: ConsoleDb,
  registration: Record<string, unknown>,
  outcomeInput: unknown,
  ctx: WriteContext,
): Promise<Result<Registered>> {
  // Every field at once, the intake's and the outcome's, so one attempt shows all there is to mend.
  const outcome = QuickOutcomeSchema.safeParse(outcomeInput);
  const errors = {
    ...registrationErrors(ctx.plan, ctx.now, registration),
    ...(outcome.success
      ? {}
      : Object.fromEntries(Object.entries(fieldErrors(outcome.error.issues)).map(([k, v]) => [OUTCOME_PREFIX + k, v]))),
  };
  if (!outcome.success || Object.keys(errors).length > 0) return fail('validation', errors);
  // Settling on the spot is for a complainant at the desk about a matter of its own.
  if (registration.incidentId) return fail('quick-path-new-only');

  return settle(() =>
    db.transaction(
      'rw',
      [
        db.complaints,
        db.incidents,
        db.timeline,
        db.counters,
        db.communications,
        db.plans,
        db.instructions,
        db.teams,
        db.people,
        db.commandLog,
      ],
      async () => {
        const registered = await registerComplaint(db, registration, ctx);
        if (!registered.ok) throw new Refused(registered.error.code, registered.error.params);
        const { complaint, incident } = registered.value;
        const plan = planOfIncident(ctx, incident);

        const decision = quickPathSteps({
          outcome: outcome.data,
          suggestedLevel: gradeSuggestion(gradingInputOf(incident), plan.grading).level,
          context: { actor: ctx.actor, approvalLevels: plan.approvalLevels },
        });
        if (!decision.ok) throw new Refused(decision.refusal.code, decision.refusal.params);

        let settled = incident;
        for (const step of decision.steps) {
          if (step.kind === 'communication') {
            const talk = await addCommunication(
              db,
              incident.id,
              {
                at: toPlanLocalInput(ctx.now, ctx.plan.utcOffsetMinutes),
                channel: 'visit',
                person: complaint.complainant.name,
                summary: outcome.data.feedback,
                outcome: '',
              },
              ctx,
            );
            if (!talk.ok) throw new Refused(talk.error.code, talk.error.params);
            continue;
          }
          const applied = await applyCommand(db, incident.id, step.command, ctx);
          if (!applied.ok) throw new Refused(applied.error.code, applied.error.params);
          settled = applied.value;
        }
        return { complaint, incident: settled };
      },
    ),
  );
}
