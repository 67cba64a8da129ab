// Signing in at a seat of an office: the password goes to the office server, which checks it
// against the office's account, counts the attempt for every seat and hands out a session
// (server/accounts.ts). Where the office cannot be reached the seat checks its own copy of the
// account (the office's, as last pulled) so the office keeps working, and the office checks the
// password too once it is back (officeSessions.ts). An account's change needs the office.
import type { AccountBody, SessionAnswer, SessionBody } from '@shared/officeProtocol';
import { fail, type Result } from '@shared/result';
import type { ConsoleDb } from '../db/schema';
import { changeAccountAt, endSessionAt, givePasswordAt, OfficeAnswered } from './officeLink';
import { officeConfig } from './officeSeat';
import { keeperOf } from './officeSessions';

/** What the office said of a password: nothing where the seat is a single one, or the office could not be reached. */
export type OfficeVerdict =
  | { at: 'single' }
  /** Not reached (`owe`: the office is to check the password once it is back; not where it no longer knows this seat). */
  | { at: 'unreachable'; owe: boolean }
  | { at: 'office'; answer: Result<SessionAnswer> };

export async function passwordAtOffice(db: ConsoleDb, body: SessionBody): Promise<OfficeVerdict> {
  const config = await officeConfig(db);
  if (!config) return { at: 'single' };
  const keeper = keeperOf(config.seatId);
  try {
    const answer = await givePasswordAt(config, body, keeper.tokenOf(body.personId));
    if (answer.ok && answer.value.token) keeper.keep(body.personId, answer.value.token);
    return { at: 'office', answer };
  } catch (error) {
    if (error instanceof OfficeAnswered && error.status === 429) return { at: 'office', answer: fail('office-sign-in-wait') };
    // A seat the office no longer knows (removed, or restored from a backup) still lets people in, so a leader can join it again.
    return { at: 'unreachable', owe: !(error instanceof OfficeAnswered && error.status === 401) };
  }
}

/** A sign-in checked on the seat alone: the office checks the password too once it can be reached. */
export async function owedToOffice(db: ConsoleDb, personId: string, password: string): Promise<void> {
  const config = await officeConfig(db);
  if (config) keeperOf(config.seatId).owe(personId, password);
}

/** The person signed out: their session ends at the office once their commands are in. Whether they held one. */
export async function signOutAtOffice(db: ConsoleDb, personId: string): Promise<boolean> {
  const config = await officeConfig(db);
  if (!config) return false;
  const keeper = keeperOf(config.seatId);
  keeper.paid(personId);
  if (!keeper.tokenOf(personId)) return false;
  keeper.ending(personId);
  return true;
}

/** An account's change by the signed-in person, made by the office; null on a single seat. */
export async function accountAtOffice(db: ConsoleDb, actorId: string, body: AccountBody): Promise<Result<unknown> | null> {
  const config = await officeConfig(db);
  if (!config) return null;
  const session = keeperOf(config.seatId).tokenOf(actorId);
  if (!session) return fail('office-sign-in-again');
  try {
    return await changeAccountAt(config, session, body);
  } catch (error) {
    if (error instanceof OfficeAnswered && error.status === 401) return fail('office-sign-in-again');
    return fail('office-unreachable', { url: config.url });
  }
}

/** Has the office check the passwords of sign-ins it could not check then, for sessions; one it refuses is named. Run before each push. */
export async function payOwedSignIns(config: { url: string; token: string; seatId: string }, seat: string): Promise<{ refused: string[] }> {
  const keeper = keeperOf(config.seatId);
  const refused: string[] = [];
  for (const { personId, password } of keeper.owed()) {
    try {
      const answer = await givePasswordAt(config, { personId, password, seat, purpose: 'sign-in' });
      keeper.paid(personId);
      if (answer.ok && answer.value.token) keeper.keep(personId, answer.value.token);
      else refused.push(personId);
    } catch {
      // Not answered (or told to wait): owed still, tried again next round; the push goes on meanwhile.
    }
  }
  return { refused };
}

/** Ends at the office the sessions of people who signed out here, once nothing of theirs waits in any of the seat's stores. Run after each push. */
export async function endSignedOutSessions(
  config: { url: string; token: string; seatId: string },
  waitingActors: ReadonlySet<string>,
  seat: string,
): Promise<void> {
  const keeper = keeperOf(config.seatId);
  for (const { personId, token } of keeper.endings()) {
    if (waitingActors.has(personId)) continue;
    try {
      await endSessionAt(config, token, seat);
      keeper.drop(personId);
    } catch {
      // Ended next round.
    }
  }
}
