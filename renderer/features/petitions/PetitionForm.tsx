// 登记信访事项: the petitioner's facts (name, phone, ID number, address), how it came in, what it is
// about and what they ask for, and when it was received.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PETITION_CHANNELS } from '@shared/petitions';
import type { PetitionInput } from '@shared/petitionCommands';
import { toPlanLocalInput } from '@shared/time';
import { useConsole } from '../../db/DatabaseContext';
import { registerPetition } from '../../db/petitions';
import { Field, FormActions } from '../../ui/Field';
import { FormAlert } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';
import { useWriteContext } from '../session/useWriteContext';

export function PetitionForm({ onDone }: { onDone: (id: string | null) => void }) {
  const { t } = useTranslation();
  const { db, plan, now } = useConsole();
  const writeContext = useWriteContext();
  const [form, setForm] = useState<PetitionInput>(() => ({
    name: '',
    phone: '',
    idNumber: '',
    address: '',
    channel: '',
    subject: '',
    content: '',
    request: '',
    receivedAt: toPlanLocalInput(now(), plan.utcOffsetMinutes),
  }));
  const { errors, alert, busy, run } = useCommand({}, { validationSentence: 'petitions.fixFields' });
  const set = (patch: Partial<PetitionInput>) => setForm((f) => ({ ...f, ...patch }));
  const text = (name: keyof PetitionInput, wide = false) => (
    <Field label={t(`petitions.field.${name}`)} error={errors[name]} wide={wide}>
      {(a) => <input {...a} value={form[name]} onChange={(e) => set({ [name]: e.target.value })} />}
    </Field>
  );
  const prose = (name: keyof PetitionInput) => (
    <Field label={t(`petitions.field.${name}`)} error={errors[name]} wide>
      {(a) => <textarea {...a} rows={3} value={form[name]} onChange={(e) => set({ [name]: e.target.value })} />}
    </Field>
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await run(() => registerPetition(db, form, writeContext()));
    if (saved) onDone(saved.id);
  }

  return (
    <form className="petition-form" aria-label={t('petitions.register')} onSubmit={submit} noValidate>
      {text('name')}
      {text('phone')}
      {text('idNumber')}
      {text('address')}
      <Field label={t('petitions.field.channel')} error={errors.channel}>
        {(a) => (
          <select {...a} value={form.channel} onChange={(e) => set({ channel: e.target.value })}>
            <option value="">{t('petitions.choose')}</option>
            {PETITION_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`petitions.channel.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('petitions.field.receivedAt')} error={errors.receivedAt}>
        {(a) => <input type="datetime-local" {...a} value={form.receivedAt} onChange={(e) => set({ receivedAt: e.target.value })} />}
      </Field>
      {text('subject', true)}
      {prose('content')}
      {prose('request')}
      <FormAlert text={alert} wide />
      <FormActions busy={busy} submitLabel={t('petitions.save')} cancelLabel={t('petitions.cancel')} onCancel={() => onDone(null)} />
    </form>
  );
}
