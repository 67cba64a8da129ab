// 组织机构, 值班表, 应急联系名单 as commands: the argument schemas and the pure decisions for
// people, teams, task forces, duty shifts and outside contacts. Each decision writes its rows and
// its audit entry (organisation timeline, or the incident's for a task force) or refuses.
import { z } from 'zod';
import { CONTACT_CATEGORIES, type Contact, type DutyShift, type Instruction } from './command';
import { decided, refused, stamped, type Decision, type RowWrite, type Stamp, type TimelineAppend } from './commandKit';
import { ROLES, type Incident, type Person, type Team } from './model';
import { isValidPhone } from './registration';
import { shiftSpan } from './roster';
import { planDateOf } from './time';
import { taskForceRefusal } from './taskForce';
import { timelineBody, type TimelineKind, type TimelineParams } from './timelineKinds';

/** Audit entries of the organisation (not of one incident) are kept under this key. */
export const ORGANISATION_TIMELINE = 'organisation';

/** Outside bodies are reached on short service numbers (110, 12315, 95xxx) as well as full ones. */
export const isValidContactPhone = (value: string) => isValidPhone(value) || /^(1\d{2}|1\d{4}|9\d{4,5})$/.test(value.replace(/\s+/g, ''));

const required = (max: number) => z.string().trim().min(1, { error: 'validation.required' }).max(max, { error: 'validation.tooLong' });
const optional = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' });
const phone = z
  .string()
  .trim()
  .refine((v) => v === '' || isValidPhone(v), { error: 'validation.phone' });
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'organisation.validation.time' });
/** The record a form changes; null adds one. */
const recordId = z.string().min(1).nullable();

export const personSchema = z.object({
  name: required(50),
  role: z.enum(ROLES, { error: 'validation.choose' }),
  title: optional(100),
  phone: phone.refine((v) => v !== '', { error: 'validation.required' }),
  department: optional(100),
});
export const teamSchema = z
  .object({
    name: optional(100),
    duties: required(1000),
    leadId: z.string(),
    memberIds: z.array(z.string()),
    phone,
  })
  .refine((v) => v.leadId === '' || v.memberIds.includes(v.leadId), { path: ['leadId'], error: 'organisation.validation.leadNotMember' });
export const taskForceSchema = z
  .object({ leadId: z.string().min(1, { error: 'validation.choose' }), memberIds: z.array(z.string()) })
  .refine((v) => v.memberIds.includes(v.leadId), { path: ['leadId'], error: 'organisation.validation.leadNotMember' });
export const shiftSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'organisation.validation.date' }),
  personId: z.string().min(1, { error: 'validation.choose' }),
  post: z.enum(['leader', 'officer'], { error: 'validation.choose' }),
  start: hhmm,
  end: hhmm,
});
export const contactSchema = z.object({
  category: z.enum(CONTACT_CATEGORIES, { error: 'validation.choose' }),
  organisation: required(100),
  name: optional(50),
  title: optional(100),
  phones: z
    .array(z.string().trim())
    .transform((list) => list.filter((p) => p !== ''))
    .refine((list) => list.length > 0, { error: 'organisation.validation.phoneRequired' })
    .refine((list) => list.every(isValidContactPhone), { error: 'validation.phone' }),
  notes: optional(500),
});
export type PersonInput = z.input<typeof personSchema>;
export type TeamInput = z.input<typeof teamSchema>;
export type ShiftInput = z.input<typeof shiftSchema>;
export type ContactInput = z.input<typeof contactSchema>;

const audit = <K extends TimelineKind>(kind: K, params: TimelineParams[K]): TimelineAppend => ({
  incidentId: ORGANISATION_TIMELINE,
  ...timelineBody(kind, params),
});
const isCommander = (p: Pick<Person, 'role'>) => p.role === 'leader' || p.role === 'deputy';

// ---- People -----------------------------------------------------------------------------------

export const savePersonArgs = personSchema.extend({ id: recordId });
export type SavePersonArgs = z.output<typeof savePersonArgs>;
/** What saving a person reads: the record before, and how many other leaders and deputies there are. */
export type PersonSeen = { before: Person | undefined; otherCommanders: number };

