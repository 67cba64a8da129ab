// Adding or editing an outside body on the emergency contact list.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_CATEGORIES, type Contact } from '@shared/command';
import { useConsole } from '../../db/DatabaseContext';
import { saveContact } from '../../db/organisation';
import { Field, FormActions } from '../../ui/Field';
import { useWriteContext } from '../session/useWriteContext';
import { FormAlert } from '../../ui/Outcome';
import { useCommand } from '../../ui/useCommand';

type Form = { category: Contact['category']; organisation: string; name: string; title: string; phones: string; notes: string };

export function ContactForm({ contact, onDone }: { contact: Contact | null; onDone: () => void }) {
  const { t } = useTranslation();
  const { db } = useConsole();
  const writeContext = useWriteContext();
  const { errors, alert, busy, run } = useCommand();
  const [form, setForm] = useState<Form>(() => ({
    category: contact?.category ?? 'other',
    organisation: contact?.organisation ?? '',
    name: contact?.name ?? '',
    title: contact?.title ?? '',
    phones: contact?.phones.join(', ') ?? '',
    notes: contact?.notes ?? '',
  }));
  const text = (key: keyof Form) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value })),
  });
  const title = contact ? t('organisation.contacts.editContact', { name: contact.organisation }) : t('organisation.contacts.add');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { ...form, phones: form.phones.split(/[,，;；、\s]+/) };
    if (await run(() => saveContact(db, contact?.id ?? null, input, writeContext()))) onDone();
  }

  return (
    <form className="org-form contact-form" onSubmit={submit} noValidate aria-label={title}>
      <h3 className="wide">{title}</h3>
      <FormAlert text={alert} />
      <Field label={t('organisation.contacts.categoryLabel')} error={errors.category}>
        {(a) => (
          <select {...a} {...text('category')}>
            {CONTACT_CATEGORIES.filter((c) => c !== 'internal').map((c) => (
              <option key={c} value={c}>
                {t(`organisation.contacts.category.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('organisation.contacts.organisation')} error={errors.organisation}>
        {(a) => <input {...a} {...text('organisation')} />}
      </Field>
      <Field label={t('organisation.contacts.contactName')} error={errors.name}>
        {(a) => <input {...a} {...text('name')} />}
      </Field>
      <Field label={t('organisation.contacts.contactTitle')} error={errors.title}>
        {(a) => <input {...a} {...text('title')} />}
      </Field>
      <Field label={t('organisation.contacts.phones')} error={errors.phones}>
        {(a) => <input {...a} {...text('phones')} inputMode="tel" title={t('organisation.contacts.phonesHint')} />}
      </Field>
      <Field label={t('organisation.contacts.notes')} error={errors.notes}>
        {(a) => <input {...a} {...text('notes')} />}
      </Field>
      <p className="hint wide">{t('organisation.contacts.phonesHint')}</p>
      <FormActions busy={busy} submitLabel={t('organisation.save')} cancelLabel={t('organisation.cancel')} onCancel={onDone} />
    </form>
  );
}
