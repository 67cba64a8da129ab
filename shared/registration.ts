// 受理登记: what a registration must contain, checked against the plan in force. Messages are
// i18n keys (validation.*) so the form shows them in the operator's language.
import { fieldErrorsOf } from './commandKit';
import { z } from 'zod';
import type { Plan } from './plan';
import { UrgencySchema } from './plan';
import { parsePlanLocalDateTime } from './time';

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
const SERVICE = /^(400|800)-?\d{3}-?\d{4}$/;

export function isValidPhone(value: string): boolean {
  const v = value.replace(/\s+/g, '');
  return MOBILE.test(v) || LANDLINE.test(v) || SERVICE.test(v);
}

/** 18-digit resident ID number (GB 11643) with its check character. */
export function isValidIdNumber(value: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const checks = '10X98765432';
  const sum = weights.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  return checks[sum % 11] === value[17]!.toUpperCase();
}

const required = (max: number) => z.string().trim().min(1, { error: 'validation.required' }).max(max, { error: 'validation.tooLong' });

export function registrationSchema(plan: Plan, nowMs: number) {
  const categories = new Set(plan.categories.map((c) => c.code));
  const channels = new Set(plan.channels.map((c) => c.code));
  return z.object({
    receivedAt: z
      .string()
      .min(1, { error: 'validation.required' })
      .refine((v) => parsePlanLocalDateTime(v, plan.utcOffsetMinutes) !== null, { error: 'validation.dateTime' })
      .refine((v) => (parsePlanLocalDateTime(v, plan.utcOffsetMinutes) ?? 0) <= nowMs + 5 * 60_000, {
        error: 'validation.future',
      }),
    channelCode: z.string().refine((v) => channels.has(v), { error: 'validation.choose' }),
    categoryCode: z.string().refine((v) => categories.has(v), { error: 'validation.choose' }),
    urgency: UrgencySchema.or(z.literal('')).refine((v) => v !== '', { error: 'validation.choose' }),
    complainant: z.object({
      name: required(50),
      phone: z.string().trim().min(1, { error: 'validation.required' }).refine(isValidPhone, { error: 'validation.phone' }),
      idNumber: z
        .string()
        .trim()
        .refine((v) => v === '' || isValidIdNumber(v), { error: 'validation.idNumber' }),
      address: z.string().trim().max(200, { error: 'validation.tooLong' }),
    }),
    subject: required(200),
    content: z.string().trim().min(5, { error: 'validation.contentShort' }).max(5000, { error: 'validation.tooLong' }),
    expectedResolution: required(1000),
    place: required(200),
    peopleInvolved: z
      .number({ error: 'validation.wholeNumber' })
      .int({ error: 'validation.wholeNumber' })
      .min(1, { error: 'validation.atLeastOne' })
      .max(100_000, { error: 'validation.tooMany' }),
    facts: z.object({
      mediaAttention: z.boolean(),
      injury: z.boolean(),
      regulatorInvolved: z.boolean(),
      repeatComplaint: z.boolean(),
      amountAtStake: z
        .number({ error: 'validation.amount' })
        .min(0, { error: 'validation.amount' })
        .max(1e12, { error: 'validation.amount' }),
    }),
    ownerId: z.string().min(1, { error: 'validation.choose' }),
    incidentId: z.string().optional(),
  });
}

export type RegistrationInput = z.input<ReturnType<typeof registrationSchema>>;
export type Registration = z.output<ReturnType<typeof registrationSchema>>;

/** Field path → first message key, for the form (the one way, `fieldErrorsOf`). */
export const fieldErrors = (error: z.ZodError): Record<string, string> => fieldErrorsOf(error);

export function registrationErrors(plan: Plan, nowMs: number, input: unknown): Record<string, string> | null {
  const parsed = registrationSchema(plan, nowMs).safeParse(input);
  return parsed.success ? null : fieldErrors(parsed.error);
}

/**
 * Splits a batch into valid registrations and per-row errors, building the schema once (zod
 * compiles a schema on first use; building one per row would cost more than the writes).
 */
export function validateRegistrations(plan: Plan, nowMs: number, inputs: unknown[]) {
  const schema = registrationSchema(plan, nowMs);
  const valid: { index: number; registration: Registration }[] = [];
  const invalid: { index: number; errors: Record<string, string> }[] = [];
  inputs.forEach((input, index) => {
    const parsed = schema.safeParse(input);
    if (parsed.success) valid.push({ index, registration: parsed.data });
    else invalid.push({ index, errors: fieldErrors(parsed.error) });
  });
  return { valid, invalid };
}
