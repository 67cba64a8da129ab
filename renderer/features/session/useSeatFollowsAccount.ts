// The seat follows what happens to the signed-in person's record meanwhile: a new role (or name)
// given in 组织机构 counts from the next command on; a removed person or a disabled account is
// signed out at once.
import { useEffect } from 'react';
import { accountsDb, signOut } from '../../db/accounts';
import { useSignedInRecord } from '../../db/reads/accounts';
import { seat } from '../../db/seat';
import { useConsole } from '../../db/DatabaseContext';
import { useSeat } from './useSeat';

export function useSeatFollowsAccount(): void {
  const { person } = useSeat();
  const { plan, plans, calendar, now } = useConsole();
  const record = useSignedInRecord(person?.id ?? null);
  useEffect(() => {
    if (!person || !record || record.personId !== person.id) return;
    if (!record.person || !record.account || record.account.disabled) {
      void signOut(accountsDb(), { actor: person, plan, plans, calendar, now: now() });
      return;
    }
    seat.personChanged({ id: record.person.id, name: record.person.name, role: record.person.role });
  }, [person, record, plan, plans, calendar, now]);
}
