// A plan as a file a group company hands to its branches: pretty JSON in an envelope with the
// format and its version, and the checks an import passes before anything is stored. Parsing
// never throws; a refusal names why, with the path of the first problem for an invalid plan.
import { z } from 'zod';
import { PlanSchema, type Plan } from './plan';
import { planProblems } from './planChecks';
import { fail, ok, type Result } from './result';

export const PLAN_FORMAT = 'complaint-console-plan';
export const PLAN_FORMAT_VERSION = 1;

export const PlanFileSchema = z.object({
  format: z.literal(PLAN_FORMAT),
  formatVersion: z.number().int().positive(),
  exportedAt: z.string(),
  plan: PlanSchema,
});
export type PlanFile = z.infer<typeof PlanFileSchema>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The file's text: the plan in its envelope, indented for people who read or compare it. */
export function planFileText(plan: Plan, exportedAt: string): string {
  const file: PlanFile = { format: PLAN_FORMAT, formatVersion: PLAN_FORMAT_VERSION, exportedAt, plan };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The plan in a file's text, or the reason it is refused: plan-not-json, plan-wrong-format,
 * plan-newer-format, plan-invalid (path inside the plan and zod's message key) or
 * plan-inconsistent (path and problem code from planProblems).
 */
export function parsePlanFile(text: string): Result<Plan> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('plan-not-json', undefined, error instanceof Error ? error.message : String(error));
  }
  if (!isPlainObject(json) || json.format !== PLAN_FORMAT) return fail('plan-wrong-format');
  if (typeof json.formatVersion === 'number' && json.formatVersion > PLAN_FORMAT_VERSION) {
    return fail('plan-newer-format', { formatVersion: json.formatVersion, knownFormatVersion: PLAN_FORMAT_VERSION });
  }
  const parsed = PlanFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue ? issue.path.map(String) : [];
    return fail('plan-invalid', { path: (path[0] === 'plan' ? path.slice(1) : path).join('.'), message: issue?.message ?? '' });
  }
  const [problem] = planProblems(parsed.data.plan);
  if (problem) return fail('plan-inconsistent', { path: problem.path, problem: problem.problem, ...problem.params });
  return ok(parsed.data.plan);
}
