// More of the office's commands whose read is written once against the store interface
// (shared/storeReads.ts), so the seat and the office server read and decide them the same:
// contacts with complainants, receipts given, opinion items, statements, reviews and their
// measures, and the audit of personal data viewed. Registered with the rest in
// shared/officeCommands.ts.
import { acknowledgementArgs, decideAcknowledgementGiven } from './acknowledgement';
import { addCommunicationArgs, decideAddCommunication } from './communicationCommands';
import { decidePersonalDataViewed, personalDataViewedArgs } from './incidentCommands';
import type { Communication, Complaint, Incident, Team } from './model';
import type { SharedCommand } from './officeCommands';
import type { z } from 'zod';
import { attachOpinionsArgs, decideAttachOpinions, decideLogOpinion, logOpinionArgs, type OpinionItem } from './opinion';
import type { Plan } from './plan';
import {
  changeArgs,
  decideChange,
  decideDraft,
  decidePublish,
  draftArgs,
  publishArgs,
  type PublishInput,
  type ReleaseSeen,
} from './releaseCommands';
import type { Release, ReleaseCommand, StatementInput } from './releases';
import type { Measure, MeasureInput, Review, ReviewInput } from './review';
import {
  addMeasureArgs,
  completeMeasureArgs,
  decideAddMeasure,
  decideCompleteMeasure,
  decideFullDataPrinted,
  decideSaveReview,
  decideUpdateMeasure,
  fullDataPrintedArgs,
  saveReviewArgs,
  updateMeasureArgs,
  type MeasureSeen,
  type ReviewSeen,
} from './reviewCommands';
import type { StoreReads } from './storeReads';
import { draftReportCommand, reportStepCommand, sendReportCommand } from './upwardReportCommands';
import { recordCallBackCommand } from './callBacks';
import { addAttachmentCommand } from './attachments';
import { petitionStepCommand, registerPetitionCommand } from './petitionCommands';
import { archiveCommand, deleteArchiveCommand } from './archive';

type Change = Exclude<ReleaseCommand, { type: 'publish' }>;

const readRelease = async (store: StoreReads, { releaseId }: { releaseId: string }): Promise<ReleaseSeen> => ({
  release: await store.releases.get(releaseId),
  teams: await store.teams.toArray(),
});

/** The review of an incident (one at most). */
export const reviewOf = (store: StoreReads, incidentId: string): Promise<Review | undefined> =>
  store.reviews.where('incidentId').equals(incidentId).first();

const readMeasure = async (store: StoreReads, { measureId }: { measureId: string }): Promise<MeasureSeen> => ({
  measure: await store.measures.get(measureId),
});

export const addCommunicationCommand: SharedCommand<
  { incidentId: string; input: unknown },
  { incident: Incident | undefined },
  Communication
> = {
  name: 'communication.add',
  args: addCommunicationArgs,
  tables: ['incidents', 'communications'],
  read: async (store, { incidentId }) => ({ incident: await store.incidents.get(incidentId) }),
  decide: decideAddCommunication,
};

export const acknowledgementGivenCommand: SharedCommand<{ complaintId: string }, { complaint: Complaint | undefined }, void> = {
  name: 'acknowledgement.given',
  args: acknowledgementArgs,
  tables: ['complaints'],
  read: async (store, { complaintId }) => ({ complaint: await store.complaints.get(complaintId) }),
  decide: decideAcknowledgementGiven,
};

export const logOpinionCommand: SharedCommand<z.output<typeof logOpinionArgs>, { incidentExists: boolean; plan: Plan }, OpinionItem> = {
  name: 'opinion.log',
  args: logOpinionArgs,
  tables: ['incidents', 'opinions'],
  read: async (store, { incidentId }, _stamp, seat) => ({
    incidentExists: incidentId !== undefined && Boolean(await store.incidents.get(incidentId)),
    // The warning is judged by the plan in force when it is found.
    plan: seat.plan,
  }),
  decide: decideLogOpinion,
};

export const attachOpinionsCommand: SharedCommand<
  z.output<typeof attachOpinionsArgs>,
  { incident: Incident | undefined; items: (OpinionItem | undefined)[] },
  OpinionItem[]
