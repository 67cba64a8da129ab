// The notification centre's records: every alert that came due, once per firing however many
// windows or reloads see it, acknowledged by a person with a timeline entry on the incident.
// Each keeps both when its alert was due and when the console actually raised it: after a night
// with the PC off these differ, and the office's record must not claim an alert nobody saw.
import { newestRaisedFirst, noticeDueAt, type Alert } from '@shared/alerts';
import type { StoredNotice } from '@shared/records';
import { ok, type Result } from '@shared/result';
import { firingId } from '@shared/schedule';
import { appendTimeline, isoAt, Refused, settle, type WriteContext } from './context';
import type { ConsoleDb } from './schema';

/** What recording needs of an alert that came due. */
export type Firing = Pick<Alert, 'key' | 'fireAt' | 'kind' | 'urgent' | 'target' | 'titleKey' | 'bodyKey' | 'params'>;

type Change = { add: StoredNotice } | { repeat: StoredNotice };

const ms = Date.parse;

/**
 * What recording these firings at `at` (the time of the look) would change. A firing already on
 * record changes nothing. A level-1 firing counts as one more showing of the key's
 * unacknowledged notice (a repeat) if it came due after that notice was last shown, and nothing
 * once that key was acknowledged: the acknowledgement ends its repeats, even if an alert computed
 * just before it still reaches us.
 */
async function changesFor(db: ConsoleDb, firings: readonly Firing[], at: string): Promise<Change[]> {
  const ids = firings.map(firingId);
  const existing = await db.notices.bulkGet(ids);
  const changes: Change[] = [];
  const repeated = new Map<string, StoredNotice>();
  for (const [index, firing] of firings.entries()) {
    if (existing[index]) continue;
    if (firing.kind === 'level1') {
      const ofKey = await db.notices.where('key').equals(firing.key).toArray();
      if (ofKey.some((n) => n.acknowledgedAt && ms(noticeDueAt(n)) <= ms(firing.fireAt))) continue;
      const open = repeated.get(firing.key) ?? ofKey.find((n) => !n.acknowledgedAt);
      if (open) {
        // A repeat that came due before the last showing (e.g. while the console was closed) was
        // covered by that showing.
        if (ms(firing.fireAt) > ms(open.lastShownAt)) {
          const shown = { ...open, shownCount: open.shownCount + 1, lastShownAt: at };
          repeated.set(firing.key, shown);
          changes.push({ repeat: shown });
        }
        continue;
      }
    }
    const notice: StoredNotice = {
      id: ids[index]!,
      mode: db.mode,
      key: firing.key,
      kind: firing.kind,
      titleKey: firing.titleKey,
      bodyKey: firing.bodyKey,
      params: firing.params,
      ...(firing.target ? { target: firing.target, targetId: firing.target.id } : {}),
      urgent: firing.urgent,
      firedAt: at,
      dueAt: firing.fireAt,
      shownCount: 1,
      lastShownAt: at,
    };
    if (firing.kind === 'level1') repeated.set(firing.key, notice);
    changes.push({ add: notice });
  }
  return changes;
}

/**
 * Records the firings that came due, as raised at `at` (ISO with offset: the time of the look,
 * not the instant they were due). Looks before locking, since most checks find everything on
 * record already, then decides again inside the write so two windows never record one firing
 * twice. Returns how many notices were added or shown again.
 */
export async function recordFirings(db: ConsoleDb, firings: readonly Firing[], at: string): Promise<Result<number>> {
  if (firings.length === 0) return ok(0);
  const looked = await settle(() => changesFor(db, firings, at));
  if (!looked.ok) return looked;
  if (looked.value.length === 0) return ok(0);
  return settle(() =>
    db.transaction('rw', db.notices, async () => {
      const changes = await changesFor(db, firings, at);
      // A level-1 key shown several times in one batch ends with its latest showing.
      const latest = new Map<string, StoredNotice>();
      for (const change of changes) {
        const notice = 'add' in change ? change.add : change.repeat;
        latest.set(notice.id, notice);
      }
      await db.notices.bulkPut([...latest.values()]);
      return changes.length;
    }),
  );
}

async function acknowledgeOne(db: ConsoleDb, notice: StoredNotice, ctx: WriteContext): Promise<StoredNotice> {
  const acknowledged: StoredNotice = {
    ...notice,
    acknowledgedAt: isoAt(ctx),
    acknowledgedBy: ctx.actor.id,
    acknowledgedByName: ctx.actor.name,
  };
  await db.notices.put(acknowledged);
  if (notice.targetId) {
    const { stage, number, receiver, receiverEn } = notice.params;
    await appendTimeline(db, ctx, {
      incidentId: notice.targetId,
      kind: 'notice-acknowledged',
      // `context` picks the sentence for the kind of alert (notifications.timeline.notice-acknowledged_*).
      params: {
        context: notice.kind,
        ...(stage !== undefined ? { stage } : {}),
        ...(number !== undefined ? { number } : {}),
        ...(receiver !== undefined ? { receiver, receiverEn: receiverEn ?? receiver } : {}),
      },
    });
  }
  return acknowledged;
}

/** Acknowledges one notice for the operator at the seat; a second acknowledgement is refused, naming the first. */
export function acknowledgeNotice(db: ConsoleDb, id: string, ctx: WriteContext): Promise<Result<StoredNotice>> {
  return settle(() =>
    db.transaction('rw', db.notices, db.timeline, async () => {
      const notice = await db.notices.get(id);
      if (!notice) throw new Refused('notice-not-found');
      if (notice.acknowledgedAt) throw new Refused('notice-already-acknowledged', { name: notice.acknowledgedByName ?? '' });
      return acknowledgeOne(db, notice, ctx);
    }),
  );
}

/** Acknowledges every notice not yet acknowledged; returns how many. */
export function acknowledgeAllNotices(db: ConsoleDb, ctx: WriteContext): Promise<Result<number>> {
  return settle(() =>
    db.transaction('rw', db.notices, db.timeline, async () => {
      const pending = await db.notices.filter((n) => !n.acknowledgedAt).toArray();
      for (const notice of pending) await acknowledgeOne(db, notice, ctx);
      return pending.length;
    }),
  );
}

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
 * the latest due comes first, so notices tied at the end of the page are read whole before cutting.
 */
export async function latestNotices(db: ConsoleDb, filter: NoticeFilter, limit: number): Promise<StoredNotice[]> {
  const wanted = (n: StoredNotice) => filter === 'all' || !n.acknowledgedAt;
  const newest = db.notices.orderBy('firedAt').reverse();
  const page = await (filter === 'unacknowledged' ? newest.filter(wanted) : newest).limit(limit).toArray();
  const last = page.at(-1);
  if (!last || page.length < limit) return page.sort(newestRaisedFirst);
  const listed = new Set(page.map((n) => n.id));
  const tied = (await db.notices.where('firedAt').equals(last.firedAt).toArray()).filter((n) => wanted(n) && !listed.has(n.id));
  return [...page, ...tied].sort(newestRaisedFirst).slice(0, limit);
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
