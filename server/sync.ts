// Push and pull, on the model of a "global version" sync: a seat applies its command at once to its
// own store, keeps it in its log with the seat's own sequence number, and pushes it here. The server
// applies each seat's commands exactly once and in the seat's order, each in one transaction that
// raises the office version; seats pull the rows changed since the version they have and put the
// office's rows in place of their own.
import type { Pool, PoolClient } from 'pg';
import { accessFor } from '@shared/commandAccess';
import type { CommandLogEntry, RowWrite, TableName } from '@shared/commandKit';
import type { Mode } from '@shared/model';
import type { Pulled, PushAnswer, Pushed, PushOutcome, RowsAnswer } from '@shared/officeProtocol';
import { MODE_SCHEMAS } from './db/migrations';
import { KEY_FIELDS, OfficeRows } from './db/rows';
import { inTransaction } from './db/transaction';
import { applyCommand } from './commands';
import { POKE_CHANNELS } from './poke';

type Stored = { version: string; outcome: PushOutcome };

/** Whether a pushed command is the one applied under its number: the same name, instant and ids. */
const sameCommand = (stored: CommandLogEntry, pushed: CommandLogEntry) =>
  stored.name === pushed.name && stored.at === pushed.at && JSON.stringify(stored.ids) === JSON.stringify(pushed.ids);

/** The keys of the rows a command wrote, by table. */
function keysOf(writes: readonly RowWrite[]): Record<string, string[]> {
  const keys: Record<string, string[]> = {};
  for (const write of writes) {
    const table = 'put' in write ? write.put : write.remove;
    (keys[table] ??= []).push('put' in write ? String((write.row as Record<string, unknown>)[KEY_FIELDS[table]]) : write.key);
  }
  return keys;
}

/**
 * Applies a seat's pushed commands in its order. A command already applied (its answer was lost on
 * the way back) is answered again from the record, not applied twice; a gap in the seat's numbers
 * stops the push there. Each command is one transaction: the office version is raised first, which
 * also makes commands from all seats wait for one another, so each reads what the one before wrote.
 */
export async function push(
  pool: Pool,
  seatId: string,
  mode: Mode,
  pushed: readonly Pushed[],
  signedIn?: ReadonlySet<string>,
): Promise<PushAnswer[]> {
  const schema = MODE_SCHEMAS[mode];
  const answers: PushAnswer[] = [];
  for (const { seq, entry } of [...pushed].sort((a, b) => a.seq - b.seq)) {
    const answer = await inTransaction(pool, async (client): Promise<PushAnswer> => {
      await client.query(`INSERT INTO ${schema}.seat_progress (seat_id) VALUES ($1) ON CONFLICT DO NOTHING`, [seatId]);
      const progress = await client.query<{ last_seq: string }>(
        `SELECT last_seq FROM ${schema}.seat_progress WHERE seat_id = $1 FOR UPDATE`,
        [seatId],
      );
      const last = Number(progress.rows[0]!.last_seq);
      if (seq <= last) {
        const done = await client.query<Stored & { entry: CommandLogEntry }>(
          `SELECT version, outcome, entry FROM ${schema}.commands WHERE seat_id = $1 AND seat_seq = $2`,
          [seatId, seq],
        );
        const record = done.rows[0]!;
        // The same number for another command (the seat's store went back to a backup): never answered as if applied.
        if (!sameCommand(record.entry, entry)) return { seq, outOfOrder: true, expected: last + 1 };
        return { seq, version: Number(record.version), outcome: record.outcome, again: true };
      }
      if (seq !== last + 1) return { seq, outOfOrder: true, expected: last + 1 };
      if (signedIn && !signedIn.has(entry.actorId) && !isSystem(entry.name)) return { seq, signIn: entry.actorId };
      const { version, outcome } = await applyAtNewVersion(client, mode, seatId, seq, entry as CommandLogEntry);
      await client.query(`UPDATE ${schema}.seat_progress SET last_seq = $2 WHERE seat_id = $1`, [seatId, seq]);
      return { seq, version, outcome };
    });
    answers.push(answer);
    if ('outOfOrder' in answer || 'signIn' in answer) break;
  }
  return answers;
}

