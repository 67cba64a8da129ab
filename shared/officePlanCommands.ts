// 预案, 节假日安排, 停工日, 演练通知 and 演练脚本: what each command of the office's own setup reads,
// written once against the store interface (shared/storeReads.ts), so a seat and the office server
// read and decide them the same — a version approved at one seat is the office's plan at every
// seat. The decisions are in shared/planCommands.ts, calendarCommands.ts, drillNotice.ts and
// scenarioCommands.ts.
import type { z } from 'zod';
import {
  decideApproveClosures,
  decideApproveYear,
  decideSaveClosures,
  decideSaveYear,
  saveClosuresArgs,
  saveYearArgs,
  yearArgs,
  type ApprovalSeen,
  type CalendarApproval,
  type ClosuresApproval,
  type SaveClosuresArgs,
  type SaveYearArgs,
} from './calendarCommands';
import { decideRemoveNotice, decideSaveNotice, saveNoticeArgs, type DrillNotice, type NoticeSeen } from './drillNotice';
import type { Incident } from './model';
import type { CalendarYear } from './officeCalendar';
import type { SharedCommand } from './officeCommands';
import type { Plan } from './plan';
import {
  approveArgs,
  decideApprove,
  decideDiscard,
  decideFromTemplate,
  decideImportFile,
  decideReturn,
  decideSaveDraft,
  decideStartRevision,
  decideSubmit,
  planFileArgs,
  returnArgs,
  saveDraftArgs,
  templateArgs,
  versionArgs,
  type VersionSeen,
} from './planCommands';
import type { Scenario } from './scenario';
import {
  decideCopy,
  decideDelete,
  decideImport,
  decideSave,
  importScenarioArgs,
  saveScenarioArgs,
  scenarioIdArgs,
  type ImportedScenario,
  type ScenarioSeen,
} from './scenarioCommands';
import { BUILT_IN_SCENARIOS } from './scenarios';
import type { StoreReads } from './storeReads';
import { WORKFLOW_STATES } from './workflowStates';
import { isOpen } from './workflow';
import { z as zod } from 'zod';

/** The incidents still open, found by state: never the years of closed ones. */
export async function openIncidentsOf(store: StoreReads): Promise<Incident[]> {
  const open = WORKFLOW_STATES.filter(isOpen);
  return (await Promise.all(open.map((state) => store.incidents.where('state').equals(state).toArray()))).flat();
}

// 预案版本 ------------------------------------------------------------------------------------

const readPlans = async (store: StoreReads) => ({ plans: await store.plans.toArray() });

/** A version's step reads the version, the one it revises, every version, and for submitting and approving the open live incidents. */
const readVersion =
  (withOpen: boolean) =>
  async (store: StoreReads, { id }: { id: string }): Promise<VersionSeen> => {
    const version = await store.plans.get(id);
    return {
      version,
      previous: version?.basedOn ? await store.plans.get(version.basedOn) : undefined,
      plans: await store.plans.toArray(),
      // Drill incidents never hold a live plan's category.
      open: withOpen ? (await openIncidentsOf(store)).filter((incident) => incident.mode === 'live') : [],
    };
  };

const versionCommand = <A extends { id: string }>(
  name: string,
  args: z.ZodType<A>,
  decide: SharedCommand<A, VersionSeen, Plan>['decide'],
  withOpen = false,
): SharedCommand<A, VersionSeen, Plan> => ({
  name,
  args,
  tables: withOpen ? ['plans', 'incidents'] : ['plans'],
  read: readVersion(withOpen),
  decide,
});

export const fromTemplateCommand: SharedCommand<z.output<typeof templateArgs>, { plans: Plan[] }, Plan> = {
  name: 'plan.fromTemplate',
  args: templateArgs,
  tables: ['plans'],
  read: readPlans,
  decide: decideFromTemplate,
};
export const importFileCommand: SharedCommand<z.output<typeof planFileArgs>, { plans: Plan[] }, Plan> = {
  name: 'plan.importFile',
  args: planFileArgs,
  tables: ['plans'],
  read: readPlans,
  decide: decideImportFile,
};
export const startRevisionCommand = versionCommand('plan.startRevision', versionArgs, decideStartRevision);
export const saveDraftCommand = versionCommand<Plan>('plan.saveDraft', saveDraftArgs as z.ZodType<Plan>, decideSaveDraft);
export const submitCommand = versionCommand('plan.submit', versionArgs, decideSubmit, true);
export const returnCommand = versionCommand('plan.return', returnArgs, decideReturn);
export const approveCommand = versionCommand('plan.approve', approveArgs, decideApprove, true);
export const discardCommand = versionCommand('plan.discard', versionArgs, decideDiscard);

// 节假日安排 and 停工日 ------------------------------------------------------------------------

/** What an approval reads: the office's calendar rows, the open incidents whose clocks it may move, every plan version. */
export async function readApproval(store: StoreReads): Promise<ApprovalSeen> {
  return {
    rows: await store.calendarYears.toArray(),
    open: (await openIncidentsOf(store)).filter((incident) => incident.nextDeadlineStage !== null),
    plans: await store.plans.toArray(),
  };
}

