// How the evaluation report puts the model's figures into words: drill minutes as T+分钟, real
// instants in the plan's zone, ratings, teams and outcomes from the drill catalog.
import { useTranslation } from 'react-i18next';
import type { DrillRating } from '@shared/drillEvaluation';
import type { Timing } from '@shared/drillReport';
import type { TeamCode } from '@shared/scenario';
import { localized, type LocalizedText } from '@shared/text';
import { toIsoWithOffset } from '@shared/time';
import { useConsole } from '../../../db/DatabaseContext';
import { useAppSelector } from '../../../store';
import { useTeamName } from '../useDrill';

// A tenth of a minute at most, and no ".0": 12, 6.5 — the same words as the drill screens.
import { minutesText } from '../drillText';
export { minutesText };

export function useReportText() {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const teamName = useTeamName();
  const iso = (ms: number) => toIsoWithOffset(ms, plan.utcOffsetMinutes);
  return {
    t,
    locale,
    text: (value: LocalizedText) => localized(value, locale),
    tPlus: (minutes: number) => t('drill.tPlus', { minutes: minutesText(minutes) }),
    minutes: (minutes: number) => t('drillReport.minutes', { minutes: minutesText(minutes) }),
    /** A real instant to the second: at 10× several things happen within one real minute. */
    clock: (ms: number) => iso(ms).slice(11, 19),
    date: (ms: number) => iso(ms).slice(0, 10),
    dateTime: (ms: number) => iso(ms).slice(0, 16).replace('T', ' '),
    rating: (rating: DrillRating | null) => (rating ? t(`drill.rating.${rating}`) : t('drill.rating.none')),
    shortRating: (rating: DrillRating | null) => (rating ? t(`drill.rating.short.${rating}`) : t('drillReport.none')),
    /** As the organisation names its teams. */
    team: (team: TeamCode) => teamName(team),
    list: (names: readonly string[]) => (names.length ? names.join(t('common.listSeparator')) : t('drillReport.none')),
    /** One run's timing of an action in the comparison: minutes after the inject, or why there are none. */
    timing: (timing: Timing | null) => {
      if (timing === null) return t('drillReport.comparison.notInScenario');
      if (timing.minutesAfterInject !== null) return t('drillReport.minutes', { minutes: minutesText(timing.minutesAfterInject) });
      const status = timing.status === 'on-time' || timing.status === 'late' ? 'missing' : timing.status;
      return t(`drillReport.comparison.status.${status}`);
    },
  };
}

export type ReportText = ReturnType<typeof useReportText>;
