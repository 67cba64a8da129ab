// 组织机构, 值班表, 应急联系名单: the screens' calls for people, teams, task forces, duty shifts and
// outside contacts; the commands (read in shared/officeOrganisationCommands.ts, decided in
// shared/organisationCommands.ts) go through the executor with their audit entry in one transaction.
import type { Contact, DutyShift } from '@shared/command';
import type { Person, Team } from '@shared/model';
import type { ContactInput, PersonInput, ShiftInput, TeamInput } from '@shared/organisationCommands';
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute } from './executor';
import type { ConsoleDb } from './schema';
import * as sharedCommands from '@shared/officeOrganisationCommands';

export {
  ORGANISATION_TIMELINE,
  isValidContactPhone,
  type ContactInput,
  type PersonInput,
  type ShiftInput,
  type TeamInput,
} from '@shared/organisationCommands';

// Read and decided the same on the office server (shared/officeOrganisationCommands.ts).
export const {
  savePersonCommand,
  removePersonCommand,
  saveTeamCommand,
  saveTaskForceCommand,
  saveShiftCommand,
  removeShiftCommand,
  saveContactCommand,
  removeContactCommand,
} = sharedCommands;

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
