// The system of record: one Dexie (IndexedDB) database per mode. Live and drill data live in
// separate databases, so a live query cannot see drill records by accident.
import type { Account } from '@shared/accounts';
import Dexie, { type Table } from 'dexie';
import type { Plan } from '@shared/plan';
import type { Contact, DutyShift, Instruction } from '@shared/command';
import type { Communication, Complaint, Incident, Person, Team, TimelineEntry } from '@shared/model';
import { upgradeToVersion2, upgradeToVersion8, upgradeToVersion10 } from './migrations';
import type { Mode } from '@shared/model';
import type { ImportRun, StoredNotice } from '@shared/records';
import type { Scenario } from '@shared/scenario';
import type { DrillFinding, DrillNote, DrillRunRecord } from '@shared/drillRecords';
import type { DrillNotice } from '@shared/drillNotice';
import type { Release } from '@shared/releases';
import type { OpinionItem } from '@shared/opinion';
import type { Allocation, Resource } from '@shared/resources';
import type { Measure, Review } from '@shared/review';
import type { CalendarYear } from '@shared/officeCalendar';
import type { CommandLogEntry } from '@shared/commandKit';
import type { SummaryRow } from '@shared/summaries';
import type { UpwardReport } from '@shared/upwardReports';
import type { CallBack } from '@shared/callBacks';
import type { Attachment } from '@shared/attachments';
import type { DrillMeasure, DrillPlanItem, Training } from '@shared/drillProgramme';
import type { Petition } from '@shared/petitions';

export type Setting = { key: string; value: unknown; updatedAt: string };
export type Counter = { key: string; value: number };
/** A summary row, or the row `basis` saying what the summaries were counted under. */
export type StoredSummary = SummaryRow & { signature?: string };

export const DATABASE_NAMES: Record<Mode, string> = {
  live: 'complaint-console',
  drill: 'complaint-console-drill',
};

/** The schema version that brought accounts: a backup from before it carries none. */
export const ACCOUNTS_SCHEMA_VERSION = 9;

export class ConsoleDb extends Dexie {
  plans!: Table<Plan, string>;
  people!: Table<Person, string>;
  teams!: Table<Team, string>;
  complaints!: Table<Complaint, string>;
  incidents!: Table<Incident, string>;
  timeline!: Table<TimelineEntry, string>;
  communications!: Table<Communication, string>;
  settings!: Table<Setting, string>;
  counters!: Table<Counter, string>;
  duty!: Table<DutyShift, string>;
  contacts!: Table<Contact, string>;
  instructions!: Table<Instruction, string>;
  notices!: Table<StoredNotice, string>;
  imports!: Table<ImportRun, string>;
  scenarios!: Table<Scenario, string>;
  drillRuns!: Table<DrillRunRecord, string>;
  drillNotes!: Table<DrillNote, string>;
  drillFindings!: Table<DrillFinding, string>;
  drillNotices!: Table<DrillNotice, string>;
  releases!: Table<Release, string>;
  opinions!: Table<OpinionItem, string>;
  resources!: Table<Resource, string>;
  allocations!: Table<Allocation, string>;
  reviews!: Table<Review, string>;
  measures!: Table<Measure, string>;
  calendarYears!: Table<CalendarYear, string>;
  commandLog!: Table<CommandLogEntry, number>;
  summaries!: Table<StoredSummary, string>;
  accounts!: Table<Account, string>;
  upwardReports!: Table<UpwardReport, string>;
  callBacks!: Table<CallBack, string>;
  attachments!: Table<Attachment, string>;
  drillPlans!: Table<DrillPlanItem, string>;
  drillMeasures!: Table<DrillMeasure, string>;
  trainings!: Table<Training, string>;
  petitions!: Table<Petition, string>;

