// 信访事项: a petition kept beside complaints — who petitioned and about what, the 受理 or 不予受理
// decision with its reason, 转办/交办 to departments with a deadline and a receipt (回执), the answer
// (答复意见书), then 复查 and 复核 when the petitioner asks for them within the plan's limits.
// The petition stores the next deadline the office owes (`dueAt`, indexed) so alerts find it by index.
import { z } from 'zod';
import type { WorkingCalendar } from './calendar';
import { ModeSchema } from './model';
import { limitEnd, type PetitionRule } from './petitionLimits';
import { toIsoWithOffset } from './time';

/** 走访, 来信, 来电, 网上信访. */
export const PETITION_CHANNELS = ['visit', 'letter', 'phone', 'online'] as const;
export type PetitionChannel = (typeof PETITION_CHANNELS)[number];

export const PETITION_STATES = [
  'received',
  'accepted',
  'rejected',
  'answered',
  'review-requested',
  'reviewed',
  'recheck-requested',
  'rechecked',
] as const;
export type PetitionState = (typeof PETITION_STATES)[number];

/** Where a petition stands, as statistics count it: 待决定, 办理中, 不予受理, 已答复 (复查/复核 included). */
export const PETITION_OUTCOMES = ['pending', 'handling', 'rejected', 'answered'] as const;
export type PetitionOutcome = (typeof PETITION_OUTCOMES)[number];
export const petitionOutcome = (state: PetitionState): PetitionOutcome =>
  state === 'received' ? 'pending' : state === 'accepted' ? 'handling' : state === 'rejected' ? 'rejected' : 'answered';

/** 转办 (to a department that handles it and answers) or 交办 (assigned, reported back to the office). */
export const TRANSFER_KINDS = ['transfer', 'assign'] as const;

const ReplySchema = z.object({ at: z.string(), text: z.string(), by: z.string(), byName: z.string() });
export type PetitionReply = z.infer<typeof ReplySchema>;
const RequestSchema = z.object({ requestedAt: z.string(), reason: z.string(), answer: ReplySchema.optional() });

export const PetitionTransferSchema = z.object({
  id: z.string(),
  kind: z.enum(TRANSFER_KINDS),
  department: z.string(),
  /** The department's deadline to handle it and report back. */
  deadline: z.string(),
  sentAt: z.string(),
  /** 回执: when the department's receipt came back. */
  receiptAt: z.string().optional(),
  by: z.string(),
  byName: z.string(),
});
export type PetitionTransfer = z.infer<typeof PetitionTransferSchema>;

