// The one place a change is written: a command's arguments are checked with its schema, what it
// needs is read and its pure decision taken inside one transaction over the tables it names, and
// the rows and timeline entries it decided are written there too — all of it or nothing.
import type { Table } from 'dexie';
import type { z } from 'zod';
import { provenRecently } from '@shared/accounts';
import { placedOnBoard } from '@shared/boardRetention';
import { accessFor, needsReauth, type CommandAccess } from '@shared/commandAccess';
import { invalidArguments, type CommandDecision, type RowWrite, type Stamp, type TableName, type TimelineAppend } from '@shared/commandKit';
import type { Actor, Incident } from '@shared/model';
import type { SeatBook, SharedCommand } from '@shared/officeCommands';
import { newId } from '@shared/ids';
import { fail, type Failure, type Result } from '@shared/result';
import { isoAt, Refused, settle, type WriteContext } from './context';
import type { ConsoleDb } from './schema';
import { seat } from './seat';
import { keepSummaries, summarisedWrites } from './summaries';

/** A command as the console runs it: its decision and how to read what the decision needs. */
export type Command<A, S, T> = CommandDecision<A, S, T> & {
  /** Every table read or written; the timeline is always included. */
  tables: readonly TableName[];
  /** `seat` is the run's plan book and calendar (the write context), for a read that weighs by them. */
  read: (db: ConsoleDb, args: A, stamp: Stamp, seat: SeatBook) => Promise<S>;
  /** What the log keeps of the arguments, where not all of them (a password's hash is left out). */
  logged?: (args: A) => unknown;
  /** Who may run it, where the command is not one of the console's own (COMMAND_ACCESS): a test's, a benchmark's. */
  access?: CommandAccess;
  /** Field errors in the command's own words, where the generic ones would not do. */
  invalid?: (error: z.ZodError) => Failure;
};

/** A command whose read is shared with the office server (shared/officeCommands.ts), run on this seat's store with its plan book and calendar. */
export const onSeat = <A, S, T>(command: SharedCommand<A, S, T>, seat: SeatBook): Command<A, S, T> => ({
  ...command,
  read: (db, args, stamp) => command.read(db, args, stamp, seat),
});

const tableOf = (db: ConsoleDb, name: TableName) => db.table(name) as Table<object, string>;

export const stampOf = (db: ConsoleDb, ctx: WriteContext): Stamp => ({
  actor: ctx.actor,
  at: isoAt(ctx),
  nowMs: ctx.now,
  utcOffsetMinutes: ctx.plan.utcOffsetMinutes,
  mode: db.mode,
  newId,
});

/** Writes the decided rows in order, a run of rows for one table at once. */
async function writeRows(db: ConsoleDb, writes: readonly RowWrite[]) {
  let i = 0;
  while (i < writes.length) {
    const first = writes[i]!;
    let j = i + 1;
    if ('put' in first) {
      while (j < writes.length && 'put' in writes[j]! && (writes[j] as { put: TableName }).put === first.put) j++;
      const rows = writes.slice(i, j).map((w) => (w as { row: object }).row);
      if (rows.length === 1) await tableOf(db, first.put).put(rows[0]!);
      else await tableOf(db, first.put).bulkPut(rows);
    } else {
      while (j < writes.length && 'remove' in writes[j]! && (writes[j] as { remove: TableName }).remove === first.remove) j++;
      await tableOf(db, first.remove).bulkDelete(writes.slice(i, j).map((w) => (w as { key: string }).key));
    }
    i = j;
  }
}

/**
 * The decided rows as stored: an incident carries its place on the live board while it is on it
 * (shared/boardRetention.ts), whichever command wrote it.
 */
function stored(outcome: { writes: RowWrite[]; timeline: TimelineAppend[] }, ctx: WriteContext) {
  const writes = outcome.writes.map((write) =>
    'put' in write && write.put === 'incidents' ? { put: write.put, row: placedOnBoard(write.row as Incident, ctx.plan, ctx.now) } : write,
  );
  return { writes, timeline: outcome.timeline };
}

