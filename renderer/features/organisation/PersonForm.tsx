// Adding or editing a person: name, role in the leading group, title, department, phone.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Person } from '@shared/model';
import { useConsole } from '../../db/DatabaseContext';
import { savePerson, type PersonInput } from '../../db/organisation';
import { Field, FormActions } from '../../ui/Field';
import { useWriteContext } from '../session/useWriteContext';
import { FormAlert } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';

export function PersonForm({ person, onDone }: { person: Person | null; onDone: () => void }) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const writeContext = useWriteContext();
  const { errors, alert, busy, run } = useCommand();
  const [form, setForm] = useState<PersonInput>(() => ({
    name: person?.name ?? '',
    role: person?.role ?? 'staff',
    title: person?.title ?? '',
    phone: person?.phone ?? '',
    department: person?.department ?? '',
  }));
  const text = (key: keyof PersonInput) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value })),
  });
  const title = person ? t('organisation.editPerson', { name: person.name }) : t('organisation.addPerson');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await run(() => savePerson(db, person?.id ?? null, form, writeContext()))) onDone();
  }

  return (
    <form className="org-form" onSubmit={submit} noValidate aria-label={title}>
      <h3 className="wide">{title}</h3>
      <FormAlert text={alert} />
      <Field label={t('organisation.name')} error={errors.name}>
        {(a) => <input {...a} {...text('name')} autoComplete="off" />}
      </Field>
      <Field label={t('organisation.role')} error={errors.role}>
        {(a) => (
          <select {...a} {...text('role')}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('organisation.personTitle')} error={errors.title}>
        {(a) => <input {...a} {...text('title')} />}
      </Field>
      <Field label={t('organisation.department')} error={errors.department}>
        {(a) => <input {...a} {...text('department')} />}
      </Field>
      <Field label={t('organisation.phone')} error={errors.phone}>
        {(a) => <input {...a} {...text('phone')} inputMode="tel" autoComplete="off" />}
      </Field>
      <FormActions busy={busy} submitLabel={t('organisation.save')} cancelLabel={t('organisation.cancel')} onCancel={onDone} />
    </form>
  );
}
