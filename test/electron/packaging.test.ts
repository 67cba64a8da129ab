// The packaged console as electron-builder makes it: the fuses flipped in the Electron binary, so
// nobody at the PC can run the console as plain Node, attach an inspector or swap its code.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const CONFIG = path.join(__dirname, '..', '..', 'electron-builder.yml');

async function builderConfig(): Promise<Record<string, unknown>> {
  const parsed = load(await readFile(CONFIG, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error('electron-builder.yml is not a mapping');
  return parsed as Record<string, unknown>;
}

describe('the packaged console', () => {
  it('cannot be started as plain Node, given NODE_OPTIONS or opened to an inspector', async () => {
    const { electronFuses } = await builderConfig();
    expect(electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
    });
  });

  it('loads only the code it was packed with, checked against the hash embedded at build time', async () => {
    const config = await builderConfig();
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({ onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true });
  });

  it('grants file:// pages nothing beyond a browser’s and encrypts the cookie store', async () => {
    const { electronFuses } = await builderConfig();
    expect(electronFuses).toMatchObject({
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });
});