/** Adds a person (no id) or changes one; an edited sample is the office's own from then on. */
export function decideSavePerson(seen: PersonSeen, { id, ...input }: SavePersonArgs, stamp: Stamp): Decision<Person> {
  const { before } = seen;
  if (id && !before) return refused('person-not-found');
  // Someone must always be able to activate a level-1 response.
  if (before && isCommander(before) && !isCommander(input) && seen.otherCommanders === 0)
    return refused('only-leader', { name: before.name });
  // Who is leader decides who may do everything: only the leader names or unnames one (a deputy
  // cannot make himself leader, nor demote the leader to reset his password).
  if ((input.role === 'leader' || before?.role === 'leader') && input.role !== before?.role && stamp.actor.role !== 'leader')
    return refused('person-leader-by-leader');
  const person: Person = { id: id ?? stamp.newId(), ...input, sample: false, ...stamped(stamp) };
  return decided(person, [{ put: 'people', row: person }], [audit(before ? 'person-changed' : 'person-added', { name: person.name })]);
}

export const removePersonArgs = z.object({ id: z.string().min(1), reassignTo: z.string().min(1).nullable() });
export type RemovePersonArgs = z.output<typeof removePersonArgs>;
export type RemovePersonSeen = {
  person: Person | undefined;
  otherCommanders: number;
  /** Their instructions not yet accepted. */
  openInstructions: Instruction[];
  target: Person | undefined;
  teams: Team[];
  /** Their shifts from today on. */
  comingShifts: DutyShift[];
};

/**
 * Removes a person. Their open instructions must go to someone else in the same change, and the
 * last leader or deputy stays; shifts still to come go (past ones are history).
 */
export function decideRemovePerson(seen: RemovePersonSeen, args: RemovePersonArgs, stamp: Stamp): Decision<number> {
  const { person, openInstructions: open } = seen;
  if (!person) return refused('person-not-found');
  if (isCommander(person) && seen.otherCommanders === 0) return refused('only-leader', { name: person.name });
  const target = args.reassignTo === args.id ? undefined : seen.target;
  if (open.length > 0) {
    if (!args.reassignTo) return refused('person-has-open-instructions', { name: person.name, count: open.length });
    if (!target) return refused('reassign-target-invalid');
  }
  const writes: RowWrite[] = [
    ...open.map((i) => ({ put: 'instructions' as const, row: { ...i, assigneeId: target!.id, ...stamped(stamp) } })),
    ...seen.teams.map((t) => ({
      put: 'teams' as const,
      row: {
        ...t,
        memberIds: t.memberIds.filter((m) => m !== person.id),
        leadId: t.leadId === person.id ? undefined : t.leadId,
        ...stamped(stamp),
      },
    })),
    ...seen.comingShifts.map((s) => ({ remove: 'duty' as const, key: s.id })),
    { remove: 'people', key: person.id },
  ];
  const reassigned = open.length > 0 && target;
  return decided(open.length, writes, [
    audit(reassigned ? 'person-removed-reassigned' : 'person-removed', {
      name: person.name,
      ...(reassigned ? { to: target.name, count: open.length } : {}),
    }),
  ]);
}

/** The first day whose shifts are still to come for a removal now. */
export const todayOf = (stamp: Stamp) => planDateOf(stamp.nowMs, stamp.utcOffsetMinutes);

// ---- Teams ------------------------------------------------------------------------------------

export const saveTeamArgs = teamSchema.and(z.object({ id: recordId }));
export type SaveTeamArgs = z.output<typeof saveTeamArgs>;
export type TeamSeen = { before: Team | undefined; missingPeople: boolean };

/** Changes a team's lead, members, duties and phone; with no id, adds a department. */
export function decideSaveTeam(seen: TeamSeen, args: SaveTeamArgs, stamp: Stamp): Decision<Team> {
  const { id, name, duties, leadId, memberIds, phone } = args;
  if (!id && name === '') return refused('validation', { name: 'validation.required' });
  if (seen.missingPeople) return refused('person-not-found');
  const { before } = seen;
  if (id && !before) return refused('team-not-found');
  const members = [...new Set(memberIds)];
  const team: Team = before
    ? {
        ...before,
        ...(name && name !== before.name.zh ? { name: { zh: name } } : {}),
        duties: duties === before.duties.zh ? before.duties : { zh: duties },
        leadId: leadId || undefined,
        memberIds: members,
        phone,
        sample: false,
        ...stamped(stamp),
      }
    : {
        id: stamp.newId(),
        code: `department-${stamp.newId()}`,
        kind: 'department',
        name: { zh: name },
        duties: { zh: duties },
        ...(leadId ? { leadId } : {}),
        memberIds: members,
        phone,
        sample: false,
        ...stamped(stamp),
      };
  return decided(team, [{ put: 'teams', row: team }], [audit(before ? 'team-changed' : 'department-added', { team: team.name.zh })]);
}

export const saveTaskForceArgs = taskForceSchema.and(z.object({ incidentId: z.string().min(1) }));
export type SaveTaskForceArgs = z.output<typeof saveTaskForceArgs>;
export type TaskForceSeen = { incident: Incident | undefined; before: Team | undefined; missingPeople: boolean; lead: Person | undefined };

