// Adding or editing one resource of the inventory; every problem is marked on its field.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../ui/useCommand';
import { REFUSAL_FIELDS, RESOURCE_STATUSES, RESOURCE_TYPES, RESOURCE_UNITS, type Resource, type ResourceInput } from '@shared/resources';
import { useConsole } from '../../db/DatabaseContext';
import { saveResource } from '../../db/resources';
import { Field, FormActions } from '../../ui/Field';
import { useWriteContext } from '../session/useWriteContext';
import { FormAlert } from '../../ui/Outcome';

type Form = { [K in keyof ResourceInput]: string };

const formOf = (resource: Resource | null): Form => ({
  type: resource?.type ?? 'communication',
  name: resource?.name ?? '',
  quantity: resource ? String(resource.quantity) : '',
  unit: resource?.unit ?? 'device',
  location: resource?.location ?? '',
  custodianName: resource?.custodian.name ?? '',
  custodianPhone: resource?.custodian.phone ?? '',
  status: resource?.status ?? 'available',
  minimum: resource ? String(resource.minimum) : '0',
  note: resource?.note ?? '',
});

export function ResourceForm({ resource, onDone }: { resource: Resource | null; onDone: (saved: Resource | null) => void }) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const writeContext = useWriteContext();
  const { errors, alert, busy, run } = useCommand(REFUSAL_FIELDS);
  const [form, setForm] = useState<Form>(() => formOf(resource));
  const ref = useRef<HTMLFormElement>(null);
  // The form opens above the table: bring it into view when Edit was clicked further down.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const bind = (key: keyof Form) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value })),
  });
  const title = resource ? t('resources.editTitle', { name: resource.name }) : t('resources.add');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await run(() => saveResource(db, resource?.id ?? null, form as ResourceInput, writeContext()));
    if (saved) onDone(saved);
  }

  return (
    <form ref={ref} className="resource-form" onSubmit={submit} noValidate aria-label={title}>
      <h3 className="wide">{title}</h3>
      <FormAlert text={alert} wide />
      <Field label={t('resources.field.type')} error={errors.type}>
        {(a) => (
          <select {...a} {...bind('type')}>
            {RESOURCE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`resources.type.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('resources.field.name')} error={errors.name}>
        {(a) => <input {...a} {...bind('name')} />}
      </Field>
      <Field label={t('resources.field.quantity')} error={errors.quantity}>
        {(a) => <input {...a} {...bind('quantity')} inputMode="numeric" />}
      </Field>
      <Field label={t('resources.field.unit')} error={errors.unit}>
        {(a) => (
          <select {...a} {...bind('unit')}>
            {RESOURCE_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {t(`resources.unit.${unit}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('resources.field.location')} error={errors.location}>
        {(a) => <input {...a} {...bind('location')} />}
      </Field>
      <Field label={t('resources.field.custodianName')} error={errors.custodianName}>
        {(a) => <input {...a} {...bind('custodianName')} />}
      </Field>
      <Field label={t('resources.field.custodianPhone')} error={errors.custodianPhone}>
        {(a) => <input {...a} {...bind('custodianPhone')} inputMode="tel" />}
      </Field>
      <Field label={t('resources.field.status')} error={errors.status}>
        {(a) => (
          <select {...a} {...bind('status')}>
            {RESOURCE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`resources.status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('resources.field.minimum')} error={errors.minimum}>
        {(a) => <input {...a} {...bind('minimum')} inputMode="numeric" />}
      </Field>
      <Field label={t('resources.field.note')} error={errors.note} wide>
        {(a) => <input {...a} {...bind('note')} />}
      </Field>
      <p className="hint wide">{t('resources.minimumHint')}</p>
      <FormActions busy={busy} submitLabel={t('resources.save')} cancelLabel={t('resources.cancel')} onCancel={() => onDone(null)} />
    </form>
  );
}
