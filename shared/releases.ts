// Information release (信息发布): statements drafted, approved or returned, released.
// (Schema to be completed by its feature.)
import { z } from 'zod';

export const ReleaseSchema = z.object({ id: z.string(), incidentId: z.string().optional() }).loose();
export type Release = z.infer<typeof ReleaseSchema>;
