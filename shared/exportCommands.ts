// 导出 on the organisation log, as commands: a list that leaves the console with complainants'
// personal data in full is logged before a byte of it is written, and only for the roles the plan
// in force names (保护投诉人隐私); where it was saved, and a masked list once saved.
import { z } from 'zod';
import { decided, refused, type Decision, type Stamp } from './commandKit';
import { mayExportPersonalData } from './exporting';
import { ORGANISATION_TIMELINE } from './organisationCommands';
import type { Plan } from './plan';
import { planInForceAt } from './planVersions';

const list = z.enum(['complaints', 'incidents']);
const format = z.enum(['csv', 'xlsx']);
const file = z.string().trim().min(1).max(260);
const count = z.number().int().min(0);

export const fullExportArgs = z.object({ list, format, count, file });
export type FullExportArgs = z.output<typeof fullExportArgs>;

/** A full list: only for the roles the plan in force names; the entry says which list, how many rows and the file offered. */
export function decideFullExportStarted(
  seen: { plans: readonly Plan[]; seatPlan: Plan },
  args: FullExportArgs,
  stamp: Stamp,
): Decision<void> {
  const plan = planInForceAt(seen.plans, stamp.nowMs) ?? seen.seatPlan;
  if (!mayExportPersonalData(plan, stamp.actor.role)) return refused('personal-data-export-role');
  return decided(undefined, [], [{ incidentId: ORGANISATION_TIMELINE, kind: 'personal-data-export-started', params: { ...args } }]);
}

export const savedToArgs = z.object({ file });

/** Where a full list was saved, once the operator has chosen (the dialog may rename it). */
export function decideFullExportSavedTo(_seen: unknown, args: z.output<typeof savedToArgs>): Decision<void> {
  return decided(undefined, [], [{ incidentId: ORGANISATION_TIMELINE, kind: 'personal-data-exported-to', params: { file: args.file } }]);
}

export const exportedArgs = z.object({ list, format, count, file, fullPersonalData: z.boolean() });

/** A list saved: the file name says which list it was (投诉清单-… / 事件清单-…). */
export function decideExported(_seen: unknown, args: z.output<typeof exportedArgs>): Decision<void> {
  const params = { count: args.count, file: args.file };
  return decided(
    undefined,
    [],
    [
      args.fullPersonalData
        ? { incidentId: ORGANISATION_TIMELINE, kind: 'personal-data-exported', params }
        : args.list === 'complaints'
          ? { incidentId: ORGANISATION_TIMELINE, kind: 'complaints-exported', params }
          : { incidentId: ORGANISATION_TIMELINE, kind: 'incidents-exported', params },
    ],
  );
}
