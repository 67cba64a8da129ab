// The notification centre's records: every alert that came due, once per firing however many
// windows or reloads see it, acknowledged by a person with a timeline entry on the incident.
// Each keeps both when its alert was due and when the console actually raised it: after a night
// with the PC off these differ, and the office's record must not claim an alert nobody saw.
import { newestRaisedFirst } from '@shared/alerts';
import { officialCalendar } from '@shared/calendar';
import { defaultPlan } from '@shared/defaultPlan';
import {
  acknowledgeAllArgs,
  acknowledgeNoticeArgs,
  decideAcknowledgeAll,
  decideAcknowledgeNotice,
  decideRecordFirings,
  noticeChanges,
  recordFiringsArgs,
  type Firing,
  type FiringsSeen,
  type RecordFiringsArgs,
} from '@shared/noticeCommands';
import type { StoredNotice } from '@shared/records';
import { ok, type Result } from '@shared/result';
import { firingId } from '@shared/schedule';
import { settle, type WriteContext } from './context';
import { execute, type Command } from './executor';
import type { ConsoleDb } from './schema';
import { planInForce, SYSTEM_ACTOR } from './seed';

export type { Firing } from '@shared/noticeCommands';

/** The notices already stored under the firings' ids, and every notice of their level-1 keys. */
async function firingsSeen(db: ConsoleDb, { firings }: Pick<RecordFiringsArgs, 'firings'>): Promise<FiringsSeen> {
  const ids = firings.map(firingId);
  const existing = await onRecordOf(db, ids);
  const keys = [...new Set(firings.filter((f) => f.kind === 'level1').map((f) => f.key))];
  const ofKey = keys.length === 0 ? [] : await db.notices.where('key').anyOf(keys).toArray();
  const grouped: Record<string, StoredNotice[]> = {};
  for (const notice of ofKey) (grouped[notice.key] ??= []).push(notice);
  return { existing: Object.fromEntries(existing.map((id) => [id, true as const])), ofKey: grouped };
}

/**
 * Which of these notice ids are on record. A few are looked up by key; thousands (a window's first
 * look on a day with thousands of overdue matters) from the keys of the range they span, one
 * request and no row read, instead of a request and a row each.
 */
async function onRecordOf(db: ConsoleDb, ids: readonly string[]): Promise<string[]> {
  if (ids.length <= 200) return (await db.notices.bulkGet([...ids])).flatMap((n) => (n ? [n.id] : []));
  const sorted = [...ids].sort();
  const keys = new Set((await db.notices.where(':id').between(sorted[0]!, sorted.at(-1)!, true, true).primaryKeys()) as string[]);
  return ids.filter((id) => keys.has(id));
}

export const recordFiringsCommand: Command<RecordFiringsArgs, FiringsSeen, number> = {
  name: 'notice.recordFirings',
  args: recordFiringsArgs,
  tables: ['notices'],
  read: firingsSeen,
  decide: decideRecordFirings,
};

export const acknowledgeNoticeCommand: Command<{ id: string }, { notice: StoredNotice | undefined }, StoredNotice> = {
  name: 'notice.acknowledge',
  args: acknowledgeNoticeArgs,
  tables: ['notices'],
  read: async (db, { id }) => ({ notice: await db.notices.get(id) }),
  decide: decideAcknowledgeNotice,
};

export const acknowledgeAllCommand: Command<object, { pending: StoredNotice[] }, number> = {
  name: 'notice.acknowledgeAll',
  args: acknowledgeAllArgs,
  tables: ['notices'],
  read: async (db) => ({ pending: await db.notices.filter((n) => !n.acknowledgedAt).toArray() }),
  decide: decideAcknowledgeAll,
};

/**
 * The console itself records firings: no person is at the origin of an alert. The plan gives the
 * stamp its offset (a store without one yet gets the default's); the calendar is not consulted.
 */
async function consoleContext(db: ConsoleDb, nowMs: number): Promise<WriteContext> {
  const plan = (await planInForce(db, nowMs)) ?? defaultPlan(new Date(nowMs).toISOString());
  return { actor: { id: SYSTEM_ACTOR, name: SYSTEM_ACTOR, role: 'staff' }, plan, now: nowMs, calendar: officialCalendar };
}

/**
 * Records the firings that came due, as raised at `at` (ISO with offset: the time of the look,
 * not the instant they were due). Looks before the command, since most checks find everything on
 * record already (and a look that changes nothing is not logged); the command decides again on
 * what it reads, so two windows never record one firing twice. Returns how many notices were
 * added or shown again.
 */
