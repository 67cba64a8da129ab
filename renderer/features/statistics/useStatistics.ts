// The period's figures, read through a live query so a complaint registered anywhere shows at once.
// They come from the days' running totals, so a year costs what a month does.
import { useMemo } from 'react';
import { type Period, type PeriodStatistics } from '@shared/statistics';
import { toIsoWithOffset } from '@shared/time';
import { useConsole } from '../../db/DatabaseContext';
import { useStatisticsFacts } from '../../db/reads/summaries';
import { statisticsFromFacts } from '../../db/statistics';
import { useNow } from '../../ui/useNow';

/** The overdue read looks this far ahead, so it is not taken again every minute. */
const STEP_MS = 10 * 60_000;

export function useStatistics(period: Period): PeriodStatistics | undefined {
  const { plan, now: clock } = useConsole();
  // Overdue instructions and measures turn over by the minute at most.
  const now = useNow(clock, 60_000);
  const until = toIsoWithOffset(Math.ceil((now + 1) / STEP_MS) * STEP_MS, plan.utcOffsetMinutes);
  const facts = useStatisticsFacts(period, until);
  return useMemo(() => (facts ? statisticsFromFacts(facts, period, plan, now) : undefined), [facts, period, plan, now]);
}
