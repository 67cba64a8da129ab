// What a command reads, said once for every host: the seat's Dexie store answers it as it is (a
// Dexie table has these methods), the office server answers it from its PostgreSQL rows
// (server/db/officeStore.ts). A command's read written against this interface is the same read on
// the seat and on the server, so both take the same decision on the same rows.
import type { Contact, DutyShift, Instruction } from './command';
import type { Communication, Complaint, Incident, Mode, Person, Team, TimelineEntry } from './model';
import type { CalendarYear } from './officeCalendar';
import type { DrillFinding, DrillRunRecord } from './drillRecords';
import type { Release } from './releases';
import type { Measure, Review } from './review';
import type { Allocation, Resource } from './resources';
import type { Plan } from './plan';
import type { Account } from './accounts';
import type { Scenario } from './scenario';
import type { DrillNotice } from './drillNotice';
import type { UpwardReport } from './upwardReports';
import type { CallBack } from './callBacks';
import type { Attachment } from './attachments';
import type { DrillMeasure, DrillPlanItem, Training } from './drillProgramme';
import type { Petition } from './petitions';
import type { OpinionItem } from './opinion';
import type { StoredNotice } from './records';

/** The rows an index lookup found. */
export interface FoundRows<T> {
  toArray(): Promise<T[]>;
  first(): Promise<T | undefined>;
  count(): Promise<number>;
  /** The found rows ordered by one field. */
  sortBy(field: string): Promise<T[]>;
}

/** One table as a command reads it: by key, all of it (a small table), or by equality on an indexed field. */
export interface TableReads<T> {
  get(key: string): Promise<T | undefined>;
  bulkGet(keys: string[]): Promise<(T | undefined)[]>;
  toArray(): Promise<T[]>;
  count(): Promise<number>;
  /** `where('incidentId').equals(id)`; a compound index `[a+b]` is given its values as an array. */
  where(index: string): { equals(value: string | number | readonly (string | number)[]): FoundRows<T> };
}

export type Counter = { key: string; value: number };

/** The tables a shared read may read, with their rows. */
export type StoreReads = {
  readonly mode: Mode;
  readonly plans: TableReads<Plan>;
  readonly people: TableReads<Person>;
  readonly teams: TableReads<Team>;
  readonly complaints: TableReads<Complaint>;
  readonly incidents: TableReads<Incident>;
  readonly communications: TableReads<Communication>;
  readonly counters: TableReads<Counter>;
  readonly instructions: TableReads<Instruction>;
  readonly duty: TableReads<DutyShift>;
  readonly contacts: TableReads<Contact>;
  readonly calendarYears: TableReads<CalendarYear>;
  readonly drillRuns: TableReads<DrillRunRecord>;
  readonly releases: TableReads<Release>;
  readonly reviews: TableReads<Review>;
  readonly measures: TableReads<Measure>;
  readonly resources: TableReads<Resource>;
  readonly allocations: TableReads<Allocation>;
  readonly drillFindings: TableReads<DrillFinding>;
  readonly accounts: TableReads<Account>;
  readonly scenarios: TableReads<Scenario>;
  readonly drillNotices: TableReads<DrillNotice>;
  readonly upwardReports: TableReads<UpwardReport>;
  readonly callBacks: TableReads<CallBack>;
  readonly attachments: TableReads<Attachment>;
  readonly drillPlans: TableReads<DrillPlanItem>;
  readonly drillMeasures: TableReads<DrillMeasure>;
  readonly trainings: TableReads<Training>;
  readonly petitions: TableReads<Petition>;
  readonly opinions: TableReads<OpinionItem>;
  readonly timeline: TableReads<TimelineEntry>;
  readonly notices: TableReads<StoredNotice>;
};
