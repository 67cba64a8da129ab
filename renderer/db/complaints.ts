// 受理登记: registering complaints, each either as a new incident or attached to an existing one
// about the same matter (群体投诉), as one command (decision in shared/registrationCommands.ts). A
// batch is written in one transaction: numbers, complaints, incident projections and timeline
// entries commit together or not at all, so a failed save leaves nothing behind, not even a used
// number. One registration is a batch of one.
import type { WorkingCalendar } from '@shared/calendar';
import type { Plan } from '@shared/plan';
import {
  type BatchOutcome,
  type ImportStamp,
  type RegisterArgs,
  type Registered,
  type Registrations,
  type RegistrationSeen,
} from '@shared/registrationCommands';
import { fail, ok, type Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute, onSeat, type Command } from './executor';
import { registerCommand as sharedRegister } from '@shared/officeCommands';
import type { ConsoleDb } from './schema';

export type { BatchOutcome, ImportStamp, Registered } from '@shared/registrationCommands';

/** The seat's part of what a registration reads: its plan (for a store without versions) and its working calendar. */
export type Seat = { plan: Plan; calendar: WorkingCalendar };

export { readRegistrationSeen, REGISTRATION_TABLES } from '@shared/officeCommands';

/** The registration command on this seat (its plan and calendar are what the decision weighs deadlines by). */
export const registerCommand = (seat: Seat): Command<RegisterArgs, RegistrationSeen, Registrations> => onSeat(sharedRegister, seat);

export async function registerComplaint(db: ConsoleDb, input: unknown, ctx: WriteContext): Promise<Result<Registered>> {
  const result = await registerComplaints(db, [input], ctx);
  if (!result.ok) return result;
  const [rejected] = result.value.invalid;
  return rejected ? fail('validation', rejected.errors) : { ok: true, value: result.value.saved[0]! };
}

/** Validates every input; the valid ones are registered together in one transaction. */
export async function registerComplaints(
  db: ConsoleDb,
  inputs: unknown[],
  ctx: WriteContext,
  importStamp?: ImportStamp,
): Promise<Result<BatchOutcome>> {
  const command = registerCommand(ctx);
  const args = { inputs, ...(importStamp ? { importStamp } : {}) };
  const result = await execute(db, command, args, ctx);
  return result.ok ? ok({ saved: result.value.saved, invalid: result.value.invalid }) : result;
}
