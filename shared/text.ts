// Text the office writes: plan content (categories, grades, duties) carries its own Chinese
// wording and an optional English one; free text is bounded (TEXT_LIMITS).
import { z } from 'zod';

export const LocalizedTextSchema = z.object({ zh: z.string().min(1), en: z.string().optional() });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type Locale = 'zh-CN' | 'en';

export function localized(text: LocalizedText, locale: Locale): string {
  return locale === 'en' && text.en ? text.en : text.zh;
}

// ---- How much may be typed ------------------------------------------------------------------
// Free text is bounded like the intake's fields: a pasted log or a stuck key must not bloat
// the database, every backup and every printed report. Counted in UTF-16 units after trimming,
// as registration does (a Chinese character is one unit).

export const TEXT_LIMITS = {
  /** A name or a person as written: 联系人, 负责人. */
  name: 100,
  /** A short answer: the outcome of a call. */
  short: 1000,
  /** A note, reason or comment given with a step, a progress note, an instruction. */
  note: 2000,
  /** Prose written once: findings, a solution, feedback to the complainant, a result reported. */
  prose: 5000,
} as const;

/** True when the text, trimmed, is longer than `max`. */
export const isTooLong = (value: string | undefined, max: number): boolean => (value ?? '').trim().length > max;

/** An optional free-text field of a form: trimmed, at most `max`, 'validation.tooLong' otherwise. */
export const optionalText = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' });

/** A free-text field that must be filled in: trimmed, not empty, at most `max`. */
export const requiredText = (max: number) => optionalText(max).min(1, { error: 'validation.required' });
