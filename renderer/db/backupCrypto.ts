// The cryptography of a sealed backup, with Web Crypto only (the page, and Node's webcrypto in
// tests and benchmarks), so both hosts seal and open files with the same code.
//
// One secret per installation (kept by the host: Electron wraps it with safeStorage, the browser
// keeps it as a non-extractable CryptoKey) or one derived from a passphrase the operator types
// (a file for another PC). From it HKDF derives two keys: AES-GCM for the chunks and HMAC-SHA-256
// for the signature. Each chunk is encrypted on its own with, as additional data, the digest of the
// header of the backup that sealed it and its place in that backup's segment, so a chunk cannot be
// moved within or between segments; the signature covers the header (with the row counts) and every
// segment's origin, chunk count and digest, so a file cannot be cut short, reordered or re-signed
// without the key. A later backup of the same installation may carry an earlier one's segments over
// unchanged: they still open under the same key, and its own signature covers them.

/** OWASP's current figure for PBKDF2-HMAC-SHA256. */
export const PASSPHRASE_ITERATIONS = 600_000;
export const MIN_PASSPHRASE_LENGTH = 8;

export interface SealKeys {
  encryption: CryptoKey;
  signature: CryptoKey;
}

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const encoder = new TextEncoder();

/** Where the engine has it (Chromium), the native base64 of a byte array; the loop is the fallback (Node 20). */
type NativeBase64 = { toBase64?: () => string };
type NativeFromBase64 = { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> };

export function toBase64(bytes: Uint8Array): string {
  const native = (bytes as NativeBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as unknown as NativeFromBase64).fromBase64;
  if (typeof native === 'function') return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const toHex = (bytes: ArrayBuffer | Uint8Array): string =>
  Array.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/** A 256-bit secret as an HKDF base key that cannot be read back out of the key object. */
export function importInstallSecret(secret: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return subtle().importKey('raw', secret, 'HKDF', false, ['deriveKey']);
}

/** The base key of a passphrase file: PBKDF2 stretches what a person types, HKDF does the rest. */
export async function passphraseBaseKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle().deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
  return subtle().importKey('raw', bits, 'HKDF', false, ['deriveKey']);
}

export async function sealKeys(base: CryptoKey): Promise<SealKeys> {
  const hkdf = (info: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: encoder.encode(info) });
  const [encryption, signature] = await Promise.all([
    subtle().deriveKey(hkdf('complaint-console backup encryption'), base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    subtle().deriveKey(hkdf('complaint-console backup signature'), base, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, [
      'sign',
      'verify',
    ]),
  ]);
  return { encryption, signature };
}

export async function sha256(text: string): Promise<string> {
  return toHex(await subtle().digest('SHA-256', encoder.encode(text)));
}

const chunkData = (headerDigest: string, index: number) => encoder.encode(`${headerDigest}:${index}`);

/** One chunk's plaintext → base64 of IV ‖ ciphertext (the tag included). */
export async function encryptChunk(keys: SealKeys, headerDigest: string, index: number, plaintext: string): Promise<string> {
  const iv = randomBytes(12);
  const cipher = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: chunkData(headerDigest, index) },
    keys.encryption,
    encoder.encode(plaintext),
  );
  const sealed = new Uint8Array(12 + cipher.byteLength);
  sealed.set(iv, 0);
  sealed.set(new Uint8Array(cipher), 12);
  return toBase64(sealed);
}

/** The plaintext of a chunk, or null when the key is not the one it was sealed with or it was altered. */
export async function decryptChunk(keys: SealKeys, headerDigest: string, index: number, line: string): Promise<string | null> {
  try {
    const sealed = fromBase64(line);
    if (sealed.length < 12 + 16) return null;
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: sealed.subarray(0, 12), additionalData: chunkData(headerDigest, index) },
      keys.encryption,
      sealed.subarray(12),
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return null;
  }
}

/** What the signature covers: the header (with its row counts) and each sealed chunk's digest, in order and in number. */
const signedText = (headerDigest: string, chunkDigests: string[]) => `${headerDigest}\n${chunkDigests.length}\n${chunkDigests.join('\n')}`;

/** The HMAC of a text the format defines (shared/backupFormat.ts signedTextV3), as hex. */
export async function signText(keys: SealKeys, text: string): Promise<string> {
  return toHex(await subtle().sign('HMAC', keys.signature, encoder.encode(text)));
}

export async function verifyText(keys: SealKeys, text: string, signature: string): Promise<boolean> {
  if (!/^[0-9a-f]{64}$/.test(signature)) return false;
  const bytes = new Uint8Array(signature.match(/../g)!.map((pair) => parseInt(pair, 16)));
  return subtle().verify('HMAC', keys.signature, bytes, encoder.encode(text));
}

/** The version 2 signature: the header's digest and every chunk's, in order. */
export async function signBackup(keys: SealKeys, headerDigest: string, chunkDigests: string[]): Promise<string> {
  return toHex(await subtle().sign('HMAC', keys.signature, encoder.encode(signedText(headerDigest, chunkDigests))));
}

export function verifyBackup(keys: SealKeys, headerDigest: string, chunkDigests: string[], signature: string): Promise<boolean> {
  return verifyText(keys, signedText(headerDigest, chunkDigests), signature);
}
