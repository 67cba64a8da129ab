// Turns coded values recorded with a timeline entry or a refusal into the operator's words:
// levels as 一级/Level 1, stages, satisfaction, rejection kinds and routes.
import type { TFunction } from 'i18next';
import { fail, type Failure, type Result } from '@shared/result';

const LEVEL_KEYS = new Set(['level', 'from', 'suggested']);
const FIELD_KEYS = new Set(['satisfaction', 'rejectionKind', 'route']);

export function describeParams(params: Record<string, string | number> | undefined, t: TFunction): Record<string, string | number> {
  const words: Record<string, string | number> = { ...params };
  for (const [key, value] of Object.entries(words)) {
    if (LEVEL_KEYS.has(key)) words[key] = value === 0 ? t('level.none') : t(`level.${value}`);
    else if (FIELD_KEYS.has(key)) words[key] = t(`commandField.${value}`);
    else if (key === 'state') words[key] = t(`state.${value}`);
  }
  return words;
}

/**
 * Features with their own catalog keep their refusals and timeline entries there
 * (`<feature>.refusal.<code>`, `<feature>.timeline.<kind>`); the shared ones come first.
 */
const FEATURE_CATALOGS = [
  'organisation',
  'instructions',
  'notifications',
  'exchange',
  'settings',
  'print',
  'drill',
  'drillNotice',
  'drillScenarios',
  'drillReport',
  'releases',
  'opinion',
  'resources',
  'review',
  'statistics',
  'acknowledgement',
  'calendar',
  'planTemplates',
  'planEditor',
] as const;

export const keysFor = (section: 'refusal' | 'timeline', code: string) => [
  `${section}.${code}`,
  ...FEATURE_CATALOGS.map((feature) => `${feature}.${section}.${code}`),
];

/** The sentence for a refusal or failure returned by a repository. */
export function failureText(error: Failure, t: TFunction): string {
  return t(keysFor('refusal', error.code), { ...describeParams(error.params, t), message: error.message ?? '' });
}

/** The sentence for a timeline or audit entry, wherever its kind is translated. */
export function timelineText(kind: string, params: Record<string, string | number> | undefined, t: TFunction): string {
  return t(keysFor('timeline', kind), describeParams(params, t));
}

/** Runs a write from a screen; anything thrown on the way (not only refusals) becomes a failure to show. */
export async function attempt<T>(write: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await write();
  } catch (error) {
    return fail('storage-failed', undefined, error instanceof Error ? error.message : String(error));
  }
}
