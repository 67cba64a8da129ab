// 组织机构, 值班表, 应急联系名单: the commands for people, teams, task forces, duty shifts and
// outside contacts — what each reads; the decisions are in shared/organisationCommands.ts and the
// executor writes each change with its audit entry in one transaction.
import type { Contact, DutyShift } from '@shared/command';
import type { Person, Team } from '@shared/model';
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
  type ContactInput,
  type PersonInput,
  type ShiftInput,
  type TeamInput,
} from '@shared/organisationCommands';
import type { Result } from '@shared/result';
import { addDays } from '@shared/time';
import type { WriteContext } from './context';
import { execute, type Command } from './executor';
import type { ConsoleDb } from './schema';

export {
  ORGANISATION_TIMELINE,
  isValidContactPhone,
  type ContactInput,
  type PersonInput,
  type ShiftInput,
  type TeamInput,
} from '@shared/organisationCommands';

const isCommander = (p: Pick<Person, 'role'>) => p.role === 'leader' || p.role === 'deputy';
const otherCommanders = (db: ConsoleDb, id: string | null) => db.people.filter((p) => p.id !== id && isCommander(p)).count();
const anyMissing = async (db: ConsoleDb, ids: readonly string[]) => (await db.people.bulkGet([...ids])).some((p) => !p);

export const savePersonCommand: Command<ReturnType<typeof savePersonArgs.parse>, Parameters<typeof decideSavePerson>[0], Person> = {
  name: 'person.save',
  args: savePersonArgs,
  tables: ['people'],
  read: async (db, { id }) => ({ before: id ? await db.people.get(id) : undefined, otherCommanders: await otherCommanders(db, id) }),
  decide: decideSavePerson,
};

export const removePersonCommand: Command<ReturnType<typeof removePersonArgs.parse>, Parameters<typeof decideRemovePerson>[0], number> = {
  name: 'person.remove',
  args: removePersonArgs,
  tables: ['people', 'teams', 'instructions', 'duty'],
  read: async (db, { id, reassignTo }, stamp) => ({
    person: await db.people.get(id),
    otherCommanders: await otherCommanders(db, id),
    openInstructions: await db.instructions
      .where('assigneeId')
      .equals(id)
      .filter((i) => i.state !== 'accepted')
      .toArray(),
    target: reassignTo ? await db.people.get(reassignTo) : undefined,
    teams: await db.teams.filter((t) => t.leadId === id || t.memberIds.includes(id)).toArray(),
    comingShifts: await db.duty
      .where('personId')
      .equals(id)
      .filter((s) => s.date >= todayOf(stamp))
      .toArray(),
  }),
  decide: decideRemovePerson,
};

export const saveTeamCommand: Command<ReturnType<typeof saveTeamArgs.parse>, Parameters<typeof decideSaveTeam>[0], Team> = {
  name: 'team.save',
  args: saveTeamArgs,
  tables: ['teams', 'people'],
  read: async (db, { id, memberIds }) => ({
    before: id ? await db.teams.get(id) : undefined,
    missingPeople: await anyMissing(db, memberIds),
  }),
  decide: decideSaveTeam,
};

export const saveTaskForceCommand: Command<ReturnType<typeof saveTaskForceArgs.parse>, Parameters<typeof decideSaveTaskForce>[0], Team> = {
  name: 'taskForce.save',
  args: saveTaskForceArgs,
  tables: ['teams', 'people', 'incidents'],
  read: async (db, { incidentId, leadId, memberIds }) => ({
    incident: await db.incidents.get(incidentId),
    before: await db.teams.where('incidentId').equals(incidentId).first(),
    missingPeople: await anyMissing(db, memberIds),
    lead: await db.people.get(leadId),
  }),
  decide: decideSaveTaskForce,
};

export const saveShiftCommand: Command<ReturnType<typeof saveShiftArgs.parse>, Parameters<typeof decideSaveShift>[0], DutyShift> = {
  name: 'shift.save',
  args: saveShiftArgs,
  tables: ['duty', 'people'],
  read: async (db, { id, personId, date }) => ({
    person: await db.people.get(personId),
    exists: id ? Boolean(await db.duty.get(id)) : false,
    neighbours: await db.duty
      .where('date')
      .between(addDays(date, -1), addDays(date, 1), true, true)
      .filter((s) => s.personId === personId)
      .toArray(),
  }),
  decide: decideSaveShift,
};

export const removeShiftCommand: Command<{ id: string }, Parameters<typeof decideRemoveShift>[0], void> = {
  name: 'shift.remove',
  args: removeArgs,
  tables: ['duty', 'people'],
  read: async (db, { id }) => {
    const shift = await db.duty.get(id);
    return { shift, person: shift ? await db.people.get(shift.personId) : undefined };
  },
  decide: decideRemoveShift,
};

export const saveContactCommand: Command<ReturnType<typeof saveContactArgs.parse>, { exists: boolean }, Contact> = {
  name: 'contact.save',
  args: saveContactArgs,
  tables: ['contacts'],
  read: async (db, { id }) => ({ exists: id ? Boolean(await db.contacts.get(id)) : false }),
  decide: decideSaveContact,
};

export const removeContactCommand: Command<{ id: string }, { contact: Contact | undefined }, void> = {
  name: 'contact.remove',
  args: removeArgs,
  tables: ['contacts'],
  read: async (db, { id }) => ({ contact: await db.contacts.get(id) }),
  decide: decideRemoveContact,
};

// The screens' calls, as before: each runs its command through the executor.
export const savePerson = (db: ConsoleDb, id: string | null, input: PersonInput, ctx: WriteContext): Promise<Result<Person>> =>
  execute(db, savePersonCommand, { ...input, id }, ctx);
export const removePerson = (db: ConsoleDb, id: string, reassignTo: string | null, ctx: WriteContext): Promise<Result<number>> =>
  execute(db, removePersonCommand, { id, reassignTo }, ctx);
export const saveTeam = (db: ConsoleDb, id: string | null, input: TeamInput, ctx: WriteContext): Promise<Result<Team>> =>
  execute(db, saveTeamCommand, { ...input, id }, ctx);
export const saveTaskForce = (db: ConsoleDb, incidentId: string, input: { leadId: string; memberIds: string[] }, ctx: WriteContext) =>
  execute(db, saveTaskForceCommand, { ...input, incidentId }, ctx);
export const saveShift = (db: ConsoleDb, id: string | null, input: ShiftInput, ctx: WriteContext): Promise<Result<DutyShift>> =>
  execute(db, saveShiftCommand, { ...input, id }, ctx);
export const removeShift = (db: ConsoleDb, id: string, ctx: WriteContext): Promise<Result<void>> =>
  execute(db, removeShiftCommand, { id }, ctx);
export const saveContact = (db: ConsoleDb, id: string | null, input: ContactInput, ctx: WriteContext): Promise<Result<Contact>> =>
  execute(db, saveContactCommand, { ...input, id }, ctx);
export const removeContact = (db: ConsoleDb, id: string, ctx: WriteContext): Promise<Result<void>> =>
  execute(db, removeContactCommand, { id }, ctx);
