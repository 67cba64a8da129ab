// 舆情: the monitoring team's items, logged per incident with a timeline entry in the same
// transaction. Reading them is a plain indexed query on [incidentId+foundAt].
import Dexie from 'dexie';
import { newId } from '@shared/ids';
import { validateOpinion, type OpinionInput, type OpinionItem } from '@shared/opinion';
import { fail, type Result } from '@shared/result';
import { toIsoWithOffset } from '@shared/time';
import { appendTimeline, isoAt, Refused, settle, type WriteContext } from './context';
import type { ConsoleDb } from './schema';

/**
 * Logs one item. Bad input comes back as `validation` with a problem code per field (params:
 * field → code, opinion.error.<code> in the catalogs) and nothing is stored.
 */
export async function logOpinionItem(
  db: ConsoleDb,
  incidentId: string,
  input: OpinionInput,
  ctx: WriteContext,
): Promise<Result<OpinionItem>> {
  const offset = ctx.plan.utcOffsetMinutes;
  const checked = validateOpinion(input, offset, ctx.now);
  if (!checked.ok) return fail('validation', Object.fromEntries(checked.problems.map((p) => [p.field, p.code])));
  const value = checked.value;
  return settle(() =>
    db.transaction('rw', [db.incidents, db.opinions, db.timeline], async () => {
      // Any stage, closed ones too: coverage that flares up after closing still has to be watched.
      if (!(await db.incidents.get(incidentId))) throw new Refused('incident-not-found');
      const at = isoAt(ctx);
      const item: OpinionItem = {
        id: newId(),
        mode: db.mode,
        incidentId,
        platform: value.platform,
        ...(value.link ? { link: value.link } : {}),
        summary: value.summary,
        sentiment: value.sentiment,
        reach: value.reach,
        foundAt: toIsoWithOffset(value.foundAtMs, offset),
        recordedAt: at,
        recordedBy: ctx.actor.id,
        recordedByName: ctx.actor.name,
        updatedAt: at,
      };
      await db.opinions.add(item);
      await appendTimeline(db, ctx, {
        incidentId,
        kind: 'opinion-logged',
        note: value.summary,
        params: { platform: value.platform, sentiment: value.sentiment, reach: value.reach },
      });
      return item;
    }),
  );
}

/** An incident's items, newest find first. */
export function opinionItemsOf(db: ConsoleDb, incidentId: string): Promise<OpinionItem[]> {
  return db.opinions.where('[incidentId+foundAt]').between([incidentId, Dexie.minKey], [incidentId, Dexie.maxKey]).reverse().toArray();
}
