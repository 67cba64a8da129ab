// 个人记录: the training sessions and drills one person attended, by the multi-entry indexes on attendees.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeople } from '../../db/DatabaseContext';
import { usePersonProgrammeRecord } from '../../db/reads/drillProgramme';
import { useAppSelector } from '../../store';
import { Field, Panel } from '../../ui/Field';
import { titleIn } from './programmeText';

export function PersonRecord() {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const people = usePeople();
  const [personId, setPersonId] = useState('');
  const record = usePersonProgrammeRecord(personId);
  return (
    <Panel title={t('drillProgramme.person.title')}>
      <div className="programme-form programme-person">
        <Field label={t('drillProgramme.person.choose')}>
          {(a) => (
            <select {...a} value={personId} onChange={(e) => setPersonId(e.target.value)}>
              <option value="">{t('drillProgramme.person.choosePrompt')}</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {record ? (
        <div className="programme-record">
          <section aria-label={t('drillProgramme.person.trainings')}>
            <h3>{t('drillProgramme.person.trainings')}</h3>
            {record.trainings.length === 0 ? <p className="muted">{t('drillProgramme.person.noTrainings')}</p> : null}
            <ul>
              {record.trainings.map((training) => (
                <li key={training.id}>
                  {t('drillProgramme.person.training', { day: training.heldOn, topic: training.topic, trainer: training.trainer })}
                </li>
              ))}
            </ul>
          </section>
          <section aria-label={t('drillProgramme.person.drills')}>
            <h3>{t('drillProgramme.person.drills')}</h3>
            {record.drills.length === 0 ? <p className="muted">{t('drillProgramme.person.noDrills')}</p> : null}
            <ul>
              {record.drills.map((drill) => (
                <li key={drill.id}>
                  {t('drillProgramme.person.drill', {
                    day: drill.heldOn ?? drill.plannedFor,
                    scenario: titleIn(drill.scenarioTitle, locale),
                  })}
                </li>
              ))}
            </ul>
          </section>
        </div>
      ) : null}
    </Panel>
  );
}
