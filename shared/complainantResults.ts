// 反馈与满意度, per complainant: a group complaint's complainants each hear the result and each say
// whether they are satisfied. What was recorded for all at once (and every record made before
// results were kept per complainant) applies to each complainant without one of their own.
import { z } from 'zod';

export const SatisfactionSchema = z.enum(['satisfied', 'unsatisfied']);
export type Satisfaction = z.infer<typeof SatisfactionSchema>;

export const ComplainantResultSchema = z.object({
  complaintId: z.string(),
  feedback: z.string().optional(),
  satisfaction: SatisfactionSchema.optional(),
});
export type ComplainantResult = z.infer<typeof ComplainantResultSchema>;

type Recorded = {
  feedback?: string | undefined;
  satisfaction?: Satisfaction | undefined;
  complainantResults?: ComplainantResult[] | undefined;
};

/**
 * Each complaint's result: its own, else the one recorded for all. Once anyone's satisfaction is
 * their own, the incident's is only the sum of theirs, and nobody else inherits it.
 */
export function resultsPerComplainant(incident: Recorded, complaintIds: readonly string[]): ComplainantResult[] {
  const answeredEach = incident.complainantResults?.some((r) => r.satisfaction) ?? false;
  return complaintIds.map((complaintId) => {
    const own = incident.complainantResults?.find((r) => r.complaintId === complaintId);
    const feedback = own?.feedback ?? incident.feedback;
    const satisfaction = own?.satisfaction ?? (answeredEach ? undefined : incident.satisfaction);
    return { complaintId, ...(feedback !== undefined ? { feedback } : {}), ...(satisfaction !== undefined ? { satisfaction } : {}) };
  });
}

export const everyoneFedBack = (results: readonly ComplainantResult[]) => results.length > 0 && results.every((r) => r.feedback);

/**
 * The incident's satisfaction: unknown while anyone has not answered, unsatisfied if anyone is,
 * satisfied when all are.
 */
export function overallSatisfaction(results: readonly ComplainantResult[]): Satisfaction | undefined {
  if (results.length === 0 || results.some((r) => !r.satisfaction)) return undefined;
  return results.some((r) => r.satisfaction === 'unsatisfied') ? 'unsatisfied' : 'satisfied';
}

/** The results with one complainant's changed. */
export function withResult(results: readonly ComplainantResult[], complaintId: string, change: Omit<ComplainantResult, 'complaintId'>) {
  return results.map((r) => (r.complaintId === complaintId ? { ...r, ...change } : r));
}
