// An alert's or notice's words in the operator's language: its i18n keys, with the coded params
// (stage, deadline, receiver) turned into what people read.
import type { TFunction } from 'i18next';
import type { AlertParams } from '@shared/alerts';
import { formatDeadline } from '../../ui/format';
import { dataKey, keyIn, say } from '../../i18n/keys';

export function alertWords(params: AlertParams, t: TFunction, offsetMinutes: number, language: string): Record<string, string | number> {
  const words: Record<string, string | number> = { ...params };
  if (typeof params.stage === 'string') words.stage = t(keyIn('clock.stage', params.stage));
  if (typeof params.deadline === 'string') words.deadline = formatDeadline(params.deadline, offsetMinutes);
  if (language === 'en' && typeof params.receiverEn === 'string') words.receiver = params.receiverEn;
  // Drill messages (情景注入) carry the scenario's words in both languages.
  if (typeof params.injectType === 'string') words.injectType = t(keyIn('drill.injectType', params.injectType));
  for (const field of ['content', 'from', 'to'] as const) {
    const english = params[`${field}En`];
    if (language === 'en' && typeof english === 'string' && english) words[field] = english;
  }
  return words;
}

export type Worded = { titleKey: string; bodyKey: string; params: AlertParams };

export function noticeText(notice: Worded, t: TFunction, offsetMinutes: number, language: string): { title: string; body: string } {
  const words = alertWords(notice.params, t, offsetMinutes, language);
  // The keys were chosen by shared/alerts when the alert was planned, and stored with it.
  return { title: say(t, dataKey(notice.titleKey), words), body: say(t, dataKey(notice.bodyKey), words) };
}
