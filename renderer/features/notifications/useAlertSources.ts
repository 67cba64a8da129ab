// The records the alerts are computed from, read through live queries by index: only the records
// that can raise an alert in the window the watcher looks at (alertWindow), with their level-1
// notices in the same answer, and the count of notices waiting for acknowledgement.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { alertWindow } from '@shared/alerts';
import type { LocalizedText } from '@shared/text';
import { toIsoWithOffset } from '@shared/time';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { unacknowledgedCount } from '../../db/notices';
import { useAlertRecords } from '../../db/reads/alerts';
import { useLoadedTeams } from '../../db/reads/organisation';
import { useClockCache } from '../../ui/useClockCache';

/** `now`: the watcher's minute; the window it reads moves with it by whole hours (alertWindow). */
export function useAlertSources(now: number, dueSoonLeadMinutes: number) {
  const { db, plan, plans, calendar } = useConsole();
  const people = usePeople();
  const window = alertWindow(now, dueSoonLeadMinutes);
  const records = useAlertRecords({
    incidentsBefore: toIsoWithOffset(window.incidentsBefore, plan.utcOffsetMinutes),
    instructionsBefore: toIsoWithOffset(window.instructionsBefore, plan.utcOffsetMinutes),
    // A day of opinion warnings (moving with the window by whole hours): older ones were raised long ago.
    opinionsSince: toIsoWithOffset(window.until - 48 * 3_600_000, plan.utcOffsetMinutes),
    // Reports and call-backs owed within the last 30 days: older ones were raised long ago.
    owedSince: toIsoWithOffset(window.until - 30 * 24 * 3_600_000, plan.utcOffsetMinutes),
  });
  const teams = useLoadedTeams();
  const unacknowledged = useLiveQuery(() => unacknowledgedCount(db), [db]);
  const teamNames = useMemo(() => new Map<string, LocalizedText>((teams ?? []).map((team) => [team.id, team.name])), [teams]);
  const personNames = useMemo(() => new Map(people.map((person) => [person.id, person.name])), [people]);
  const clocks = useClockCache(plan, plans, calendar);

  // One object per change of the records, so the alerts are not recomputed on every render of the shell.
  return useMemo(
    () => (records && teams && unacknowledged !== undefined ? { ...records, unacknowledged, teamNames, personNames, ...clocks } : null),
    [records, teams, unacknowledged, teamNames, personNames, clocks],
  );
}
