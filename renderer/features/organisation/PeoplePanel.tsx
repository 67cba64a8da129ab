// 人员名单: everyone in the organisation, with their teams; add, edit and remove.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, Team } from '@shared/model';
import { localized } from '@shared/text';
import { useAppSelector } from '../../store';
import { Panel } from '../../ui/Field';
import { SampleBadge } from './SampleBadge';
import { PersonForm } from './PersonForm';
import { RemovePerson } from './RemovePerson';

type Editing = { kind: 'add' } | { kind: 'edit'; person: Person } | { kind: 'remove'; person: Person } | null;

export function PeoplePanel({ people, teams }: { people: Person[]; teams: Team[] }) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const teamsOf = (id: string) =>
    teams
      .filter((team) => team.kind !== 'task-force' && (team.memberIds.includes(id) || team.leadId === id))
      .map((team) => localized(team.name, locale))
      .join(t('common.listSeparator'));
  return (
    <Panel
      title={t('organisation.people')}
      className="people-panel"
      actions={
        <button type="button" onClick={() => setEditing({ kind: 'add' })}>
          {t('organisation.addPerson')}
        </button>
      }
    >
      {notice ? (
        <div className="notice success" role="status">
          {notice}
        </div>
      ) : null}
      {editing?.kind === 'add' ? <PersonForm person={null} onDone={() => setEditing(null)} /> : null}
      {editing?.kind === 'edit' ? <PersonForm key={editing.person.id} person={editing.person} onDone={() => setEditing(null)} /> : null}
      {editing?.kind === 'remove' ? (
        <RemovePerson
          key={editing.person.id}
          person={editing.person}
          people={people}
          onDone={(removed) => {
            if (removed) setNotice(t('organisation.removed', { name: editing.person.name }));
            setEditing(null);
          }}
        />
      ) : null}
      <table className="org-table">
        <thead>
          <tr>
            <th>{t('organisation.name')}</th>
            <th>{t('organisation.role')}</th>
            <th>{t('organisation.personTitle')}</th>
            <th>{t('organisation.department')}</th>
            <th>{t('organisation.teams')}</th>
            <th>{t('organisation.phone')}</th>
            <th>{t('organisation.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <td>
                {p.name} <SampleBadge sample={p.sample} label={t('organisation.sample')} />
              </td>
              <td>{t(`role.${p.role}`)}</td>
              <td>{p.title}</td>
              <td>{p.department}</td>
              <td>{teamsOf(p.id)}</td>
              <td className="mono">{p.phone}</td>
              <td className="row-actions">
                <button type="button" className="link" onClick={() => setEditing({ kind: 'edit', person: p })}>
                  {t('organisation.edit')}
                </button>
                <button type="button" className="link danger-link" onClick={() => setEditing({ kind: 'remove', person: p })}>
                  {t('organisation.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
