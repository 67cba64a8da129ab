// Reading the organisation: teams (a small table, read whole), an incident's task force, the
// contacts directory and the duty roster by date.
import type { Contact, DutyShift } from '@shared/command';
import type { Team } from '@shared/model';
import type { ConsoleDb } from '../schema';
import { useRead } from './live';

export const teamsOf = (db: ConsoleDb, kinds: readonly Team['kind'][]): Promise<Team[]> =>
  db.teams
    .where('kind')
    .anyOf([...kinds])
    .toArray();

/** The 专项处理小组 formed for a level-1 incident, if any. */
export const taskForceOf = (db: ConsoleDb, incidentId: string): Promise<Team | undefined> =>
  db.teams.where('incidentId').equals(incidentId).first();

/** The duty shifts of these plan dates (YYYY-MM-DD). */
export const dutyOn = (db: ConsoleDb, dates: readonly string[]): Promise<DutyShift[]> =>
  db.duty
    .where('date')
    .anyOf([...dates])
    .toArray();

/** The duty shifts from `first` to `last`, both included. */
export const dutyBetween = (db: ConsoleDb, first: string, last: string): Promise<DutyShift[]> =>
  db.duty.where('date').between(first, last, true, true).toArray();

/** Every team: the leading group, working teams, departments and task forces; none while reading. */
export function useTeams(): Team[] {
  return useLoadedTeams() ?? [];
}

/** Every team, or undefined until they are read (for a screen that waits for them). */
export function useLoadedTeams(): Team[] | undefined {
  return useRead((db) => db.teams.toArray(), []);
}

/** Only teams of these kinds, through the kind index. */
export function useTeamsOfKinds(...kinds: Team['kind'][]): Team[] | undefined {
  return useRead((db) => teamsOf(db, kinds), [kinds.join('|')]);
}

/** undefined while reading or when the incident has no task force. */
export function useTaskForceOf(incidentId: string): Team | undefined {
  return useRead((db) => taskForceOf(db, incidentId), [incidentId]);
}

export function useContacts(): Contact[] {
  return useRead((db) => db.contacts.toArray(), []) ?? [];
}

export function useDutyOn(dates: readonly string[]): DutyShift[] {
  return useRead((db) => dutyOn(db, dates), [dates.join()]) ?? [];
}

export function useDutyBetween(first: string, last: string): DutyShift[] {
  return useRead((db) => dutyBetween(db, first, last), [first, last]) ?? [];
}
