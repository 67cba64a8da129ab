// When the console looks again at which plan version is in force: at the instant a version
// approved for later takes over, in steps no longer than a timer can be trusted for.
import { describe, expect, it } from 'vitest';
import { defaultPlan } from '@shared/defaultPlan';
import type { Plan } from '@shared/plan';
import { MAX_SWITCH_WAIT_MS, switchWait } from '../../../renderer/db/planInForce';

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const v1 = defaultPlan('2026-01-05T09:00:00+08:00');
const fromTomorrow: Plan = {
  ...v1,
  id: '00000000-0000-4000-8000-000000000002',
  versionNumber: 2,
  status: 'approved',
  effectiveFrom: '2026-12-05T08:00:00+08:00',
};

describe('waiting for a version approved for later', () => {
  it('waits until its in-force instant', () => {
    expect(switchWait([v1, fromTomorrow], at('2026-12-05T07:00:00+08:00'))).toBe(HOUR);
    expect(switchWait([v1, fromTomorrow], at('2026-12-05T07:59:59.999+08:00'))).toBe(1);
  });

  it('waits in steps when the instant is far off, so a long or slept-through timer cannot miss it', () => {
    expect(switchWait([v1, fromTomorrow], at('2026-12-04T18:00:00+08:00'))).toBe(MAX_SWITCH_WAIT_MS);
    expect(MAX_SWITCH_WAIT_MS).toBeLessThan(2 ** 31 - 1);
  });

  it('waits for nothing once it is in force, or when no version is approved for later', () => {
    expect(switchWait([v1, fromTomorrow], at('2026-12-05T08:00:00+08:00'))).toBeNull();
    expect(switchWait([v1], at('2026-12-04T18:00:00+08:00'))).toBeNull();
  });
});
