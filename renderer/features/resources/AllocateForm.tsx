// 调配资源: choose a resource (its available count shown), how many, and when it is due back.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../ui/useCommand';
import type { AllocationInput, Allocation, ResourceStanding } from '@shared/resources';
import { useConsole } from '../../db/DatabaseContext';
import { allocateResource } from '../../db/resources';
import { Field, FormActions } from '../../ui/Field';
import { useWriteContext } from '../session/useWriteContext';
import { resourceWords } from './useInventory';
import { FormAlert } from '../../ui/Outcome';

type Props = { incidentId: string; standings: ResourceStanding[]; onDone: (made: Allocation | null) => void };

export function AllocateForm({ incidentId, standings, onDone }: Props) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const writeContext = useWriteContext();
  const { errors, alert, busy, run } = useCommand();
  const words = resourceWords(t);
  const [form, setForm] = useState<AllocationInput>({ resourceId: '', quantity: '1', expectedReturnAt: '', note: '' });
  const bind = (key: keyof AllocationInput) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value })),
  });
  // Retired resources are out of the plan; those under maintenance are shown, but cannot be chosen.
  const choices = standings.filter((s) => s.resource.status !== 'retired');
  const label = (s: ResourceStanding) =>
    s.resource.status === 'available'
      ? t('resources.panel.option', {
          type: words.type(s.resource),
          name: s.resource.name,
          available: s.available,
          quantity: s.resource.quantity,
          unit: words.unit(s.resource),
        })
      : t('resources.panel.optionBlocked', { type: words.type(s.resource), name: s.resource.name, status: words.status(s.resource) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const made = await run(() => allocateResource(db, incidentId, form, writeContext()));
    if (made) onDone(made);
  }

  return (
    <form className="resource-form allocate-form" onSubmit={submit} noValidate aria-label={t('resources.panel.allocate')}>
      <FormAlert text={alert} wide />
      <Field label={t('resources.panel.resource')} error={errors.resourceId} wide>
        {(a) => (
          <select {...a} {...bind('resourceId')}>
            <option value="">{t('resources.panel.choose')}</option>
            {choices.map((s) => (
              <option key={s.resource.id} value={s.resource.id} disabled={s.resource.status !== 'available'}>
                {label(s)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('resources.panel.quantity')} error={errors.quantity}>
        {(a) => <input {...a} {...bind('quantity')} inputMode="numeric" />}
      </Field>
      <Field label={t('resources.panel.expectedReturn')} error={errors.expectedReturnAt}>
        {(a) => <input type="datetime-local" {...a} {...bind('expectedReturnAt')} />}
      </Field>
      <Field label={t('resources.panel.note')} error={errors.note} wide>
        {(a) => <input {...a} {...bind('note')} />}
      </Field>
      <FormActions
        busy={busy}
        submitLabel={t('resources.panel.submit')}
        cancelLabel={t('resources.cancel')}
        onCancel={() => onDone(null)}
      />
    </form>
  );
}
