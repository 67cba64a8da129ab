// 登记并当场办结: registers a complaint and takes it through every stage to closed as one command
// (decision in shared/quickPathCommands.ts, composing the registration, the communication and the
// workflow decisions), so the timeline is the one a step-by-step handling leaves; a refusal
// anywhere leaves nothing, not even a used number.
import { quickPathCommand as sharedQuickPath } from '@shared/officeCommands';
import type { QuickPathArgs, QuickPathSeen } from '@shared/quickPathCommands';
import type { Registered } from '@shared/registrationCommands';
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute, onSeat, type Command } from './executor';
import type { ConsoleDb } from './schema';

/** The quick path on this seat (read and decided the same on the office server: shared/officeCommands.ts). */
export const quickPathCommand = (seat: WriteContext): Command<QuickPathArgs, QuickPathSeen, Registered> => onSeat(sharedQuickPath, seat);

export const registerAndSettle = (
  db: ConsoleDb,
  registration: Record<string, unknown>,
  outcome: unknown,
  ctx: WriteContext,
): Promise<Result<Registered>> => execute(db, quickPathCommand(ctx), { registration, outcome }, ctx);
