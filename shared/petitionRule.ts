// 信访 limits as the plan states them (the plan imports this; the counting is in petitionLimits.ts).
import { z } from 'zod';

/** The plan's petition limits (信访条例 by default); a limit of N days ends at the end of the Nth day after the start. */
export const PetitionRuleSchema = z.object({
  /** 'calendar': every day counts (自然日); 'working': the official working calendar (工作日). */
  dayKind: z.enum(['calendar', 'working']),
  /** 受理 or 不予受理 decided within this many days of receipt. */
  decideWithinDays: z.number().int().min(1).max(250),
  /** 答复 within this many days of 受理. */
  answerWithinDays: z.number().int().min(1).max(250),
  /** 延期: the answer's limit may be extended once by this many days, with the reason told to the petitioner. */
  extendDays: z.number().int().min(1).max(250),
  /** 复查 asked within this many days of the answer. */
  reviewRequestDays: z.number().int().min(1).max(250),
  /** 复查 answered within this many days of the request. */
  reviewAnswerDays: z.number().int().min(1).max(250),
  /** 复核 asked within this many days of the 复查 answer. */
  recheckRequestDays: z.number().int().min(1).max(250),
  /** 复核 answered within this many days of the request. */
  recheckAnswerDays: z.number().int().min(1).max(250),
});
export type PetitionRule = z.infer<typeof PetitionRuleSchema>;

/** 信访条例: 15 days to decide, 60 to answer (extended once by up to 30), 30 to ask 复查 and 30 to answer it, the same for 复核. */
export const DEFAULT_PETITION_RULE: PetitionRule = {
  dayKind: 'calendar',
  decideWithinDays: 15,
  answerWithinDays: 60,
  extendDays: 30,
  reviewRequestDays: 30,
  reviewAnswerDays: 30,
  recheckRequestDays: 30,
  recheckAnswerDays: 30,
};
