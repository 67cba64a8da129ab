// The office certificate pinned at enrollment: the desktop console accepts TLS to the office's host
// only with the certificate whose fingerprint was read out with the one-time code, self-signed or
// not, and refuses any other there; other hosts are left to Chromium's own check. The pin survives
// a restart and a failed write changes nothing.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalFingerprint, OfficePinSchema } from '@shared/bridge';
import { certificateVerdict, OfficePins } from '../../electron/services/officePins';
import { selfSigned, type TestCertificate } from '../fixtures/certificates';

let office: TestCertificate;
let impostor: TestCertificate;
let dir: string;

beforeAll(async () => {
  office = selfSigned('192.168.1.20');
  impostor = selfSigned('192.168.1.20');
  dir = await mkdtemp(path.join(tmpdir(), 'office-pins-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the office certificate pin', () => {
  it('accepts only the pinned certificate at the office’s host and leaves other hosts to Chromium', () => {
    const pins = new Map([['192.168.1.20', normalFingerprint(office.fingerprint)]]);
    expect(certificateVerdict(pins, '192.168.1.20', office.cert)).toBe(0);
    expect(certificateVerdict(pins, '192.168.1.20', impostor.cert)).toBe(-2);
    expect(certificateVerdict(pins, '192.168.1.20', 'not a certificate')).toBe(-2);
    expect(certificateVerdict(pins, 'example.org', impostor.cert)).toBe(-3);
  });

  it('keeps the pin across a restart, from the fingerprint as it was typed', async () => {
    const file = path.join(dir, 'office-pins.json');
    const typed = office.fingerprint.toLowerCase().replace(/:/g, ' ');
    expect(OfficePinSchema.safeParse({ origin: 'https://192.168.1.20:8443', fingerprint: typed }).success).toBe(true);
    const pins = new OfficePins(file, fs);
    expect(await pins.pin('https://192.168.1.20:8443', typed)).toEqual({ ok: true, value: { pinned: true, host: '192.168.1.20' } });
    expect(pins.verdict('192.168.1.20', office.cert)).toBe(0);

    const again = new OfficePins(file, fs);
    expect(again.verdict('192.168.1.20', office.cert)).toBe(-3);
    await again.load();
    expect(again.verdict('192.168.1.20', office.cert)).toBe(0);
    expect(again.verdict('192.168.1.20', impostor.cert)).toBe(-2);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ '192.168.1.20': normalFingerprint(office.fingerprint) });
  });

  it('changes nothing when the pin cannot be written', async () => {
    const failing = { ...fs, rename: async () => Promise.reject(new Error('disk full')) } as unknown as typeof fs;
    const pins = new OfficePins(path.join(dir, 'other.json'), failing);
    const result = await pins.pin('https://10.0.0.5', office.fingerprint);
    expect(result).toMatchObject({ ok: false, error: { code: 'office-pin-failed' } });
    expect(pins.verdict('10.0.0.5', impostor.cert)).toBe(-3);
  });

  it('refuses a pin that is not a fingerprint, or for a plain http address', () => {
    expect(OfficePinSchema.safeParse({ origin: 'https://192.168.1.20', fingerprint: 'AB:CD' }).success).toBe(false);
    expect(OfficePinSchema.safeParse({ origin: 'http://192.168.1.20', fingerprint: office.fingerprint }).success).toBe(false);
  });
});
