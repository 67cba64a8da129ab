// 看板清理: finished incidents older than the plan keeps them on the live board leave its indexes,
// a batch at a time (each its own short transaction), so the board and its filters keep walking
// only what the office works with.
import Dexie from 'dexie';
import { boardCutoffMs, clearBoardArgs, decideClearBoard } from '@shared/boardRetention';
import type { Incident } from '@shared/model';
import type { Result } from '@shared/result';
import { toIsoWithOffset } from '@shared/time';
import type { WriteContext } from './context';
import { execute, type Command } from './executor';
import type { ConsoleDb } from './schema';

export const clearBoardCommand = (ctx: WriteContext): Command<{ batch: number }, { finished: Incident[] }, number> => ({
  name: 'board.clear',
  args: clearBoardArgs,
  tables: ['incidents'],
  read: async (db, { batch }) => {
    const cutoff = toIsoWithOffset(boardCutoffMs(ctx.plan, ctx.now), ctx.plan.utcOffsetMinutes);
    const finished: Incident[] = [];
    for (const state of ['closed', 'rejected'] as const)
      finished.push(
        ...(await db.incidents
          .where('[state+boardAt]')
          .between([state, Dexie.minKey], [state, cutoff], true, false)
          .limit(batch)
          .toArray()),
      );
    return { finished: finished.slice(0, batch) };
  },
  decide: decideClearBoard,
});

/** Takes every finished incident past the plan's time off the board; how many left it. */
export async function clearBoard(db: ConsoleDb, ctx: WriteContext, batch = 500): Promise<Result<number>> {
  let total = 0;
  // Bounded, so rows that somehow stay on the board cannot keep it busy.
  for (let round = 0; round < 1_000; round += 1) {
    const cleared = await execute(db, clearBoardCommand(ctx), { batch }, ctx);
    if (!cleared.ok) return cleared;
    total += cleared.value;
    if (cleared.value < batch) break;
  }
  return { ok: true, value: total };
}
