// i18next, wired once: zh-CN by default, English as the second locale.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@shared/text';
import { en } from './en';
import { zhCN } from './zh-CN';

export const LOCALES: Locale[] = ['zh-CN', 'en'];

export function initI18n(locale: Locale) {
  void i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: locale,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    returnNull: false,
    // An empty string is a real translation (e.g. no separator between 2小时 and 30分钟).
    returnEmptyString: true,
  });
  return i18next;
}
