// From what a drill run left in the drill database to what the evaluation reads: every instant
// taken onto the drill clock (演练时间) and every record tied to the inject whose incident it is on.
// Pure, so the trainer's console, the evaluation screen and the report compute the same thing.
import type { Instruction } from './command';
import type { DrillNote, DrillLogEntry, DrillRunRecord } from './drillRecords';
import type { DrillRecord, EvidenceEvent, InjectFiring, ObservationMark } from './drillEvaluation';
import type { TimelineEntry } from './model';
import { TeamCodeSchema, type TeamCode } from './scenario';

const MINUTE = 60_000;

/**
 * The drill minute at a real instant, from the run's log of starts, pauses, resumes and speed
 * changes: time stands still while paused and runs at the speed in force while running.
 */
export function drillMinuteAt(log: readonly DrillLogEntry[], atMs: number): number {
  let anchor: DrillLogEntry | null = null;
  let speed = 1;
  let running = false;
  for (const entry of [...log].sort((a, b) => a.atMs - b.atMs)) {
    if (entry.atMs > atMs) break;
    switch (entry.kind) {
      case 'drill-started':
        running = true;
        speed = entry.speed ?? speed;
        anchor = entry;
        break;
      case 'drill-resumed':
        running = true;
        anchor = entry;
        break;
      case 'speed-changed':
        speed = entry.to ?? speed;
        anchor = entry;
        break;
      case 'drill-paused':
      case 'drill-finished':
        running = false;
        anchor = entry;
        break;
      default:
        break;
    }
  }
  if (!anchor) return 0;
  return anchor.drillMinute + (running ? (Math.max(0, atMs - anchor.atMs) * speed) / MINUTE : 0);
}

/** The instant on the drill clock: the run's start plus the drill minutes, as ISO (UTC). */
export function drillInstant(run: Pick<DrillRunRecord, 'state'>, drillMinute: number): string {
  const startedAtMs = run.state.status === 'ready' ? 0 : run.state.startedAtMs;
  return new Date(startedAtMs + Math.round(drillMinute * MINUTE)).toISOString();
}

/** The incident each inject's complaint opened or joined, and for each incident the inject that opened it. */
export function incidentsOfRun(run: Pick<DrillRunRecord, 'injectIncidents'>): Map<string, number> {
  const opener = new Map<string, number>();
  for (const [seqText, incidentId] of Object.entries(run.injectIncidents)) {
    const seq = Number(seqText);
    const known = opener.get(incidentId);
    if (known === undefined || seq < known) opener.set(incidentId, seq);
  }
  return opener;
}

export type RunRecords = {
  timeline: readonly TimelineEntry[];
  instructions: readonly Instruction[];
  /** Team id → team code, for instructions; only the five plan teams count as teams here. */
  teamCodes: ReadonlyMap<string, string>;
  /** Person id → name, for who signed an instruction. */
  personNames: ReadonlyMap<string, string>;
  notes: readonly DrillNote[];
};

const INSTRUCTION_KINDS = new Set(['instruction-issued', 'instruction-signed', 'instruction-reported', 'instruction-accepted']);

/**
 * What the run recorded, on the drill clock: the first firing of each inject, the timeline of the
 * run's incidents (instruction steps from the instructions themselves, which know their team),
 * and observers' marks. Records made before the start or after the finish do not count.
 */
export function drillRecordOf(run: DrillRunRecord, records: RunRecords): DrillRecord {
  const state = run.state;
  const endMs = state.status === 'finished' ? state.finishedAtMs : Number.POSITIVE_INFINITY;
  const startMs = state.status === 'ready' ? Number.POSITIVE_INFINITY : state.startedAtMs;
  const onDrillClock = (iso: string) => drillInstant(run, drillMinuteAt(run.log, Date.parse(iso)));
  const within = (iso: string) => {
    const ms = Date.parse(iso);
    return ms >= startMs && ms <= endMs;
  };
  const opener = incidentsOfRun(run);

  const firings: InjectFiring[] = state.injects.flatMap((p) =>
    p.fired ? [{ seq: p.seq, at: drillInstant(run, p.fired.drillMinute) }] : [],
  );

  const events: EvidenceEvent[] = [];
  for (const entry of records.timeline) {
    const injectSeq = opener.get(entry.incidentId);
    if (injectSeq === undefined || INSTRUCTION_KINDS.has(entry.kind) || !within(entry.at)) continue;
    const level = entry.params?.level;
    events.push({
      injectSeq,
      at: onDrillClock(entry.at),
      kind: entry.kind,
      actorName: entry.actorName,
      ...(level === 1 || level === 2 || level === 3 ? { level } : {}),
    });
  }
  for (const instruction of records.instructions) {
    const injectSeq = opener.get(instruction.incidentId);
    if (injectSeq === undefined) continue;
    const code = instruction.teamId ? records.teamCodes.get(instruction.teamId) : undefined;
    const teamCode: TeamCode | undefined = TeamCodeSchema.safeParse(code).success ? (code as TeamCode) : undefined;
    const steps: { kind: string; at: string | undefined; by: string | undefined }[] = [
      { kind: 'instruction-issued', at: instruction.issuedAt, by: instruction.issuedByName },
      {
        kind: 'instruction-signed',
        at: instruction.signedAt,
        by: instruction.signedBy ? records.personNames.get(instruction.signedBy) : undefined,
      },
      { kind: 'instruction-reported', at: instruction.report?.at, by: instruction.report?.byName },
      {
        kind: 'instruction-accepted',
        at: instruction.state === 'accepted' ? instruction.decidedAt : undefined,
        by: instruction.issuedByName,
      },
    ];
    for (const step of steps) {
      if (!step.at || !within(step.at)) continue;
      events.push({
        injectSeq,
        at: onDrillClock(step.at),
        kind: step.kind,
        actorName: step.by ?? instruction.issuedByName,
        ...(teamCode ? { teamCode } : {}),
      });
    }
  }

  const marks: ObservationMark[] = [...records.notes]
    .filter((note) => note.actionId !== undefined && note.done !== undefined)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((note) => ({
      actionId: note.actionId!,
      done: note.done!,
      at: drillInstant(run, note.drillMinute),
      by: note.byName,
      ...(note.text.trim() ? { note: note.text.trim() } : {}),
    }));

  return {
    firings,
    events,
    marks,
    ...(state.status === 'finished' ? { endedAt: drillInstant(run, state.drillMsAtAnchor / MINUTE) } : {}),
    adjustments: run.adjustments.map(({ objective, rating, reason, by }) => ({ objective, rating, reason, by })),
  };
}
