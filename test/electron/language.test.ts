// Which language Chromium is started in: the console's own, remembered from the page, so date
// and time fields read in Chinese on an English Windows; Chinese when nothing says otherwise.
import fs from 'node:fs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyConsoleLanguage, chromiumLanguage, readStoredLocale, storeLocale } from '../../electron/services/language';

vi.mock('electron', () => ({}));

let userData: string;
beforeEach(() => {
  userData = mkdtempSync(path.join(tmpdir(), 'console-lang-'));
});
afterEach(() => rmSync(userData, { recursive: true, force: true }));

describe('the Chromium language for a stored console language', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['en', 'en-US'],
    [null, 'zh-CN'],
  ] as const)('%s starts Chromium as %s', (stored, language) => {
    expect(chromiumLanguage(stored)).toBe(language);
  });
});

describe('the remembered console language', () => {
  it('is nothing on a first start', () => {
    expect(readStoredLocale(userData, fs)).toBeNull();
  });

  it('is read back as it was stored, leaving no temp file', () => {
    storeLocale(userData, 'en', fs);
    expect(readStoredLocale(userData, fs)).toBe('en');
    storeLocale(userData, 'zh-CN', fs);
    expect(readStoredLocale(userData, fs)).toBe('zh-CN');
    expect(fs.readdirSync(userData)).toEqual(['locale.json']);
  });

  it.each(['{"locale": "fr"}', '{"locale": ', '"en"', 'null'])('is nothing when the file holds %s', (text) => {
    writeFileSync(path.join(userData, 'locale.json'), text);
    expect(readStoredLocale(userData, fs)).toBeNull();
  });
});

describe('applying the language', () => {
  const appWith = (folder: string) => ({ getPath: () => folder, commandLine: { appendSwitch: vi.fn() } });

  it('appends --lang=zh-CN when nothing is stored', () => {
    const app = appWith(userData);
    expect(applyConsoleLanguage(app, fs)).toBe('zh-CN');
    expect(app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'zh-CN');
  });

  it('appends --lang=en-US for an operator who chose English', () => {
    storeLocale(userData, 'en', fs);
    const app = appWith(userData);
    applyConsoleLanguage(app, fs);
    expect(app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'en-US');
  });

  it('still starts, in Chinese, when the user data folder cannot be read', () => {
    const app = appWith(path.join(userData, 'missing', 'deeper'));
    expect(applyConsoleLanguage(app, fs)).toBe('zh-CN');
  });
});
