// After-action review (总结) of a closed incident and its improvement measures.
// (Schema to be completed by its feature.)
import { z } from 'zod';

export const ReviewSchema = z.object({ id: z.string(), incidentId: z.string().optional() }).loose();
export type Review = z.infer<typeof ReviewSchema>;

export const MeasureSchema = z.object({ id: z.string(), incidentId: z.string() }).loose();
export type Measure = z.infer<typeof MeasureSchema>;
