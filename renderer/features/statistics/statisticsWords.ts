// The words a statistics table is written in: codes and ids become names in the language asked
// for (the screen's on the page, Chinese in the CSV file).
import type { TFunction } from 'i18next';
import type { Person, Team } from '@shared/model';
import type { Plan } from '@shared/plan';
import type { StatisticsWords } from '@shared/statistics';
import { lastDayOf } from '@shared/statistics';
import { localized, type Locale } from '@shared/text';

type Named = { code: string; name: { zh: string; en?: string } };

export function statisticsWords(
  t: TFunction,
  locale: Locale,
  plan: Plan,
  teams: readonly Team[],
  people: readonly Person[],
): StatisticsWords {
  const nameIn = (items: readonly Named[], code: string) => {
    const item = items.find((i) => i.code === code);
    return item ? localized(item.name, locale) : code;
  };
  return {
    category: (code) => nameIn(plan.categories, code),
    channel: (code) => nameIn(plan.channels, code),
    level: (level) => t(`level.${level}`),
    stage: (stage) => t(`clock.stage.${stage}`),
    satisfaction: (result) => t(`statistics.satisfaction.${result}`),
    team: (teamId) => {
      if (teamId === null) return t('statistics.team.person');
      const team = teams.find((candidate) => candidate.id === teamId);
      return team ? localized(team.name, locale) : t('statistics.team.unknown');
    },
    place: (place) => place || t('statistics.place.none'),
    // A measure's owner may be kept as a person's id or typed as a name.
    person: (owner) => people.find((p) => p.id === owner)?.name ?? owner,
    bucket: (bucket, unit) => {
      if (unit === 'day') return bucket.start;
      if (unit === 'month') return bucket.start.slice(0, 7);
      return t('statistics.bucket.range', { from: bucket.start, to: lastDayOf({ from: bucket.start, to: bucket.end }) });
    },
    numbers: (numbers) => numbers.join(t('statistics.listSeparator')),
  };
}

/** The short label under a bar of the trend: 11-05 for a day or a week starting then, 2026-11 for a month. */
export function bucketAxisLabel(start: string, unit: 'day' | 'week' | 'month'): string {
  return unit === 'month' ? start.slice(0, 7) : start.slice(5);
}
