// 沟通记录 as a command: a contact with the complainant (or an outside body) on the incident's
// record, with its own timeline entry. Allowed at any stage: telling a complainant why a complaint
// is not accepted, or the follow-up call (回访) after closing, are contacts to record too.
import { z } from 'zod';
import { decided, fieldErrorsOf, refused, type Decision, type Stamp } from './commandKit';
import { COMMUNICATION_CHANNELS, COMMUNICATION_PARTIES, type Communication, type Incident } from './model';
import { optionalText, requiredText, TEXT_LIMITS } from './text';
import { parsePlanLocalDateTime, toIsoWithOffset } from './time';

/** The form's fields; the time is read in the plan's offset, and may not lie more than 5 minutes ahead. */
export function communicationSchema(offsetMinutes: number, nowMs: number) {
  return z.object({
    at: z
      .string()
      .refine((v) => parsePlanLocalDateTime(v, offsetMinutes) !== null, { error: 'validation.dateTime' })
      .refine((v) => (parsePlanLocalDateTime(v, offsetMinutes) ?? 0) <= nowMs + 5 * 60_000, { error: 'validation.future' }),
    channel: z.enum(COMMUNICATION_CHANNELS, { error: 'validation.choose' }),
    // Most contacts are with the complainant, as the form offers first; the workflow tells them apart.
    party: z.enum(COMMUNICATION_PARTIES, { error: 'validation.choose' }).default('complainant'),
    person: requiredText(TEXT_LIMITS.name),
    summary: requiredText(TEXT_LIMITS.note),
    outcome: optionalText(TEXT_LIMITS.short),
  });
}
export type CommunicationInput = z.input<ReturnType<typeof communicationSchema>>;

/** The incident and the form as typed: the time can only be checked against the stamp's clock. */
export const addCommunicationArgs = z.object({ incidentId: z.string().min(1), input: z.unknown() });

export function decideAddCommunication(
  seen: { incident: Incident | undefined },
  { incidentId, input }: z.output<typeof addCommunicationArgs>,
  stamp: Stamp,
): Decision<Communication> {
  const parsed = communicationSchema(stamp.utcOffsetMinutes, stamp.nowMs).safeParse(input);
  if (!parsed.success) return refused('validation', fieldErrorsOf(parsed.error));
  if (!seen.incident) return refused('incident-not-found');
  const value = parsed.data;
  const record: Communication = {
    id: stamp.newId(),
    mode: stamp.mode,
    incidentId,
    at: toIsoWithOffset(parsePlanLocalDateTime(value.at, stamp.utcOffsetMinutes)!, stamp.utcOffsetMinutes),
    channel: value.channel,
    party: value.party,
    person: value.person,
    summary: value.summary,
    outcome: value.outcome,
    createdBy: stamp.actor.id,
    updatedAt: stamp.at,
  };
  return decided(
    record,
    [{ put: 'communications', row: record }],
    [{ incidentId, kind: 'communication', note: value.summary, params: { channel: value.channel, party: value.party } }],
  );
}
