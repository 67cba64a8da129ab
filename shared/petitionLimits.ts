// 信访事项的时限: when a petition's decision, answer, 复查 and 复核 are owed, and until when the
// petitioner may ask for 复查 or 复核, counted in calendar days or working days as the plan says.
// Pure: the instants and the calendar come in.
import type { Plan } from './plan';
import { planInForceAt } from './planVersions';
import type { WorkingCalendar } from './calendar';
import { dueAfter } from './deadlines';
import { DEFAULT_PETITION_RULE, type PetitionRule } from './petitionRule';
import { addDays, planDateOf, startOfPlanDate } from './time';

export { DEFAULT_PETITION_RULE, type PetitionRule };

export const petitionRule = (plan: { petitions?: PetitionRule }): PetitionRule => plan.petitions ?? DEFAULT_PETITION_RULE;

export type LimitResult = { ok: true; dueAt: number } | { ok: false; missingYear: number };

/**
 * The end of a limit of `days` from `startMs`: the day of the start does not count, the limit ends
 * at the end of the last counted day (plan-local). Working days skip weekends and holidays and
 * count 调休 make-up days, as the official calendar says; a year it does not know yet is reported.
 */
export function limitEnd(
  startMs: number,
  days: number,
  rule: Pick<PetitionRule, 'dayKind'>,
  offsetMinutes: number,
  calendar: WorkingCalendar,
): LimitResult {
  if (rule.dayKind === 'calendar')
    return { ok: true, dueAt: startOfPlanDate(addDays(planDateOf(startMs, offsetMinutes), days + 1), offsetMinutes) };
  const due = dueAfter(startMs, { amount: days, unit: 'workingDays' }, offsetMinutes, calendar);
  return due.ok ? due : { ok: false, missingYear: due.missingYear };
}

/**
 * The plan a petition's limits are counted under: the version in force when it was received, as an
 * incident's clocks follow the version it was opened under. A revision changes the limits of
 * petitions received after it, never the 复查 window a printed answer already promised.
 */
export function planOfPetition(book: { plan: Plan; plans?: readonly Plan[] }, petition: { receivedAt: string }): Plan {
  return (book.plans && planInForceAt(book.plans, Date.parse(petition.receivedAt))) ?? book.plan;
}
