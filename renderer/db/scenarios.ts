// The scenario library (演练脚本库): the built-in scenarios shipped with the console and the
// office's own, kept in the drill database. Built-ins are read-only templates: the office copies
// one to change it, and an import never overwrites anything already in the library.
import type { z } from 'zod';
import { BUILT_IN_SCENARIOS } from '@shared/scenarios';
import { ScenarioFileSchema, ScenarioSchema, type Scenario } from '@shared/scenario';
import { parseScenarioFile, scenarioFileText } from '@shared/scenarioFile';
import type { Result } from '@shared/result';
import { isoAt, Refused, settle, type WriteContext } from './context';
import { requireDrillDb } from './drillGuard';
import type { ConsoleDb } from './schema';

/** Built-in scenarios first (in their shipped order), then the office's own, newest first. */
export async function listScenarios(db: ConsoleDb): Promise<Scenario[]> {
  const own = db.mode === 'drill' ? await db.scenarios.orderBy('updatedAt').reverse().toArray() : [];
  return [...BUILT_IN_SCENARIOS, ...own];
}

export async function getScenario(db: ConsoleDb, id: string): Promise<Scenario | undefined> {
  return BUILT_IN_SCENARIOS.find((s) => s.id === id) ?? (db.mode === 'drill' ? await db.scenarios.get(id) : undefined);
}

const isBuiltInId = (id: string) => BUILT_IN_SCENARIOS.some((s) => s.id === id);
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
export function scenarioProblems(error: z.ZodError): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    problems[path] ??= problemOf(issue);
  }
  return problems;
}

/** An id no scenario in the library has: `<base>-copy`, `<base>-copy-2`… within the id's 60 characters. */
async function freeId(db: ConsoleDb, from: string): Promise<string> {
  const base = from.replace(/-copy(-\d+)?$/, '') || 'scenario';
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '-copy' : `-copy-${n}`;
    const id = `${base.slice(0, ID_LIMIT - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!isBuiltInId(id) && !(await db.scenarios.get(id))) return id;
  }
}

const withSuffix = (text: Scenario['title'], zh: string, en: string): Scenario['title'] => ({
  zh: `${text.zh}${zh}`,
  ...(text.en ? { en: `${text.en}${en}` } : {}),
});

/** Copies a built-in (or office) scenario as the office's own, under a new id, titled （副本）. */
export function copyScenario(db: ConsoleDb, id: string, ctx: WriteContext): Promise<Result<Scenario>> {
  return settle(async () => {
    requireDrillDb(db);
    return db.transaction('rw', db.scenarios, async () => {
      const source = await getScenario(db, id);
      if (!source) throw new Refused('scenario-not-found');
      const copy: Scenario = {
        ...structuredClone(source),
        id: await freeId(db, source.id),
        builtIn: false,
        title: withSuffix(source.title, '（副本）', ' (copy)'),
        updatedAt: isoAt(ctx),
      };
      await db.scenarios.add(copy);
      return copy;
    });
  });
}

/**
 * Saves an office scenario after checking the whole of it. An invalid scenario is refused with
 * every problem keyed by its path (`scenario-invalid`), and nothing is written.
 */
export function saveScenario(db: ConsoleDb, scenario: Scenario, ctx: WriteContext): Promise<Result<Scenario>> {
  return settle(async () => {
    requireDrillDb(db);
    if (isBuiltInId(scenario.id) || scenario.builtIn) throw new Refused('scenario-built-in-read-only');
    const parsed = ScenarioSchema.safeParse({ ...scenario, updatedAt: isoAt(ctx) });
    if (!parsed.success) throw new Refused('scenario-invalid', scenarioProblems(parsed.error));
    await db.scenarios.put(parsed.data);
    return parsed.data;
  });
}

/** Deletes one of the office's scenarios; built-ins stay. Drill runs keep their own copy of it. */
export function deleteScenario(db: ConsoleDb, id: string): Promise<Result<void>> {
  return settle(async () => {
    requireDrillDb(db);
    if (isBuiltInId(id)) throw new Refused('scenario-built-in-read-only');
    await db.transaction('rw', db.scenarios, async () => {
      if (!(await db.scenarios.get(id))) throw new Refused('scenario-not-found');
      await db.scenarios.delete(id);
    });
  });
}

export type ImportedScenario = { scenario: Scenario; renamed: boolean };

/**
 * Adds the scenario in a file's text as one of the office's own. A file whose id is already in the
 * library (a built-in, or the office's own) is added beside it under a new id and titled （导入）,
 * never over it. A refused file adds nothing; an invalid one names the path and the problem.
 */
export function importScenario(db: ConsoleDb, text: string, ctx: WriteContext): Promise<Result<ImportedScenario>> {
  return settle(async () => {
    requireDrillDb(db);
    const parsed = parseScenarioFile(text);
    if (!parsed.ok) {
      if (parsed.error.code !== 'scenario-invalid') throw new Refused(parsed.error.code, parsed.error.params);
      throw new Refused('scenario-invalid-file', firstProblem(text));
    }
    return db.transaction('rw', db.scenarios, async () => {
      const incoming = parsed.value;
      const clash = isBuiltInId(incoming.id) || Boolean(await db.scenarios.get(incoming.id));
      const scenario: Scenario = {
        ...incoming,
        id: clash ? await freeId(db, incoming.id) : incoming.id,
        builtIn: false,
        title: clash ? withSuffix(incoming.title, '（导入）', ' (imported)') : incoming.title,
        updatedAt: isoAt(ctx),
      };
      await db.scenarios.add(scenario);
      return { scenario, renamed: clash };
    });
  });
}

/** The path (inside the scenario) and problem code of an invalid file's first issue. */
function firstProblem(text: string): Record<string, string> {
  const checked = ScenarioFileSchema.safeParse(JSON.parse(text));
  const issue = checked.success ? undefined : checked.error.issues[0];
  if (!issue) return { path: '', problem: 'invalid' };
  const path = issue.path.map(String);
  return { path: (path[0] === 'scenario' ? path.slice(1) : path).join('.'), problem: problemOf(issue) };
}

/** The scenario as the JSON text of a scenario file. */
export function exportScenario(db: ConsoleDb, id: string): Promise<Result<string>> {
  return settle(async () => {
    const scenario = await getScenario(db, id);
    if (!scenario) throw new Refused('scenario-not-found');
    return scenarioFileText(scenario);
  });
}
