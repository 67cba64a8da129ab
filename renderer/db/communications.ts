// 沟通记录: the command that records a contact on an incident (decision in shared/communicationCommands.ts).
import { addCommunicationArgs, decideAddCommunication } from '@shared/communicationCommands';
import type { Communication, Incident } from '@shared/model';
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute, type Command } from './executor';
import type { ConsoleDb } from './schema';

export { communicationSchema, type CommunicationInput } from '@shared/communicationCommands';

export const addCommunicationCommand: Command<{ incidentId: string; input: unknown }, { incident: Incident | undefined }, Communication> = {
  name: 'communication.add',
  args: addCommunicationArgs,
  tables: ['incidents', 'communications'],
  read: async (db, { incidentId }) => ({ incident: await db.incidents.get(incidentId) }),
  decide: decideAddCommunication,
};

export const addCommunication = (db: ConsoleDb, incidentId: string, input: unknown, ctx: WriteContext): Promise<Result<Communication>> =>
  execute(db, addCommunicationCommand, { incidentId, input }, ctx);
