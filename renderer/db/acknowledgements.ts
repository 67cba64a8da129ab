// 受理回执 given: the command that records a receipt handed to (or printed for) a complainant on
// the incident's timeline, with who gave it and when (decision in shared/acknowledgement.ts).
import { acknowledgementArgs, decideAcknowledgementGiven } from '@shared/acknowledgement';
import type { Complaint } from '@shared/model';
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute, type Command } from './executor';
import type { ConsoleDb } from './schema';

export const acknowledgementGivenCommand: Command<{ complaintId: string }, { complaint: Complaint | undefined }, void> = {
  name: 'acknowledgement.given',
  args: acknowledgementArgs,
  tables: ['complaints'],
  read: async (db, { complaintId }) => ({ complaint: await db.complaints.get(complaintId) }),
  decide: decideAcknowledgementGiven,
};

export const recordAcknowledgementGiven = (db: ConsoleDb, complaintId: string, ctx: WriteContext): Promise<Result<void>> =>
  execute(db, acknowledgementGivenCommand, { complaintId }, ctx);
