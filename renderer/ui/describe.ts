// Turns coded values recorded with a timeline entry or a refusal into the operator's words:
// levels as 一级/Level 1, stages, satisfaction, rejection kinds and routes.
import type { TFunction } from 'i18next';
import { fail, type Failure, type Result } from '@shared/result';
import { isTimelineKind } from '@shared/timelineKinds';
import { dataKey, keyIn, type TextKey, say } from '../i18n/keys';

const LEVEL_KEYS = new Set(['level', 'from', 'suggested']);
const FIELD_KEYS = new Set(['satisfaction', 'rejectionKind', 'route']);

export function describeParams(params: Record<string, string | number> | undefined, t: TFunction): Record<string, string | number> {
  const words: Record<string, string | number> = { ...params };
  for (const [key, value] of Object.entries(words)) {
    if (LEVEL_KEYS.has(key)) words[key] = value === 0 ? t('level.none') : say(t, keyIn('level', value));
    else if (FIELD_KEYS.has(key)) words[key] = say(t, keyIn('commandField', value));
    else if (key === 'state') words[key] = t(keyIn('state', value));
    else if (key === 'role') words[key] = t(keyIn('role', value));
  }
  return words;
}

/**
 * Features with their own catalog keep their refusals there (`<feature>.refusal.<code>`); the
 * shared ones come first. Timeline sentences are all under `timeline.<kind>`.
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
  'reports',
  'callBacks',
  'attachments',
  'petitions',
  'archive',
  'resources',
  'review',
  'statistics',
  'acknowledgement',
  'calendar',
  'planTemplates',
  'planEditor',
  'accounts',
  'drillProgramme',
] as const;

/** Where a refusal's sentence may be: the shared catalog first, then each feature's. */
export const keysFor = (section: 'refusal', code: string): TextKey[] => [
  dataKey(`${section}.${code}`),
  ...FEATURE_CATALOGS.map((feature) => dataKey(`${feature}.${section}.${code}`)),
];

/** The sentence for a refusal or failure returned by a repository. */
export function failureText(error: Failure, t: TFunction): string {
  return say(t, keysFor('refusal', error.code), { ...describeParams(error.params, t), message: error.message ?? '' });
}

/**
 * The sentence for a timeline or audit entry: `timeline.<kind>`. A kind written by an older
 * console (restored from its backup) reads as a neutral "entry: <kind>" rather than a raw key.
 */
export function timelineText(kind: string, params: Record<string, string | number> | undefined, t: TFunction): string {
  if (!isTimelineKind(kind)) return t('timeline.otherKind', { kind });
  return say(t, dataKey(`timeline.${kind}`), describeParams(params, t));
}

/** Runs a write from a screen; anything thrown on the way (not only refusals) becomes a failure to show. */
export async function attempt<T>(write: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await write();
  } catch (error) {
    return fail('storage-failed', undefined, error instanceof Error ? error.message : String(error));
  }
}
