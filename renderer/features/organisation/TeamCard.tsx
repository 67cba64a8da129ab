// One team as the office reads it: lead, members, duties and phone, editable in place.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, Team } from '@shared/model';
import { localized } from '@shared/text';
import { useAppSelector } from '../../store';
import { Panel } from '../../ui/Field';
import { SampleBadge } from './SampleBadge';
import { TeamForm } from './TeamForm';

export function TeamCard({ team, people }: { team: Team; people: Person[] }) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const [editing, setEditing] = useState(false);
  const name = localized(team.name, locale);
  const byId = new Map(people.map((p) => [p.id, p]));
  const lead = team.leadId ? byId.get(team.leadId) : undefined;
  const members = team.memberIds.flatMap((id) => byId.get(id) ?? []);
  return (
    <Panel
      title={name}
      className="org-team"
      actions={
        <span className="panel-actions">
          <SampleBadge sample={team.sample} label={t('organisation.sample')} />
          {!editing ? (
            <button type="button" onClick={() => setEditing(true)}>
              {t('organisation.edit')}
            </button>
          ) : null}
        </span>
      }
    >
      {editing ? (
        <TeamForm team={team} people={people} onDone={() => setEditing(false)} />
      ) : (
        <dl className="team-facts">
          <dt>{t('organisation.lead')}</dt>
          <dd>{lead ? `${lead.name} · ${lead.phone}` : <span className="muted">{t('organisation.none')}</span>}</dd>
          <dt>{t('organisation.members')}</dt>
          <dd>
            {members.length ? (
              members.map((m) => m.name).join(t('common.listSeparator'))
            ) : (
              <span className="muted">{t('organisation.noMembers')}</span>
            )}
          </dd>
          <dt>{t('organisation.duties')}</dt>
          <dd>{localized(team.duties, locale)}</dd>
          <dt>{t('organisation.phone')}</dt>
          <dd className="mono">{team.phone || t('organisation.none')}</dd>
        </dl>
      )}
    </Panel>
  );
}
