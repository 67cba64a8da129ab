// The commands of the office's picture whose read is written once, against the store interface
// (shared/storeReads.ts): the seat runs each on its Dexie store, the office server on its
// PostgreSQL rows, and both take the same decision on what the same read found. The office server
// applies exactly these; a command not here stays the seat's own until its read moves here.
import type { z } from 'zod';
import type { WorkingCalendar } from './calendar';
import type { CommandDecision, Stamp, TableName } from './commandKit';
import { decideWorkflowStep, workflowArgs, type WorkflowArgs, type WorkflowSeen } from './incidentCommands';
import {
  decideEscalate,
  escalateArgs,
  type Escalation,
  type EscalationSeen,
  decideIssue,
  decideIssueStandard,
  decideReportWork,
  decideStep,
  issueArgs,
  issueStandardArgs,
  reportWorkArgs,
  stepArgs,
  type IssueArgs,
  type IssueSeen,
  type Receiver,
  type StandardSeen,
  type StepSeen,
} from './instructionCommands';
import { CLOCK_RUNNING_STATES, needsEscalation, OPEN_INSTRUCTION_STATES } from './instructions';
import { toIsoWithOffset } from './time';
import type { Instruction } from './command';
import type { Actor, Incident } from './model';
import {
  commandRunArgs,
  createRunArgs,
  decideCommandRun,
  decideCreateRun,
  runNumberKey,
  type CommandRunSeen,
  type CreateRunSeen,
} from './drillCommands';
import { decideDeliverInjects, deliverArgs, type DeliverArgs, type Delivery, type DeliverySeen } from './drillDelivery';
import type { DrillRunRecord } from './drillRecords';
import { dueInjects } from './scenarioEngine';
import type { Plan } from './plan';
import {
  attachIdsOf,
  decideRegistrations,
  registerArgs,
  registrationCounterKeys,
  type RegisterArgs,
  type Registered,
  type Registrations,
  type RegistrationSeen,
} from './registrationCommands';
import type { StoreReads } from './storeReads';
import { RECORD_COMMANDS } from './officeRecordCommands';
import { ORGANISATION_COMMANDS } from './officeOrganisationCommands';
import { SETUP_COMMANDS } from './officePlanCommands';
import { RESOURCE_COMMANDS } from './officeResourceCommands';
import { DRILL_RECORD_COMMANDS } from './officeDrillCommands';
import { DRILL_PROGRAMME_COMMANDS } from './drillProgrammeCommands';
import { decideQuickPath, quickPathArgs, type QuickPathArgs, type QuickPathSeen } from './quickPathCommands';

/** What the host gives a read besides the store: the plan in force (for a store without versions), every version, the working calendar. */
export type SeatBook = { plan: Plan; plans?: readonly Plan[]; calendar: WorkingCalendar };

/** A command whose read every host runs the same. */
export type SharedCommand<A, S, T> = CommandDecision<A, S, T> & {
  /** Every table read or written; the timeline is always included. */
  tables: readonly TableName[];
  /** For a command the console runs itself (COMMAND_ACCESS system): who it is run as, on the office server too. */
  systemActor?: Actor;
  read: (store: StoreReads, args: A, stamp: Stamp, seat: SeatBook) => Promise<S>;
};

/**
 * What a registration reads, inside the transaction: every plan version, the counters it may
 * advance (read and written in the same transaction, so numbers stay unique) and the incidents it
 * names with their complaints. For a command that composes `decideRegistrations`.
 */
export async function readRegistrationSeen(
  store: StoreReads,
  inputs: readonly unknown[],
  stamp: Stamp,
  seat: Pick<SeatBook, 'plan' | 'calendar'>,
): Promise<RegistrationSeen> {
  const plans = await store.plans.toArray();
  const keys = registrationCounterKeys({ plans, seatPlan: seat.plan }, stamp);
  const stored = await store.counters.bulkGet(keys);
  const found = await store.incidents.bulkGet(attachIdsOf(inputs));
  const attached: Record<string, RegistrationSeen['attached'][string]> = {};
  for (const incident of found) {
    if (incident)
      attached[incident.id] = { incident, complaints: await store.complaints.where('incidentId').equals(incident.id).toArray() };
  }
  return {
    plans,
    seatPlan: seat.plan,
    calendar: seat.calendar,
    counters: Object.fromEntries(keys.flatMap((key, i) => (stored[i] ? [[key, stored[i].value]] : []))),
    attached,
  };
}

/** The tables a registration reads and writes. */
export const REGISTRATION_TABLES = ['plans', 'counters', 'incidents', 'complaints'] as const;

export const registerCommand: SharedCommand<RegisterArgs, RegistrationSeen, Registrations> = {
  name: 'complaint.register',
  args: registerArgs,
  tables: REGISTRATION_TABLES,
  read: (store, args, stamp, seat) => readRegistrationSeen(store, args.inputs, stamp, seat),
  decide: decideRegistrations,
};

