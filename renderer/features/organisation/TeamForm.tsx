// Editing a team: lead, members, duties and phone; with no team, adding a department.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonOptions } from '../../ui/PersonOptions';
import type { Person, Team } from '@shared/model';
import { localized } from '@shared/text';
import { useConsole } from '../../db/DatabaseContext';
import { saveTeam, type TeamInput } from '../../db/organisation';
import { useAppSelector } from '../../store';
import { Field, FormActions } from '../../ui/Field';
import { useWriteContext } from '../session/useWriteContext';
import { FormAlert } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';

type Props = { team: Team | null; people: Person[]; onDone: () => void; dutiesOnly?: boolean };

export function TeamForm({ team, people, onDone, dutiesOnly }: Props) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const writeContext = useWriteContext();
  const { errors, alert, busy, run } = useCommand();
  const [form, setForm] = useState<TeamInput>(() => ({
    name: '',
    duties: team ? localized(team.duties, 'zh-CN') : '',
    leadId: team?.leadId ?? '',
    memberIds: team?.memberIds ?? [],
    phone: team?.phone ?? '',
  }));
  const set = <K extends keyof TeamInput>(key: K, value: TeamInput[K]) => setForm((f) => ({ ...f, [key]: value }));
  const toggle = (id: string, on: boolean) => set('memberIds', on ? [...form.memberIds, id] : form.memberIds.filter((m) => m !== id));
  const title = team ? t('organisation.editTeam', { team: localized(team.name, locale) }) : t('organisation.addDepartment');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => saveTeam(db, team?.id ?? null, form, writeContext()))) onDone();
  }

  return (
    <form className="org-form" onSubmit={submit} noValidate aria-label={title}>
      <FormAlert text={alert} />
      {!team ? (
        <Field label={t('organisation.departmentName')} error={errors.name}>
          {(a) => <input {...a} value={form.name} onChange={(e) => set('name', e.target.value)} />}
        </Field>
      ) : null}
      {!dutiesOnly ? (
        <>
          <Field label={t('organisation.lead')} error={errors.leadId}>
            {(a) => (
              <select {...a} value={form.leadId} onChange={(e) => set('leadId', e.target.value)}>
                <PersonOptions people={people} emptyLabel={t('organisation.none')} />
              </select>
            )}
          </Field>
          <fieldset className="member-picks wide">
            <legend>{t('organisation.members')}</legend>
            <p className="hint">{t('organisation.membersHint')}</p>
            {people.map((p) => (
              <label key={p.id} className="check">
                <input type="checkbox" checked={form.memberIds.includes(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />
                {p.name}
                <span className="muted small">{p.title}</span>
              </label>
            ))}
          </fieldset>
        </>
      ) : null}
      <Field label={t('organisation.duties')} error={errors.duties} wide>
        {(a) => <textarea rows={3} {...a} value={form.duties} onChange={(e) => set('duties', e.target.value)} />}
      </Field>
      <Field label={t('organisation.phone')} error={errors.phone}>
        {(a) => <input {...a} inputMode="tel" value={form.phone} onChange={(e) => set('phone', e.target.value)} />}
      </Field>
      <FormActions busy={busy} submitLabel={t('organisation.save')} cancelLabel={t('organisation.cancel')} onCancel={onDone} />
    </form>
  );
}
