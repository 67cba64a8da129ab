// Drill runs (演练场次) in the drill database: created from a scenario, driven by the trainer's
// commands and by the clock (injects delivered as drill complaints and messages on schedule),
// observed (观察记录), and evaluated (ratings adjusted with a reason, findings → improvement
// measures). Every write is one transaction that re-reads the run, so two windows driving the
// same drill never deliver an inject twice.
import { newId } from '@shared/ids';
import type { Actor } from '@shared/model';
import {
  compareDrillRuns,
  evaluateDrill,
  validateRatingAdjustment,
  type DrillComparison,
  type DrillEvaluation,
  type DrillRating,
} from '@shared/drillEvaluation';
import { drillRecordOf, incidentsOfRun } from '@shared/drillRecord';
import { DrillFindingSchema, type DrillFinding, type DrillLogEntry, type DrillNote, type DrillRunRecord } from '@shared/drillRecords';
import { validateRegistrations, type RegistrationInput } from '@shared/registration';
import type { Inject, Scenario } from '@shared/scenario';
import { ScenarioSchema } from '@shared/scenario';
import {
  commandDrill,
  drillMinutesAt,
  dueInjects,
  markFired,
  newDrillRun,
  type DrillCommand,
  type DrillEvent,
} from '@shared/scenarioEngine';
import { fail, ok, type Result } from '@shared/result';
import { planDateOf, toPlanLocalInput } from '@shared/time';
import { isOpen } from '@shared/workflow';
import { registerComplaints } from './complaints';
import { appendTimeline, isoAt, Refused, settle, type WriteContext } from './context';
import { requireDrillDb } from './drillGuard';
import type { ConsoleDb } from './schema';

/** Who delivers injects: the drill's direction (导调), never a participant, so no participant is credited with them. */
export const DRILL_DIRECTOR: Actor = { id: 'drill-director', name: '演练导调', role: 'staff' };

const runNumberKey = (ctx: WriteContext) => `YL-${planDateOf(ctx.now, ctx.plan.utcOffsetMinutes).replaceAll('-', '')}`;

async function nextRunNumber(db: ConsoleDb, ctx: WriteContext): Promise<string> {
  const key = runNumberKey(ctx);
  const value = ((await db.counters.get(key))?.value ?? 0) + 1;
  await db.counters.put({ key, value });
  return `${key}-${String(value).padStart(2, '0')}`;
}

/** A new run of a scenario (not started): the scenario is copied into it as it is now. */
export async function createDrillRun(
  db: ConsoleDb,
  scenario: Scenario,
  ctx: WriteContext,
  options: { noticeId?: string } = {},
): Promise<Result<DrillRunRecord>> {
  return settle(() =>
    db.transaction('rw', [db.drillRuns, db.counters], async () => {
      requireDrillDb(db);
      const parsed = ScenarioSchema.safeParse(scenario);
      if (!parsed.success) throw new Refused('drill-scenario-invalid');
      const at = isoAt(ctx);
      const run: DrillRunRecord = {
        id: newId(),
        number: await nextRunNumber(db, ctx),
        scenario: parsed.data,
        ...(options.noticeId ? { noticeId: options.noticeId } : {}),
        state: newDrillRun(parsed.data),
        log: [],
        injectIncidents: {},
        adjustments: [],
        createdAt: at,
        createdBy: ctx.actor.id,
        createdByName: ctx.actor.name,
        updatedAt: at,
      };
      await db.drillRuns.add(run);
      return run;
    }),
  );
}

const logOf = (events: readonly DrillEvent[], by?: string): DrillLogEntry[] =>
  events.map((event) => ({ ...event, ...(by ? { by } : {}) }) as DrillLogEntry);

async function runOf(db: ConsoleDb, runId: string): Promise<DrillRunRecord> {
  requireDrillDb(db);
  const run = await db.drillRuns.get(runId);
  if (!run) throw new Refused('drill-run-not-found');
  return run;
}

/** The trainer's command (start, pause, resume, speed, skip, re-send, finish) at `ctx.now`. */
export async function commandDrillRun(
  db: ConsoleDb,
  runId: string,
  command: DrillCommand,
  ctx: WriteContext,
): Promise<Result<DrillRunRecord>> {
  return settle(() =>
    db.transaction('rw', [db.drillRuns], async () => {
      const run = await runOf(db, runId);
      // Only one drill runs at a time: two would mix their injects on the same screens.
      if (command.type === 'start') {
        const other = (await db.drillRuns.toArray()).find(
          (r) => r.id !== runId && (r.state.status === 'running' || r.state.status === 'paused'),
        );
        if (other) throw new Refused('drill-other-running', { number: other.number });
      }
      const result = commandDrill(run.state, command, ctx.now);
      if (!result.ok) throw new Refused(`drill-${result.refusal.code}`, result.refusal.params);
      const next: DrillRunRecord = {
        ...run,
        state: result.value.state,
        log: [...run.log, ...logOf(result.value.events, ctx.actor.name)],
        updatedAt: isoAt(ctx),
      };
      await db.drillRuns.put(next);
      return next;
    }),
  );
}

