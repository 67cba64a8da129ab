// The office's rows as a command reads them (shared/storeReads.ts): the same read the seat runs on
// its Dexie store runs here on PostgreSQL, so both take the same decision on the same rows.
import type { TableName } from '@shared/commandKit';
import type { FoundRows, StoreReads, TableReads } from '@shared/storeReads';
import type { OfficeRows } from './rows';

/** The fields of an index name: `incidentId`, or `[state+deadline]`. */
const fieldsOf = (index: string): string[] => (index.startsWith('[') ? index.slice(1, -1).split('+') : [index]);

const byField = <T>(rows: T[], field: string): T[] =>
  [...rows].sort((a, b) => {
    const x = (a as Record<string, unknown>)[field] as string | number;
    const y = (b as Record<string, unknown>)[field] as string | number;
    return x < y ? -1 : x > y ? 1 : 0;
  });

function tableReads<T>(rows: OfficeRows, table: TableName): TableReads<T> {
  return {
    get: (key) => rows.get<T>(table, key),
    bulkGet: (keys) => rows.bulkGet<T>(table, keys),
    toArray: () => rows.all<T>(table),
    count: () => rows.count(table),
    where: (index) => ({
      equals(value): FoundRows<T> {
        const fields = fieldsOf(index);
        const values = Array.isArray(value) ? (value as (string | number)[]) : [value as string | number];
        if (values.length !== fields.length) throw new Error(`index ${index} is looked up with ${values.length} values`);
        const found = () => rows.whereEquals<T>(table, Object.fromEntries(fields.map((field, i) => [field, values[i]!])));
        return {
          toArray: found,
          first: async () => (await found())[0],
          count: async () => (await found()).length,
          sortBy: async (field) => byField(await found(), field),
        };
      },
    }),
  };
}

/** The office's store of one mode, with the calendar read from the live rows (the office keeps one calendar). */
export function officeStore(rows: OfficeRows, live: OfficeRows): StoreReads {
  return {
    mode: rows.mode,
    plans: tableReads(rows, 'plans'),
    people: tableReads(rows, 'people'),
    teams: tableReads(rows, 'teams'),
    complaints: tableReads(rows, 'complaints'),
    incidents: tableReads(rows, 'incidents'),
    communications: tableReads(rows, 'communications'),
    counters: tableReads(rows, 'counters'),
    instructions: tableReads(rows, 'instructions'),
    duty: tableReads(rows, 'duty'),
    contacts: tableReads(rows, 'contacts'),
    calendarYears: tableReads(live, 'calendarYears'),
    drillRuns: tableReads(rows, 'drillRuns'),
    releases: tableReads(rows, 'releases'),
    reviews: tableReads(rows, 'reviews'),
    measures: tableReads(rows, 'measures'),
    resources: tableReads(rows, 'resources'),
    allocations: tableReads(rows, 'allocations'),
    drillFindings: tableReads(rows, 'drillFindings'),
    // Accounts are the office's, like the calendar: a rehearsal signs in with the live ones.
    accounts: tableReads(live, 'accounts'),
    scenarios: tableReads(rows, 'scenarios'),
    drillNotices: tableReads(rows, 'drillNotices'),
    upwardReports: tableReads(rows, 'upwardReports'),
    callBacks: tableReads(rows, 'callBacks'),
    attachments: tableReads(rows, 'attachments'),
    drillPlans: tableReads(rows, 'drillPlans'),
    drillMeasures: tableReads(rows, 'drillMeasures'),
    trainings: tableReads(rows, 'trainings'),
    petitions: tableReads(rows, 'petitions'),
    opinions: tableReads(rows, 'opinions'),
    timeline: tableReads(rows, 'timeline'),
    notices: tableReads(rows, 'notices'),
  };
}
