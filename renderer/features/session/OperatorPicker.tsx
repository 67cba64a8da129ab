// 选择当班操作员: who is at this seat; every change is recorded under this person. Each person is
// introduced by their role and the teams they lead, so a team lead finds themselves at a glance.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { teamsLedBy } from '@shared/teamLeads';
import { localized } from '@shared/text';
import { usePeople } from '../../db/DatabaseContext';
import { useAppDispatch, useAppSelector } from '../../store';
import { useTeams } from '../../db/reads/organisation';
import { DrillBanner } from './DrillBanner';
import { LocaleSwitch } from './LocaleSwitch';
import { operatorChosen } from './sessionSlice';

export function OperatorPicker({ onConfirmed }: { onConfirmed: () => void }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const people = usePeople();
  const teams = useTeams();
  const locale = useAppSelector((s) => s.session.locale);
  const remembered = useAppSelector((s) => s.session.operatorId);
  const [chosen, setChosen] = useState<string | null>(remembered);
  const valid = people.some((p) => p.id === chosen);
  return (
    <main className="operator-picker">
      <DrillBanner />
      <div className="operator-card">
        <div className="brand-large">
          <span className="brand-mark" aria-hidden="true" />
          <div>
            <h1>{t('app.title')}</h1>
            <p>{t('app.subtitle')}</p>
          </div>
          <LocaleSwitch />
        </div>
        <h2>{t('operator.title')}</h2>
        <p className="muted">{t('operator.prompt')}</p>
        <div role="radiogroup" aria-label={t('operator.title')} className="operator-list">
          {people.map((person) => (
            <label key={person.id} className={`operator-option${chosen === person.id ? ' selected' : ''}`}>
              <input type="radio" name="operator" value={person.id} checked={chosen === person.id} onChange={() => setChosen(person.id)} />
              <span className="operator-name">{person.name}</span>
              <span className="operator-role">{t(`role.${person.role}`)}</span>
              <span className="operator-title">{person.title}</span>
              {teamsLedBy(person.id, teams).map((team) => (
                <span key={team.id} className="operator-leads">
                  {t(team.kind === 'department' ? 'operator.headsDepartment' : 'operator.leadsTeam', {
                    team: localized(team.name, locale),
                  })}
                </span>
              ))}
              {person.sample ? <span className="badge sample">{t('operator.sample')}</span> : null}
            </label>
          ))}
        </div>
        {people.some((p) => p.sample) ? <p className="hint">{t('operator.sampleHint')}</p> : null}
        <button
          type="button"
          className="primary"
          disabled={!valid}
          onClick={() => {
            if (!chosen) return;
            dispatch(operatorChosen(chosen));
            onConfirmed();
          }}
        >
          {t('operator.confirm')}
        </button>
      </div>
    </main>
  );
}
