// 受理回执 given: the command that records a receipt handed to (or printed for) a complainant on
// the incident's timeline, with who gave it and when (decision in shared/acknowledgement.ts).
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute } from './executor';
import type { ConsoleDb } from './schema';
import { acknowledgementGivenCommand } from '@shared/officeRecordCommands';

// Read and decided the same on the office server (shared/officeRecordCommands.ts).
export { acknowledgementGivenCommand };

export const recordAcknowledgementGiven = (db: ConsoleDb, complaintId: string, ctx: WriteContext): Promise<Result<void>> =>
  execute(db, acknowledgementGivenCommand, { complaintId }, ctx);
