// The drill notice (演练通知): what the office circulates before a drill — purpose, time, place,
// content (process drill / sudden-situation drill), participants and the person in charge,
// preparation and requirements. Printed as a formal A4 notice in official-document layout
// (GB/T 9704-2012). Validation messages are i18n keys, so the form can show them per field.
import { z } from 'zod';
import { decided, fieldErrorsOf, refused, type Decision, type Stamp } from './commandKit';
import type { Failure } from './result';
import { parsePlanLocalDateTime } from './time';

export const DRILL_KINDS = ['process', 'sudden'] as const;
export const DrillKindSchema = z.enum(DRILL_KINDS);
export type DrillKind = z.infer<typeof DrillKindSchema>;

const required = (max: number) => z.string().trim().min(1, { error: 'validation.required' }).max(max, { error: 'validation.tooLong' });
const optional = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' });
/** A plan-local date-time as a form types it (YYYY-MM-DDTHH:mm), and a real one (no 02-30). */
const localDateTime = z.string().refine((v) => parsePlanLocalDateTime(v, 0) !== null, { error: 'drillNotice.validation.dateTime' });
const localDate = z.string().refine((v) => parsePlanLocalDateTime(`${v}T00:00`, 0) !== null, { error: 'drillNotice.validation.date' });

/**
 * 发文字号 take the six-cornered brackets 〔〕 around the year (GB/T 9704-2012 7.2.3); offices
 * type [2026], 【2026】 or (2026) on an ordinary keyboard, so those become 〔2026〕.
 */
export function normalizeDocNumber(value: string): string {
  return value.trim().replace(/[[【(（［]\s*(\d{4})\s*[\]】)）］]/g, '〔$1〕');
}

/** The fields a person fills in; the record adds who and when. */
const noticeFields = {
  /** 发文字号, e.g. 应急办〔2026〕12号; optional. */
  docNumber: optional(60).transform(normalizeDocNumber),
  title: required(120),
  /** 主送机关, e.g. 各工作组、各有关部门. */
  addressees: optional(200),
  purpose: required(2000),
  /** Local date-times in the plan's zone, YYYY-MM-DDTHH:mm. */
  startsAt: localDateTime,
  endsAt: localDateTime,
  place: required(200),
  /** 流程演练 and/or 突发情况演练; the content of each kind chosen is required. */
  kinds: z.array(DrillKindSchema, { error: 'drillNotice.validation.kinds' }).min(1, { error: 'drillNotice.validation.kinds' }),
  processContent: optional(4000),
  suddenContent: optional(4000),
  /** The scenario the drill runs, if chosen (an empty choice is none). */
  scenarioId: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined)),
  participants: required(2000),
  personInCharge: required(100),
  preparation: optional(4000),
  requirements: optional(4000),
  /** 发文机关 (署名) and 成文日期 (YYYY-MM-DD). */
  issuer: required(120),
  issuedOn: localDate,
  /** 抄送机关, in the 版记; optional. */
  copyTo: optional(500),
};

const contentKey = { process: 'processContent', sudden: 'suddenContent' } as const satisfies Record<DrillKind, string>;

export const DrillNoticeInputSchema = z.object(noticeFields).superRefine((notice, ctx) => {
  const starts = parsePlanLocalDateTime(notice.startsAt, 0);
  const ends = parsePlanLocalDateTime(notice.endsAt, 0);
  if (starts !== null && ends !== null && ends <= starts) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'drillNotice.validation.endBeforeStart' });
  }
  for (const kind of new Set(notice.kinds)) {
    if (notice[contentKey[kind]] === '') ctx.addIssue({ code: 'custom', path: [contentKey[kind]], message: 'validation.required' });
  }
});
export type DrillNoticeInput = z.input<typeof DrillNoticeInputSchema>;

export const DrillNoticeSchema = z.object({
  id: z.string(),
  ...noticeFields,
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type DrillNotice = z.infer<typeof DrillNoticeSchema>;

/** The content of each kind of drill the notice announces, in the order of DRILL_KINDS. */
export function drillContents(
  notice: Pick<DrillNotice, 'kinds' | 'processContent' | 'suddenContent'>,
): { kind: DrillKind; text: string }[] {
  return DRILL_KINDS.filter((kind) => notice.kinds.includes(kind)).map((kind) => ({ kind, text: notice[contentKey[kind]] }));
}

/** Field errors from a failed parse: the first message per top-level field (i18n keys). */
export const fieldErrors = (error: z.ZodError): Record<string, string> => fieldErrorsOf(error, { topLevel: true });

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 一, 二 … 十, 十一 … 九十九: the numerals of official headings (一、 and （一）). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones]!;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** Text typed with line breaks, as the paragraphs of the printed notice (blank lines dropped). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

// ---- As commands: a notice saved or removed, in the drill database only ----------------------------

export const saveNoticeArgs = z.object({ id: z.string().min(1).nullable(), input: DrillNoticeInputSchema });
// The form's fields sit under `input`; the sentence keys are the schema's own.
export const noticeFieldErrors = (error: z.ZodError): Failure => ({
  code: 'validation',
  params: fieldErrorsOf(error, { from: 1, topLevel: true }),
});
export type NoticeSeen = { before: DrillNotice | undefined; scenarioKnown: boolean };

/** Creates a notice (no id) or replaces one; bad input saves nothing and names each field. */
export function decideSaveNotice(seen: NoticeSeen, { id, input }: z.output<typeof saveNoticeArgs>, stamp: Stamp): Decision<DrillNotice> {
  if (stamp.mode !== 'drill') return refused('drill-database-required');
  const { scenarioId, ...rest } = input;
  if (scenarioId && !seen.scenarioKnown) return refused('validation', { scenarioId: 'drillNotice.validation.scenario' });
  const { before } = seen;
  if (id && !before) return refused('drill-notice-not-found');
  // Parsed again as a whole record, so nothing malformed ever reaches the table.
  const notice = DrillNoticeSchema.safeParse({
    id: before?.id ?? stamp.newId(),
    ...rest,
    ...(scenarioId ? { scenarioId } : {}),
    createdAt: before?.createdAt ?? stamp.at,
    updatedAt: stamp.at,
    updatedBy: stamp.actor.id,
  });
  if (!notice.success) return refused('validation', fieldErrors(notice.error));
  return decided(notice.data, [{ put: 'drillNotices', row: notice.data }]);
}

export function decideRemoveNotice(seen: { notice: DrillNotice | undefined }, _args: unknown, stamp: Stamp): Decision<void> {
  if (stamp.mode !== 'drill') return refused('drill-database-required');
  if (!seen.notice) return refused('drill-notice-not-found');
  return decided(undefined, [{ remove: 'drillNotices', key: seen.notice.id }]);
}
