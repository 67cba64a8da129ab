// This installation's backup secret, kept in userData wrapped by the operating system's key store:
// made once, the same ever after (also for a new service after a restart), never stored in the
// clear, and never silently replaced — every backup made so far was sealed with it.
import fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupKeyService, type KeyFileSystem, type SecretWrapper } from '../../electron/services/backupKey';

vi.mock('electron', () => ({}));

const PREFIX = 'dpapi:';

/** A stand-in for Electron's safeStorage: reversed text behind a prefix, and its inverse. */
function fakeSafeStorage(available = true) {
  return {
    isEncryptionAvailable: vi.fn(() => available),
    encryptString: vi.fn((plain: string) => Buffer.from(PREFIX + [...plain].reverse().join(''), 'utf8')),
    decryptString: vi.fn((sealed: Buffer) => {
      const text = sealed.toString('utf8');
      if (!text.startsWith(PREFIX)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return [...text.slice(PREFIX.length)].reverse().join('');
    }),
  } satisfies SecretWrapper;
}

const nodeKeyFs: KeyFileSystem = {
  readFile: (file) => fs.readFile(file),
  writeFile: (file, data) => fs.writeFile(file, data),
  rename: (from, to) => fs.rename(from, to),
  mkdir: (dir, options) => fs.mkdir(dir, options),
};

let userData: string;
let file: string;

beforeEach(async () => {
  userData = await fs.mkdtemp(path.join(tmpdir(), 'console-key-'));
  file = path.join(userData, 'backup-key.bin');
});

afterEach(async () => {
  await fs.rm(userData, { recursive: true, force: true });
});

const service = (safeStorage: SecretWrapper = fakeSafeStorage(), keyFs: KeyFileSystem = nodeKeyFs) =>
  createBackupKeyService({ file, fs: keyFs, safeStorage });

async function secretOk(keys: ReturnType<typeof service>) {
  const result = await keys.secret();
  if (!result.ok) throw new Error(`no secret: ${result.error.code} ${result.error.message ?? ''}`);
  return result.value;
}

describe('the installation’s backup secret', () => {
  it('is made on first use: an install id and 32 random bytes, stored wrapped, never in the clear', async () => {
    const safeStorage = fakeSafeStorage();
    const { installId, secret } = await secretOk(service(safeStorage));
    expect(installId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(secret).toBeInstanceOf(Uint8Array);
    expect(secret.byteLength).toBe(32);
    expect(safeStorage.encryptString).toHaveBeenCalledTimes(1);

    const stored = await fs.readFile(file);
    const base64 = Buffer.from(secret).toString('base64');
    expect(stored.toString('utf8').startsWith(PREFIX)).toBe(true);
    expect(stored.toString('utf8')).not.toContain(base64);
    expect(stored.toString('utf8')).not.toContain(installId);
    expect(stored.includes(Buffer.from(secret))).toBe(false);
    // No temp file is left beside it.
    expect(await fs.readdir(userData)).toEqual(['backup-key.bin']);
  });

  it('is the same on every later call, and for a new service after a restart', async () => {
    const first = await secretOk(service());
    const keys = service();
    const again = await secretOk(keys);
    expect(await secretOk(keys)).toEqual(again);
    expect(again.installId).toBe(first.installId);
    expect(Buffer.from(again.secret).equals(Buffer.from(first.secret))).toBe(true);
  });

  it('is made once when asked for twice at once', async () => {
    const safeStorage = fakeSafeStorage();
    const keys = service(safeStorage);
    const [a, b] = await Promise.all([secretOk(keys), secretOk(keys)]);
    expect(a.installId).toBe(b.installId);
    expect(safeStorage.encryptString).toHaveBeenCalledTimes(1);
  });

  it('differs between two installations', async () => {
    const mine = await secretOk(service());
    await fs.rm(file);
    const other = await secretOk(service());
    expect(other.installId).not.toBe(mine.installId);
    expect(Buffer.from(other.secret).equals(Buffer.from(mine.secret))).toBe(false);
  });

  it.each([
    ['bytes the key store cannot unwrap (another user, another PC)', () => Buffer.from('garbage that is not wrapped')],
    ['a wrapped text that is not JSON', () => Buffer.from(`${PREFIX}}{`)],
    [
      'a wrapped secret of the wrong length',
      () => Buffer.from(PREFIX + [...JSON.stringify({ installId: crypto.randomUUID(), secret: 'c2hvcnQ=' })].reverse().join('')),
    ],
    ['an empty file', () => Buffer.alloc(0)],
  ])('refuses a damaged key file (%s) and never replaces it', async (_what, damaged) => {
    await secretOk(service());
    const bytes = damaged();
    await fs.writeFile(file, bytes);
    const safeStorage = fakeSafeStorage();
    expect(await service(safeStorage).secret()).toMatchObject({ ok: false, error: { code: 'backup-key-unavailable' } });
    expect(safeStorage.encryptString).not.toHaveBeenCalled();
    expect((await fs.readFile(file)).equals(bytes)).toBe(true);
  });

  it('is unavailable when the operating system cannot wrap secrets, and writes nothing', async () => {
    const safeStorage = fakeSafeStorage(false);
    expect(await service(safeStorage).secret()).toMatchObject({ ok: false, error: { code: 'backup-key-unavailable' } });
    expect(safeStorage.encryptString).not.toHaveBeenCalled();
    expect(await fs.readdir(userData)).toEqual([]);
  });

  it('is unavailable when the key file cannot be read, without making a new one', async () => {
    const locked: KeyFileSystem = {
      ...nodeKeyFs,
      readFile: () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })),
    };
    const safeStorage = fakeSafeStorage();
    expect(await service(safeStorage, locked).secret()).toMatchObject({ ok: false, error: { code: 'backup-key-unavailable' } });
    expect(safeStorage.encryptString).not.toHaveBeenCalled();
  });

  it('is unavailable when it cannot be stored, and is asked again next time rather than remembered', async () => {
    let full = true;
    const keyFs: KeyFileSystem = {
      ...nodeKeyFs,
      writeFile: (target, data) =>
        full
          ? Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }))
          : nodeKeyFs.writeFile(target, data),
    };
    const keys = service(fakeSafeStorage(), keyFs);
    expect(await keys.secret()).toMatchObject({ ok: false, error: { code: 'backup-key-unavailable' } });
    expect(await fs.readdir(userData)).toEqual([]);
    full = false;
    const made = await secretOk(keys);
    expect((await secretOk(service())).installId).toBe(made.installId);
  });
});

describe('the backup key handed to the page', () => {
  it('is handed once per page load: a second ask is refused until the page loads again', async () => {
    const keys = service();
    const first = await keys.handToPage();
    expect(first.ok).toBe(true);
    expect(await keys.handToPage()).toEqual({ ok: false, error: { code: 'backup-key-handed' } });
    keys.pageLoading();
    const again = await keys.handToPage();
    expect(again.ok && first.ok && again.value.installId).toBe(first.ok && first.value.installId);
  });
});
