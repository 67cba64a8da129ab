// The scenario library as commands: an office scenario copied, saved, deleted or imported, in the
// drill database only. Built-ins are read-only templates and an import never overwrites anything
// already in the library: a taken id is kept beside it under a free one.
import { z } from 'zod';
import { decided, fieldErrorsOf, refused, type Decision, type Stamp } from './commandKit';
import { ScenarioFileSchema, ScenarioSchema, type Scenario } from './scenario';
import { parseScenarioFile } from './scenarioFile';
import { BUILT_IN_SCENARIOS } from './scenarios';

export const isBuiltInId = (id: string) => BUILT_IN_SCENARIOS.some((s) => s.id === id);
const ID_LIMIT = 60;

/**
 * A problem with one value, as a code the screens put into words: `required`, `too-short:5`,
 * `too-small:1`, `whole-number`, `duplicate-seq`… (the number after the colon is the limit).
 */
export function problemOf(issue: z.ZodError['issues'][number]): string {
  const limit = 'minimum' in issue ? Number(issue.minimum) : 'maximum' in issue ? Number(issue.maximum) : 0;
  const origin = 'origin' in issue ? issue.origin : undefined;
  switch (issue.code) {
    case 'too_small':
      if (origin === 'string') return limit <= 1 ? 'required' : `too-short:${limit}`;
      if (origin === 'array') return `too-few:${limit}`;
      return `too-small:${limit}`;
    case 'too_big':
      if (origin === 'string') return `too-long:${limit}`;
      if (origin === 'array') return `too-many:${limit}`;
      return `too-large:${limit}`;
    case 'invalid_type':
      if (issue.expected === 'int') return 'whole-number';
      if (issue.expected === 'number') return 'number-required';
      return 'required';
    case 'invalid_format':
      return 'format';
    case 'invalid_value':
    case 'invalid_union':
      return 'choose';
    case 'custom':
      return issue.message.startsWith('scenario.') ? issue.message.slice('scenario.'.length) : 'invalid';
    default:
      return 'invalid';
  }
}

/** Every problem of a scenario, keyed by the path of the value (`injects.2.expectedActions.0.limitMinutes`). */
export const scenarioProblems = (error: z.ZodError): Record<string, string> => fieldErrorsOf(error, { word: problemOf });

/** An id no scenario in the library has: `<base>-copy`, `<base>-copy-2`… within the id's 60 characters. */
export function freeId(from: string, taken: ReadonlySet<string>): string {
  const base = from.replace(/-copy(-\d+)?$/, '') || 'scenario';
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '-copy' : `-copy-${n}`;
    const id = `${base.slice(0, ID_LIMIT - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!isBuiltInId(id) && !taken.has(id)) return id;
  }
}

const withSuffix = (text: Scenario['title'], zh: string, en: string): Scenario['title'] => ({
  zh: `${text.zh}${zh}`,
  ...(text.en ? { en: `${text.en}${en}` } : {}),
});

/** What a scenario command reads: the scenario it names (built-in or the office's) and the office's ids. */
export type ScenarioSeen = { scenario: Scenario | undefined; officeIds: ReadonlySet<string> };
const drillOnly = (stamp: Stamp) => (stamp.mode !== 'drill' ? refused<never>('drill-database-required') : null);

export const scenarioIdArgs = z.object({ id: z.string().min(1) });

/** Copies a built-in (or office) scenario as the office's own, under a new id, titled （副本）. */
export function decideCopy(seen: ScenarioSeen, _args: unknown, stamp: Stamp): Decision<Scenario> {
  const locked = drillOnly(stamp);
  if (locked) return locked;
  if (!seen.scenario) return refused('scenario-not-found');
  const copy: Scenario = {
    ...(JSON.parse(JSON.stringify(seen.scenario)) as Scenario),
    id: freeId(seen.scenario.id, seen.officeIds),
    builtIn: false,
    title: withSuffix(seen.scenario.title, '（副本）', ' (copy)'),
    updatedAt: stamp.at,
  };
  return decided(copy, [{ put: 'scenarios', row: copy }]);
}

export const saveScenarioArgs = z.object({ scenario: z.custom<Scenario>((v) => typeof v === 'object' && v !== null) });
/**
 * Saves an office scenario after checking the whole of it. An invalid scenario is refused with
 * every problem keyed by its path (`scenario-invalid`), and nothing is written.
 */
export function decideSave(_seen: unknown, { scenario }: z.output<typeof saveScenarioArgs>, stamp: Stamp): Decision<Scenario> {
  const locked = drillOnly(stamp);
  if (locked) return locked;
  if (isBuiltInId(scenario.id) || scenario.builtIn) return refused('scenario-built-in-read-only');
  const parsed = ScenarioSchema.safeParse({ ...scenario, updatedAt: stamp.at });
  if (!parsed.success) return refused('scenario-invalid', scenarioProblems(parsed.error));
  return decided(parsed.data, [{ put: 'scenarios', row: parsed.data }]);
}

/** Deletes one of the office's scenarios; built-ins stay. Drill runs keep their own copy of it. */
export function decideDelete(seen: ScenarioSeen, { id }: z.output<typeof scenarioIdArgs>, stamp: Stamp): Decision<void> {
  const locked = drillOnly(stamp);
  if (locked) return locked;
  if (isBuiltInId(id)) return refused('scenario-built-in-read-only');
  if (!seen.officeIds.has(id)) return refused('scenario-not-found');
  return decided(undefined, [{ remove: 'scenarios', key: id }]);
}

export type ImportedScenario = { scenario: Scenario; renamed: boolean };
export const importScenarioArgs = z.object({ text: z.string() });

/**
 * Adds the scenario in a file's text as one of the office's own. A file whose id is already in the
 * library (a built-in, or the office's own) is added beside it under a new id and titled （导入）,
 * never over it. A refused file adds nothing; an invalid one names the path and the problem.
 */
export function decideImport(seen: ScenarioSeen, { text }: z.output<typeof importScenarioArgs>, stamp: Stamp): Decision<ImportedScenario> {
  const locked = drillOnly(stamp);
  if (locked) return locked;
  const parsed = parseScenarioFile(text);
  if (!parsed.ok) {
    if (parsed.error.code !== 'scenario-invalid') return refused(parsed.error.code, parsed.error.params);
    return refused('scenario-invalid-file', firstProblem(text));
  }
  const incoming = parsed.value;
  const clash = isBuiltInId(incoming.id) || seen.officeIds.has(incoming.id);
  const scenario: Scenario = {
    ...incoming,
    id: clash ? freeId(incoming.id, seen.officeIds) : incoming.id,
    builtIn: false,
    title: clash ? withSuffix(incoming.title, '（导入）', ' (imported)') : incoming.title,
    updatedAt: stamp.at,
  };
  return decided({ scenario, renamed: clash }, [{ put: 'scenarios', row: scenario }]);
}

/** The path (inside the scenario) and problem code of an invalid file's first issue. */
function firstProblem(text: string): Record<string, string> {
  const checked = ScenarioFileSchema.safeParse(JSON.parse(text));
  const issue = checked.success ? undefined : checked.error.issues[0];
  if (!issue) return { path: '', problem: 'invalid' };
  const path = issue.path.map(String);
  return { path: (path[0] === 'scenario' ? path.slice(1) : path).join('.'), problem: problemOf(issue) };
}
