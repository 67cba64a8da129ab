// How long a finished incident stays on the live board (看板). An incident closed or rejected
// longer ago than the plan keeps it leaves the board's own indexes, so the board and its filters
// walk only the incidents an office works with; it stays in every other index, found by its number
// or a search, printed, counted and backed up as before (the archive of finished incidents builds
// on this).
import { z } from 'zod';
import { decided, type Decision } from './commandKit';
import type { Incident } from './model';
import type { Plan } from './plan';

/** Days a closed or rejected incident stays on the live board after its last change, where the plan does not say. */
export const DEFAULT_LIVE_BOARD_DAYS = 180;
export const LIVE_BOARD_DAYS_RANGE = { min: 7, max: 3650 } as const;
const DAY = 86_400_000;

export const liveBoardDaysOf = (plan: Pick<Plan, 'liveBoardDays'>) => plan.liveBoardDays ?? DEFAULT_LIVE_BOARD_DAYS;

/** The last change before which a finished incident is off the board at `nowMs`. */
export const boardCutoffMs = (plan: Pick<Plan, 'liveBoardDays'>, nowMs: number) => nowMs - liveBoardDaysOf(plan) * DAY;

/** Whether the incident belongs on the live board at `nowMs`: everything open, and what finished lately. */
export function onLiveBoard(
  incident: Pick<Incident, 'state' | 'updatedAt'> & Partial<Pick<Incident, 'archive'>>,
  plan: Pick<Plan, 'liveBoardDays'>,
  nowMs: number,
): boolean {
  if (incident.state !== 'closed' && incident.state !== 'rejected') return true;
  // An archived file has left the live board; it is found by its number or a search.
  if (incident.archive) return false;
  const changed = Date.parse(incident.updatedAt);
  return !(Number.isFinite(changed) && changed < boardCutoffMs(plan, nowMs));
}

/** The incident as stored: with its place on the board (`boardAt`, its last change) while it is on it, without once it has left. */
export function placedOnBoard(incident: Incident, plan: Pick<Plan, 'liveBoardDays'>, nowMs: number): Incident {
  const { boardAt: _previous, ...rest } = incident;
  return onLiveBoard(incident, plan, nowMs) ? { ...rest, boardAt: incident.updatedAt } : rest;
}

export const clearBoardArgs = z.object({ batch: z.number().int().positive().max(5_000) });

/**
 * 看板清理: finished incidents past the plan's time, written again so they leave the board's
 * indexes (the executor drops `boardAt` from an incident that is no longer on the board). Nothing
 * about the incident changes, so nothing goes on its timeline.
 */
export const decideClearBoard = (seen: { finished: Incident[] }): Decision<number> =>
  decided(
    seen.finished.length,
    seen.finished.map((row) => ({ put: 'incidents', row })),
  );
