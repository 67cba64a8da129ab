// Plan content is data the office edits (categories, grades, duties), not UI text, so it carries
// its own Chinese wording and an optional English one.
import { z } from 'zod';

export const LocalizedTextSchema = z.object({ zh: z.string().min(1), en: z.string().optional() });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type Locale = 'zh-CN' | 'en';

export function localized(text: LocalizedText, locale: Locale): string {
  return locale === 'en' && text.en ? text.en : text.zh;
}
