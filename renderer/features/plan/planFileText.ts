// How plan files' refusals read: the place of the first problem in the office's words (时限 ›
// 第 3 项), never a raw path, and the problem as a sentence.
import type { TFunction } from 'i18next';
import type { Failure } from '@shared/result';
import { keysFor } from '../../ui/describe';
import { keyIn, say } from '../../i18n/keys';

const NAMED_FIELDS = ['title', 'grades', 'categories', 'channels', 'timeLimits', 'grading', 'standardInstructions', 'document'];

/** `timeLimits.2.amount` → 时限 › 第 3 项 (fields below the item stay out: the item is enough to find). */
export function planPathText(path: string, t: TFunction): string {
  const [field = '', index] = path.split('.');
  const name = NAMED_FIELDS.includes(field) ? say(t, keyIn('planTemplates.path', field)) : t('planTemplates.path.other', { field });
  return index !== undefined && /^\d+$/.test(index) ? `${name} › ${t('planTemplates.path.item', { n: Number(index) + 1 })}` : name;
}

/** The sentence for a refusal of the draft-plan repository or the host. */
export function planFailureText(error: Failure, t: TFunction): string {
  const params = { ...error.params, message: error.message ?? '' };
  if (error.code === 'plan-invalid' || error.code === 'plan-inconsistent') {
    const where = planPathText(String(error.params?.path ?? ''), t);
    const problem = t(keyIn('planTemplates.problem', String(error.params?.problem ?? '')), { code: error.params?.code ?? '' });
    return say(t, keyIn('planTemplates.refusal', error.code), { where, problem });
  }
  return say(t, [keyIn('planTemplates.refusal', error.code), ...keysFor('refusal', error.code)], params);
}