/**
 * What a workflow step reads: the incident, its complaints (earliest first), its communications,
 * its open instructions and their receivers; the plan book and the calendar are the host's.
 */
export async function readWorkflowSeen(store: StoreReads, incidentId: string, seat: SeatBook): Promise<WorkflowSeen> {
  const incident = await store.incidents.get(incidentId);
  const openInstructions = incident
    ? (await store.instructions.where('incidentId').equals(incidentId).toArray()).filter((i) => OPEN_INSTRUCTION_STATES.includes(i.state))
    : [];
  const receivers: Record<string, WorkflowSeen['receivers'][string]> = {};
  for (const instruction of openInstructions) receivers[instruction.id] = await receiverOf(store, instruction);
  return {
    incident,
    complaints: incident ? await store.complaints.where('incidentId').equals(incidentId).sortBy('receivedAt') : [],
    communications: incident ? await store.communications.where('incidentId').equals(incidentId).toArray() : [],
    openInstructions,
    receivers,
    book: { plan: seat.plan, ...(seat.plans ? { plans: seat.plans } : {}) },
    calendar: seat.calendar,
  };
}

/** The tables a workflow step reads and writes. */
export const WORKFLOW_TABLES = ['incidents', 'complaints', 'communications', 'instructions', 'teams', 'people'] as const;

export const workflowCommand: SharedCommand<WorkflowArgs, WorkflowSeen, Incident> = {
  name: 'incident.workflow',
  args: workflowArgs,
  tables: WORKFLOW_TABLES,
  read: (store, { incidentId }, _stamp, seat) => readWorkflowSeen(store, incidentId, seat),
  decide: decideWorkflowStep,
};

/** The team and the person an instruction goes to. */
export async function receiverOf(store: StoreReads, instruction: Pick<Instruction, 'teamId' | 'assigneeId'>): Promise<Receiver> {
  const team = instruction.teamId ? await store.teams.get(instruction.teamId) : undefined;
  const person = instruction.assigneeId ? await store.people.get(instruction.assigneeId) : undefined;
  return { team, person };
}

/** The tables an instruction's steps read and write. */
export const INSTRUCTION_TABLES = ['instructions', 'incidents', 'teams', 'people'] as const;

async function readStep(store: StoreReads, { instructionId }: { instructionId: string }): Promise<StepSeen> {
  const instruction = await store.instructions.get(instructionId);
  if (!instruction) return { instruction, incident: undefined };
  return { instruction, incident: await store.incidents.get(instruction.incidentId), ...(await receiverOf(store, instruction)) };
}

/** Who the console's own watch over deadlines acts as: on every seat and on the office server alike. */
export const DEADLINE_WATCH: Actor = { id: 'system', name: '系统', role: 'staff' };

/**
 * 超时升级: every overdue instruction of an open incident not yet escalated. Run by every seat's
 * watch; the office applies the first and finds them escalated for the others. Only instructions
 * whose clock can run are read (by state), never the years of finished ones.
 */
export const escalateCommand: SharedCommand<{ nowMs: number }, EscalationSeen, Escalation[]> & { systemActor: Actor } = {
  name: 'instruction.escalate',
  args: escalateArgs,
  tables: INSTRUCTION_TABLES,
  systemActor: DEADLINE_WATCH,
  read: async (store, { nowMs }, stamp) => {
    const until = toIsoWithOffset(nowMs, stamp.utcOffsetMinutes);
    const running = (
      await Promise.all(CLOCK_RUNNING_STATES.map((state) => store.instructions.where('state').equals(state).toArray()))
    ).flat();
    // Whether the incident is still open is the decision's to weigh.
    const candidates = running.filter((i) => i.deadline < until && i.mode === stamp.mode && needsEscalation(i, nowMs, true));
    return {
      candidates: await Promise.all(
        candidates.map(async (instruction) => ({
          instruction,
          incident: await store.incidents.get(instruction.incidentId),
          ...(await receiverOf(store, instruction)),
        })),
      ),
    };
  },
  decide: decideEscalate,
};

export const issueCommand: SharedCommand<IssueArgs, IssueSeen, Instruction> = {
  name: 'instruction.issue',
  args: issueArgs,
  tables: INSTRUCTION_TABLES,
  read: async (store, args) => ({ incident: await store.incidents.get(args.incidentId), ...(await receiverOf(store, args)) }),
  decide: decideIssue,
};

