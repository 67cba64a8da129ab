// 按小组统计: a year's drills and training per team (shared/drillProgramme.ts programmeByTeam), from the
// year's plan and sessions already read by their indexes.
import { useTranslation } from 'react-i18next';
import { programmeByTeam, type DrillPlanItem, type Training } from '@shared/drillProgramme';
import type { Team } from '@shared/model';
import { useAppSelector } from '../../store';
import { Panel } from '../../ui/Field';
import { teamNamesIn } from './programmeText';

export function ProgrammeStats({
  year,
  teams,
  drills,
  trainings,
}: {
  year: number;
  teams: readonly Team[];
  drills: DrillPlanItem[];
  trainings: Training[];
}) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const rows = programmeByTeam(teams, drills, trainings);
  const title = t('drillProgramme.stats.title', { year });
  return (
    <Panel title={title}>
      <table className="programme-table" aria-label={title}>
        <thead>
          <tr>
            <th>{t('drillProgramme.stats.columns.team')}</th>
            <th className="num">{t('drillProgramme.stats.columns.planned')}</th>
            <th className="num">{t('drillProgramme.stats.columns.held')}</th>
            <th className="num">{t('drillProgramme.stats.columns.present')}</th>
            <th className="num">{t('drillProgramme.stats.columns.absent')}</th>
            <th className="num">{t('drillProgramme.stats.columns.trained')}</th>
            <th className="num">{t('drillProgramme.stats.columns.membersTrained')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.teamId}>
              <th scope="row">{teamNamesIn([row.teamId], teams, locale)}</th>
              <td className="num">{row.planned}</td>
              <td className="num">{row.held}</td>
              <td className="num">{row.present}</td>
              <td className="num">{row.absent}</td>
              <td className="num">{row.trained}</td>
              <td className="num">{t('drillProgramme.stats.ofMembers', { count: row.membersTrained, members: row.members })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