  constructor(
    name: string,
    readonly mode: Mode,
  ) {
    // Strict durability: Chromium (since 121) acknowledges a relaxed write before it reaches the
    // disk, so a registration shown as saved could vanish in a power cut.
    super(name, { chromeTransactionDurability: 'strict' });
    // Version 1. Later schema changes add `this.version(2).stores(...).upgrade(...)` below and
    // never edit this block, so existing stores migrate instead of being lost.
    this.version(1).stores({
      plans: 'id, updatedAt',
      people: 'id, name, role, teamCode',
      teams: 'id, code',
      complaints: 'id, &number, incidentId, receivedAt, updatedAt',
      incidents:
        'id, &number, updatedAt, nextDeadlineAt, *complainantNames, [level+updatedAt], [state+updatedAt], [categoryCode+updatedAt], [channelCode+updatedAt]',
      timeline: 'id, incidentId, [incidentId+at], at',
      communications: 'id, incidentId, [incidentId+at]',
      settings: 'key',
      counters: 'key',
    });
    // Version 2: the command structure. Team membership moves from people to teams (a person
    // can be on a working team and a task force), and the roster, contacts and instructions arrive.
    this.version(2)
      .stores({
        teams: 'id, code, kind, incidentId',
        duty: 'id, date, personId',
        contacts: 'id, category, organisation',
        instructions: 'id, incidentId, teamId, assigneeId, state, deadline, [teamId+state]',
      })
      .upgrade((tx) => upgradeToVersion2(tx));
    // Version 3: desktop services. The notification centre's history, the import journal, and
    // indexes that let a cancelled or interrupted import be taken back and a re-import be
    // recognised (the hotline system's own ticket number). No data changes, so no upgrade.
    this.version(3).stores({
      complaints: 'id, &number, incidentId, receivedAt, updatedAt, importId, externalRef',
      incidents:
        'id, &number, updatedAt, nextDeadlineAt, *complainantNames, [level+updatedAt], [state+updatedAt], [categoryCode+updatedAt], [channelCode+updatedAt], importId',
      notices: 'id, key, firedAt, acknowledgedAt, targetId',
      imports: 'id, startedAt, status',
    });
    // Version 4: rehearsal mode. The office's own scenarios, drill runs, observers' notes, the
    // findings of evaluations and drill notices. Used in the drill database only; new tables, so
    // no upgrade.
    this.version(4).stores({
      scenarios: 'id, updatedAt',
      drillRuns: 'id, &number, [scenario.id+createdAt], createdAt',
      drillNotes: 'id, runId, [runId+at]',
      drillFindings: 'id, runId, dueDate, status',
      drillNotices: 'id, updatedAt, startsAt',
    });
    // Version 5: the working teams' own tools and the after-action review. Statements (信息发布)
    // with their versions and decisions, public-opinion items (舆情), logistics resources and
    // their allocations, the review of each closed incident and its improvement measures. New
    // tables, so no upgrade.
    this.version(5).stores({
      releases: 'id, incidentId, status, updatedAt',
      opinions: 'id, incidentId, [incidentId+foundAt], foundAt',
      resources: 'id, type, status, updatedAt',
      allocations: 'id, resourceId, incidentId, returnedAt, [resourceId+returnedAt]',
      reviews: 'id, &incidentId, updatedAt',
      measures: 'id, incidentId, status, dueDate',
    });
    // Version 6: the office's own 节假日安排 for years the official data does not have yet, one
    // row a year, draft or approved. A new table, so no upgrade.
    this.version(6).stores({
      calendarYears: 'id, &year, status',
    });
    // Version 7: the log of the commands this seat ran, in order (what an office server replays).
    // A new table, so no upgrade.
    this.version(7).stores({
      commandLog: '++seq, name, at',
    });
    // Version 8: years of data. Small running totals the dashboard and statistics read instead of
    // whole tables (kept by the executor, rebuilt when missing), the open instructions by
    // deadline, and the incidents whose next deadline the calendar cannot count yet, so what is
    // due is found without reading every open record; and the live board's own indexes (boardAt),
    // which finished incidents leave after the plan's time. The summaries are counted on first
    // open; the upgrade marks the incidents without a countable deadline and places all on the board.
    this.version(8)
      .stores({
        summaries: 'key',
        instructions: 'id, incidentId, teamId, assigneeId, state, deadline, [teamId+state], [state+deadline]',
        incidents:
          'id, &number, updatedAt, nextDeadlineAt, *complainantNames, [level+updatedAt], [state+updatedAt], [categoryCode+updatedAt], [channelCode+updatedAt], importId, deadlineUnknown, boardAt, [level+boardAt], [state+boardAt], [categoryCode+boardAt], [channelCode+boardAt]',
      })
      .upgrade((tx) => upgradeToVersion8(tx));
    // Version 9: sign-in. One account per person who may sign in: a password hash, never the
    // password, and the count of wrong passwords behind a lock. Kept in the live database (a
    // rehearsal signs in with the same accounts) and carried in backups. A new table, so no upgrade.
    this.version(ACCOUNTS_SCHEMA_VERSION).stores({
      accounts: 'personId',
    });
    // Version 10: the notification centre's order as an index (raised, then due), so the newest
    // notices are read a page at a time even when a morning's backlog was raised in one look. The
    // notices from before `dueAt` get it, from the time that held it.
    this.version(10)
      .stores({
        notices: 'id, key, firedAt, acknowledgedAt, targetId, [firedAt+dueAt]',
      })
      .upgrade((tx) => upgradeToVersion10(tx));
    // Version 11: reports upward (信息报送) and call-backs (回访), by incident, and the incidents'
    // earliest report and call-back still owed as indexes (reportDueAt, callBackDueAt), so what is
    // owed is found without reading closed or open incidents. New tables and fields no stored
    // incident has yet, so no upgrade.
    this.version(11).stores({
      upwardReports: 'id, incidentId, [incidentId+createdAt], status',
      callBacks: 'id, incidentId, at',
      // 舆情监测: items watched before any incident, and warnings raised as alerts, by index.
      opinions: 'id, incidentId, [incidentId+foundAt], foundAt, watching, [watching+foundAt], alertAt',
      incidents:
        'id, &number, updatedAt, nextDeadlineAt, *complainantNames, [level+updatedAt], [state+updatedAt], [categoryCode+updatedAt], [channelCode+updatedAt], importId, deadlineUnknown, boardAt, [level+boardAt], [state+boardAt], [categoryCode+boardAt], [channelCode+boardAt], reportDueAt, callBackDueAt, archive.number',
    });
    // Version 12: 证据与附件, the record of each attached file by incident (its content is the
    // host's, by hash, never a blob here); and 演练计划与培训: the year's drill plan, by year and by
    // when a planned drill is reminded (remindAt, only while planned), and by who was present (a
    // person's record); the improvement measures drills found, by status (the dashboard reads the
    // open ones); training sessions by day and by attendee.
    // And petitions (信访事项) beside complaints: by number, newest first (receivedAt), by the
    // petitioner's name for the search, and the next deadline the office owes (dueAt) for alerts.
    // New tables only, so no upgrade.
    this.version(12).stores({
      attachments: 'id, incidentId, [incidentId+at], hash',
      drillPlans: 'id, year, plannedFor, remindAt, *presentIds',
      drillMeasures: 'id, planId, status, [status+dueDate]',
      trainings: 'id, heldOn, *attendeeIds',
      petitions: 'id, &number, receivedAt, petitionerName, dueAt, state',
    });
  }
}

export function openConsoleDb(mode: Mode, name = DATABASE_NAMES[mode]): ConsoleDb {
  return new ConsoleDb(name, mode);
}