/** An inject's complaint as the intake form would register it, received now. */
function registrationOf(inject: Inject, ownerId: string, ctx: WriteContext, incidentId: string | undefined): RegistrationInput {
  const complaint = inject.complaint!;
  return {
    receivedAt: toPlanLocalInput(ctx.now, ctx.plan.utcOffsetMinutes),
    channelCode: complaint.channelCode,
    categoryCode: complaint.categoryCode,
    urgency: complaint.urgency,
    complainant: { name: complaint.complainant.name, phone: complaint.complainant.phone, idNumber: '', address: '' },
    subject: complaint.subject,
    content: complaint.content,
    expectedResolution: complaint.expectedResolution,
    place: complaint.place,
    peopleInvolved: complaint.peopleInvolved,
    facts: { ...complaint.facts },
    ownerId,
    ...(incidentId ? { incidentId } : {}),
  };
}

/** The person an inject's complaint is assigned to: a duty officer (值班员) if the roster has one. */
async function ownerForInjects(db: ConsoleDb): Promise<string | undefined> {
  const people = await db.people.toArray();
  return (people.find((p) => p.role === 'staff') ?? people.find((p) => p.role === 'member') ?? people[0])?.id;
}

export type Delivery = { seq: number; incidentId?: string; number?: string };

/**
 * Delivers every inject that is due at `ctx.now`: a complaint inject is registered in the drill
 * database (joining the incident of an earlier inject where the scenario says so), any other is
 * written on the timelines of the run's incidents; each is then marked fired. Nothing is due
 * unless the run is running.
 */
export async function deliverDueInjects(db: ConsoleDb, runId: string, ctx: WriteContext): Promise<Result<Delivery[]>> {
  const director: WriteContext = { ...ctx, actor: DRILL_DIRECTOR };
  return settle(() =>
    db.transaction('rw', [db.drillRuns, db.complaints, db.incidents, db.timeline, db.counters, db.people, db.plans], async () => {
      const run = await runOf(db, runId);
      const due = dueInjects(run.state, run.scenario, ctx.now);
      if (due.length === 0) return [];
      let state = run.state;
      const log = [...run.log];
      const injectIncidents = { ...run.injectIncidents };
      const incidentNumbers = { ...run.incidentNumbers };
      const delivered: Delivery[] = [];
      for (const inject of due) {
        const delivery: Delivery = { seq: inject.seq };
        if (inject.complaint) {
          const ownerId = await ownerForInjects(db);
          if (!ownerId) throw new Refused('drill-no-people');
          const targetId = inject.complaint.attachToSeq !== undefined ? injectIncidents[String(inject.complaint.attachToSeq)] : undefined;
          const target = targetId ? await db.incidents.get(targetId) : undefined;
          // The incident to join may have been closed or never opened (its inject skipped): a new one then.
          const input = registrationOf(inject, ownerId, director, target && isOpen(target.state) ? target.id : undefined);
          const check = validateRegistrations(director.plan, director.now, [input]);
          if (check.valid.length === 0) throw new Refused('drill-inject-invalid', { seq: inject.seq });
          const result = await registerComplaints(db, [input], director);
          if (!result.ok || !result.value.saved[0]) throw new Refused('drill-inject-invalid', { seq: inject.seq });
          const { incident } = result.value.saved[0];
          injectIncidents[String(inject.seq)] = incident.id;
          incidentNumbers[incident.id] = incident.number;
          delivery.incidentId = incident.id;
          delivery.number = incident.number;
        } else {
          for (const incidentId of incidentsOfRun({ injectIncidents }).keys()) {
            await appendTimeline(db, director, {
              incidentId,
              kind: 'drill-inject',
              note: inject.content.zh,
              // Both languages, so each seat reads the timeline in its own.
              params: {
                seq: inject.seq,
                sender: inject.from.zh,
                senderEn: inject.from.en ?? inject.from.zh,
                addressee: inject.to.zh,
                addresseeEn: inject.to.en ?? inject.to.zh,
              },
            });
          }
        }
        const fired = markFired(state, inject.seq, ctx.now);
        if (!fired.ok) throw new Refused(`drill-${fired.refusal.code}`, fired.refusal.params);
        state = fired.value.state;
        log.push(...logOf(fired.value.events));
        delivered.push(delivery);
      }
      await db.drillRuns.put({ ...run, state, log, injectIncidents, incidentNumbers, updatedAt: isoAt(ctx) });
      return delivered;
    }),
  );
}