export async function recordFirings(db: ConsoleDb, firings: readonly Firing[], at: string): Promise<Result<number>> {
  // Firings this page saw on record lately are not looked up again: on a bad day thousands come
  // due and stay due, and every look read each of them. A level-1 firing repeats, so it is always looked at.
  const known = onRecord.get(db);
  const nowMs = Date.parse(at);
  const fresh = firings.filter((f) => f.kind === 'level1' || !(known && (known.get(firingId(f)) ?? -Infinity) > nowMs - ON_RECORD_FOR_MS));
  if (fresh.length === 0) return ok(0);
  const args = { firings: fresh, at };
  const looked = await settle(async () => {
    const seen = await firingsSeen(db, args);
    remember(db, Object.keys(seen.existing), nowMs);
    return { changes: noticeChanges(seen, args, db.mode), onRecord: seen.existing };
  });
  if (!looked.ok) return looked;
  if (looked.value.changes.length === 0) return ok(0);
  // The command reads and decides again on the firings not on record at the look only: a notice is
  // never taken off the record, and on opening a store with thousands of overdue matters, reading
  // every one of them again in the command's transaction held the page for over a second.
  const unrecorded = fresh.filter((firing) => !(firingId(firing) in looked.value.onRecord));
  const recorded = await execute(db, recordFiringsCommand, { firings: unrecorded, at }, await consoleContext(db, nowMs));
  if (recorded.ok) remember(db, fresh.map(firingId), nowMs);
  return recorded;
}

/** Firings seen on record, by id, with when: looked up again after ON_RECORD_FOR_MS (a restore may have changed the record). */
const onRecord = new WeakMap<ConsoleDb, Map<string, number>>();
const ON_RECORD_FOR_MS = 10 * 60_000;
function remember(db: ConsoleDb, ids: readonly string[], atMs: number) {
  let known = onRecord.get(db);
  if (!known) onRecord.set(db, (known = new Map()));
  for (const id of ids) known.set(id, atMs);
  if (known.size > 50_000) for (const [id, seenAt] of known) if (seenAt <= atMs - ON_RECORD_FOR_MS) known.delete(id);
}

/** Acknowledges one notice for the operator at the seat; a second acknowledgement is refused, naming the first. */
export const acknowledgeNotice = (db: ConsoleDb, id: string, ctx: WriteContext): Promise<Result<StoredNotice>> =>
  execute(db, acknowledgeNoticeCommand, { id }, ctx);

/** Acknowledges every notice not yet acknowledged; returns how many. */
export const acknowledgeAllNotices = (db: ConsoleDb, ctx: WriteContext): Promise<Result<number>> =>
  execute(db, acknowledgeAllCommand, {}, ctx);

/**
 * Notices not yet acknowledged. Counted as all minus acknowledged, both from indexes: an
 * unacknowledged notice has no `acknowledgedAt`, and IndexedDB leaves such rows out of the index.
 */
export async function unacknowledgedCount(db: ConsoleDb): Promise<number> {
  const [all, acknowledged] = await Promise.all([db.notices.count(), db.notices.where('acknowledgedAt').above('').count()]);
  return all - acknowledged;
}

export type NoticeFilter = 'unacknowledged' | 'all';

/**
 * The newest notices first (by when the console first raised them), at most `limit`. Alerts
 * recorded in one look (say, on opening the console in the morning) share `firedAt`; among them
 * the latest due comes first. Both are read from one index in that order, so a backlog of
 * thousands raised in one look costs a page, not the backlog.
 */
export async function latestNotices(db: ConsoleDb, filter: NoticeFilter, limit: number): Promise<StoredNotice[]> {
  const newest = db.notices.orderBy('[firedAt+dueAt]').reverse();
  const page = await (filter === 'unacknowledged' ? newest.filter((n) => !n.acknowledgedAt) : newest).limit(limit).toArray();
  // The index orders the times as text, which is their order within one UTC offset; a page that
  // spans plan versions of two offsets is put in the order of the instants.
  return page.sort(newestRaisedFirst);
}

/** The level-1 notices of these keys, for deciding whether their alerts still repeat. */
export function noticesOfKeys(db: ConsoleDb, keys: readonly string[]): Promise<StoredNotice[]> {
  return keys.length === 0
    ? Promise.resolve([])
    : db.notices
        .where('key')
        .anyOf([...keys])
        .toArray();
}
