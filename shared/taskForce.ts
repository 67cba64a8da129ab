// 专项处理小组: who may form or change an incident's special task force, and when. One rule for
// the incident page (which offers the button) and the repository (which refuses the write).
import type { Actor, Incident } from './model';
import { isOpen } from './workflow';

export type TaskForceRefusal =
  | { code: 'task-force-needs-leader' }
  | { code: 'task-force-level1-only' }
  | { code: 'task-force-incident-closed'; params: { number: string } };

const COMMANDERS = new Set<Actor['role']>(['leader', 'deputy']);

/** Why this actor may not form or change the incident's task force now; null when they may. */
export function taskForceRefusal(
  incident: Pick<Incident, 'level' | 'state' | 'number'>,
  actor: Pick<Actor, 'role'>,
): TaskForceRefusal | null {
  if (!COMMANDERS.has(actor.role)) return { code: 'task-force-needs-leader' };
  if (incident.level !== 1) return { code: 'task-force-level1-only' };
  // A finished incident's task force is history: it stays on record as it was.
  if (!isOpen(incident.state)) return { code: 'task-force-incident-closed', params: { number: incident.number } };
  return null;
}
