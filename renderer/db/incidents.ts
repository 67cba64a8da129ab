// Moving an incident through the workflow as a command (decision in shared/incidentCommands.ts):
// the state machine decides from what is read here; the transition, its timeline entry and, on
// closing, the withdrawal of the open instructions are written together, or the machine's refusal
// comes back untouched.
import type { WorkingCalendar } from '@shared/calendar';
import {
  decidePersonalDataViewed,
  decideWorkflowStep,
  personalDataViewedArgs,
  workflowArgs,
  type WorkflowArgs,
  type WorkflowSeen,
} from '@shared/incidentCommands';
import { OPEN_INSTRUCTION_STATES } from '@shared/instructions';
import type { Incident } from '@shared/model';
import type { PlanBook } from '@shared/planVersions';
import type { Result } from '@shared/result';
import type { Command as WorkflowCommand } from '@shared/workflow';
import { isoAt, type WriteContext } from './context';
import { execute, type Command } from './executor';
import type { ConsoleDb } from './schema';

/**
 * What a workflow step reads, inside the transaction: the incident, its complaints (earliest
 * first), the contacts on record, its open instructions and their receivers. The plan book and the
 * calendar are the seat's. For a command that composes `decideWorkflowStep`.
 */
export async function readWorkflowSeen(
  db: ConsoleDb,
  incidentId: string,
  seat: PlanBook & { calendar: WorkingCalendar },
): Promise<WorkflowSeen> {
  const incident = await db.incidents.get(incidentId);
  const openInstructions = incident
    ? (await db.instructions.where('incidentId').equals(incidentId).toArray()).filter((i) => OPEN_INSTRUCTION_STATES.includes(i.state))
    : [];
  const receivers: Record<string, WorkflowSeen['receivers'][string]> = {};
  for (const instruction of openInstructions) {
    receivers[instruction.id] = {
      team: instruction.teamId ? await db.teams.get(instruction.teamId) : undefined,
      person: instruction.assigneeId ? await db.people.get(instruction.assigneeId) : undefined,
    };
  }
  return {
    incident,
    complaints: incident ? await db.complaints.where('incidentId').equals(incidentId).sortBy('receivedAt') : [],
    communications: incident ? await db.communications.where('incidentId').equals(incidentId).toArray() : [],
    openInstructions,
    receivers,
    book: { plan: seat.plan, ...(seat.plans ? { plans: seat.plans } : {}) },
    calendar: seat.calendar,
  };
}

/** The tables a workflow step reads and writes. */
export const WORKFLOW_TABLES = ['incidents', 'complaints', 'communications', 'instructions', 'teams', 'people'] as const;

/** The workflow command on this seat (its plan versions and calendar weigh the grade and the clocks). */
export const workflowCommand = (seat: WriteContext): Command<WorkflowArgs, WorkflowSeen, Incident> => ({
  name: 'incident.workflow',
  args: workflowArgs,
  tables: WORKFLOW_TABLES,
  read: (db, { incidentId }) => readWorkflowSeen(db, incidentId, seat),
  decide: decideWorkflowStep,
});

export const applyCommand = (db: ConsoleDb, incidentId: string, command: WorkflowCommand, ctx: WriteContext): Promise<Result<Incident>> =>
  execute(db, workflowCommand(ctx), { incidentId, command }, ctx);

export const personalDataViewedCommand: Command<{ incidentId: string; complaint: string }, null, void> = {
  name: 'incident.personalDataViewed',
  args: personalDataViewedArgs,
  tables: [],
  read: async () => null,
  decide: decidePersonalDataViewed,
};

/** 保护投诉人隐私: opening a complainant's full personal data is itself recorded. */
export const recordPersonalDataViewed = (
  db: ConsoleDb,
  incidentId: string,
  complaintNumber: string,
  ctx: WriteContext,
): Promise<Result<void>> => execute(db, personalDataViewedCommand, { incidentId, complaint: complaintNumber }, ctx);

export async function incidentByNumber(db: ConsoleDb, number: string) {
  return db.incidents.where('number').equals(number).first();
}

export { isoAt };