/** The keys of the rows written or removed, by table, and the timeline entries appended. */
function keysWritten(db: ConsoleDb, writes: readonly RowWrite[], timelineIds: readonly string[]): Record<string, (string | number)[]> {
  const keys: Record<string, (string | number)[]> = {};
  for (const write of writes) {
    if ('put' in write) {
      const keyPath = tableOf(db, write.put).schema.primKey.keyPath as string;
      (keys[write.put] ??= []).push((write.row as Record<string, string | number>)[keyPath]!);
    } else (keys[write.remove] ??= []).push(write.key);
  }
  if (timelineIds.length > 0) (keys.timeline ??= []).push(...timelineIds);
  return keys;
}

/**
 * Who runs `name`, or why no one may: the person signed in at an unlocked seat once the console
 * enforces the seat (the context's actor otherwise: a test, a benchmark), or the console itself for
 * its own upkeep. The role is checked here for every command, whatever screen sent it.
 */
export function actorFor(name: string, ctx: Pick<WriteContext, 'actor'>, own?: CommandAccess): Result<{ actor: Actor; system: boolean }> {
  const system = accessFor(name, null, own);
  if (system.ok && system.system) return { ok: true, value: { actor: ctx.actor, system: true } };
  let actor = ctx.actor;
  if (seat.enforced()) {
    const here = seat.current();
    if (!here.person) return fail('not-signed-in');
    if (here.locked) return fail('seat-locked');
    // Signed in with a one-time password: nothing but choosing one's own.
    if (here.mustChange && name !== 'account.changePassword') return fail('account-must-change');
    actor = here.person;
  }
  const access = accessFor(name, actor.role, own);
  if (!access.ok) return fail(access.code, { role: actor.role });
  return { ok: true, value: { actor, system: false } };
}

/** Whether this run needs the password again and it was not given lately (on the console's clock). */
export function reauthMissing(name: string, args: unknown, seen: unknown, nowMs: number, own?: CommandAccess): boolean {
  if (!seat.enforced() || !needsReauth(name, args, seen, own)) return false;
  return !provenRecently(seat.current().provenAtMs, nowMs);
}

const committedListeners = new Set<(db: ConsoleDb) => void>();
/** Told after each command that changed something has committed (a seat of an office pushes it at once). */
export function whenCommitted(listener: (db: ConsoleDb) => void): () => void {
  committedListeners.add(listener);
  return () => committedListeners.delete(listener);
}

/** Runs `command` with `input`: a refusal or bad arguments change nothing and come back as a Result. */
export async function execute<A, S, T>(db: ConsoleDb, command: Command<A, S, T>, input: unknown, given: WriteContext): Promise<Result<T>> {
  const result = await executeOnce(db, command, input, given);
  if (result.ok && committedListeners.size > 0) for (const listener of committedListeners) listener(db);
  return result;
}

