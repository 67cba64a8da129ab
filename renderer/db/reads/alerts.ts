// What the alert watcher reads: only the records that can raise an alert in the window it looks
// at (shared/alerts.ts `alertWindow`), never every open incident or every open instruction; and,
// in the same answer, what the notification centre knows of their level-1 notices.
import { INSTRUCTION_STATES_THAT_CAN_FALL_OVERDUE, levelOneKey, levelOneNoticeStates, type LevelOneNoticeState } from '@shared/alerts';
import type { Instruction } from '@shared/command';
import type { Incident } from '@shared/model';
import type { OpinionItem } from '@shared/opinion';
import type { Petition } from '@shared/petitions';
import { noticesOfKeys } from '../notices';
import type { ConsoleDb } from '../schema';
import { incidentsById, incidentsThatCanAlert } from './incidents';
import { instructionsInStatesDueBefore } from './instructions';
import { useRead } from './live';

/** ISO instants (with the plan's offset) before which a next deadline or an instruction's deadline can raise an alert. */
export type AlertReadWindow = {
  incidentsBefore: string;
  instructionsBefore: string;
  /** Opinion warnings raised since this instant are alerted (older ones are in the centre already). */
  opinionsSince?: string;
  /**
   * Reports and call-backs owed since this instant are read (absent: all). One owed for longer
   * was raised long ago and is in the centre; years of closed files never called back are not read.
   */
  owedSince?: string;
};

export type AlertRecords = {
  /** The incidents that can raise an alert, and those of the instructions below (for their numbers). */
  incidents: Incident[];
  instructions: Instruction[];
  /** Level-1 key → its latest notice, for the open level-1 incidents above. */
  levelOneNotices: Map<string, LevelOneNoticeState>;
  /** Opinion items whose warning was raised as an alert since `opinionsSince`. */
  opinionWarnings: OpinionItem[];
  /** Petitions owing something before the window's end, by their dueAt index. */
  petitions: Petition[];
};

/**
 * The level-1 notices are read here, with the incidents they belong to, not by a second live query
 * keyed by them: a second query answers for the keys it was last given, so a watcher just mounted
 * (a reload, entering 演练) would for a moment see the incidents with no notice at all, take a
 * level-1 alert shown long ago for never shown, and register its first firing again — which the
 * host, having forgotten it once the repeat replaced it, shows a second time.
 */
export async function alertRecords(db: ConsoleDb, window: AlertReadWindow): Promise<AlertRecords> {
  const [stages, reporting, callingBack, instructions, petitions] = await Promise.all([
    incidentsThatCanAlert(db, window.incidentsBefore),
    // A report upward owed before the window's end (a 终报 by a closed incident too), by its own index.
    db.incidents
      .where('reportDueAt')
      .between(window.owedSince ?? '', window.incidentsBefore)
      .toArray(),
    // A call-back (回访) owed by a closed incident, likewise.
    db.incidents
      .where('callBackDueAt')
      .between(window.owedSince ?? '', window.incidentsBefore)
      .toArray(),
    instructionsInStatesDueBefore(db, INSTRUCTION_STATES_THAT_CAN_FALL_OVERDUE, window.instructionsBefore),
    // A petition (信访事项) owing a decision, an answer or a department's result, by its own index.
    db.petitions
      .where('dueAt')
      .between(window.owedSince ?? '', window.incidentsBefore)
      .toArray(),
  ]);
  const staged = new Set(stages.map((incident) => incident.id));
  const near = [...stages];
  for (const incident of [...reporting, ...callingBack]) {
    if (staged.has(incident.id)) continue;
    staged.add(incident.id);
    near.push(incident);
  }
  // An instruction falls overdue on its own deadline, whatever its incident's next one is.
  const read = new Set(near.map((incident) => incident.id));
  const theirs = await incidentsById(
    db,
    instructions.map((instruction) => instruction.incidentId).filter((id) => !read.has(id)),
  );
  const incidents = [...near, ...theirs.values()];
  const keys = incidents.filter((incident) => incident.level === 1).map((incident) => levelOneKey(incident.id));
  return {
    incidents,
    instructions,
    levelOneNotices: levelOneNoticeStates(await noticesOfKeys(db, keys)),
    petitions,
    opinionWarnings: window.opinionsSince ? await db.opinions.where('alertAt').aboveOrEqual(window.opinionsSince).toArray() : [],
  };
}

/** undefined while the first answer is on its way. */
export function useAlertRecords(window: AlertReadWindow): AlertRecords | undefined {
  return useRead(
    (db) => alertRecords(db, window),
    [window.incidentsBefore, window.instructionsBefore, window.opinionsSince, window.owedSince],
  );
}
