// What the command dashboard (指挥台) counts, as pure functions over records, so every figure
// on the wall can be checked by hand against the data it came from.
import type { WorkingCalendar } from './calendar';
import type { Instruction } from './command';
import { clockStatus, stageClocks, type StageClock } from './deadlines';
import { planOfIncident } from './planVersions';
import { instructionClockRuns, instructionOverdue, OPEN_INSTRUCTION_STATES } from './instructions';
import type { Incident } from './model';
import { CLOCKED_STAGES, type ClockedStage, type Level, type Plan } from './plan';
import { planDateOf, startOfPlanDate } from './time';
import { isOpen } from './workflow';
import type { WorkflowState } from './workflowStates';

/** Open incidents' stages, grouped as the office talks about them. */
export const PHASES = ['intake', 'handling', 'negotiation', 'closing'] as const;
export type Phase = (typeof PHASES)[number];
const PHASE_OF: Partial<Record<WorkflowState, Phase>> = {
  registered: 'intake',
  verified: 'intake',
  graded: 'intake',
  investigating: 'handling',
  solution: 'handling',
  approval: 'handling',
  communicating: 'negotiation',
  implementing: 'negotiation',
  escalated: 'negotiation',
  feedback: 'closing',
  evaluating: 'closing',
};
export const phaseOf = (state: WorkflowState): Phase | null => PHASE_OF[state] ?? null;

export type LevelKey = Level | 'none';
export const LEVEL_KEYS: LevelKey[] = [1, 2, 3, 'none'];

/** Open incidents by level (rows) and phase (columns); closed and rejected ones are not live. */
export function levelPhaseMatrix(incidents: readonly Pick<Incident, 'level' | 'state'>[]) {
  const matrix = new Map<LevelKey, Record<Phase, number>>(
    LEVEL_KEYS.map((l) => [l, { intake: 0, handling: 0, negotiation: 0, closing: 0 }]),
  );
  for (const incident of incidents) {
    const phase = phaseOf(incident.state);
    if (phase) matrix.get(incident.level ?? 'none')![phase] += 1;
  }
  return LEVEL_KEYS.map((level) => {
    const counts = matrix.get(level)!;
    return { level, counts, total: PHASES.reduce((sum, p) => sum + counts[p], 0) };
  });
}

/** Complaints received on the plan-local day of `dayMs`, by hour 0–23. */
export function complaintsByHour(receivedAt: readonly string[], dayMs: number, offsetMinutes: number): number[] {
  const hours = Array.from({ length: 24 }, () => 0);
  const day = planDateOf(dayMs, offsetMinutes);
  const start = startOfPlanDate(day, offsetMinutes);
  for (const iso of receivedAt) {
    const at = Date.parse(iso);
    if (planDateOf(at, offsetMinutes) === day) hours[Math.floor((at - start) / 3_600_000)]! += 1;
  }
  return hours;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Per clocked stage: finished clocks met in time and missed, and the on-time rate (null if none finished). */
export function onTimeByStage(incidents: readonly Incident[], plan: Plan, calendar: WorkingCalendar, plans?: readonly Plan[]) {
  const tally = new Map<ClockedStage, { met: number; missed: number }>(CLOCKED_STAGES.map((s) => [s, { met: 0, missed: 0 }]));
  for (const incident of incidents)
    for (const clock of stageClocks(incident, planOfIncident({ plan, plans }, incident), calendar)) {
      if (clock.doneAt === null) continue;
      const status = clockStatus(clock, clock.doneAt, plan.dueSoon);
      if (status === 'met') tally.get(clock.stage)!.met += 1;
      if (status === 'missed') tally.get(clock.stage)!.missed += 1;
    }
  return CLOCKED_STAGES.map((stage) => {
    const { met, missed } = tally.get(stage)!;
    return { stage, met, missed, rate: met + missed === 0 ? null : met / (met + missed) };
  });
}

export type AttentionItem =
  | { kind: 'clock'; incidentId: string; number: string; title: string; stage: ClockedStage; dueAt: number | null; overdue: boolean }
  | {
      kind: 'instruction';
      incidentId: string;
      instructionId: string;
      teamId: string | null;
      content: string;
      dueAt: number;
      overdue: boolean;
    };

/** What is overdue or falls due within the window: incidents' running clocks and open instructions, most urgent first. */
export function attention(
  incidents: readonly Incident[],
  instructions: readonly Instruction[],
  now: number,
  windowMs: number,
  plan: Plan,
  calendar: WorkingCalendar,
  /** Every version kept, so each incident is timed by the version it was opened under. */
  plans?: readonly Plan[],
  /** The incident's clocks, where the caller keeps them between renders (they change only with the incident). */
  clocksOf: (incident: Incident) => readonly StageClock[] = (incident) =>
    stageClocks(incident, planOfIncident({ plan, plans }, incident), calendar),
): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const incident of incidents)
    for (const clock of clocksOf(incident)) {
      if (clock.startAt === null || clock.doneAt !== null) continue;
      if (clock.dueAt !== null && clock.dueAt > now + windowMs) continue;
      items.push({
        kind: 'clock',
        incidentId: incident.id,
        number: incident.number,
        title: incident.title,
        stage: clock.stage,
        dueAt: clock.dueAt,
        overdue: clock.dueAt !== null && clock.dueAt < now,
      });
    }
  const live = new Set(incidents.filter((i) => isOpen(i.state)).map((i) => i.id));
  for (const instruction of instructions) {
    const dueAt = Date.parse(instruction.deadline);
    const running = instructionClockRuns(instruction, live.has(instruction.incidentId));
    const overdue = instructionOverdue(instruction, now, live.has(instruction.incidentId)) !== null;
    if (!overdue && !(running && dueAt <= now + windowMs)) continue;
    items.push({
      kind: 'instruction',
      incidentId: instruction.incidentId,
      instructionId: instruction.id,
      teamId: instruction.teamId,
      content: instruction.content,
      dueAt,
      overdue,
    });
  }
  // Overdue first, then by due time; a clock without calendar data is treated as most urgent.
  return items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueAt ?? -Infinity) - (b.dueAt ?? -Infinity));
}

/** Open and overdue instructions per team, of the open incidents given. */
export function teamLoad(
  instructions: readonly Instruction[],
  teamIds: readonly string[],
  now: number,
  openIncidentIds: ReadonlySet<string>,
) {
  return teamIds.map((teamId) => {
    const mine = instructions.filter(
      (i) => i.teamId === teamId && openIncidentIds.has(i.incidentId) && OPEN_INSTRUCTION_STATES.includes(i.state),
    );
    return { teamId, open: mine.length, overdue: mine.filter((i) => instructionOverdue(i, now, true) !== null).length };
  });
}
