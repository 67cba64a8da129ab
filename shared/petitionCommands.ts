// The commands of 信访事项: registering a petition (numbered XF-YYYY-NNNN from a counter in the
// same transaction) and each step after it, decided purely on the petition, the plan's limits and
// the calendar. A step out of order, a 复查/复核 asked after its limit, a deadline already past or
// a missing reason is refused with a sentence and changes nothing.
import { z } from 'zod';
import type { WorkingCalendar } from './calendar';
import { decided, refused, stamped, type Decision, type Stamp } from './commandKit';
import type { SharedCommand } from './officeCommands';
import { limitEnd, petitionRule, planOfPetition } from './petitionLimits';
import {
  PETITION_CHANNELS,
  TRANSFER_KINDS,
  requestWindowEnd,
  withDue,
  type Petition,
  type PetitionChannel,
  type PetitionClock,
  type PetitionReply,
  type PetitionState,
} from './petitions';
import type { Plan } from './plan';
import { TEXT_LIMITS } from './text';
import { parsePlanLocalDateTime, planDateOf, toIsoWithOffset } from './time';
import { timelineBody } from './timelineKinds';

/** 信访编号: XF-YYYY-NNNN, one counter per plan-local year (YL- in rehearsal). */
export function petitionCounterKey(atMs: number, offsetMinutes: number, mode: 'live' | 'drill'): string {
  return `${mode === 'drill' ? 'YL-' : ''}XF-${planDateOf(atMs, offsetMinutes).slice(0, 4)}`;
}

type Errors = Record<string, string>;
type StampClock = Pick<Stamp, 'nowMs' | 'utcOffsetMinutes'>;

/** A plan-local 'YYYY-MM-DDTHH:mm' that is not in the future (a little slack for clocks), or its error. */
function pastTime(value: string, field: string, clock: StampClock, errors: Errors, notBefore?: string): number | null {
  const at = parsePlanLocalDateTime(value, clock.utcOffsetMinutes);
  if (at === null) errors[field] = 'validation.dateTime';
  else if (at > clock.nowMs + 5 * 60_000) errors[field] = 'validation.future';
  else if (notBefore && at < Date.parse(notBefore)) errors[field] = 'petitions.error.beforeLast';
  else return at;
  return null;
}

function text(value: string, field: string, max: number, errors: Errors, required = true): string {
  const trimmed = value.trim();
  if (required && !trimmed) errors[field] = 'validation.required';
  else if (trimmed.length > max) errors[field] = 'validation.tooLong';
  return trimmed;
}

// ── Registration ────────────────────────────────────────────────────────────────

export const PetitionInputSchema = z.object({
  name: z.string().max(500),
  phone: z.string().max(100),
  idNumber: z.string().max(100),
  address: z.string().max(1000),
  channel: z.string().max(40),
  subject: z.string().max(1000),
  content: z.string().max(10_000),
  request: z.string().max(10_000),
  receivedAt: z.string().max(40),
});
export type PetitionInput = z.infer<typeof PetitionInputSchema>;

export const registerPetitionArgs = z.object({ input: PetitionInputSchema });
export type PetitionRegisterSeen = { counter: number; clock: PetitionClock };

