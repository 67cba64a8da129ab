// Commands: every change to the office's data is a named command whose decision is a pure
// function here — given what it read, the arguments and a stamp (who, when, which ids), the rows
// to write and the timeline entries to append, or a refusal with a sentence's code and field
// paths. One executor (renderer/db/executor.ts) runs a command in one transaction; an office
// server can later run the same decision and replay the same stamp.
import type { RefusalCode } from './refusalCodes';
import { z } from 'zod';
import { ModeSchema, type Actor, type Mode } from './model';
import { fail, ok, type Failure, type Result } from './result';
import type { TimelineBody } from './timelineKinds';

/** The tables a command may write (the backup's list: every stored table). */
export const TABLE_NAMES = [
  'plans',
  'people',
  'teams',
  'complaints',
  'incidents',
  'timeline',
  'communications',
  'settings',
  'counters',
  'duty',
  'contacts',
  'instructions',
  'notices',
  'imports',
  'scenarios',
  'drillRuns',
  'drillNotes',
  'drillFindings',
  'drillNotices',
  'releases',
  'opinions',
  'resources',
  'allocations',
  'reviews',
  'measures',
  'calendarYears',
  'summaries',
  'accounts',
  'upwardReports',
  'callBacks',
  'attachments',
  'drillPlans',
  'drillMeasures',
  'trainings',
  'petitions',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/**
 * What a decision is given besides its arguments and what it read: the actor (from the session,
 * never from a screen), the instant, the plan's UTC offset for dates, the mode of the database
 * and a source of new ids. All come in from outside, so a decision is repeatable.
 */
export type Stamp = { actor: Actor; at: string; nowMs: number; utcOffsetMinutes: number; mode: Mode; newId: () => string };

export type RowWrite = { put: TableName; row: object } | { remove: TableName; key: string };
/** An entry a command appends to an incident's timeline (or the organisation's audit): by kind, see timelineKinds. */
export type TimelineAppend = { incidentId: string } & TimelineBody;

export type Outcome<T> = { value: T; writes: RowWrite[]; timeline: TimelineAppend[] };
export type Decision<T> = Result<Outcome<T>>;

/** A decision that goes ahead: its value, the rows it writes and what it appends to the timeline. */
export const decided = <T>(value: T, writes: RowWrite[] = [], timeline: TimelineAppend[] = []): Decision<T> =>
  ok({ value, writes, timeline });

/** A refusal: the code of its sentence and the values that fill it in. */
export const refused = <T = never>(code: RefusalCode, params?: Failure['params']): Decision<T> => fail(code, params);

/** `updatedAt`/`updatedBy` of a row a command writes. */
export const stamped = (stamp: Stamp) => ({ updatedAt: stamp.at, updatedBy: stamp.actor.id });

type Issue = z.core.$ZodIssue;
/** A message that is already a sentence key (`validation.required`, `resources.validation.amount`) is kept; zod's own words are not shown. */
const sentenceKeyOf = (issue: Issue) =>
  issue.message.includes('.') && !issue.message.includes(' ') ? issue.message : 'validation.invalid';

/**
 * The one way a failed parse becomes field errors: the first problem per field path, as a sentence
 * key. `from` skips leading path parts (a form's fields under `input`), `topLevel` keeps only the
 * first part left (a form with one error line per field), `word` names the sentence of an issue.
 */
export function fieldErrorsOf(
  error: z.ZodError,
  options: { from?: number; topLevel?: boolean; word?: (issue: Issue) => string } = {},
): Record<string, string> {
  const { from = 0, topLevel = false, word = sentenceKeyOf } = options;
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const rest = issue.path.slice(Math.min(from, Math.max(issue.path.length - 1, 0))).map(String);
    const path = (topLevel ? rest.slice(0, 1) : rest).join('.') || 'form';
    fields[path] ??= word(issue);
  }
  return fields;
}

/**
 * Arguments that do not fit their schema, as one refusal with a sentence key per field path
 * (`name`, `phones`, `holidays.0.last`): the form shows each at its field.
 */
export const invalidArguments = (error: z.ZodError): Failure => ({ code: 'validation', params: fieldErrorsOf(error) });

/**
 * A command: its name, the schema of its arguments, the tables it reads and writes, and its pure
 * decision. `read` (given by the executor's host) gathers what the decision needs.
 */
export type CommandDecision<A, S, T> = {
  name: string;
  args: z.ZodType<A>;
  decide: (seen: S, args: A, stamp: Stamp) => Decision<T>;
};

/**
 * One command as this seat ran it, kept in order: what an office server replays. The stamp's
 * instant and the ids it handed out are kept with the arguments, so replaying the decision on the
 * same rows gives the same writes.
 */
export const CommandLogEntrySchema = z.object({
  seq: z.number().int().min(1).optional(),
  name: z.string().min(1).max(100),
  args: z.unknown(),
  actorId: z.string().max(100),
  actorName: z.string().max(200),
  at: z.string().max(40),
  nowMs: z.number(),
  mode: ModeSchema,
  ids: z.array(z.string().max(100)),
  /**
   * The keys of the rows the command wrote or removed, by table (its timeline entries included):
   * what a backup taken meanwhile reads again. Absent on maintenance runs and older entries.
   */
  wrote: z.record(z.string(), z.array(z.union([z.string(), z.number()]))).optional(),
});
export type CommandLogEntry = z.infer<typeof CommandLogEntrySchema>;
