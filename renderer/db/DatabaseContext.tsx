// Gives screens the open database, the plan in force, the calendar and the clock.
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { WorkingCalendar } from '@shared/calendar';
import type { Plan } from '@shared/plan';
import { ROLES, type Person } from '@shared/model';
import { calendarOf, officeCalendarRows } from './calendar';
import { usePlanInForce } from './planInForce';
import type { ConsoleDb } from './schema';
import { keepSummariesCounted } from './summaryRebuild';
import { runInBackground } from './backupWorkerClient';
import { storedSignature } from './summaries';
import { summarySignature } from '@shared/summaries';

/** `plans`: every version kept, so each incident's clocks follow the version it was opened under. */
export type Console = { db: ConsoleDb; plan: Plan; plans: readonly Plan[]; calendar: WorkingCalendar; now: () => number };

const ConsoleContext = createContext<Console | null>(null);
// One subscription to the roster for the whole console, so every component sees the same
// people at the same moment (separate queries could briefly disagree about who is at the seat).
const PeopleContext = createContext<Person[]>([]);

export function ConsoleProvider({ db, children, fallback }: { db: ConsoleDb; children: ReactNode; fallback: ReactNode }) {
  const plans = useLiveQuery(() => db.plans.toArray(), [db]);
  // Switches by itself when a version approved for later comes into force.
  const plan = usePlanInForce(plans);
  // Live, so a year the leader approves changes every clock on every screen at once. The office's
  // calendar: read from the live database in a drill too.
  const officeYears = useLiveQuery(() => officeCalendarRows(db), [db]);
  const calendar = useMemo(() => (officeYears ? calendarOf(officeYears) : null), [officeYears]);
  const value = useMemo<Console | null>(
    () => (plan && plans && calendar ? { db, plan, plans, calendar, now: Date.now } : null),
    [db, plan, plans, calendar],
  );
  // The running totals are counted again when missing (a new or restored store) or counted under
  // another plan or calendar; watched live, so a restore in another window is noticed too.
  const counted = useLiveQuery(() => storedSignature(db), [db]);
  useEffect(() => {
    if (!plan || !plans || !officeYears || !calendar || counted === undefined) return;
    const signature = summarySignature(plan, plans, officeYears);
    if (counted !== signature) {
      // Counted in the backup worker, which reads the same plan versions and calendar from the
      // store and takes the plan in force at the page's instant (the page's clock may be a drill's).
      keepSummariesCounted(db, { plan, plans }, calendar, signature, () =>
        runInBackground({ op: 'count', db: { name: db.name, mode: db.mode }, nowMs: Date.now() }, { db }),
      );
    }
  }, [db, plan, plans, officeYears, calendar, counted]);
  const people = useLiveQuery(() => db.people.toArray(), [db]);
  const roster = useMemo(
    () => [...(people ?? [])].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.name.localeCompare(b.name, 'zh-CN')),
    [people],
  );
  if (!value || !people) return <>{fallback}</>;
  return (
    <ConsoleContext.Provider value={value}>
      <PeopleContext.Provider value={roster}>{children}</PeopleContext.Provider>
    </ConsoleContext.Provider>
  );
}

export function useConsole(): Console {
  const value = useContext(ConsoleContext);
  if (!value) throw new Error('useConsole outside ConsoleProvider');
  return value;
}

/** The roster in command order: leader, deputies, members, staff, trainers (shared/model.ts ROLES). */
export function usePeople(): Person[] {
  return useContext(PeopleContext);
}
