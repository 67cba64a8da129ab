// The office certificate, pinned at enrollment: the seat keeps the SHA-256 fingerprint of its
// office server's certificate (read out with the one-time code) for the server's host, and the main
// process accepts a TLS connection to that host only with that certificate — an office's own
// self-signed one included — and never another, whoever signed it. Other hosts are verified as
// Chromium does. Kept in userData/office-pins.json, written whole to a temporary file and renamed.
import { X509Certificate } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { normalFingerprint } from '@shared/bridge';
import { fail, ok, type Result } from '@shared/result';

export interface PinFileSystem {
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  writeFile(file: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
}

const PinsSchema = z.record(z.string().min(1).max(253), z.string());

/** What Chromium's certificate check should do: 0 accept, -2 refuse, -3 its own verification. */
export type CertificateVerdict = 0 | -2 | -3;

/** The SHA-256 fingerprint of a PEM certificate (as the office server prints it), or null where it cannot be read. */
export function fingerprintOf(pem: string): string | null {
  try {
    return normalFingerprint(new X509Certificate(pem).fingerprint256);
  } catch {
    return null;
  }
}

/** The verdict on a certificate `hostname` presented, with the pins (host → fingerprint) this seat keeps. */
export function certificateVerdict(pins: ReadonlyMap<string, string>, hostname: string, pem: string): CertificateVerdict {
  const pinned = pins.get(hostname.toLowerCase());
  if (pinned === undefined) return -3;
  return fingerprintOf(pem) === pinned ? 0 : -2;
}

export class OfficePins {
  private pins = new Map<string, string>();
  private loaded: Promise<void> | null = null;

  constructor(
    private readonly file: string,
    private readonly fs: PinFileSystem,
  ) {}

  /** Reads the stored pins (once); a missing or unreadable file pins nothing. */
  load(): Promise<void> {
    this.loaded ??= this.fs
      .readFile(this.file, 'utf8')
      .then((text) => {
        const parsed = PinsSchema.safeParse(JSON.parse(text));
        if (parsed.success) this.pins = new Map(Object.entries(parsed.data));
      })
      .catch(() => undefined);
    return this.loaded;
  }

  /** The verdict for Chromium's certificate check (synchronous: the pins are in memory once loaded). */
  verdict(hostname: string, pem: string): CertificateVerdict {
    return certificateVerdict(this.pins, hostname, pem);
  }

  /** Pins the office at `origin` to the certificate with `fingerprint`, replacing an earlier pin of that host. */
  async pin(origin: string, fingerprint: string): Promise<Result<{ pinned: true; host: string }>> {
    await this.load();
    const host = new URL(origin).hostname.toLowerCase();
    const next = new Map(this.pins).set(host, normalFingerprint(fingerprint));
    const temp = `${this.file}.tmp`;
    try {
      await this.fs.mkdir(path.dirname(this.file), { recursive: true });
      await this.fs.writeFile(temp, JSON.stringify(Object.fromEntries(next), null, 2));
      await this.fs.rename(temp, this.file);
    } catch (error) {
      return fail('office-pin-failed', undefined, error instanceof Error ? error.message : String(error));
    }
    this.pins = next;
    return ok({ pinned: true, host });
  }
}
