// The drill notice (演练通知): what the office circulates before a drill — purpose, time, place,
// content (process drill / sudden-situation drill), participants and the person in charge,
// preparation and requirements. Printed as a formal A4 notice in official-document layout.
import { z } from 'zod';

export const DrillKindSchema = z.enum(['process', 'sudden']);

export const DrillNoticeSchema = z.object({
  id: z.string(),
  /** 文号, e.g. 应急办〔2026〕12号. */
  docNumber: z.string().max(60),
  title: z.string().min(1).max(120),
  purpose: z.string().min(1).max(2000),
  /** Local date-times in the plan's zone, YYYY-MM-DDTHH:mm. */
  startsAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
  endsAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
  place: z.string().min(1).max(200),
  kinds: z.array(DrillKindSchema).min(1),
  content: z.string().min(1).max(4000),
  /** The scenario the drill runs, if chosen. */
  scenarioId: z.string().optional(),
  participants: z.string().min(1).max(2000),
  personInCharge: z.string().min(1).max(100),
  preparation: z.string().max(4000),
  requirements: z.string().max(4000),
  /** 发文单位 and 成文日期 (YYYY-MM-DD). */
  issuer: z.string().min(1).max(120),
  issuedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type DrillNotice = z.infer<typeof DrillNoticeSchema>;