export function decideRegisterPetition(
  seen: PetitionRegisterSeen,
  { input }: z.output<typeof registerPetitionArgs>,
  stamp: Stamp,
): Decision<Petition> {
  const errors: Errors = {};
  const name = text(input.name, 'name', TEXT_LIMITS.name, errors);
  const phone = input.phone.trim();
  if (!phone) errors.phone = 'validation.required';
  else if (!/^[0-9+\-() ]{5,20}$/.test(phone)) errors.phone = 'petitions.error.phone';
  const idNumber = input.idNumber.trim().toUpperCase();
  if (idNumber && !/^\d{17}[\dX]$/.test(idNumber)) errors.idNumber = 'petitions.error.idNumber';
  const address = text(input.address, 'address', TEXT_LIMITS.short, errors, false);
  if (!(PETITION_CHANNELS as readonly string[]).includes(input.channel)) errors.channel = 'validation.choose';
  const subject = text(input.subject, 'subject', TEXT_LIMITS.name * 2, errors);
  const content = text(input.content, 'content', TEXT_LIMITS.prose, errors);
  const request = text(input.request, 'request', TEXT_LIMITS.note, errors);
  const received = pastTime(input.receivedAt, 'receivedAt', stamp, errors);
  if (Object.keys(errors).length > 0 || received === null) return refused('validation', errors);
  const key = petitionCounterKey(stamp.nowMs, stamp.utcOffsetMinutes, stamp.mode);
  const sequence = seen.counter + 1;
  const petition: Petition = withDue(
    {
      id: stamp.newId(),
      mode: stamp.mode,
      number: `${key}-${String(sequence).padStart(4, '0')}`,
      petitionerName: name,
      petitionerPhone: phone,
      ...(idNumber ? { petitionerIdNumber: idNumber } : {}),
      ...(address ? { petitionerAddress: address } : {}),
      channel: input.channel as PetitionChannel,
      subject,
      content,
      request,
      receivedAt: toIsoWithOffset(received, stamp.utcOffsetMinutes),
      state: 'received',
      transfers: [],
      createdAt: stamp.at,
      createdBy: stamp.actor.id,
      ...stamped(stamp),
    },
    seen.clock,
  );
  return decided(
    petition,
    [
      { put: 'counters', row: { key, value: sequence } },
      { put: 'petitions', row: petition },
    ],
    [{ incidentId: petition.id, ...timelineBody('petition', { number: petition.number, context: 'registered' }) }],
  );
}

const clockOf = (plan: Plan, calendar: WorkingCalendar): PetitionClock => ({
  rule: petitionRule(plan),
  offsetMinutes: plan.utcOffsetMinutes,
  calendar,
});

export const registerPetitionCommand: SharedCommand<z.output<typeof registerPetitionArgs>, PetitionRegisterSeen, Petition> = {
  name: 'petition.register',
  args: registerPetitionArgs,
  tables: ['petitions', 'counters'],
  read: async (store, _args, stamp, seat) => {
    const counter = await store.counters.get(petitionCounterKey(stamp.nowMs, stamp.utcOffsetMinutes, stamp.mode));
    return { counter: counter?.value ?? 0, clock: clockOf(seat.plan, seat.calendar) };
  },
  decide: decideRegisterPetition,
};

// ── The steps after registration ────────────────────────────────────────────────

const at = z.string().max(40);
export const PetitionStepSchema = z.discriminatedUnion('type', [
  /** 受理 or 不予受理, with the reason (required for 不予受理: it goes on the written notice). */
  z.object({ type: z.literal('decide'), accepted: z.boolean(), reason: z.string().max(5000), at }),
  /** 转办/交办 to a department, with its deadline. */
  z.object({ type: z.literal('transfer'), kind: z.enum(TRANSFER_KINDS), department: z.string().max(500), deadline: at, sentAt: at }),
  /** The department's 回执 came back. */
  z.object({ type: z.literal('receipt'), transferId: z.string().max(100), at }),
  /** 延期: the answer's limit extended once, before it ends, with the reason. */
  z.object({ type: z.literal('extend'), reason: z.string().max(5000), at }),
  /** 答复 (答复意见书), or the answer to 复查 / 复核. */
  z.object({ type: z.literal('answer'), text: z.string().max(10_000), at }),
  /** The petitioner asks for 复查 (after the answer) or 复核 (after the 复查 answer). */
  z.object({ type: z.literal('request'), level: z.enum(['review', 'recheck']), reason: z.string().max(5000), at }),
]);
export type PetitionStep = z.infer<typeof PetitionStepSchema>;