/** 专项处理小组: formed or changed by the leader or a deputy, for an open level-1 incident only. */
export function decideSaveTaskForce(seen: TaskForceSeen, args: SaveTaskForceArgs, stamp: Stamp): Decision<Team> {
  if (!isCommander(stamp.actor)) return refused('task-force-needs-leader');
  const { incident, before } = seen;
  if (!incident) return refused('incident-not-found');
  const refusal = taskForceRefusal(incident, stamp.actor);
  if (refusal) return refused(refusal.code, 'params' in refusal ? refusal.params : undefined);
  if (seen.missingPeople) return refused('person-not-found');
  const team: Team = {
    id: before?.id ?? stamp.newId(),
    code: `task-force-${incident.number}`,
    kind: 'task-force',
    name: before?.name ?? { zh: `${incident.number} 专项处理小组`, en: `${incident.number} special task force` },
    duties: before?.duties ?? { zh: incident.title },
    leadId: args.leadId,
    memberIds: [...new Set(args.memberIds)],
    incidentId: incident.id,
    phone: before?.phone ?? '',
    sample: false,
    ...stamped(stamp),
  };
  return decided(
    team,
    [{ put: 'teams', row: team }],
    [
      {
        incidentId: incident.id,
        kind: before ? 'task-force-changed' : 'task-force-formed',
        params: { lead: seen.lead?.name ?? '', count: team.memberIds.length },
      },
    ],
  );
}

// ---- Duty shifts --------------------------------------------------------------------------------

export const saveShiftArgs = shiftSchema.extend({ id: recordId });
export type SaveShiftArgs = z.output<typeof saveShiftArgs>;
/** The person, whether the shift exists, and the person's other shifts of the day before to the day after. */
export type ShiftSeen = { person: Person | undefined; exists: boolean; neighbours: DutyShift[] };

/** Adds or changes a shift; the same person cannot be on two shifts at once. */
export function decideSaveShift(seen: ShiftSeen, { id, ...value }: SaveShiftArgs, stamp: Stamp): Decision<DutyShift> {
  const { person } = seen;
  if (!person) return refused('person-not-found');
  if (id && !seen.exists) return refused('shift-not-found');
  const span = shiftSpan(value, stamp.utcOffsetMinutes);
  const clash = seen.neighbours.find((s) => {
    const other = shiftSpan(s, stamp.utcOffsetMinutes);
    return s.id !== id && other.from < span.to && span.from < other.to;
  });
  if (clash) return refused('shift-overlap', { name: person.name, date: clash.date, start: clash.start, end: clash.end });
  const shift: DutyShift = { id: id ?? stamp.newId(), ...value, ...stamped(stamp) };
  return decided(
    shift,
    [{ put: 'duty', row: shift }],
    [audit(id ? 'shift-changed' : 'shift-added', { name: person.name, date: value.date, start: value.start, end: value.end })],
  );
}

export const removeArgs = z.object({ id: z.string().min(1) });
export type ShiftRemovalSeen = { shift: DutyShift | undefined; person: Person | undefined };

export function decideRemoveShift(seen: ShiftRemovalSeen, _args: z.output<typeof removeArgs>): Decision<void> {
  const { shift } = seen;
  if (!shift) return refused('shift-not-found');
  return decided(
    undefined,
    [{ remove: 'duty', key: shift.id }],
    [audit('shift-removed', { name: seen.person?.name ?? '', date: shift.date, start: shift.start, end: shift.end })],
  );
}

// ---- Outside contacts ---------------------------------------------------------------------------

export const saveContactArgs = contactSchema.extend({ id: recordId });
export type SaveContactArgs = z.output<typeof saveContactArgs>;

/** Adds or changes an outside body on the emergency contact list. */
export function decideSaveContact(seen: { exists: boolean }, { id, ...input }: SaveContactArgs, stamp: Stamp): Decision<Contact> {
  if (id && !seen.exists) return refused('contact-not-found');
  const contact: Contact = { id: id ?? stamp.newId(), ...input, sample: false, ...stamped(stamp) };
  return decided(
    contact,
    [{ put: 'contacts', row: contact }],
    [audit(id ? 'contact-changed' : 'contact-added', { name: contact.organisation })],
  );
}

export function decideRemoveContact(seen: { contact: Contact | undefined }): Decision<void> {
  const { contact } = seen;
  if (!contact) return refused('contact-not-found');
  return decided(undefined, [{ remove: 'contacts', key: contact.id }], [audit('contact-removed', { name: contact.organisation })]);
}
