// A drill scenario as a file the office can share: pretty JSON in the scenario envelope, and the
// checks an import passes before anything is saved. Parsing never throws; a refusal names why.
import { SCENARIO_FORMAT, SCENARIO_FORMAT_VERSION, ScenarioFileSchema, type Scenario, type ScenarioFile } from './scenario';
import { fail, ok, type Result } from './result';

export type ScenarioFileRefusal = 'scenario-not-json' | 'scenario-wrong-format' | 'scenario-newer-format' | 'scenario-invalid';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The file's text: the scenario in its envelope, indented for people who read or diff it. */
export function scenarioFileText(scenario: Scenario): string {
  const file: ScenarioFile = { format: SCENARIO_FORMAT, formatVersion: SCENARIO_FORMAT_VERSION, scenario };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The scenario in a file's text, or the reason it is refused. The envelope is read before the
 * shape, so a file from a newer console says so rather than "invalid". For an invalid scenario
 * the first issue's path (e.g. `scenario.injects.2.expectedActions.0.objective`) and message
 * (an i18n key such as `scenario.objective-unknown`, or zod's own text) go in the params.
 */
export function parseScenarioFile(text: string): Result<Scenario> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('scenario-not-json', undefined, error instanceof Error ? error.message : String(error));
  }
  if (!isPlainObject(json) || json.format !== SCENARIO_FORMAT) return fail('scenario-wrong-format');
  if (typeof json.formatVersion === 'number' && json.formatVersion > SCENARIO_FORMAT_VERSION) {
    return fail('scenario-newer-format', { formatVersion: json.formatVersion, knownFormatVersion: SCENARIO_FORMAT_VERSION });
  }
  const parsed = ScenarioFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('scenario-invalid', {
      path: issue ? issue.path.map(String).join('.') : '',
      message: issue ? issue.message : '',
    });
  }
  return ok(parsed.data.scenario);
}
