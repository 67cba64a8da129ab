// 信访事项: the commands (decisions in shared/petitionCommands.ts) and the reads of petitions —
// a page of the newest by the receivedAt index, a search by number or petitioner's name by their
// indexes, and the petitions owed something by the dueAt index. None reads the whole table.
import { petitionStepCommand, registerPetitionCommand, type PetitionInput, type PetitionStep } from '@shared/petitionCommands';
import type { Petition } from '@shared/petitions';
import type { Result } from '@shared/result';
import { dayKey } from '@shared/summaries';
import type { WriteContext } from './context';
import { execute } from './executor';
import type { ConsoleDb } from './schema';

export { petitionStepCommand, registerPetitionCommand };

export const registerPetition = (db: ConsoleDb, input: PetitionInput, ctx: WriteContext): Promise<Result<Petition>> =>
  execute(db, registerPetitionCommand, { input }, ctx);

export const petitionStep = (db: ConsoleDb, petitionId: string, step: PetitionStep, ctx: WriteContext): Promise<Result<Petition>> =>
  execute(db, petitionStepCommand, { petitionId, step }, ctx);

export const PETITION_PAGE = 50;

/** The newest petitions by when they were received, `limit` at a time; `before` continues after the last one shown. */
export const newestPetitions = (db: ConsoleDb, limit = PETITION_PAGE, before?: string): Promise<Petition[]> =>
  (before ? db.petitions.where('receivedAt').below(before) : db.petitions.orderBy('receivedAt')).reverse().limit(limit).toArray();

/** A search by 信访编号 (exact or its start) or by the petitioner's name (its start), newest first. */
export async function searchPetitions(db: ConsoleDb, query: string, limit = PETITION_PAGE): Promise<Petition[]> {
  const q = query.trim();
  if (!q) return [];
  const [byNumber, byName] = await Promise.all([
    db.petitions.where('number').startsWithIgnoreCase(q).limit(limit).toArray(),
    db.petitions.where('petitionerName').startsWith(q).limit(limit).toArray(),
  ]);
  const found = new Map([...byNumber, ...byName].map((p) => [p.id, p]));
  return [...found.values()].sort((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt)).slice(0, limit);
}

export const petitionById = (db: ConsoleDb, id: string): Promise<Petition | undefined> => db.petitions.get(id);

/** The petitions whose next owed deadline falls before `until` (soonest first), for alerts. */
export const petitionsDueBefore = (db: ConsoleDb, until: string, limit = 200): Promise<Petition[]> =>
  db.petitions.where('dueAt').below(until).limit(limit).toArray();

/** The day summaries of a period (plan-local dates, `to` not included): petitions are counted there, apart from complaints. */
export const petitionDays = (db: ConsoleDb, from: string, to: string) =>
  db.summaries.where('key').between(dayKey(from), dayKey(to), true, false).toArray();
