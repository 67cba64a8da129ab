// 列入计划: a scenario of the library, a day in the year shown, the teams taking part and who organises.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_SCENARIOS } from '@shared/scenarios';
import type { Team } from '@shared/model';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { planDrill } from '../../db/drillProgramme';
import { dataKey, say } from '../../i18n/keys';
import { useAppSelector } from '../../store';
import { Field } from '../../ui/Field';
import { FormMessage } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';
import { teamNamesIn, titleIn } from './programmeText';

type Form = { scenarioId: string; plannedFor: string; teamIds: string[]; organiserId: string };
const EMPTY: Form = { scenarioId: '', plannedFor: '', teamIds: [], organiserId: '' };

export function PlanDrillForm({ year, teams }: { year: number; teams: readonly Team[] }) {
  const { t } = useTranslation();
  const locale = useAppSelector((s) => s.session.locale);
  const { db } = useConsole();
  const people = usePeople();
  const writeContext = useWriteContext();
  const [form, setForm] = useState<Form>(EMPTY);
  const { errors, message, busy, run } = useCommand({}, { validationSentence: 'drillProgramme.plan.fixFields' });
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const scenario = BUILT_IN_SCENARIOS.find((s) => s.id === form.scenarioId);
    const saved = await run(
      () =>
        planDrill(
          db,
          {
            year,
            scenario: scenario ? { id: scenario.id, title: scenario.title } : null,
            plannedFor: form.plannedFor,
            teamIds: form.teamIds,
            organiserId: form.organiserId,
          },
          writeContext(),
        ),
      (item, tr) => tr('drillProgramme.plan.added', { scenario: titleIn(item.scenarioTitle, locale), day: item.plannedFor }),
    );
    if (saved) setForm(EMPTY);
  }

  return (
    <form className="programme-form" aria-label={t('drillProgramme.plan.add')} onSubmit={submit} noValidate>
      <Field label={t('drillProgramme.plan.scenario')} error={errors.scenario}>
        {(a) => (
          <select {...a} value={form.scenarioId} onChange={(e) => set({ scenarioId: e.target.value })}>
            <option value="">{t('drillProgramme.plan.chooseScenario')}</option>
            {BUILT_IN_SCENARIOS.map((s) => (
              <option key={s.id} value={s.id}>
                {titleIn(s.title, locale)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('drillProgramme.plan.plannedFor')} error={errors.plannedFor}>
        {(a) => (
          <input
            type="date"
            {...a}
            min={`${year}-01-01`}
            max={`${year}-12-31`}
            value={form.plannedFor}
            onChange={(e) => set({ plannedFor: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('drillProgramme.plan.organiser')} error={errors.organiserId}>
        {(a) => (
          <select {...a} value={form.organiserId} onChange={(e) => set({ organiserId: e.target.value })}>
            <option value="">{t('drillProgramme.plan.noOrganiser')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="programme-choices wide" aria-invalid={Boolean(errors.teamIds)}>
        <legend>{t('drillProgramme.plan.teams')}</legend>
        {teams.map((team) => (
          <label key={team.id} className="check">
            <input
              type="checkbox"
              checked={form.teamIds.includes(team.id)}
              onChange={(e) =>
                set({ teamIds: e.target.checked ? [...form.teamIds, team.id] : form.teamIds.filter((id) => id !== team.id) })
              }
            />
            {teamNamesIn([team.id], teams, locale)}
          </label>
        ))}
        {errors.teamIds ? (
          <div className="field-error" role="alert">
            {say(t, dataKey(errors.teamIds))}
          </div>
        ) : null}
      </fieldset>
      <FormMessage message={message} wide />
      <div className="form-actions wide">
        <button type="submit" className="primary" disabled={busy}>
          {t('drillProgramme.plan.add')}
        </button>
      </div>
    </form>
  );
}
