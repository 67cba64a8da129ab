// Records of the command structure beyond people and teams: the on-duty roster (值班表), the
// emergency contact list (应急联系名单) and instructions to teams (指令 → 签收 → 反馈).
import { z } from 'zod';
import { ModeSchema } from './model';

export const DutyShiftSchema = z.object({
  id: z.string().uuid(),
  /** The plan-local date the shift starts on. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Plan-local HH:mm; an end at or before the start means the shift runs past midnight. */
  start: z.string().regex(/^\d{2}:\d{2}$/),
  end: z.string().regex(/^\d{2}:\d{2}$/),
  personId: z.string(),
  /** 带班领导 (leader on duty) or 值班员 (duty officer). */
  post: z.enum(['leader', 'officer']),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type DutyShift = z.infer<typeof DutyShiftSchema>;

export const CONTACT_CATEGORIES = [
  'internal',
  'police',
  'fire',
  'medical',
  'market-regulator',
  'tech-supervision',
  'consumer-association',
  'media',
  'other',
] as const;
export const ContactSchema = z.object({
  id: z.string().uuid(),
  category: z.enum(CONTACT_CATEGORIES),
  organisation: z.string().min(1),
  name: z.string(),
  title: z.string(),
  phones: z.array(z.string()).min(1),
  notes: z.string(),
  sample: z.boolean(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Contact = z.infer<typeof ContactSchema>;

// 'cancelled': withdrawn when the incident closed before the work was done (撤销), with the reason.
export const INSTRUCTION_STATES = ['issued', 'signed', 'in-progress', 'reported', 'accepted', 'returned', 'cancelled'] as const;
export type InstructionState = (typeof INSTRUCTION_STATES)[number];
export const INSTRUCTION_PRIORITIES = ['urgent', 'high', 'normal'] as const;

export const InstructionSchema = z.object({
  id: z.string().uuid(),
  mode: ModeSchema,
  incidentId: z.string(),
  /** Receiver: a team (its lead and members may sign), or one person, or both. */
  teamId: z.string().nullable(),
  assigneeId: z.string().nullable(),
  content: z.string().min(1),
  priority: z.enum(INSTRUCTION_PRIORITIES),
  deadline: z.string(),
  /** The plan's standard instruction it came from, if any. */
  standardCode: z.string().optional(),
  state: z.enum(INSTRUCTION_STATES),
  issuedAt: z.string(),
  issuedBy: z.string(),
  issuedByName: z.string(),
  signedAt: z.string().optional(),
  signedBy: z.string().optional(),
  progress: z.array(z.object({ at: z.string(), by: z.string(), byName: z.string(), text: z.string() })),
  report: z.object({ at: z.string(), by: z.string(), byName: z.string(), text: z.string() }).optional(),
  decidedAt: z.string().optional(),
  returnReason: z.string().optional(),
  cancelledAt: z.string().optional(),
  cancelReason: z.string().optional(),
  /** When the overdue escalation to the issuer and the leader was raised (once). */
  escalatedAt: z.string().optional(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Instruction = z.infer<typeof InstructionSchema>;
