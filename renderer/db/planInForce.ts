// The plan in force, re-read at the instant a version approved for later takes over, so the
// console switches at 08:00 tomorrow without a reload or another change to the plans.
import { useEffect, useMemo, useState } from 'react';
import type { Plan } from '@shared/plan';
import { nextPlanSwitchAt, planInForceAt } from '@shared/planVersions';

/**
 * The longest single wait: browsers run a longer setTimeout at once (over 2^31 − 1 ms), and a
 * timer can drift while the machine sleeps, so a far switch is waited for in steps.
 */
export const MAX_SWITCH_WAIT_MS = 6 * 3_600_000;

/** How long to wait before looking again at which version is in force; null: nothing scheduled. */
export function switchWait(plans: readonly Plan[], nowMs: number, maxMs = MAX_SWITCH_WAIT_MS): number | null {
  const next = nextPlanSwitchAt(plans, nowMs);
  return next === null ? null : Math.min(Math.max(0, next - nowMs), maxMs);
}

export function usePlanInForce(plans: readonly Plan[] | undefined, now: () => number = Date.now): Plan | undefined {
  // Bumped when a switch may have come: at its instant, and on coming back from sleep or another window.
  const [look, setLook] = useState(0);
  useEffect(() => {
    if (!plans) return;
    const again = () => setLook((n) => n + 1);
    const wait = switchWait(plans, now());
    const timer = wait === null ? undefined : setTimeout(again, wait);
    const onVisible = () => {
      if (document.visibilityState === 'visible') again();
    };
    window.addEventListener('focus', again);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('focus', again);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [plans, now, look]);
  // `look` only says when to read the clock again; the same version keeps the same object.
  return useMemo(() => (plans ? (planInForceAt(plans, now()) ?? undefined) : undefined), [plans, now, look]);
}
