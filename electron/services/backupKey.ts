// This installation's backup secret: 32 random bytes and an id, made on first use and kept in
// userData/backup-key.bin wrapped by the operating system's key store (Electron safeStorage:
// DPAPI on Windows, the keychain on macOS, the secret service on Linux). Backups sealed with it
// open only on this installation; a file for another PC is sealed with a passphrase instead.
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import type { BackupSecret } from '@shared/bridge';
import { fail, ok, type Result } from '@shared/result';

/** The part of Electron's safeStorage used here. */
export interface SecretWrapper {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

export interface KeyFileSystem {
  readFile(file: string): Promise<Buffer>;
  writeFile(file: string, data: Buffer): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
}

const StoredSecretSchema = z.object({ installId: z.string().uuid(), secret: z.string().regex(/^[A-Za-z0-9+/]{43}=$/) });

const isMissing = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createBackupKeyService({ file, fs, safeStorage }: { file: string; fs: KeyFileSystem; safeStorage: SecretWrapper }) {
  let loaded: Promise<Result<BackupSecret>> | null = null;

  async function load(): Promise<Result<BackupSecret>> {
    if (!safeStorage.isEncryptionAvailable()) return fail('backup-key-unavailable');
    let sealed: Buffer | null = null;
    try {
      sealed = await fs.readFile(file);
    } catch (error) {
      if (!isMissing(error)) return fail('backup-key-unavailable', undefined, describe(error));
    }
    if (sealed) {
      try {
        const stored = StoredSecretSchema.parse(JSON.parse(safeStorage.decryptString(sealed)));
        return ok({ installId: stored.installId, secret: new Uint8Array(Buffer.from(stored.secret, 'base64')) });
      } catch (error) {
        // Never replaced silently: every backup made so far was sealed with the key in this file.
        return fail('backup-key-unavailable', undefined, describe(error));
      }
    }
    const made = { installId: randomUUID(), secret: randomBytes(32).toString('base64') };
    const temp = `${file}.tmp`;
    try {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(temp, safeStorage.encryptString(JSON.stringify(made)));
      await fs.rename(temp, file);
    } catch (error) {
      return fail('backup-key-unavailable', undefined, describe(error));
    }
    return ok({ installId: made.installId, secret: new Uint8Array(Buffer.from(made.secret, 'base64')) });
  }

  const secret = (): Promise<Result<BackupSecret>> => {
    loaded ??= load().then((result) => {
      if (!result.ok) loaded = null;
      return result;
    });
    return loaded;
  };
  // Handed to the page once per load: the console's own code asks for it as it starts, so a
  // script that got into the page later (or a console typed into) cannot read it out again.
  let handed = false;
  return {
    /** The secret, made once; a failure is asked again next time rather than remembered. */
    secret,
    /** The secret for the page that has just loaded, once; refused after that until the next load. */
    async handToPage(): Promise<Result<BackupSecret>> {
      if (handed) return fail('backup-key-handed');
      const result = await secret();
      if (result.ok) handed = true;
      return result;
    },
    /** A new page is loading (start, reload, crash recovery): it may ask once. */
    pageLoading(): void {
      handed = false;
    },
  };
}
export type BackupKeyService = ReturnType<typeof createBackupKeyService>;
