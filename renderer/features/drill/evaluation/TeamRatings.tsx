// The rating of each team over the actions it was expected to take.
import { useTranslation } from 'react-i18next';
import type { TeamEvaluation } from '@shared/drillEvaluation';
import { Panel } from '../../../ui/Field';
import { useTeamName } from '../useDrill';
import { RatingBadge } from './RatingBadge';
import { TallyCells, TallyHead } from './TallyColumns';

export function TeamRatings({ teams }: { teams: readonly TeamEvaluation[] }) {
  const { t } = useTranslation();
  const teamName = useTeamName();
  return (
    <Panel title={t('drill.evaluation.teams')}>
      <table className="drill-table ratings" aria-label={t('drill.evaluation.teams')}>
        <thead>
          <tr>
            <th>{t('drill.evaluation.col.team')}</th>
            <TallyHead />
            <th>{t('drill.evaluation.col.rating')}</th>
          </tr>
        </thead>
        <tbody>
          {teams.map((team) => (
            <tr key={team.team}>
              <th scope="row">{teamName(team.team)}</th>
              <TallyCells tally={team.tally} />
              <td>
                <RatingBadge rating={team.rating} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
