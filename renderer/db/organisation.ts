// 组织机构, 值班表, 应急联系名单: people, teams, task forces, duty shifts and outside contacts. Every
// write runs in one transaction with its audit entry on the timeline, so nothing is half-saved.
import { z } from 'zod';
import { CONTACT_CATEGORIES, type Contact, type DutyShift } from '@shared/command';
import { newId } from '@shared/ids';
import { taskForceRefusal } from '@shared/taskForce';
import { ROLES, type Incident, type Person, type Team } from '@shared/model';
import { isValidPhone } from '@shared/registration';
import { fail, type Result } from '@shared/result';
import { shiftSpan } from '@shared/roster';
import { addDays, planDateOf } from '@shared/time';
import { appendTimeline, isoAt, Refused, settle, type WriteContext } from './context';
import type { ConsoleDb } from './schema';

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

function parse<S extends z.ZodType>(schema: S, input: unknown): { ok: true; value: z.output<S> } | { ok: false; result: Result<never> } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message;
  return { ok: false, result: fail('validation', errors) };
}

const stamp = (ctx: WriteContext) => ({ updatedAt: isoAt(ctx), updatedBy: ctx.actor.id });
const audit = (db: ConsoleDb, ctx: WriteContext, kind: string, params: Record<string, string | number>) =>
  appendTimeline(db, ctx, { incidentId: ORGANISATION_TIMELINE, kind, params });

async function peopleExist(db: ConsoleDb, ids: string[]) {
  if ((await db.people.bulkGet(ids)).some((p) => !p)) throw new Refused('person-not-found');
}

/** Adds a person (no id) or changes one; an edited sample is the office's own from then on. */
export async function savePerson(db: ConsoleDb, id: string | null, input: PersonInput, ctx: WriteContext): Promise<Result<Person>> {
  const parsed = parse(personSchema, input);
  if (!parsed.ok) return parsed.result;
  return settle(() =>
    db.transaction('rw', [db.people, db.timeline], async () => {
      const before = id ? await db.people.get(id) : undefined;
      if (id && !before) throw new Refused('person-not-found');
      if (before && isCommander(before) && !isCommander(parsed.value) && (await otherCommanders(db, before.id)) === 0)
        throw new Refused('only-leader', { name: before.name });
      const person: Person = { id: id ?? newId(), ...parsed.value, sample: false, ...stamp(ctx) };
      await db.people.put(person);
      await audit(db, ctx, before ? 'person-changed' : 'person-added', { name: person.name });
      return person;
    }),
  );
}

const isCommander = (p: Pick<Person, 'role'>) => p.role === 'leader' || p.role === 'deputy';
const otherCommanders = (db: ConsoleDb, id: string) => db.people.filter((p) => p.id !== id && isCommander(p)).count();

/**
 * Removes a person. Their open instructions (not yet accepted) must go to someone else in the
 * same transaction, and the last leader or deputy stays: someone must be able to activate level 1.
 */
export async function removePerson(db: ConsoleDb, id: string, reassignTo: string | null, ctx: WriteContext): Promise<Result<number>> {
  return settle(() =>
    db.transaction('rw', [db.people, db.teams, db.instructions, db.duty, db.timeline], async () => {
      const person = await db.people.get(id);
      if (!person) throw new Refused('person-not-found');
      if (isCommander(person) && (await otherCommanders(db, id)) === 0) throw new Refused('only-leader', { name: person.name });
      const open = await db.instructions
        .where('assigneeId')
        .equals(id)
        .filter((i) => i.state !== 'accepted')
        .toArray();
      let target: Person | undefined;
      if (open.length > 0) {
        if (!reassignTo) throw new Refused('person-has-open-instructions', { name: person.name, count: open.length });
        target = reassignTo === id ? undefined : await db.people.get(reassignTo);
        if (!target) throw new Refused('reassign-target-invalid');
        await db.instructions.bulkPut(open.map((i) => ({ ...i, assigneeId: target!.id, ...stamp(ctx) })));
      }
      const teams = await db.teams.filter((t) => t.leadId === id || t.memberIds.includes(id)).toArray();
      await db.teams.bulkPut(
        teams.map((t) => ({
          ...t,
          memberIds: t.memberIds.filter((m) => m !== id),
          leadId: t.leadId === id ? undefined : t.leadId,
          ...stamp(ctx),
        })),
      );
      // Shifts still to come cannot be worked by someone who has left; past ones are history.
      const today = planDateOf(ctx.now, ctx.plan.utcOffsetMinutes);
      await db.duty
        .where('personId')
        .equals(id)
        .filter((s) => s.date >= today)
        .delete();
      await db.people.delete(id);
      await audit(db, ctx, target ? 'person-removed-reassigned' : 'person-removed', {
        name: person.name,
        ...(target ? { to: target.name, count: open.length } : {}),
      });
      return open.length;
    }),
  );
}

/** Changes a team's lead, members, duties and phone; with no id, adds a department. */
export async function saveTeam(db: ConsoleDb, id: string | null, input: TeamInput, ctx: WriteContext): Promise<Result<Team>> {
  const parsed = parse(teamSchema, input);
  if (!parsed.ok) return parsed.result;
  const { name, duties, leadId, memberIds, phone } = parsed.value;
  if (!id && name === '') return fail('validation', { name: 'validation.required' });
  return settle(() =>
    db.transaction('rw', [db.teams, db.people, db.timeline], async () => {
      await peopleExist(db, memberIds);
      const before = id ? await db.teams.get(id) : undefined;
      if (id && !before) throw new Refused('team-not-found');
      const team: Team = before
        ? {
            ...before,
            ...(name && name !== before.name.zh ? { name: { zh: name } } : {}),
            duties: duties === before.duties.zh ? before.duties : { zh: duties },
            leadId: leadId || undefined,
            memberIds: [...new Set(memberIds)],
            phone,
            sample: false,
            ...stamp(ctx),
          }
        : {
            id: newId(),
            code: `department-${newId()}`,
            kind: 'department',
            name: { zh: name },
            duties: { zh: duties },
            ...(leadId ? { leadId } : {}),
            memberIds: [...new Set(memberIds)],
            phone,
            sample: false,
            ...stamp(ctx),
          };
      await db.teams.put(team);
      await audit(db, ctx, before ? 'team-changed' : 'department-added', { team: team.name.zh });
      return team;
    }),
  );
}