export const petitionStepArgs = z.object({ petitionId: z.string().min(1), step: PetitionStepSchema });
export type PetitionStepSeen = { petition: Petition | undefined; clock: PetitionClock };

/** The last thing that happened on the petition: a later step cannot be dated before it. */
function lastAt(p: Petition): string {
  const times = [
    p.receivedAt,
    p.decision?.at,
    p.answer?.at,
    p.review?.requestedAt,
    p.review?.answer?.at,
    p.recheck?.requestedAt,
    p.recheck?.answer?.at,
    p.extension?.at,
    ...p.transfers.flatMap((t) => [t.sentAt, t.receiptAt]),
  ];
  return times
    .filter((t): t is string => !!t)
    .sort((a, b) => Date.parse(a) - Date.parse(b))
    .at(-1)!;
}

const lastDayOf = (dueAt: number, offset: number) => planDateOf(dueAt - 1, offset);

export function decidePetitionStep(seen: PetitionStepSeen, { step }: z.output<typeof petitionStepArgs>, stamp: Stamp): Decision<Petition> {
  const { petition, clock } = seen;
  if (!petition) return refused('petition-not-found');
  const errors: Errors = {};
  const iso = (ms: number) => toIsoWithOffset(ms, stamp.utcOffsetMinutes);
  const actor = { by: stamp.actor.id, byName: stamp.actor.name };
  const wrongState = () => refused<Petition>('petition-wrong-state', { state: petition.state });
  let next: Petition;
  let context: string;
  let extra: Record<string, string> = {};

  switch (step.type) {
    case 'decide': {
      if (petition.state !== 'received') return wrongState();
      const reason = text(step.reason, 'reason', TEXT_LIMITS.note, errors, !step.accepted);
      const when = pastTime(step.at, 'at', stamp, errors, petition.receivedAt);
      if (Object.keys(errors).length > 0 || when === null) return refused('validation', errors);
      next = {
        ...petition,
        state: step.accepted ? 'accepted' : 'rejected',
        decision: { accepted: step.accepted, reason, at: iso(when), ...actor },
      };
      context = step.accepted ? 'accepted' : 'rejected';
      break;
    }
    case 'transfer': {
      if (petition.state !== 'accepted') return wrongState();
      const department = text(step.department, 'department', TEXT_LIMITS.name * 2, errors);
      const sent = pastTime(step.sentAt, 'sentAt', stamp, errors, petition.decision?.at);
      const deadline = parsePlanLocalDateTime(step.deadline, stamp.utcOffsetMinutes);
      if (deadline === null) errors.deadline = 'validation.dateTime';
      else if (deadline <= stamp.nowMs) errors.deadline = 'petitions.error.deadlinePast';
      else if (sent !== null && deadline <= sent) errors.deadline = 'petitions.error.deadlineBeforeSent';
      if (Object.keys(errors).length > 0 || sent === null || deadline === null) return refused('validation', errors);
      const transfer = { id: stamp.newId(), kind: step.kind, department, deadline: iso(deadline), sentAt: iso(sent), ...actor };
      next = { ...petition, transfers: [...petition.transfers, transfer] };
      context = step.kind;
      extra = { department };
      break;
    }
    case 'receipt': {
      const transfer = petition.transfers.find((t) => t.id === step.transferId);
      if (!transfer || transfer.receiptAt) return refused('petition-transfer-not-found');
      const when = pastTime(step.at, 'at', stamp, errors, transfer.sentAt);
      if (Object.keys(errors).length > 0 || when === null) return refused('validation', errors);
      next = { ...petition, transfers: petition.transfers.map((t) => (t.id === transfer.id ? { ...t, receiptAt: iso(when) } : t)) };
      context = 'receipt';
      extra = { department: transfer.department };
      break;
    }
    case 'extend': {
      if (petition.state !== 'accepted' || petition.extension) return wrongState();
      const reason = text(step.reason, 'reason', TEXT_LIMITS.note, errors);
      const when = pastTime(step.at, 'at', stamp, errors, petition.decision?.at);
      const answerDue = petition.decision
        ? limitEnd(Date.parse(petition.decision.at), clock.rule.answerWithinDays, clock.rule, clock.offsetMinutes, clock.calendar)
        : null;
      // Late by the date typed or by the time it is saved: an extension is not backdated into the limit.
      if (when !== null && answerDue?.ok && (when >= answerDue.dueAt || stamp.nowMs >= answerDue.dueAt))
        errors.at = 'petitions.error.extendLate';
      if (Object.keys(errors).length > 0 || when === null) return refused('validation', errors);
      next = { ...petition, extension: { at: iso(when), reason, ...actor } };
      context = 'extended';
      break;
    }
    case 'answer': {
      const state: PetitionState | undefined = (
        { accepted: 'answered', 'review-requested': 'reviewed', 'recheck-requested': 'rechecked' } as const
      )[petition.state as 'accepted'];
      if (!state) return wrongState();
      const answerText = text(step.text, 'text', TEXT_LIMITS.prose, errors);
      const when = pastTime(step.at, 'at', stamp, errors, lastAt(petition));
      if (Object.keys(errors).length > 0 || when === null) return refused('validation', errors);
      const reply: PetitionReply = { at: iso(when), text: answerText, ...actor };
      if (petition.state === 'accepted') next = { ...petition, state, answer: reply };
      else if (petition.state === 'review-requested') next = { ...petition, state, review: { ...petition.review!, answer: reply } };
      else next = { ...petition, state, recheck: { ...petition.recheck!, answer: reply } };
      context = state === 'answered' ? 'answered' : state === 'reviewed' ? 'reviewAnswered' : 'recheckAnswered';
      break;
    }
    case 'request': {
      const windowEnd = requestWindowEnd(petition, step.level, clock);
      const askable = step.level === 'review' ? petition.state === 'answered' : petition.state === 'reviewed';
      if (!askable) return wrongState();
      // A window the office calendar cannot count yet (a year without its 节假日安排) is not held
      // against the petitioner: the request is taken, and the page says which year is missing.
      const reason = text(step.reason, 'reason', TEXT_LIMITS.note, errors);
      const when = pastTime(step.at, 'at', stamp, errors, lastAt(petition));
      if (Object.keys(errors).length > 0 || when === null) return refused('validation', errors);
      if (windowEnd !== null && when >= windowEnd)
        return refused(step.level === 'review' ? 'petition-review-late' : 'petition-recheck-late', {
          lastDay: lastDayOf(windowEnd, stamp.utcOffsetMinutes),
          days: String(step.level === 'review' ? clock.rule.reviewRequestDays : clock.rule.recheckRequestDays),
        });
      const request = { requestedAt: iso(when), reason };
      next =
        step.level === 'review'
          ? { ...petition, state: 'review-requested', review: request }
          : { ...petition, state: 'recheck-requested', recheck: request };
      context = step.level === 'review' ? 'reviewRequested' : 'recheckRequested';
      break;
    }
  }
  const saved = withDue({ ...next, ...stamped(stamp) }, clock);
  return decided(
    saved,
    [{ put: 'petitions', row: saved }],
    [{ incidentId: petition.id, ...timelineBody('petition', { number: petition.number, ...extra, context: context as never }) }],
  );
}

export const petitionStepCommand: SharedCommand<z.output<typeof petitionStepArgs>, PetitionStepSeen, Petition> = {
  name: 'petition.step',
  args: petitionStepArgs,
  tables: ['petitions'],
  read: async (store, { petitionId }, _stamp, seat) => {
    const petition = await store.petitions.get(petitionId);
    return { petition, clock: clockOf(petition ? planOfPetition(seat, petition) : seat.plan, seat.calendar) };
  },
  decide: decidePetitionStep,
};