/** Whether the console runs this command itself (no person signs it: the drill's clock). */
const isSystem = (name: string) => {
  const access = accessFor(name, null);
  return access.ok && access.system;
};

/**
 * Applies one command at a new office version, in the caller's transaction: raising the version
 * first makes every seat's commands wait for one another, so each reads what the one before wrote.
 * The command is recorded with its outcome (a push repeated after a lost answer gets the same
 * answer) and every seat is told once it commits. `seq` is the seat's number for it; a command the
 * server makes itself (a sign-in attempt, an account's change) has none.
 */
export async function applyAtNewVersion(
  client: PoolClient,
  mode: Mode,
  seatId: string,
  seq: number | null,
  entry: CommandLogEntry,
  given?: Parameters<typeof applyCommand>[5],
  /** What of the command's value is kept and answered (an account's, without its password's hash). */
  shown: (value: unknown) => unknown = (value) => value,
): Promise<{ version: number; outcome: PushOutcome }> {
  const schema = MODE_SCHEMAS[mode];
  const raised = await client.query<{ version: string }>(`UPDATE ${schema}.office SET version = version + 1 RETURNING version`);
  const version = Number(raised.rows[0]!.version);
  const rows = new OfficeRows(client, mode);
  const live = mode === 'live' ? rows : new OfficeRows(client, 'live');
  const applied = await applyCommand(entry, mode, rows, live, version, given);
  const outcome: PushOutcome = applied.ok
    ? { ok: true, value: shown(applied.value.value), wrote: keysOf(applied.value.writes) }
    : { ok: false, error: applied.error };
  await client.query(`INSERT INTO ${schema}.commands (version, seat_id, seat_seq, name, entry, outcome) VALUES ($1, $2, $3, $4, $5, $6)`, [
    version,
    seatId,
    seq,
    entry.name,
    JSON.stringify(entry),
    JSON.stringify(outcome),
  ]);
  // Told to every seat once committed (server/poke.ts).
  await client.query('SELECT pg_notify($1, $2)', [POKE_CHANNELS[mode], String(version)]);
  return { version, outcome };
}

/** At most this many versions in one pull; a seat far behind pulls again until it has caught up. */
export const PULL_VERSIONS = 2_000;

export async function pull(pool: Pool, seatId: string, mode: Mode, since: number): Promise<Pulled> {
  const schema = MODE_SCHEMAS[mode];
  // One snapshot: the version and the rows up to it agree.
  return inTransaction(
    pool,
    async (client) => {
      const office = await client.query<{ version: string }>(`SELECT version FROM ${schema}.office`);
      const until = Math.min(Number(office.rows[0]!.version), since + PULL_VERSIONS);
      const rows = await new OfficeRows(client, mode).changedBetween(since, until);
      const progress = await client.query<{ last_seq: string }>(`SELECT last_seq FROM ${schema}.seat_progress WHERE seat_id = $1`, [
        seatId,
      ]);
      return { version: until, latest: Number(office.rows[0]!.version), rows, lastSeq: Number(progress.rows[0]?.last_seq ?? 0) };
    },
    'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  );
}

/** The office's rows of these keys now (null where there is none), and the version they are as of. */
export async function rowsNow(pool: Pool, mode: Mode, keys: readonly { table: TableName; key: string }[]): Promise<RowsAnswer> {
  const schema = MODE_SCHEMAS[mode];
  return inTransaction(
    pool,
    async (client) => {
      const office = await client.query<{ version: string }>(`SELECT version FROM ${schema}.office`);
      const rows = new OfficeRows(client, mode);
      const found: RowsAnswer['rows'] = [];
      for (const { table, key } of keys) found.push({ table, key, doc: (await rows.get<object>(table, key)) ?? null });
      return { version: Number(office.rows[0]!.version), rows: found };
    },
    'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  );
}
