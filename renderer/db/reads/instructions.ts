// Reading instructions (指令) by index: an incident's, those still owed, a person's open ones, and
// the rows of an inbox.
import Dexie from 'dexie';
import type { Instruction, InstructionState } from '@shared/command';
import type { Actor } from '@shared/model';
import { isOpen } from '@shared/workflow';
import { instructionsAwaitingDecision } from '../instructions';
import type { ConsoleDb } from '../schema';
import { useRead } from './live';
import { incidentsById } from './incidents';

export const instructionsOf = (db: ConsoleDb, incidentId: string): Promise<Instruction[]> =>
  db.instructions.where('incidentId').equals(incidentId).toArray();

export const instructionsInStates = (db: ConsoleDb, states: readonly InstructionState[]): Promise<Instruction[]> =>
  db.instructions
    .where('state')
    .anyOf([...states])
    .toArray();

/**
 * The instructions in `states` whose deadline falls before `before` (ISO with offset), overdue
 * ones included, read through the state+deadline index: instructions due later are never read,
 * nor the history's finished ones.
 */
export async function instructionsInStatesDueBefore(
  db: ConsoleDb,
  states: readonly InstructionState[],
  before: string,
): Promise<Instruction[]> {
  const found = await Promise.all(
    states.map((state) => db.instructions.where('[state+deadline]').between([state, Dexie.minKey], [state, before], true, false).toArray()),
  );
  return found.flat();
}

/** How many instructions assigned to this person are not accepted yet. */
export const openAssignmentCount = (db: ConsoleDb, personId: string): Promise<number> =>
  db.instructions
    .where('assigneeId')
    .equals(personId)
    .filter((i) => i.state !== 'accepted')
    .count();

/** Which inbox: one team's, a person's own, or the reported results waiting for this actor's decision. */
export type InboxSelection =
  { of: 'team'; teamId: string } | { of: 'assignee'; personId: string } | { of: 'awaiting-decision'; actor: Actor | null };

export type InboxRow = { instruction: Instruction; number: string | undefined; incidentOpen: boolean };

export async function inboxRows(db: ConsoleDb, selection: InboxSelection): Promise<InboxRow[]> {
  // Only open incidents' reports wait for a decision, so their clocks run.
  if (selection.of === 'awaiting-decision')
    return selection.actor ? (await instructionsAwaitingDecision(db, selection.actor)).map((row) => ({ ...row, incidentOpen: true })) : [];
  const list =
    selection.of === 'assignee'
      ? await db.instructions.where('assigneeId').equals(selection.personId).toArray()
      : await db.instructions.where('teamId').equals(selection.teamId).toArray();
  const incidents = await incidentsById(
    db,
    list.map((i) => i.incidentId),
  );
  return list.map((instruction) => {
    const incident = incidents.get(instruction.incidentId);
    // A closed incident's instructions stay listed for the record, but their clocks have stopped.
    return { instruction, number: incident?.number, incidentOpen: incident !== undefined && isOpen(incident.state) };
  });
}

/** Every instruction issued from one incident, live. */
export function useInstructionsOf(incidentId: string): Instruction[] {
  return useRead((db) => instructionsOf(db, incidentId), [incidentId]) ?? [];
}

export function useInstructionsInStates(states: readonly InstructionState[]): Instruction[] | undefined {
  return useRead((db) => instructionsInStates(db, states), [states.join('|')]);
}

export function useOpenAssignmentCount(personId: string): number {
  return useRead((db) => openAssignmentCount(db, personId), [personId]) ?? 0;
}

export function useInboxRows(selection: InboxSelection): InboxRow[] | undefined {
  const key = selection.of === 'team' ? selection.teamId : selection.of === 'assignee' ? selection.personId : selection.actor;
  return useRead((db) => inboxRows(db, selection), [selection.of, key]);
}
