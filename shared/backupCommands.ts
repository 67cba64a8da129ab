// 备份到文件 as commands: a file for another PC holds every personal record, so its making is on
// the organisation log (who, which file, how much) before the file exists, and where it was saved
// after. The passphrase never reaches a command: it seals the file and is not data to log.
import { z } from 'zod';
import { decided, refused, type Decision, type Stamp } from './commandKit';
import { mayExportPersonalData } from './exporting';
import { ORGANISATION_TIMELINE } from './organisationCommands';
import type { Plan } from './plan';
import { planInForceAt } from './planVersions';

const fileName = z.string().trim().min(1).max(260);

export const backupFileArgs = z.object({ fileName });
export type BackupFileSeen = { plans: Plan[]; complaints: number; incidents: number };

/** 备份到文件: only for the roles the plan in force names; the entry counts what the file holds. */
export function decideBackupFileExported(
  seen: BackupFileSeen,
  { fileName }: z.output<typeof backupFileArgs>,
  stamp: Stamp,
): Decision<void> {
  const plan = planInForceAt(seen.plans, stamp.nowMs);
  if (!plan || !mayExportPersonalData(plan, stamp.actor.role)) return refused('backup-file-needs-role');
  return decided(
    undefined,
    [],
    [
      {
        incidentId: ORGANISATION_TIMELINE,
        kind: 'backup-exported',
        params: { file: fileName, complaints: seen.complaints, incidents: seen.incidents },
      },
    ],
  );
}

export const backupSavedAsArgs = z.object({ savedAs: fileName });

/** Where the save dialog put the file, on the log after the entry made before it existed. */
export function decideBackupFileSavedAs(_seen: unknown, { savedAs }: z.output<typeof backupSavedAsArgs>): Decision<void> {
  return decided(undefined, [], [{ incidentId: ORGANISATION_TIMELINE, kind: 'backup-exported-to', params: { file: savedAs } }]);
}