/** 专项处理小组: formed or changed by the leader or a deputy, for a level-1 incident only. */
export async function saveTaskForce(
  db: ConsoleDb,
  incidentId: string,
  input: { leadId: string; memberIds: string[] },
  ctx: WriteContext,
): Promise<Result<Team>> {
  if (!isCommander(ctx.actor)) return fail('task-force-needs-leader');
  const parsed = parse(taskForceSchema, input);
  if (!parsed.ok) return parsed.result;
  const { leadId, memberIds } = parsed.value;
  return settle(() =>
    db.transaction('rw', [db.teams, db.people, db.incidents, db.timeline], async () => {
      const incident: Incident | undefined = await db.incidents.get(incidentId);
      if (!incident) throw new Refused('incident-not-found');
      const refusal = taskForceRefusal(incident, ctx.actor);
      if (refusal) throw new Refused(refusal.code, 'params' in refusal ? refusal.params : undefined);
      await peopleExist(db, memberIds);
      const before = await db.teams.where('incidentId').equals(incidentId).first();
      const team: Team = {
        id: before?.id ?? newId(),
        code: `task-force-${incident.number}`,
        kind: 'task-force',
        name: before?.name ?? { zh: `${incident.number} 专项处理小组`, en: `${incident.number} special task force` },
        duties: before?.duties ?? { zh: incident.title },
        leadId,
        memberIds: [...new Set(memberIds)],
        incidentId,
        phone: before?.phone ?? '',
        sample: false,
        ...stamp(ctx),
      };
      await db.teams.put(team);
      const lead = await db.people.get(leadId);
      await appendTimeline(db, ctx, {
        incidentId,
        kind: before ? 'task-force-changed' : 'task-force-formed',
        params: { lead: lead?.name ?? '', count: team.memberIds.length },
      });
      return team;
    }),
  );
}

/** Adds or changes a shift; the same person cannot be on two shifts at once. */
export async function saveShift(db: ConsoleDb, id: string | null, input: ShiftInput, ctx: WriteContext): Promise<Result<DutyShift>> {
  const parsed = parse(shiftSchema, input);
  if (!parsed.ok) return parsed.result;
  const value = parsed.value;
  const offset = ctx.plan.utcOffsetMinutes;
  return settle(() =>
    db.transaction('rw', [db.duty, db.people, db.timeline], async () => {
      const person = await db.people.get(value.personId);
      if (!person) throw new Refused('person-not-found');
      if (id && !(await db.duty.get(id))) throw new Refused('shift-not-found');
      const span = shiftSpan(value, offset);
      const neighbours = await db.duty
        .where('date')
        .between(addDays(value.date, -1), addDays(value.date, 1), true, true)
        .filter((s) => s.personId === value.personId && s.id !== id)
        .toArray();
      const clash = neighbours.find((s) => {
        const other = shiftSpan(s, offset);
        return other.from < span.to && span.from < other.to;
      });
      if (clash) throw new Refused('shift-overlap', { name: person.name, date: clash.date, start: clash.start, end: clash.end });
      const shift: DutyShift = { id: id ?? newId(), ...value, ...stamp(ctx) };
      await db.duty.put(shift);
      await audit(db, ctx, id ? 'shift-changed' : 'shift-added', {
        name: person.name,
        date: value.date,
        start: value.start,
        end: value.end,
      });
      return shift;
    }),
  );
}

export async function removeShift(db: ConsoleDb, id: string, ctx: WriteContext): Promise<Result<void>> {
  return settle(() =>
    db.transaction('rw', [db.duty, db.people, db.timeline], async () => {
      const shift = await db.duty.get(id);
      if (!shift) throw new Refused('shift-not-found');
      const person = await db.people.get(shift.personId);
      await db.duty.delete(id);
      await audit(db, ctx, 'shift-removed', { name: person?.name ?? '', date: shift.date, start: shift.start, end: shift.end });
    }),
  );
}

/** Adds or changes an outside body on the emergency contact list. */
export async function saveContact(db: ConsoleDb, id: string | null, input: ContactInput, ctx: WriteContext): Promise<Result<Contact>> {
  const parsed = parse(contactSchema, input);
  if (!parsed.ok) return parsed.result;
  return settle(() =>
    db.transaction('rw', [db.contacts, db.timeline], async () => {
      if (id && !(await db.contacts.get(id))) throw new Refused('contact-not-found');
      const contact: Contact = { id: id ?? newId(), ...parsed.value, sample: false, ...stamp(ctx) };
      await db.contacts.put(contact);
      await audit(db, ctx, id ? 'contact-changed' : 'contact-added', { name: contact.organisation });
      return contact;
    }),
  );
}

export async function removeContact(db: ConsoleDb, id: string, ctx: WriteContext): Promise<Result<void>> {
  return settle(() =>
    db.transaction('rw', [db.contacts, db.timeline], async () => {
      const contact = await db.contacts.get(id);
      if (!contact) throw new Refused('contact-not-found');
      await db.contacts.delete(id);
      await audit(db, ctx, 'contact-removed', { name: contact.organisation });
    }),
  );
}