async function executeOnce<A, S, T>(db: ConsoleDb, command: Command<A, S, T>, input: unknown, given: WriteContext): Promise<Result<T>> {
  const who = actorFor(command.name, given, command.access);
  if (!who.ok) return who;
  const ctx: WriteContext = { ...given, actor: who.value.actor };
  const parsed = (command.args as z.ZodType<A>).safeParse(input);
  if (!parsed.success) {
    const failure = (command.invalid ?? invalidArguments)(parsed.error);
    return fail(failure.code, failure.params);
  }
  const args = parsed.data;
  const ids: string[] = [];
  const stamp: Stamp = {
    ...stampOf(db, ctx),
    newId: () => {
      const id = newId();
      ids.push(id);
      return id;
    },
  };
  const names = [...new Set<TableName>([...command.tables, 'timeline'])];
  // A command that may move the summaries keeps them in its own transaction (and reads the plan
  // versions its incidents' clocks follow).
  const summarising = summarisedWrites(names) ? [db.summaries, db.plans] : [];
  return settle(() =>
    db.transaction('rw', [...names.map((name) => tableOf(db, name)), db.commandLog, ...summarising], async () => {
      const seen = await command.read(db, args, stamp, ctx);
      if (reauthMissing(command.name, args, seen, ctx.now, command.access)) throw new Refused('reauth-required');
      const decision = command.decide(seen, args, stamp);
      if (!decision.ok) throw new Refused(decision.error.code, decision.error.params);
      const { value } = decision.value;
      const { writes, timeline } = stored(decision.value, ctx);
      if (summarising.length > 0) await keepSummaries(db, writes, ctx, () => writeRows(db, writes));
      else await writeRows(db, writes);
      if (timeline.length > 0) {
        await db.timeline.bulkAdd(
          timeline.map((entry) => {
            const note = entry.note?.trim();
            return {
              id: stamp.newId(),
              mode: db.mode,
              at: stamp.at,
              actorId: stamp.actor.id,
              actorName: stamp.actor.name,
              ...entry,
              ...(note ? { note } : { note: undefined }),
            };
          }),
        );
      }
      // A command that changed nothing (a clock tick with nothing due) has nothing to replay.
      if (writes.length === 0 && timeline.length === 0) return value;
      const appended = ids.slice(ids.length - timeline.length);
      await db.commandLog.add({
        name: command.name,
        args: command.logged ? command.logged(args) : args,
        actorId: stamp.actor.id,
        actorName: stamp.actor.name,
        at: stamp.at,
        nowMs: stamp.nowMs,
        mode: db.mode,
        ids,
        wrote: keysWritten(db, writes, appended),
      });
      return value;
    }),
  );
}

/**
 * Reads several tables as of one instant (a backup, an export, a statistics page): nothing written
 * meanwhile shows half in the result.
 */
export function readTogether<T>(db: ConsoleDb, tables: readonly TableName[] | 'all', read: () => Promise<T>): Promise<T> {
  const chosen = tables === 'all' ? db.tables : tables.map((name) => tableOf(db, name));
  return db.transaction('r', chosen, read);
}

/**
 * A change to the whole store that is not one decision on rows — a restore replacing every table,
 * the first plan and organisation written into an empty store, a generated store for a benchmark.
 * All of it or nothing, and logged by name like a command.
 */
export async function maintain<T>(
  db: ConsoleDb,
  operation: {
    name: string;
    actor?: { id: string; name: string };
    at?: string;
    tables: readonly TableName[] | 'all';
    /**
     * Nothing to replay changes, so it is not logged: data counted from the other tables (the running
     * totals), or the seat's own bookkeeping with its office (how far it has pushed and pulled).
     */
    derived?: true;
    /**
     * Where the run knows every row it wrote or removed, once written: logged like a command's, so a
     * backup made later reads those rows again instead of the whole store. Without it the run may have
     * written anything (args null).
     */
    wrote?: () => { args: Record<string, unknown>; wrote: Record<string, (string | number)[]> } | null;
  },
  write: () => Promise<T>,
): Promise<T> {
  const chosen = operation.tables === 'all' ? db.tables : [...operation.tables.map((name) => tableOf(db, name)), db.commandLog];
  return db.transaction('rw', chosen, async () => {
    const value = await write();
    if (operation.derived) return value;
    const named = operation.wrote?.() ?? null;
    await db.commandLog.add({
      name: operation.name,
      args: named ? named.args : null,
      ...(named ? { wrote: named.wrote } : {}),
      actorId: operation.actor?.id ?? '',
      actorName: operation.actor?.name ?? '',
      at: operation.at ?? new Date().toISOString(),
      // The operation's own instant where it gives one, so `at` and `nowMs` agree.
      nowMs: operation.at ? Date.parse(operation.at) : Date.now(),
      mode: db.mode,
      ids: [],
    });
    return value;
  });
}
