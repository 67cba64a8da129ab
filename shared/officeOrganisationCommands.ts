// 组织机构, 值班表, 应急联系名单: what each command for people, teams, task forces, duty shifts and
// outside contacts reads, written once against the store interface (shared/storeReads.ts) so the
// seat and the office server read and decide them the same; the decisions are in
// shared/organisationCommands.ts.
import type { Contact, DutyShift } from './command';
import type { Person, Team } from './model';
import type { SharedCommand } from './officeCommands';
import {
  decideRemoveContact,
  decideRemovePerson,
  decideRemoveShift,
  decideSaveContact,
  decideSavePerson,
  decideSaveShift,
  decideSaveTaskForce,
  decideSaveTeam,
  removeArgs,
  removePersonArgs,
  saveContactArgs,
  savePersonArgs,
  saveShiftArgs,
  saveTaskForceArgs,
  saveTeamArgs,
  todayOf,
} from './organisationCommands';
import type { StoreReads } from './storeReads';
import { addDays } from './time';

const isCommander = (p: Pick<Person, 'role'>) => p.role === 'leader' || p.role === 'deputy';
const otherCommanders = async (store: StoreReads, id: string | null) =>
  (await store.people.toArray()).filter((p) => p.id !== id && isCommander(p)).length;
const anyMissing = async (store: StoreReads, ids: readonly string[]) => (await store.people.bulkGet([...ids])).some((p) => !p);

export const savePersonCommand: SharedCommand<ReturnType<typeof savePersonArgs.parse>, Parameters<typeof decideSavePerson>[0], Person> = {
  name: 'person.save',
  args: savePersonArgs,
  tables: ['people'],
  read: async (store, { id }) => ({
    before: id ? await store.people.get(id) : undefined,
    otherCommanders: await otherCommanders(store, id),
  }),
  decide: decideSavePerson,
};

export const removePersonCommand: SharedCommand<
  ReturnType<typeof removePersonArgs.parse>,
  Parameters<typeof decideRemovePerson>[0],
  number
> = {
  name: 'person.remove',
  args: removePersonArgs,
  tables: ['people', 'teams', 'instructions', 'duty'],
  read: async (store, { id, reassignTo }, stamp) => ({
    person: await store.people.get(id),
    otherCommanders: await otherCommanders(store, id),
    openInstructions: (await store.instructions.where('assigneeId').equals(id).toArray()).filter((i) => i.state !== 'accepted'),
    target: reassignTo ? await store.people.get(reassignTo) : undefined,
    teams: (await store.teams.toArray()).filter((t) => t.leadId === id || t.memberIds.includes(id)),
    comingShifts: (await store.duty.where('personId').equals(id).toArray()).filter((s) => s.date >= todayOf(stamp)),
  }),
  decide: decideRemovePerson,
};

export const saveTeamCommand: SharedCommand<ReturnType<typeof saveTeamArgs.parse>, Parameters<typeof decideSaveTeam>[0], Team> = {
  name: 'team.save',
  args: saveTeamArgs,
  tables: ['teams', 'people'],
  read: async (store, { id, memberIds }) => ({
    before: id ? await store.teams.get(id) : undefined,
    missingPeople: await anyMissing(store, memberIds),
  }),
  decide: decideSaveTeam,
};

export const saveTaskForceCommand: SharedCommand<
  ReturnType<typeof saveTaskForceArgs.parse>,
  Parameters<typeof decideSaveTaskForce>[0],
  Team
> = {
  name: 'taskForce.save',
  args: saveTaskForceArgs,
  tables: ['teams', 'people', 'incidents'],
  read: async (store, { incidentId, leadId, memberIds }) => ({
    incident: await store.incidents.get(incidentId),
    before: await store.teams.where('incidentId').equals(incidentId).first(),
    missingPeople: await anyMissing(store, memberIds),
    lead: await store.people.get(leadId),
  }),
  decide: decideSaveTaskForce,
};

export const saveShiftCommand: SharedCommand<ReturnType<typeof saveShiftArgs.parse>, Parameters<typeof decideSaveShift>[0], DutyShift> = {
  name: 'shift.save',
  args: saveShiftArgs,
  tables: ['duty', 'people'],
  read: async (store, { id, personId, date }) => ({
    person: await store.people.get(personId),
    exists: id ? Boolean(await store.duty.get(id)) : false,
    // The day before, the day and the day after, in date order.
    neighbours: (
      await Promise.all([addDays(date, -1), date, addDays(date, 1)].map((day) => store.duty.where('date').equals(day).toArray()))
    )
      .flat()
      .filter((s) => s.personId === personId),
  }),
  decide: decideSaveShift,
};

export const removeShiftCommand: SharedCommand<{ id: string }, Parameters<typeof decideRemoveShift>[0], void> = {
  name: 'shift.remove',
  args: removeArgs,
  tables: ['duty', 'people'],
  read: async (store, { id }) => {
    const shift = await store.duty.get(id);
    return { shift, person: shift ? await store.people.get(shift.personId) : undefined };
  },
  decide: decideRemoveShift,
};

export const saveContactCommand: SharedCommand<ReturnType<typeof saveContactArgs.parse>, { exists: boolean }, Contact> = {
  name: 'contact.save',
  args: saveContactArgs,
  tables: ['contacts'],
  read: async (store, { id }) => ({ exists: id ? Boolean(await store.contacts.get(id)) : false }),
  decide: decideSaveContact,
};

export const removeContactCommand: SharedCommand<{ id: string }, { contact: Contact | undefined }, void> = {
  name: 'contact.remove',
  args: removeArgs,
  tables: ['contacts'],
  read: async (store, { id }) => ({ contact: await store.contacts.get(id) }),
  decide: decideRemoveContact,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of commands of many argument types
export const ORGANISATION_COMMANDS: readonly SharedCommand<any, any, any>[] = [
  savePersonCommand,
  removePersonCommand,
  saveTeamCommand,
  saveTaskForceCommand,
  saveShiftCommand,
  removeShiftCommand,
  saveContactCommand,
  removeContactCommand,
];
