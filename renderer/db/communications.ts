// 沟通记录: the command that records a contact on an incident (decision in shared/communicationCommands.ts).
import type { Communication } from '@shared/model';
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute } from './executor';
import type { ConsoleDb } from './schema';
import { addCommunicationCommand } from '@shared/officeRecordCommands';

// Read and decided the same on the office server (shared/officeRecordCommands.ts).
export { addCommunicationCommand };

export { communicationSchema, type CommunicationInput } from '@shared/communicationCommands';

export const addCommunication = (db: ConsoleDb, incidentId: string, input: unknown, ctx: WriteContext): Promise<Result<Communication>> =>
  execute(db, addCommunicationCommand, { incidentId, input }, ctx);
