// The commands the office server applies (shared/officeCommands.ts), each with the SAME read and
// decision the seat ran, on the office's rows instead of the seat's store. The server never trusts the seat
// for who acts or whether they may: the actor is the person of the server's own records, and the
// role is checked against COMMAND_ACCESS again.
import { placedOnBoard } from '@shared/boardRetention';
import { calendarOf } from '@shared/calendarCommands';
import { accessFor } from '@shared/commandAccess';
import { invalidArguments, type CommandLogEntry, type RowWrite, type Stamp, type TableName } from '@shared/commandKit';
import { newId } from '@shared/ids';
import type { Actor, Incident, Mode, Person } from '@shared/model';
import type { CalendarYear } from '@shared/officeCalendar';
import type { Plan } from '@shared/plan';
import { planInForceAt } from '@shared/planVersions';
import { OFFICE_COMMANDS, type SharedCommand } from '@shared/officeCommands';
import { fail, ok, type Result } from '@shared/result';
import { officeStore } from './db/officeStore';
import type { OfficeRows } from './db/rows';

/** How far ahead of the server's clock a seat's may be when its watch acts for the office. */
export const CLOCK_TOLERANCE_MS = 2 * 60_000;

/** Whether the server can apply a command of this name. */
export const appliesOnServer = (name: string): boolean => OFFICE_COMMANDS.has(name);

/** A command's effect: the rows it wrote (timeline entries among them) and its value for the seat. */
export type Applied = { value: unknown; writes: RowWrite[] };

/**
 * Applies one command a seat ran, as the seat's executor does (renderer/db/executor.ts): checks who
 * may, parses the arguments, reads, decides with the seat's instant and ids (so the rows it writes
 * are the seat's own where nothing moved meanwhile), places incidents on the live board, and writes
 * the timeline entries. A refusal writes nothing.
 */
export async function applyCommand(
  entry: CommandLogEntry,
  mode: Mode,
  rows: OfficeRows,
  live: OfficeRows,
  version: number,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any of the server's own commands
  given: { command?: SharedCommand<any, any, unknown>; actor?: Actor; args?: unknown } = {},
): Promise<Result<Applied>> {
  const command = given.command ?? OFFICE_COMMANDS.get(entry.name);
  let actor: Actor;
  const system = accessFor(entry.name, null);
  if (system.ok && system.system) {
    // A command the console runs itself (the drill's clock): run as its own actor, never as a person the seat names;
    // a sign-in attempt the server makes is the person's whose password it has just checked.
    if (given.actor) actor = given.actor;
    else if (command?.systemActor) actor = command.systemActor;
    else return fail('command-unknown');
    // The console's own clocks act for the whole office once: a seat whose clock runs ahead does not get to act early.
    if (entry.nowMs > Date.now() + CLOCK_TOLERANCE_MS) return fail('office-clock-ahead');
  } else {
    // Who acts is the office's record of the person (the session's, for the server's own commands), whatever role the seat believed they had.
    const person = await live.get<Person>('people', given.actor?.id ?? entry.actorId);
    if (!person) return fail('office-actor-unknown');
    actor = { id: person.id, name: person.name, role: person.role };
    const access = accessFor(entry.name, actor.role);
    if (!access.ok) return fail(access.code, { role: actor.role });
  }
  if (!command) return fail('command-unknown');
  // The server's own commands are logged without what must not be kept (a password's hash), and run with it.
  const parsed = command.args.safeParse(given.args ?? entry.args);
  if (!parsed.success) {
    const failure = invalidArguments(parsed.error);
    return fail(failure.code, failure.params);
  }
  const plans = await rows.all<Plan>('plans');
  const plan = planInForceAt(plans, entry.nowMs);
  if (!plan) return fail('office-no-plan');
  const ids = [...entry.ids];
  const stamp: Stamp = {
    actor,
    at: entry.at,
    nowMs: entry.nowMs,
    utcOffsetMinutes: plan.utcOffsetMinutes,
    mode,
    newId: () => ids.shift() ?? newId(),
  };
  const calendar = calendarOf(await live.all<CalendarYear>('calendarYears'));
  const seen = await command.read(officeStore(rows, live), parsed.data, stamp, { plan, plans, calendar });
  const decision = command.decide(seen, parsed.data, stamp);
  if (!decision.ok) return decision;
  const writes: RowWrite[] = decision.value.writes.map((write) =>
    'put' in write && write.put === 'incidents' ? { put: write.put, row: placedOnBoard(write.row as Incident, plan, entry.nowMs) } : write,
  );
  for (const entryOf of decision.value.timeline) {
    const note = entryOf.note?.trim();
    const { note: _note, ...rest } = entryOf;
    writes.push({
      put: 'timeline' satisfies TableName,
      row: { id: stamp.newId(), mode, at: stamp.at, actorId: actor.id, actorName: actor.name, ...rest, ...(note ? { note } : {}) },
    });
  }
  await rows.write(writes, version);
  return ok({ value: decision.value.value, writes });
}
