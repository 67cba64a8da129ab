// How an instruction reads on screen: its receiver's name, its content in the operator's language
// (a standard instruction unchanged since issue has the plan's English wording), and refusals.
import type { TFunction } from 'i18next';
import type { Instruction } from '@shared/command';
import type { Person, Team } from '@shared/model';
import type { Plan } from '@shared/plan';
import type { Failure } from '@shared/result';
import { localized, type Locale } from '@shared/text';
import { failureText } from '../../ui/describe';
import { keyIn, say } from '../../i18n/keys';

// The printed incident summary still takes the teams from here.
export { useTeams } from '../../db/reads/organisation';

export function receiverName(
  instruction: Pick<Instruction, 'teamId' | 'assigneeId'>,
  teams: Team[],
  people: Person[],
  locale: Locale,
): string {
  const team = teams.find((t) => t.id === instruction.teamId);
  const person = people.find((p) => p.id === instruction.assigneeId);
  return [team && localized(team.name, locale), person?.name].filter(Boolean).join(' · ');
}

export function contentOf(instruction: Instruction, plan: Plan, locale: Locale): string {
  const standard = plan.standardInstructions.find((s) => s.code === instruction.standardCode);
  return standard && standard.content.zh === instruction.content ? localized(standard.content, locale) : instruction.content;
}

/** Instruction refusals have their own sentences; anything else (storage, incident) reads as elsewhere. */
export function instructionFailureText(error: Failure, t: TFunction): string {
  const key = keyIn('instructions.refusal', error.code);
  if (!t(key, { defaultValue: '' })) return failureText(error, t);
  const params = { ...error.params };
  if (typeof params.state === 'string') params.state = t(keyIn('instructions.state', params.state));
  return say(t, key, params);
}