export const issueStandardCommand: SharedCommand<{ incidentId: string }, StandardSeen, Instruction[]> = {
  name: 'instruction.issueStandard',
  args: issueStandardArgs,
  tables: [...INSTRUCTION_TABLES, 'plans'],
  read: async (store, { incidentId }) => ({
    incident: await store.incidents.get(incidentId),
    plans: await store.plans.toArray(),
    teams: await store.teams.toArray(),
    issuedCodes: (await store.instructions.where('incidentId').equals(incidentId).toArray()).flatMap((i) => i.standardCode ?? []),
  }),
  decide: decideIssueStandard,
};

export const stepCommand: SharedCommand<z.output<typeof stepArgs>, StepSeen, Instruction> = {
  name: 'instruction.step',
  args: stepArgs,
  tables: INSTRUCTION_TABLES,
  read: (store, args) => readStep(store, args),
  decide: decideStep,
};

export const reportWorkCommand: SharedCommand<z.output<typeof reportWorkArgs>, StepSeen, Instruction> = {
  name: 'instruction.reportWork',
  args: reportWorkArgs,
  tables: INSTRUCTION_TABLES,
  read: (store, args) => readStep(store, args),
  decide: decideReportWork,
};

/** 登记并当场办结: what a registration reads (a new incident has nothing else yet). */
export const quickPathCommand: SharedCommand<QuickPathArgs, QuickPathSeen, Registered> = {
  name: 'complaint.registerAndSettle',
  args: quickPathArgs,
  tables: [...REGISTRATION_TABLES, 'communications'],
  read: (store, { registration }, stamp, seat) => readRegistrationSeen(store, [registration], stamp, seat),
  decide: decideQuickPath,
};

/** Who delivers a drill's injects: the drill's direction (导调), never a participant, so no participant is credited with them. */
export const DRILL_DIRECTOR: Actor = { id: 'drill-director', name: '演练导调', role: 'staff' };

const isUnderWay = (run: DrillRunRecord) => run.state.status === 'running' || run.state.status === 'paused';

export const createDrillRunCommand: SharedCommand<z.output<typeof createRunArgs>, CreateRunSeen, DrillRunRecord> = {
  name: 'drillRun.create',
  args: createRunArgs,
  tables: ['drillRuns', 'counters'],
  read: async (store, _args, stamp) => ({ numbered: (await store.counters.get(runNumberKey(stamp)))?.value ?? 0 }),
  decide: decideCreateRun,
};

export const commandDrillRunCommand: SharedCommand<z.output<typeof commandRunArgs>, CommandRunSeen, DrillRunRecord> = {
  name: 'drillRun.command',
  args: commandRunArgs,
  tables: ['drillRuns'],
  read: async (store, { runId, command }) => ({
    run: await store.drillRuns.get(runId),
    underWay: command.type === 'start' ? (await store.drillRuns.toArray()).find((r) => r.id !== runId && isUnderWay(r)) : undefined,
  }),
  decide: decideCommandRun,
};

/**
 * Injects delivered on the drill clock: the run, the roster and what a registration reads, with the
 * run's incidents as those an inject may join. Run by the drill's direction on every seat in the
 * drill; the office applies the first and finds nothing due for the others.
 */
export const deliverCommand: SharedCommand<DeliverArgs, DeliverySeen, Delivery[]> & { systemActor: Actor } = {
  name: 'drillRun.deliver',
  args: deliverArgs,
  tables: ['drillRuns', 'people', ...REGISTRATION_TABLES],
  systemActor: DRILL_DIRECTOR,
  read: async (store, { runId }, stamp, seat) => {
    const run = store.mode === 'drill' ? await store.drillRuns.get(runId) : undefined;
    // Called on every tick of the drill clock: what a registration reads is read only when a
    // complaint is due.
    const complaintDue = run !== undefined && dueInjects(run.state, run.scenario, stamp.nowMs).some((inject) => inject.complaint);
    if (!complaintDue) return { run, people: [], registration: null };
    const joinable = Object.values(run.injectIncidents).map((incidentId) => ({ incidentId }));
    return {
      run,
      people: await store.people.toArray(),
      registration: await readRegistrationSeen(store, joinable, stamp, seat),
    };
  },
  decide: decideDeliverInjects,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry of commands of many argument types
export const OFFICE_COMMANDS: ReadonlyMap<string, SharedCommand<any, any, unknown>> = new Map(
  [
    registerCommand,
    workflowCommand,
    issueCommand,
    issueStandardCommand,
    stepCommand,
    reportWorkCommand,
    escalateCommand,
    createDrillRunCommand,
    commandDrillRunCommand,
    deliverCommand,
    quickPathCommand,
    ...RECORD_COMMANDS,
    ...RESOURCE_COMMANDS,
    ...DRILL_RECORD_COMMANDS,
    ...DRILL_PROGRAMME_COMMANDS,
    ...ORGANISATION_COMMANDS,
    ...SETUP_COMMANDS,
  ].map((command) => [command.name, command]),
);
