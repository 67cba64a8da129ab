// What a row of each table must look like before a restore writes it: the table's own zod schema.
// A backup is a file anyone can edit; a row that does not fit (a planted person with a made-up
// role, a timeline entry without its incident) is refused with where it is, and nothing is written.
import { z } from 'zod';
import { AccountSchema } from './accounts';
import { CommandLogEntrySchema } from './commandKit';
import { ContactSchema, DutyShiftSchema, InstructionSchema } from './command';
import { DrillNoticeSchema } from './drillNotice';
import { DrillFindingSchema, DrillNoteSchema, DrillRunRecordSchema } from './drillRecords';
import { CommunicationSchema, ComplaintSchema, IncidentSchema, PersonSchema, TeamSchema, TimelineEntrySchema } from './model';
import { CalendarYearSchema } from './officeCalendar';
import { OpinionItemSchema } from './opinion';
import { PlanSchema } from './plan';
import { ImportRunSchema, StoredNoticeSchema } from './records';
import { ReleaseSchema } from './releases';
import { AllocationSchema, ResourceSchema } from './resources';
import { MeasureSchema, ReviewSchema } from './review';
import { ScenarioSchema } from './scenario';
import { UpwardReportSchema } from './upwardReports';
import { CallBackSchema } from './callBacks';
import { AttachmentSchema } from './attachments';
import { ATTACHMENT_CONTENT, AttachmentPartSchema } from './attachmentFiles';
import { DrillMeasureSchema, DrillPlanItemSchema, TrainingSchema } from './drillProgramme';
import { PetitionSchema } from './petitions';

const SettingSchema = z.object({ key: z.string().min(1).max(200), value: z.unknown(), updatedAt: z.string().max(40) });
const CounterSchema = z.object({ key: z.string().min(1).max(200), value: z.number().int().min(0) });

export const TABLE_ROWS: Record<string, z.ZodType> = {
  plans: PlanSchema,
  people: PersonSchema,
  teams: TeamSchema,
  complaints: ComplaintSchema,
  incidents: IncidentSchema,
  timeline: TimelineEntrySchema,
  communications: CommunicationSchema,
  settings: SettingSchema,
  counters: CounterSchema,
  duty: DutyShiftSchema,
  contacts: ContactSchema,
  instructions: InstructionSchema,
  notices: StoredNoticeSchema,
  imports: ImportRunSchema,
  scenarios: ScenarioSchema,
  drillRuns: DrillRunRecordSchema,
  drillNotes: DrillNoteSchema,
  drillFindings: DrillFindingSchema,
  drillNotices: DrillNoticeSchema,
  releases: ReleaseSchema,
  opinions: OpinionItemSchema,
  resources: ResourceSchema,
  allocations: AllocationSchema,
  reviews: ReviewSchema,
  measures: MeasureSchema,
  calendarYears: CalendarYearSchema,
  commandLog: CommandLogEntrySchema,
  accounts: AccountSchema,
  upwardReports: UpwardReportSchema,
  callBacks: CallBackSchema,
  attachments: AttachmentSchema,
  // Not a table: the attached files' content, in pieces, written back to the host's files on a restore.
  [ATTACHMENT_CONTENT]: AttachmentPartSchema,
  drillPlans: DrillPlanItemSchema,
  drillMeasures: DrillMeasureSchema,
  trainings: TrainingSchema,
  petitions: PetitionSchema,
};

export type RowProblem = { table: string; row: number; path: string };

/** The first row of `rows` that does not fit its table, or null when all do (or the table is unknown: the caller refuses those). */
export function firstBadRow(table: string, rows: unknown[], offset = 0): RowProblem | null {
  const schema = TABLE_ROWS[table];
  if (!schema) return null;
  for (let i = 0; i < rows.length; i += 1) {
    const checked = schema.safeParse(rows[i]);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return { table, row: offset + i + 1, path: issue ? issue.path.join('.') || '(row)' : '(row)' };
    }
  }
  return null;
}
