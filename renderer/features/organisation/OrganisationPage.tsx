// 组织机构: the leading group, the four working teams, departments and everyone in them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKING_TEAM_CODES } from '@shared/model';
import { usePeople } from '../../db/DatabaseContext';
import { useTeams } from '../../db/reads/organisation';
import { Panel } from '../../ui/Field';
import { AccountsPanel } from './AccountsPanel';
import { AuditPanel } from './AuditPanel';
import { LeadingGroupPanel } from './LeadingGroupPanel';
import { PeoplePanel } from './PeoplePanel';
import { TeamCard } from './TeamCard';
import { TeamForm } from './TeamForm';
import './organisation.css';

export function OrganisationPage() {
  const { t } = useTranslation();
  const people = usePeople();
  const teams = useTeams();
  const [addingDepartment, setAddingDepartment] = useState(false);
  const rank = (code: string) => WORKING_TEAM_CODES.indexOf(code as (typeof WORKING_TEAM_CODES)[number]);
  const workingTeams = teams.filter((team) => team.kind === 'working-team').sort((a, b) => rank(a.code) - rank(b.code));
  const departments = teams.filter((team) => team.kind === 'department').sort((a, b) => a.name.zh.localeCompare(b.name.zh, 'zh-CN'));
  const sample = people.some((p) => p.sample) || teams.some((team) => team.sample);
  return (
    <div className="organisation">
      <div className="page-header">
        <h1>{t('organisation.title')}</h1>
      </div>
      {sample ? <p className="notice warning">{t('organisation.sampleHint')}</p> : null}
      <LeadingGroupPanel team={teams.find((team) => team.kind === 'leading-group')} people={people} />
      <h2 className="org-section">{t('organisation.workingTeams')}</h2>
      <div className="team-grid">
        {workingTeams.map((team) => (
          <TeamCard key={team.id} team={team} people={people} />
        ))}
      </div>
      <Panel
        title={t('organisation.departments')}
        className="departments"
        actions={
          !addingDepartment ? (
            <button type="button" onClick={() => setAddingDepartment(true)}>
              {t('organisation.addDepartment')}
            </button>
          ) : null
        }
      >
        {addingDepartment ? <TeamForm team={null} people={people} onDone={() => setAddingDepartment(false)} /> : null}
        {departments.length === 0 && !addingDepartment ? <p className="muted">{t('organisation.noDepartments')}</p> : null}
        <div className="team-grid">
          {departments.map((team) => (
            <TeamCard key={team.id} team={team} people={people} />
          ))}
        </div>
      </Panel>
      <PeoplePanel people={people} teams={teams} />
      {/* The accounts are the live database's, the same in a rehearsal. */}
      <AccountsPanel />
      <AuditPanel />
    </div>
  );
}
