// Moving an incident through the workflow as a command (decision in shared/incidentCommands.ts):
// the state machine decides from what is read here; the transition, its timeline entry and, on
// closing, the withdrawal of the open instructions are written together, or the machine's refusal
// comes back untouched.
import { type WorkflowArgs, type WorkflowSeen } from '@shared/incidentCommands';
import type { Incident } from '@shared/model';
import type { Result } from '@shared/result';
import type { Command as WorkflowCommand } from '@shared/workflow';
import { isoAt, type WriteContext } from './context';
import { execute, onSeat, type Command } from './executor';
import { workflowCommand as sharedWorkflow } from '@shared/officeCommands';
import type { ConsoleDb } from './schema';
import { personalDataViewedCommand } from '@shared/officeRecordCommands';

// Read and decided the same on the office server (shared/officeRecordCommands.ts).
export { personalDataViewedCommand };

export { readWorkflowSeen, WORKFLOW_TABLES } from '@shared/officeCommands';

/** The workflow command on this seat (its plan versions and calendar weigh the grade and the clocks). */
export const workflowCommand = (seat: WriteContext): Command<WorkflowArgs, WorkflowSeen, Incident> => onSeat(sharedWorkflow, seat);

export const applyCommand = (db: ConsoleDb, incidentId: string, command: WorkflowCommand, ctx: WriteContext): Promise<Result<Incident>> =>
  execute(db, workflowCommand(ctx), { incidentId, command }, ctx);

/** 保护投诉人隐私: opening a complainant's full personal data is itself recorded. */
export const recordPersonalDataViewed = (
  db: ConsoleDb,
  incidentId: string,
  complaintNumber: string,
  ctx: WriteContext,
): Promise<Result<void>> => execute(db, personalDataViewedCommand, { incidentId, complaint: complaintNumber }, ctx);

/** The same for a petition: its petitioner's full data opened, on the petition's history. */
export const recordPetitionerDataViewed = (db: ConsoleDb, petitionId: string, number: string, ctx: WriteContext): Promise<Result<void>> =>
  execute(db, personalDataViewedCommand, { incidentId: petitionId, complaint: number, petition: true }, ctx);

export async function incidentByNumber(db: ConsoleDb, number: string) {
  return db.incidents.where('number').equals(number).first();
}

export { isoAt };
