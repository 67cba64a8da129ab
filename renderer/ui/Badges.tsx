// Level, stage and clock badges. Colours follow the national scheme for levels.
import { useTranslation } from 'react-i18next';
import type { ClockStatus } from '@shared/deadlines';
import { NATIONAL_COLOURS, type Grade, type Level } from '@shared/plan';
import type { WorkflowState } from '@shared/workflow';

export function levelColour(level: Level | null, grades: Grade[]): string {
  const grade = grades.find((g) => g.level === level);
  return grade ? NATIONAL_COLOURS[grade.nationalLevels[0]!] : 'grey';
}

export function LevelBadge({ level, grades }: { level: Level | null; grades: Grade[] }) {
  const { t } = useTranslation();
  return (
    <span className={`badge level level-${levelColour(level, grades)}`}>{level === null ? t('level.none') : t(`level.${level}`)}</span>
  );
}

export function StateBadge({ state }: { state: WorkflowState }) {
  const { t } = useTranslation();
  return <span className={`badge state state-${state}`}>{t(`state.${state}`)}</span>;
}

export function ClockBadge({ status }: { status: ClockStatus }) {
  const { t } = useTranslation();
  return <span className={`badge clock clock-${status}`}>{t(`clock.status.${status}`)}</span>;
}
