// The office certificate: with OFFICE_CERT and OFFICE_KEY (PEM files) the server speaks only TLS.
// Its SHA-256 fingerprint is printed with every one-time code; typed at the PC with the code, the
// desktop console pins the server to it (electron/services/officePins.ts).
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';

export type OfficeTls = { cert: string; key: string; fingerprint: string };

/** The certificate and key named by the environment, or null where neither is set; a half-given pair is an error. */
export function officeTls(env: NodeJS.ProcessEnv = process.env): OfficeTls | null {
  const certPath = env.OFFICE_CERT;
  const keyPath = env.OFFICE_KEY;
  if (!certPath && !keyPath) return null;
  if (!certPath || !keyPath) throw new Error('Give both OFFICE_CERT and OFFICE_KEY (PEM files), or neither');
  const cert = readFileSync(certPath, 'utf8');
  return { cert, key: readFileSync(keyPath, 'utf8'), fingerprint: new X509Certificate(cert).fingerprint256 };
}
