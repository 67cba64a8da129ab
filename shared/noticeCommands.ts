// 通知中心 as commands: the firings that came due recorded once each (a level-1 alert's repeats as
// more showings of its open notice), and a notice acknowledged by a person with an entry on its
// incident's timeline. Notice ids are the firings' own (`key@instant`), so two windows that see
// the same firing decide the same row.
import { z } from 'zod';
import { noticeDueAt, type Alert } from './alerts';
import { decided, refused, type Decision, type Stamp, type TimelineAppend } from './commandKit';
import { ALERT_KINDS } from './alertKinds';
import type { StoredNotice } from './records';
import { firingId } from './schedule';

/** What recording needs of an alert that came due. */
export type Firing = Pick<Alert, 'key' | 'fireAt' | 'kind' | 'urgent' | 'target' | 'titleKey' | 'bodyKey' | 'params'>;

const FiringSchema = z.object({
  key: z.string().min(1),
  fireAt: z.string().min(1),
  kind: z.enum(ALERT_KINDS),
  urgent: z.boolean(),
  target: z.object({ kind: z.enum(['incident', 'petition']), id: z.string().min(1) }).optional(),
  titleKey: z.string(),
  bodyKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** `at`: when the console raised them (the time of the look), not the instants they were due. */
export const recordFiringsArgs = z.object({ firings: z.array(FiringSchema), at: z.string().min(1) });
export type RecordFiringsArgs = z.output<typeof recordFiringsArgs>;

/** What recording reads: the notices already stored under the firings' ids, and every notice of their level-1 keys. */
/** The firings already on record (by firing id), and every notice of the level-1 keys among them. */
export type FiringsSeen = { existing: Record<string, true>; ofKey: Record<string, StoredNotice[]> };

export type NoticeChange = { add: StoredNotice } | { repeat: StoredNotice };
const ms = Date.parse;

/**
 * What recording these firings at `at` would change. A firing already on record changes nothing.
 * A level-1 firing counts as one more showing of the key's unacknowledged notice (a repeat) if it
 * came due after that notice was last shown, and nothing once that key was acknowledged: the
 * acknowledgement ends its repeats, even if an alert computed just before it still reaches us.
 */
export function noticeChanges(seen: FiringsSeen, { firings, at }: RecordFiringsArgs, mode: Stamp['mode']): NoticeChange[] {
  const changes: NoticeChange[] = [];
  const repeated = new Map<string, StoredNotice>();
  for (const firing of firings) {
    const id = firingId(firing);
    if (seen.existing[id]) continue;
    if (firing.kind === 'level1') {
      const ofKey = seen.ofKey[firing.key] ?? [];
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
      id,
      mode,
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

/** Records the firings that came due; the value is how many notices were added or shown again. */
export function decideRecordFirings(seen: FiringsSeen, args: RecordFiringsArgs, stamp: Stamp): Decision<number> {
  const changes = noticeChanges(seen, args, stamp.mode);
  // A level-1 key shown several times in one batch ends with its latest showing.
  const latest = new Map<string, StoredNotice>();
  for (const change of changes) {
    const notice = 'add' in change ? change.add : change.repeat;
    latest.set(notice.id, notice);
  }
  return decided(
    changes.length,
    [...latest.values()].map((row) => ({ put: 'notices' as const, row })),
  );
}

/** A notice acknowledged by the stamp's actor, and its entry on the incident it is about. */
function acknowledged(notice: StoredNotice, stamp: Stamp): { row: StoredNotice; entry: TimelineAppend | null } {
  const row: StoredNotice = { ...notice, acknowledgedAt: stamp.at, acknowledgedBy: stamp.actor.id, acknowledgedByName: stamp.actor.name };
  if (!notice.targetId) return { row, entry: null };
  const { stage, number, receiver, receiverEn } = notice.params;
  return {
    row,
    entry: {
      incidentId: notice.targetId,
      kind: 'notice-acknowledged',
      // `context` picks the sentence for the kind of alert (notifications.timeline.notice-acknowledged_*).
      params: {
        context: notice.kind,
        ...(stage !== undefined ? { stage } : {}),
        ...(number !== undefined ? { number } : {}),
        ...(receiver !== undefined ? { receiver, receiverEn: receiverEn ?? receiver } : {}),
      },
    },
  };
}

function acknowledgedAll(notices: readonly StoredNotice[], stamp: Stamp) {
  const done = notices.map((notice) => acknowledged(notice, stamp));
  return {
    rows: done.map((d) => d.row),
    writes: done.map((d) => ({ put: 'notices' as const, row: d.row })),
    timeline: done.flatMap((d) => (d.entry ? [d.entry] : [])),
  };
}

export const acknowledgeNoticeArgs = z.object({ id: z.string().min(1) });

/** Acknowledges one notice; a second acknowledgement is refused, naming the first. */
export function decideAcknowledgeNotice(
  seen: { notice: StoredNotice | undefined },
  _args: z.output<typeof acknowledgeNoticeArgs>,
  stamp: Stamp,
): Decision<StoredNotice> {
  const { notice } = seen;
  if (!notice) return refused('notice-not-found');
  if (notice.acknowledgedAt) return refused('notice-already-acknowledged', { name: notice.acknowledgedByName ?? '' });
  const { rows, writes, timeline } = acknowledgedAll([notice], stamp);
  return decided(rows[0]!, writes, timeline);
}

export const acknowledgeAllArgs = z.object({});

/** Acknowledges every notice not yet acknowledged; the value is how many. */
export function decideAcknowledgeAll(seen: { pending: StoredNotice[] }, _args: unknown, stamp: Stamp): Decision<number> {
  const pending = seen.pending.filter((n) => !n.acknowledgedAt);
  const { writes, timeline } = acknowledgedAll(pending, stamp);
  return decided(pending.length, writes, timeline);
}
