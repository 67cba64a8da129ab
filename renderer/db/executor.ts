// The one place a change is written: a command's arguments are checked with its schema, what it
// needs is read and its pure decision taken inside one transaction over the tables it names, and
// the rows and timeline entries it decided are written there too — all of it or nothing.
import type { Table } from 'dexie';
import type { z } from 'zod';
import { invalidArguments, type CommandDecision, type Stamp, type TableName } from '@shared/commandKit';
import { newId } from '@shared/ids';
import { fail, type Failure, type Result } from '@shared/result';
import { isoAt, Refused, settle, type WriteContext } from './context';
import type { ConsoleDb } from './schema';

/** A command as the console runs it: its decision and how to read what the decision needs. */
export type Command<A, S, T> = CommandDecision<A, S, T> & {
  /** Every table read or written; the timeline is always included. */
  tables: readonly TableName[];
  read: (db: ConsoleDb, args: A, stamp: Stamp) => Promise<S>;
  /** Field errors in the command's own words, where the generic ones would not do. */
  invalid?: (error: z.ZodError) => Failure;
};

const tableOf = (db: ConsoleDb, name: TableName) => db.table(name) as Table<object, string>;

export const stampOf = (db: ConsoleDb, ctx: WriteContext): Stamp => ({
  actor: ctx.actor,
  at: isoAt(ctx),
  nowMs: ctx.now,
  utcOffsetMinutes: ctx.plan.utcOffsetMinutes,
  mode: db.mode,
  newId,
});

/** Runs `command` with `input`: a refusal or bad arguments change nothing and come back as a Result. */
export async function execute<A, S, T>(db: ConsoleDb, command: Command<A, S, T>, input: unknown, ctx: WriteContext): Promise<Result<T>> {
  const parsed = (command.args as z.ZodType<A>).safeParse(input);
  if (!parsed.success) {
    const failure = (command.invalid ?? invalidArguments)(parsed.error);
    return fail(failure.code, failure.params);
  }
  const args = parsed.data;
  const stamp = stampOf(db, ctx);
  const names = [...new Set<TableName>([...command.tables, 'timeline'])];
  return settle(() =>
    db.transaction(
      'rw',
      names.map((name) => tableOf(db, name)),
      async () => {
        const seen = await command.read(db, args, stamp);
        const decision = command.decide(seen, args, stamp);
        if (!decision.ok) throw new Refused(decision.error.code, decision.error.params);
        const { value, writes, timeline } = decision.value;
        for (const write of writes) {
          if ('put' in write) await tableOf(db, write.put).put(write.row);
          else await tableOf(db, write.remove).delete(write.key);
        }
        for (const entry of timeline) {
          const note = entry.note?.trim();
          await db.timeline.add({
            id: stamp.newId(),
            mode: db.mode,
            at: stamp.at,
            actorId: stamp.actor.id,
            actorName: stamp.actor.name,
            ...entry,
            ...(note ? { note } : { note: undefined }),
          });
        }
        return value;
      },
    ),
  );
}
