// Words the drill-programme screens share: a scenario's title and a team's name in the reader's language.
import { localized, type LocalizedText, type Locale } from '@shared/text';
import type { Team } from '@shared/model';

export const titleIn = (text: LocalizedText, locale: Locale) => localized(text, locale);

export const teamNamesIn = (ids: readonly string[], teams: readonly Team[], locale: Locale): string =>
  ids
    .map((id) => teams.find((team) => team.id === id))
    .filter((team): team is Team => team !== undefined)
    .map((team) => localized(team.name, locale))
    .join(locale === 'en' ? ', ' : '、');