> = {
  name: 'opinion.attach',
  args: attachOpinionsArgs,
  tables: ['incidents', 'opinions'],
  read: async (store, { itemIds, incidentId }) => ({
    incident: await store.incidents.get(incidentId),
    items: await store.opinions.bulkGet(itemIds),
  }),
  decide: decideAttachOpinions,
};

export const draftReleaseCommand: SharedCommand<
  { incidentId: string; input: StatementInput },
  { incidentExists: boolean; teams: Team[] },
  Release
> = {
  name: 'release.draft',
  args: draftArgs,
  tables: ['releases', 'incidents', 'teams'],
  read: async (store, { incidentId }) => ({
    incidentExists: Boolean(await store.incidents.get(incidentId)),
    teams: await store.teams.toArray(),
  }),
  decide: decideDraft,
};

export const changeReleaseCommand: SharedCommand<{ releaseId: string; command: Change }, ReleaseSeen, Release> = {
  name: 'release.change',
  args: changeArgs,
  tables: ['releases', 'teams'],
  read: readRelease,
  decide: decideChange,
};

export const publishReleaseCommand: SharedCommand<{ releaseId: string; input: PublishInput }, ReleaseSeen, Release> = {
  name: 'release.publish',
  args: publishArgs,
  tables: ['releases', 'teams'],
  read: readRelease,
  decide: decidePublish,
};

export const saveReviewCommand: SharedCommand<{ incidentId: string; input: ReviewInput }, ReviewSeen, Review> = {
  name: 'review.save',
  args: saveReviewArgs,
  tables: ['incidents', 'reviews'],
  read: async (store, { incidentId }) => ({ incident: await store.incidents.get(incidentId), existing: await reviewOf(store, incidentId) }),
  decide: decideSaveReview,
};

export const addMeasureCommand: SharedCommand<{ incidentId: string; input: MeasureInput }, { incident: Incident | undefined }, Measure> = {
  name: 'measure.add',
  args: addMeasureArgs,
  tables: ['incidents', 'measures'],
  read: async (store, { incidentId }) => ({ incident: await store.incidents.get(incidentId) }),
  decide: decideAddMeasure,
};

export const updateMeasureCommand: SharedCommand<{ measureId: string; input: MeasureInput }, MeasureSeen, Measure> = {
  name: 'measure.update',
  args: updateMeasureArgs,
  tables: ['measures'],
  read: readMeasure,
  decide: decideUpdateMeasure,
};

export const completeMeasureCommand: SharedCommand<{ measureId: string }, MeasureSeen, Measure> = {
  name: 'measure.complete',
  args: completeMeasureArgs,
  tables: ['measures'],
  read: readMeasure,
  decide: decideCompleteMeasure,
};

export const fullDataPrintedCommand: SharedCommand<{ incidentId: string }, { incidentExists: boolean }, void> = {
  name: 'review.fullDataPrinted',
  args: fullDataPrintedArgs,
  tables: ['incidents'],
  read: async (store, { incidentId }) => ({ incidentExists: Boolean(await store.incidents.get(incidentId)) }),
  decide: decideFullDataPrinted,
};

export const personalDataViewedCommand: SharedCommand<{ incidentId: string; complaint: string; petition?: boolean }, null, void> = {
  name: 'incident.personalDataViewed',
  args: personalDataViewedArgs,
  tables: [],
  read: async () => null,
  decide: decidePersonalDataViewed,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of commands of many argument types
export const RECORD_COMMANDS: readonly SharedCommand<any, any, any>[] = [
  addCommunicationCommand,
  acknowledgementGivenCommand,
  logOpinionCommand,
  attachOpinionsCommand,
  draftReleaseCommand,
  changeReleaseCommand,
  publishReleaseCommand,
  saveReviewCommand,
  addMeasureCommand,
  updateMeasureCommand,
  completeMeasureCommand,
  fullDataPrintedCommand,
  personalDataViewedCommand,
  draftReportCommand,
  reportStepCommand,
  sendReportCommand,
  recordCallBackCommand,
  addAttachmentCommand,
  archiveCommand,
  deleteArchiveCommand,
  registerPetitionCommand,
  petitionStepCommand,
];
