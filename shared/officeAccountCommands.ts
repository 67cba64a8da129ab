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

const seen = async (store: StoreReads, personId: string): Promise<AccountSeen> => ({
  person: await store.people.get(personId),
  account: await store.accounts.get(personId),
});

const TABLES = ['accounts', 'people'] as const;

export const officeAttemptCommand: SharedCommand<z.output<typeof attemptArgs>, AccountSeen, AttemptValue> = {
  name: 'account.attempt',
  args: attemptArgs,
  tables: TABLES,
  read: (store, { personId }) => seen(store, personId),
  decide: decideAttempt,
};
export const officeCreateCommand: SharedCommand<z.output<typeof setPasswordArgs>, AccountSeen, Account> = {
  name: 'account.create',
  args: setPasswordArgs,
  tables: TABLES,
  read: (store, { personId }) => seen(store, personId),
  decide: decideCreate,
};
export const officeResetCommand: SharedCommand<z.output<typeof setPasswordArgs>, AccountSeen, Account> = {
  name: 'account.reset',
  args: setPasswordArgs,
  tables: TABLES,
  read: (store, { personId }) => seen(store, personId),
  decide: decideReset,
};
export const officeSetDisabledCommand: SharedCommand<z.output<typeof disabledArgs>, AccountSeen, Account> = {
  name: 'account.setDisabled',
  args: disabledArgs,
  tables: TABLES,
  read: (store, { personId }) => seen(store, personId),
  decide: decideSetDisabled,
};
export const officeChangePasswordCommand: SharedCommand<z.output<typeof changePasswordArgs>, AccountSeen, Account> = {
  name: 'account.changePassword',
  args: changePasswordArgs,
  tables: TABLES,
  read: (store, _args, stamp) => seen(store, stamp.actor.id),
  decide: decideChangePassword,
};
export const officeSeatEventCommand: SharedCommand<z.output<typeof seatEventArgs>, AccountSeen, void> = {
  name: 'account.seatEvent',
  args: seatEventArgs,
  tables: TABLES,
  read: (store, { personId }) => seen(store, personId),
  decide: (s, args) => decideSeatEvent(s, args),
};
