// The accounts and the people who may sign in, read live from the live database's own connection
// (accountsDb): a rehearsal signs in with the same accounts.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Account } from '@shared/accounts';
import { ROLES, type Person, type TimelineEntry } from '@shared/model';
import { ORGANISATION_TIMELINE } from '@shared/organisationCommands';
import { accountsDb } from '../accounts';

/** Every account; undefined while the first answer is on its way. */
export function useAccounts(): Account[] | undefined {
  return useLiveQuery(() => accountsDb().accounts.toArray(), []);
}

/** The live database's people in command order: who may be signing in. */
export function useSignInPeople(): Person[] {
  const people = useLiveQuery(() => accountsDb().people.toArray(), []);
  return (people ?? []).slice().sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.name.localeCompare(b.name, 'zh-CN'));
}

const SEAT_KINDS = new Set([
  'signed-in',
  'sign-in-failed',
  'account-locked',
  'sign-in-while-locked',
  'signed-out',
  'seat-locked',
  'seat-unlocked',
  'password-reset',
  'password-changed',
  'account-created',
  'account-disabled',
  'account-enabled',
]);

/** The latest sign-ins, failures, locks and account changes, newest first (from the organisation's audit). */
export function useSeatLog(count: number): TimelineEntry[] | undefined {
  return useLiveQuery(async () => {
    const entries = await accountsDb().timeline.where('incidentId').equals(ORGANISATION_TIMELINE).toArray();
    return entries
      .filter((entry) => SEAT_KINDS.has(entry.kind))
      .sort((a, b) => b.at.localeCompare(a.at))
      .slice(0, count);
  }, [count]);
}

/** The signed-in person as the live database has them now, with their account (null once gone). */
export function useSignedInRecord(
  personId: string | null,
): { personId: string | null; person: Person | null; account: Account | null } | undefined {
  // The answer names whom it is about: a live query still holds its last answer while the next is on its way.
  return useLiveQuery(async () => {
    if (!personId) return { personId, person: null, account: null };
    const [person, account] = await Promise.all([accountsDb().people.get(personId), accountsDb().accounts.get(personId)]);
    return { personId, person: person ?? null, account: account ?? null };
  }, [personId]);
}
