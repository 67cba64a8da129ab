// Logistics resources (应急资源) and their allocations to incidents.
// (Schema to be completed by its feature.)
import { z } from 'zod';

export const ResourceSchema = z.object({ id: z.string(), incidentId: z.string().optional() }).loose();
export type Resource = z.infer<typeof ResourceSchema>;

export const AllocationSchema = z.object({ id: z.string(), resourceId: z.string(), incidentId: z.string() }).loose();
export type Allocation = z.infer<typeof AllocationSchema>;