/** The run that is running or paused, if any (one at a time). */
export async function activeDrillRun(db: ConsoleDb): Promise<DrillRunRecord | undefined> {
  if (db.mode !== 'drill') return undefined;
  return (await db.drillRuns.toArray()).find((r) => r.state.status === 'running' || r.state.status === 'paused');
}

export async function listDrillRuns(db: ConsoleDb): Promise<DrillRunRecord[]> {
  if (db.mode !== 'drill') return [];
  return db.drillRuns.orderBy('createdAt').reverse().toArray();
}

/** An observer's note, timed now on both clocks; optionally marking an observed action done or not. */
export async function addDrillNote(
  db: ConsoleDb,
  runId: string,
  input: { text: string; actionId?: string; done?: boolean },
  ctx: WriteContext,
): Promise<Result<DrillNote>> {
  const text = input.text.trim();
  if (!text && input.actionId === undefined) return fail('drill-note-empty');
  if (text.length > 2000) return fail('drill-note-too-long');
  return settle(() =>
    db.transaction('rw', [db.drillRuns, db.drillNotes], async () => {
      const run = await runOf(db, runId);
      if (run.state.status === 'ready') throw new Refused('drill-not-started');
      if (input.actionId !== undefined) {
        const action = run.scenario.injects.flatMap((i) => i.expectedActions).find((a) => a.id === input.actionId);
        if (!action) throw new Refused('drill-action-unknown');
        if (input.done === undefined) throw new Refused('drill-mark-needs-outcome');
      }
      const note: DrillNote = {
        id: newId(),
        runId,
        at: isoAt(ctx),
        drillMinute: drillMinutesAt(run.state, ctx.now),
        by: ctx.actor.id,
        byName: ctx.actor.name,
        text,
        ...(input.actionId !== undefined ? { actionId: input.actionId, done: input.done } : {}),
      };
      await db.drillNotes.add(note);
      return note;
    }),
  );
}

export async function notesOfRun(db: ConsoleDb, runId: string): Promise<DrillNote[]> {
  if (db.mode !== 'drill') return [];
  return db.drillNotes.where('[runId+at]').between([runId, ''], [runId, '\uffff']).toArray();
}

/** The trainer adjusts an objective's rating; a reason is required, the computed rating stays beside it. */
export async function adjustDrillRating(
  db: ConsoleDb,
  runId: string,
  input: { objective: string; rating: DrillRating; reason: string },
  ctx: WriteContext,
): Promise<Result<DrillRunRecord>> {
  return settle(() =>
    db.transaction('rw', [db.drillRuns], async () => {
      const run = await runOf(db, runId);
      if (run.state.status !== 'finished') throw new Refused('drill-not-finished');
      const valid = validateRatingAdjustment(run.scenario, { ...input, by: ctx.actor.name });
      if (!valid.ok) throw new Refused(valid.error.code, valid.error.params);
      const next = { ...run, adjustments: [...run.adjustments, { ...valid.value, at: isoAt(ctx) }], updatedAt: isoAt(ctx) };
      await db.drillRuns.put(next);
      return next;
    }),
  );
}

export type FindingInput = Pick<DrillFinding, 'finding' | 'measure' | 'owner' | 'dueDate'> & { objective?: string | undefined };

/** Field → error code for a finding and its measure, or null when it can be saved. */
export function findingErrors(input: FindingInput): Record<string, string> | null {
  const errors: Record<string, string> = {};
  if (!input.finding.trim()) errors.finding = 'validation.required';
  if (!input.measure.trim()) errors.measure = 'validation.required';
  if (!input.owner.trim()) errors.owner = 'validation.required';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dueDate) || Number.isNaN(Date.parse(input.dueDate))) errors.dueDate = 'validation.date';
  if (input.finding.length > 1000 || input.measure.length > 1000) errors.finding ??= 'validation.tooLong';
  if (input.owner.length > 50) errors.owner = 'validation.tooLong';
  return Object.keys(errors).length > 0 ? errors : null;
}

