// 沟通记录: every contact with the complainant is recorded, with its own timeline entry.
import { newId } from '@shared/ids';
import { z } from 'zod';
import { COMMUNICATION_CHANNELS, COMMUNICATION_PARTIES, type Communication } from '@shared/model';
import { fail, type Result } from '@shared/result';
import { optionalText, requiredText, TEXT_LIMITS } from '@shared/text';
import { parsePlanLocalDateTime, toIsoWithOffset } from '@shared/time';
import { appendTimeline, isoAt, Refused, settle, type WriteContext } from './context';
import type { ConsoleDb } from './schema';

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

export async function addCommunication(
  db: ConsoleDb,
  incidentId: string,
  input: unknown,
  ctx: WriteContext,
): Promise<Result<Communication>> {
  const parsed = communicationSchema(ctx.plan.utcOffsetMinutes, ctx.now).safeParse(input);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= issue.message;
    return fail('validation', errors);
  }
  const value = parsed.data;
  return settle(() =>
    db.transaction('rw', [db.incidents, db.communications, db.timeline], async () => {
      const incident = await db.incidents.get(incidentId);
      // Allowed at any stage: telling a complainant why a complaint is not accepted, or the
      // follow-up call (回访) after closing, are contacts to record too.
      if (!incident) throw new Refused('incident-not-found');
      const record: Communication = {
        id: newId(),
        mode: db.mode,
        incidentId,
        at: toIsoWithOffset(parsePlanLocalDateTime(value.at, ctx.plan.utcOffsetMinutes)!, ctx.plan.utcOffsetMinutes),
        channel: value.channel,
        party: value.party,
        person: value.person,
        summary: value.summary,
        outcome: value.outcome,
        createdBy: ctx.actor.id,
        updatedAt: isoAt(ctx),
      };
      await db.communications.add(record);
      await appendTimeline(db, ctx, {
        incidentId,
        kind: 'communication',
        note: value.summary,
        params: { channel: value.channel, party: value.party },
      });
      return record;
    }),
  );
}
