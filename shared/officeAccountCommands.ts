// 账户 on the office server: in an office, accounts are the office's. A seat does not push these
// commands from its log (the log never holds a password's hash); the server runs them itself at
// its sign-in and account calls (server/accounts.ts) — the password checked or hashed there — with
// the same decisions the single seat takes (shared/accountCommands.ts), read here once for both.
import type { z } from 'zod';
import {
  attemptArgs,
  changePasswordArgs,
  decideAttempt,
  decideChangePassword,
  decideCreate,
  decideReset,
  decideSeatEvent,
  decideSetDisabled,
  disabledArgs,
  seatEventArgs,
  setPasswordArgs,
  type AccountSeen,
  type AttemptValue,
} from './accountCommands';
import type { Account } from './accounts';
import type { SharedCommand } from './officeCommands';
import type { StoreReads } from './storeReads';

/** The person and their account: what every account command reads. */
export const accountSeen = async (store: StoreReads, personId: string): Promise<AccountSeen> => ({
  person: await store.people.get(personId),
  account: await store.accounts.get(personId),
});

/** An account command about the person its arguments name. */
const aboutPerson = <A extends { personId: string }, T>(
  name: string,
  args: z.ZodType<A>,
  decide: SharedCommand<A, AccountSeen, T>['decide'],
): SharedCommand<A, AccountSeen, T> => ({
  name,
  args,
  tables: ['accounts', 'people'],
  read: (store, { personId }) => accountSeen(store, personId),
  decide,
});

export const officeAttemptCommand = aboutPerson<z.output<typeof attemptArgs>, AttemptValue>('account.attempt', attemptArgs, decideAttempt);
export const officeCreateCommand = aboutPerson<z.output<typeof setPasswordArgs>, Account>('account.create', setPasswordArgs, decideCreate);
export const officeResetCommand = aboutPerson<z.output<typeof setPasswordArgs>, Account>('account.reset', setPasswordArgs, decideReset);
export const officeSetDisabledCommand = aboutPerson<z.output<typeof disabledArgs>, Account>(
  'account.setDisabled',
  disabledArgs,
  decideSetDisabled,
);
export const officeSeatEventCommand = aboutPerson<z.output<typeof seatEventArgs>, void>('account.seatEvent', seatEventArgs, (s, args) =>
  decideSeatEvent(s, args),
);
/** Changing one's own password reads the person signed in. */
export const officeChangePasswordCommand: SharedCommand<z.output<typeof changePasswordArgs>, AccountSeen, Account> = {
  name: 'account.changePassword',
  args: changePasswordArgs,
  tables: ['accounts', 'people'],
  read: (store, _args, stamp) => accountSeen(store, stamp.actor.id),
  decide: decideChangePassword,
};