export const PetitionSchema = z.object({
  id: z.string(),
  mode: ModeSchema,
  /** 信访编号 XF-YYYY-NNNN. */
  number: z.string(),
  petitionerName: z.string(),
  petitionerPhone: z.string(),
  petitionerIdNumber: z.string().optional(),
  petitionerAddress: z.string().optional(),
  channel: z.enum(PETITION_CHANNELS),
  subject: z.string(),
  content: z.string(),
  /** 诉求: what the petitioner asks for. */
  request: z.string(),
  receivedAt: z.string(),
  state: z.enum(PETITION_STATES),
  decision: z.object({ accepted: z.boolean(), reason: z.string(), at: z.string(), by: z.string(), byName: z.string() }).optional(),
  transfers: z.array(PetitionTransferSchema),
  /** 延期: the answer's limit extended once, with the reason told to the petitioner. */
  extension: z.object({ at: z.string(), reason: z.string(), by: z.string(), byName: z.string() }).optional(),
  answer: ReplySchema.optional(),
  /** 复查. */
  review: RequestSchema.optional(),
  /** 复核. */
  recheck: RequestSchema.optional(),
  /** The earliest deadline the office still owes (decision, answer, a department's report, 复查/复核 answer). */
  dueAt: z.string().optional(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Petition = z.infer<typeof PetitionSchema>;

export type PetitionClock = { rule: PetitionRule; offsetMinutes: number; calendar: WorkingCalendar };

const end = (startIso: string, days: number, clock: PetitionClock): number | null => {
  const found = limitEnd(Date.parse(startIso), days, clock.rule, clock.offsetMinutes, clock.calendar);
  return found.ok ? found.dueAt : null;
};

/** What the office owes next on the petition and by when (ms), or null when it owes nothing. */
export function petitionDue(
  petition: Petition,
  clock: PetitionClock,
): { duty: 'decide' | 'answer' | 'transfer' | 'review' | 'recheck'; dueAt: number } | null {
  const { rule } = clock;
  switch (petition.state) {
    case 'received': {
      const due = end(petition.receivedAt, rule.decideWithinDays, clock);
      return due === null ? null : { duty: 'decide', dueAt: due };
    }
    case 'accepted': {
      const days = rule.answerWithinDays + (petition.extension ? rule.extendDays : 0);
      const answer = petition.decision ? end(petition.decision.at, days, clock) : null;
      const owed: { duty: 'answer' | 'transfer'; dueAt: number }[] = answer === null ? [] : [{ duty: 'answer', dueAt: answer }];
      for (const t of petition.transfers) if (!t.receiptAt) owed.push({ duty: 'transfer', dueAt: Date.parse(t.deadline) });
      return owed.sort((a, b) => a.dueAt - b.dueAt)[0] ?? null;
    }
    case 'review-requested': {
      const due = petition.review ? end(petition.review.requestedAt, rule.reviewAnswerDays, clock) : null;
      return due === null ? null : { duty: 'review', dueAt: due };
    }
    case 'recheck-requested': {
      const due = petition.recheck ? end(petition.recheck.requestedAt, rule.recheckAnswerDays, clock) : null;
      return due === null ? null : { duty: 'recheck', dueAt: due };
    }
    default:
      return null;
  }
}

/** Until when the petitioner may still ask for 复查 (after the answer) or 复核 (after the 复查 answer); null when not now. */
export function requestWindowEnd(petition: Petition, level: 'review' | 'recheck', clock: PetitionClock): number | null {
  if (level === 'review')
    return petition.state === 'answered' && petition.answer ? end(petition.answer.at, clock.rule.reviewRequestDays, clock) : null;
  return petition.state === 'reviewed' && petition.review?.answer
    ? end(petition.review.answer.at, clock.rule.recheckRequestDays, clock)
    : null;
}

/**
 * The year whose 节假日安排 the office calendar lacks, when that is why a limit of the petition
 * (what is owed now, or the petitioner's window to ask) cannot be counted; null otherwise. Only a
 * plan counting working days can meet it.
 */
export function petitionMissingYear(petition: Petition, clock: PetitionClock): number | null {
  const { rule } = clock;
  const starts: [string | undefined, number][] =
    petition.state === 'received'
      ? [[petition.receivedAt, rule.decideWithinDays]]
      : petition.state === 'accepted'
        ? [[petition.decision?.at, rule.answerWithinDays + (petition.extension ? rule.extendDays : 0)]]
        : petition.state === 'review-requested'
          ? [[petition.review?.requestedAt, rule.reviewAnswerDays]]
          : petition.state === 'recheck-requested'
            ? [[petition.recheck?.requestedAt, rule.recheckAnswerDays]]
            : petition.state === 'answered'
              ? [[petition.answer?.at, rule.reviewRequestDays]]
              : petition.state === 'reviewed'
                ? [[petition.review?.answer?.at, rule.recheckRequestDays]]
                : [];
  for (const [start, days] of starts) {
    if (!start) continue;
    const found = limitEnd(Date.parse(start), days, rule, clock.offsetMinutes, clock.calendar);
    if (!found.ok) return found.missingYear;
  }
  return null;
}

/** The petition with its stored next deadline. */
export function withDue(petition: Petition, clock: PetitionClock): Petition {
  const { dueAt: _old, ...rest } = petition;
  const due = petitionDue(rest, clock);
  return due ? { ...rest, dueAt: toIsoWithOffset(due.dueAt, clock.offsetMinutes) } : rest;
}
