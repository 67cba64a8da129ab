// The period's figures, read through a live query so a complaint registered anywhere shows at once.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { periodStatistics, type Period, type PeriodStatistics } from '@shared/statistics';
import { useConsole } from '../../db/DatabaseContext';
import { statisticsRecords } from '../../db/statistics';
import { useNow } from '../../ui/useNow';

export function useStatistics(period: Period): PeriodStatistics | undefined {
  const { db, plan, calendar, now: clock } = useConsole();
  // Overdue instructions and measures turn over by the minute at most.
  const now = useNow(clock, 60_000);
  const offset = plan.utcOffsetMinutes;
  const records = useLiveQuery(() => statisticsRecords(db, period, offset), [db, period.from, period.to, offset]);
  return useMemo(
    () => (records ? periodStatistics({ ...records, period, plan, calendar, now }) : undefined),
    [records, period, plan, calendar, now],
  );
}
