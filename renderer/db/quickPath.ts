// 登记并当场办结: registers a complaint and takes it through every stage to closed as one command
// (decision in shared/quickPathCommands.ts, composing the registration, the communication and the
// workflow decisions), so the timeline is the one a step-by-step handling leaves; a refusal
// anywhere leaves nothing, not even a used number.
import { decideQuickPath, quickPathArgs, type QuickPathArgs, type QuickPathSeen } from '@shared/quickPathCommands';
import type { Registered } from '@shared/registrationCommands';
import type { Result } from '@shared/result';
import { readRegistrationSeen, REGISTRATION_TABLES } from './complaints';
import type { WriteContext } from './context';
import { execute, type Command } from './executor';
import type { ConsoleDb } from './schema';

/** The quick path on this seat: it reads what a registration reads (a new incident has nothing else yet). */
export const quickPathCommand = (seat: WriteContext): Command<QuickPathArgs, QuickPathSeen, Registered> => ({
  name: 'complaint.registerAndSettle',
  args: quickPathArgs,
  tables: [...REGISTRATION_TABLES, 'communications'],
  read: (db, { registration }, stamp) => readRegistrationSeen(db, [registration], stamp, seat),
  decide: decideQuickPath,
});

export const registerAndSettle = (
  db: ConsoleDb,
  registration: Record<string, unknown>,
  outcome: unknown,
  ctx: WriteContext,
): Promise<Result<Registered>> => execute(db, quickPathCommand(ctx), { registration, outcome }, ctx);