export const saveYearCommand: SharedCommand<SaveYearArgs, { before: CalendarYear | undefined }, CalendarYear> = {
  name: 'calendar.saveYear',
  args: saveYearArgs,
  tables: ['calendarYears'],
  read: async (store, { input }) => ({ before: await store.calendarYears.where('year').equals(Number(input.year.trim())).first() }),
  decide: decideSaveYear,
};
export const approveYearCommand: SharedCommand<{ year: number }, ApprovalSeen, CalendarApproval> = {
  name: 'calendar.approveYear',
  args: yearArgs,
  tables: ['calendarYears', 'incidents', 'plans'],
  read: readApproval,
  decide: decideApproveYear,
};
export const saveClosuresCommand: SharedCommand<SaveClosuresArgs, { rows: CalendarYear[]; plans: Plan[] }, CalendarYear> = {
  name: 'calendar.saveClosures',
  args: saveClosuresArgs,
  tables: ['calendarYears', 'plans'],
  read: async (store) => ({ rows: await store.calendarYears.toArray(), plans: await store.plans.toArray() }),
  decide: decideSaveClosures,
};
export const approveClosuresCommand: SharedCommand<{ year: number }, ApprovalSeen, ClosuresApproval> = {
  name: 'calendar.approveClosures',
  args: yearArgs,
  tables: ['calendarYears', 'incidents', 'plans'],
  read: readApproval,
  decide: decideApproveClosures,
};

// 演练通知 and 演练脚本 (kept with rehearsals: the drill store and the office's drill schema) ---------

/** A scenario by id: a built-in one, or the office's own. */
export async function scenarioOf(store: StoreReads, id: string): Promise<Scenario | undefined> {
  return BUILT_IN_SCENARIOS.find((s) => s.id === id) ?? (store.mode === 'drill' ? await store.scenarios.get(id) : undefined);
}

export const saveNoticeCommand: SharedCommand<z.output<typeof saveNoticeArgs>, NoticeSeen, DrillNotice> = {
  name: 'drillNotice.save',
  args: saveNoticeArgs,
  tables: ['drillNotices', 'scenarios'],
  read: async (store, { id, input }) => ({
    before: id && store.mode === 'drill' ? await store.drillNotices.get(id) : undefined,
    scenarioKnown: input.scenarioId ? Boolean(await scenarioOf(store, input.scenarioId)) : true,
  }),
  decide: decideSaveNotice,
};
export const removeNoticeCommand: SharedCommand<{ id: string }, { notice: DrillNotice | undefined }, void> = {
  name: 'drillNotice.remove',
  args: zod.object({ id: zod.string().min(1) }),
  tables: ['drillNotices'],
  read: async (store, { id }) => ({ notice: store.mode === 'drill' ? await store.drillNotices.get(id) : undefined }),
  decide: decideRemoveNotice,
};

/** The scenario named (if any) and the ids the office's scenarios already take; the live store has none. */
async function scenarioSeen(store: StoreReads, id?: string): Promise<ScenarioSeen> {
  const own = store.mode === 'drill' ? await store.scenarios.toArray() : [];
  return { scenario: id ? await scenarioOf(store, id) : undefined, officeIds: new Set(own.map((scenario) => scenario.id)) };
}

export const copyScenarioCommand: SharedCommand<{ id: string }, ScenarioSeen, Scenario> = {
  name: 'scenario.copy',
  args: scenarioIdArgs,
  tables: ['scenarios'],
  read: (store, { id }) => scenarioSeen(store, id),
  decide: decideCopy,
};
export const saveScenarioCommand: SharedCommand<{ scenario: Scenario }, null, Scenario> = {
  name: 'scenario.save',
  args: saveScenarioArgs,
  tables: ['scenarios'],
  read: async () => null,
  decide: decideSave,
};
export const deleteScenarioCommand: SharedCommand<{ id: string }, ScenarioSeen, void> = {
  name: 'scenario.delete',
  args: scenarioIdArgs,
  tables: ['scenarios'],
  read: (store) => scenarioSeen(store),
  decide: decideDelete,
};
export const importScenarioCommand: SharedCommand<{ text: string }, ScenarioSeen, ImportedScenario> = {
  name: 'scenario.import',
  args: importScenarioArgs,
  tables: ['scenarios'],
  read: (store) => scenarioSeen(store),
  decide: decideImport,
};

export const SETUP_COMMANDS = [
  fromTemplateCommand,
  importFileCommand,
  startRevisionCommand,
  saveDraftCommand,
  submitCommand,
  returnCommand,
  approveCommand,
  discardCommand,
  saveYearCommand,
  approveYearCommand,
  saveClosuresCommand,
  approveClosuresCommand,
  saveNoticeCommand,
  removeNoticeCommand,
  copyScenarioCommand,
  saveScenarioCommand,
  deleteScenarioCommand,
  importScenarioCommand,
] as const;
