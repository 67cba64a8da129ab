// 领导小组: the leader (组长), deputies (副组长) and members (成员) by their role, with the group's
// duties and phone.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, Team } from '@shared/model';
import { localized } from '@shared/text';
import { useAppSelector } from '../../store';
import { Panel } from '../../ui/Field';
import { SampleBadge } from './SampleBadge';
import { TeamForm } from './TeamForm';

const GROUP_ROLES = ['leader', 'deputy', 'member'] as const;

export function LeadingGroupPanel({ team, people }: { team: Team | undefined; people: Person[] }) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const [editing, setEditing] = useState(false);
  return (
    <Panel
      title={t('organisation.leadingGroup')}
      className="leading-group"
      actions={
        team && !editing ? (
          <span className="panel-actions">
            <SampleBadge sample={team.sample} label={t('organisation.sample')} />
            <button type="button" onClick={() => setEditing(true)}>
              {t('organisation.editDuties')}
            </button>
          </span>
        ) : null
      }
    >
      <div className="leading-roles">
        {GROUP_ROLES.map((role) => (
          <div key={role} className="leading-role">
            <h3>{t(`role.${role}`)}</h3>
            <ul className="person-list">
              {people
                .filter((p) => p.role === role)
                .map((p) => (
                  <li key={p.id}>
                    <strong>{p.name}</strong> <span className="muted small">{p.title}</span> <span className="mono small">{p.phone}</span>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </div>
      {team && editing ? <TeamForm team={team} people={people} dutiesOnly onDone={() => setEditing(false)} /> : null}
      {team && !editing ? (
        <dl className="team-facts">
          <dt>{t('organisation.duties')}</dt>
          <dd>{localized(team.duties, locale)}</dd>
          <dt>{t('organisation.phone')}</dt>
          <dd className="mono">{team.phone || t('organisation.none')}</dd>
        </dl>
      ) : null}
    </Panel>
  );
}
