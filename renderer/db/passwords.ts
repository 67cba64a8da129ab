// Password hashes with Web Crypto's PBKDF2-HMAC-SHA-256 (both hosts: Electron's renderer and a
// plain browser), so an account restored from a backup signs in on either. A fresh random salt per
// hash; the hash record keeps its own parameters, so raising the iteration count later still
// verifies the old hashes (and a sign-in can rehash them). The password itself is never kept.
import { PASSWORD_HASH_BYTES, PASSWORD_ITERATIONS, PASSWORD_SALT_BYTES, type PasswordHash } from '@shared/accounts';
import { fromBase64, randomBytes, toBase64 } from './backupCrypto';

const encoder = new TextEncoder();

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey('raw', encoder.encode(password.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, PASSWORD_HASH_BYTES * 8);
  return new Uint8Array(bits);
}

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(PASSWORD_SALT_BYTES);
  const hash = await derive(password, salt, PASSWORD_ITERATIONS);
  return { algorithm: 'pbkdf2-sha256', iterations: PASSWORD_ITERATIONS, salt: toBase64(salt), hash: toBase64(hash) };
}

/** Compares every byte whatever the first difference, so the time taken says nothing of where it was. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const derived = await derive(password, fromBase64(stored.salt), stored.iterations);
  return sameBytes(derived, fromBase64(stored.hash));
}
