// Chromium takes its language from the OS unless told otherwise, so on an English Windows a date
// or time field would read "mm/dd/yyyy" inside a Chinese console. The console's own language is
// remembered here (userData/locale.json) as the page reports it, and handed to Chromium as
// `--lang` at the next start, which must happen before `ready`.
import path from 'node:path';
import type { Locale } from '@shared/text';

/** The Chromium locale for each console language; Chinese unless English was chosen. */
export function chromiumLanguage(stored: Locale | null): 'zh-CN' | 'en-US' {
  return stored === 'en' ? 'en-US' : 'zh-CN';
}

export const LOCALE_FILE = 'locale.json';

/** The part of node:fs the language memory uses: read synchronously, before the app is ready. */
export interface LanguageFileSystem {
  readFileSync(file: string, encoding: 'utf8'): string;
  mkdirSync(dir: string, options: { recursive: true }): unknown;
  writeFileSync(file: string, data: string, encoding: 'utf8'): void;
  renameSync(from: string, to: string): void;
}

/** The language last reported by the page; null on a first start or from a damaged file. */
export function readStoredLocale(userData: string, fs: LanguageFileSystem): Locale | null {
  try {
    const json: unknown = JSON.parse(fs.readFileSync(path.join(userData, LOCALE_FILE), 'utf8'));
    const locale = typeof json === 'object' && json !== null ? (json as { locale?: unknown }).locale : undefined;
    return locale === 'en' || locale === 'zh-CN' ? locale : null;
  } catch {
    return null;
  }
}

/** Temp file then rename, so a crash mid-write leaves the previous choice whole. */
export function storeLocale(userData: string, locale: Locale, fs: LanguageFileSystem): void {
  const file = path.join(userData, LOCALE_FILE);
  fs.mkdirSync(userData, { recursive: true });
  fs.writeFileSync(`${file}.tmp`, JSON.stringify({ locale }), 'utf8');
  fs.renameSync(`${file}.tmp`, file);
}

export interface CommandLineApp {
  getPath(name: 'userData'): string;
  commandLine: { appendSwitch(name: string, value?: string): void };
}

/** Called before `ready`: Chromium reads `--lang` once, when it starts its browser process. */
export function applyConsoleLanguage(app: CommandLineApp, fs: LanguageFileSystem): string {
  const language = chromiumLanguage(readStoredLocale(app.getPath('userData'), fs));
  app.commandLine.appendSwitch('lang', language);
  return language;
}
