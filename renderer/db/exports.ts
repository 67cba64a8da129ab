// What an export reads, and its audit entries: a list that leaves the console with complainants'
// personal data in full is audited before it is written, and only by the roles the plan names
// (保护投诉人隐私); a masked list is recorded once saved.
import type { Complaint, Incident } from '@shared/model';
import {
  decideExported,
  decideFullExportSavedTo,
  decideFullExportStarted,
  exportedArgs,
  fullExportArgs,
  savedToArgs,
  type FullExportArgs,
} from '@shared/exportCommands';
import type { Plan } from '@shared/plan';
import { fail, type Result } from '@shared/result';
import type { z } from 'zod';
import type { WriteContext } from './context';
import { execute, readTogether, type Command } from './executor';
import type { ConsoleDb } from './schema';

export type ExportList = 'complaints' | 'incidents';

/** The complaints in receipt order, with their incidents' numbers. */
export async function complaintsForExport(db: ConsoleDb): Promise<{ complaints: Complaint[]; incidentNumbers: Map<string, string> }> {
  return readTogether(db, ['complaints', 'incidents'], async () => {
    const complaints = await db.complaints.orderBy('receivedAt').toArray();
    const incidents = await db.incidents.toArray();
    return { complaints, incidentNumbers: new Map(incidents.map((i) => [i.id, i.number])) };
  });
}

export async function incidentsForExport(db: ConsoleDb): Promise<Incident[]> {
  const incidents = await db.incidents.toArray();
  return incidents.sort((a, b) => a.milestones.receivedAt.localeCompare(b.milestones.receivedAt) || a.number.localeCompare(b.number));
}

export type ExportDetails = { list: ExportList; format: 'csv' | 'xlsx'; count: number; file: string };

const fullExportCommand = (seat: WriteContext): Command<FullExportArgs, { plans: Plan[]; seatPlan: Plan }, void> => ({
  name: 'export.fullStarted',
  args: fullExportArgs,
  tables: ['plans'],
  read: async (db) => ({ plans: await db.plans.toArray(), seatPlan: seat.plan }),
  decide: decideFullExportStarted,
});

const savedToCommand: Command<{ file: string }, null, void> = {
  name: 'export.fullSavedTo',
  args: savedToArgs,
  tables: [],
  read: async () => null,
  decide: decideFullExportSavedTo,
};

const exportedCommand: Command<z.output<typeof exportedArgs>, null, void> = {
  name: 'export.saved',
  args: exportedArgs,
  tables: [],
  read: async () => null,
  decide: decideExported,
};

/**
 * A list with personal data in full is audited before a byte of it is written: who (the
 * operator), when, which list and how many rows, and the file it is offered as. Refused for a
 * role the plan does not name, and when the entry cannot be stored — then nothing is written.
 */
export async function auditFullExport(db: ConsoleDb, details: ExportDetails, ctx: WriteContext): Promise<Result<void>> {
  const audited = await execute(db, fullExportCommand(ctx), details, ctx);
  return audited.ok || audited.error.code === 'personal-data-export-role' ? audited : fail('personal-data-export-unaudited');
}

/** Where a full list was saved, once the operator has chosen (the dialog may rename it). */
export const recordFullExportSaved = (db: ConsoleDb, file: string, ctx: WriteContext) => execute(db, savedToCommand, { file }, ctx);

export const recordExport = (
  db: ConsoleDb,
  details: { list: ExportList; format: 'csv' | 'xlsx'; count: number; file: string; fullPersonalData: boolean },
  ctx: WriteContext,
) => execute(db, exportedCommand, details, ctx);