/** A finding of the evaluation and its improvement measure (owner, due date), open until done. */
export async function saveDrillFinding(
  db: ConsoleDb,
  runId: string,
  input: FindingInput,
  ctx: WriteContext,
  id?: string,
): Promise<Result<DrillFinding>> {
  const errors = findingErrors(input);
  if (errors) return fail('validation', errors);
  return settle(() =>
    db.transaction('rw', [db.drillRuns, db.drillFindings], async () => {
      const run = await runOf(db, runId);
      if (input.objective && !run.scenario.objectives.some((o) => o.code === input.objective))
        throw new Refused('drill-evaluation.objective-unknown');
      const at = isoAt(ctx);
      const existing = id ? await db.drillFindings.get(id) : undefined;
      if (id && (!existing || existing.runId !== runId)) throw new Refused('drill-finding-not-found');
      const finding = DrillFindingSchema.parse({
        id: existing?.id ?? newId(),
        runId,
        ...(input.objective ? { objective: input.objective } : {}),
        finding: input.finding.trim(),
        measure: input.measure.trim(),
        owner: input.owner.trim(),
        dueDate: input.dueDate,
        status: existing?.status ?? 'open',
        createdAt: existing?.createdAt ?? at,
        createdBy: existing?.createdBy ?? ctx.actor.id,
        updatedAt: at,
      });
      await db.drillFindings.put(finding);
      return finding;
    }),
  );
}

export async function setMeasureStatus(
  db: ConsoleDb,
  findingId: string,
  status: DrillFinding['status'],
  ctx: WriteContext,
): Promise<Result<DrillFinding>> {
  return settle(() =>
    db.transaction('rw', [db.drillFindings], async () => {
      requireDrillDb(db);
      const finding = await db.drillFindings.get(findingId);
      if (!finding) throw new Refused('drill-finding-not-found');
      const next = { ...finding, status, updatedAt: isoAt(ctx) };
      await db.drillFindings.put(next);
      return next;
    }),
  );
}

export async function deleteDrillFinding(db: ConsoleDb, findingId: string): Promise<Result<void>> {
  return settle(async () => {
    requireDrillDb(db);
    await db.drillFindings.delete(findingId);
  });
}

export type RunEvaluation = {
  run: DrillRunRecord;
  evaluation: DrillEvaluation;
  notes: DrillNote[];
  findings: DrillFinding[];
  /** The latest earlier finished run of the same scenario, and the comparison with it. */
  previous: { run: DrillRunRecord; evaluation: DrillEvaluation; comparison: DrillComparison } | null;
};

async function evaluationOf(db: ConsoleDb, run: DrillRunRecord, notes: DrillNote[]): Promise<Result<DrillEvaluation>> {
  const incidentIds = [...incidentsOfRun(run).keys()];
  const [timeline, instructions, teams, people] = await Promise.all([
    db.timeline.where('incidentId').anyOf(incidentIds).toArray(),
    db.instructions.where('incidentId').anyOf(incidentIds).toArray(),
    db.teams.toArray(),
    db.people.toArray(),
  ]);
  const record = drillRecordOf(run, {
    timeline,
    instructions,
    teamCodes: new Map(teams.map((team) => [team.id, team.code])),
    personNames: new Map(people.map((person) => [person.id, person.name])),
    notes,
  });
  return evaluateDrill(run.scenario, record);
}

/** Everything the evaluation screen and the report show for one run. */
export async function loadRunEvaluation(db: ConsoleDb, runId: string): Promise<Result<RunEvaluation>> {
  if (db.mode !== 'drill') return fail('drill-database-required');
  const run = await db.drillRuns.get(runId);
  if (!run) return fail('drill-run-not-found');
  const notes = await notesOfRun(db, runId);
  const evaluation = await evaluationOf(db, run, notes);
  if (!evaluation.ok) return evaluation;
  const findings = (await db.drillFindings.where('runId').equals(runId).toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const earlier = (
    await db.drillRuns
      .where('[scenario.id+createdAt]')
      .between([run.scenario.id, ''], [run.scenario.id, run.createdAt], true, false)
      .toArray()
  )
    .filter((r) => r.id !== run.id && r.state.status === 'finished')
    .pop();
  let previous: RunEvaluation['previous'] = null;
  if (earlier) {
    const before = await evaluationOf(db, earlier, await notesOfRun(db, earlier.id));
    if (before.ok) {
      const comparison = compareDrillRuns(before.value, evaluation.value);
      if (comparison.ok) previous = { run: earlier, evaluation: before.value, comparison: comparison.value };
    }
  }
  return ok({ run, evaluation: evaluation.value, notes, findings, previous });
}
