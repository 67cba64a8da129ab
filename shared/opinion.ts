// Public-opinion items (舆情) logged per incident.
// (Schema to be completed by its feature.)
import { z } from 'zod';

export const OpinionItemSchema = z.object({ id: z.string(), incidentId: z.string().optional() }).loose();
export type OpinionItem = z.infer<typeof OpinionItemSchema>;
