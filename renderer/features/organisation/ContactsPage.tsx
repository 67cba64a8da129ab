// 应急联系名单: internal people and outside bodies, searchable and printable on one A4 page.
// Internal numbers are the office's own working numbers, not complainant data: shown in full.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_CATEGORIES, type Contact } from '@shared/command';
import { localized } from '@shared/text';
import { useConsole, usePeople } from '../../db/DatabaseContext';
import { useContacts, useTeams } from '../../db/reads/organisation';
import { removeContact } from '../../db/organisation';
import { useAppSelector } from '../../store';
import { formatDateTime } from '../../ui/format';
import { usePrintToPdf } from '../print/usePrintToPdf';
import { useWriteContext } from '../session/useWriteContext';
import { SampleBadge } from './SampleBadge';
import { FormAlert } from '../../ui/Outcome';
import { ContactForm } from './ContactForm';
import { useCommand } from '../../ui/useCommand';
import './organisation.css';

const matches = (query: string, ...fields: string[]) => fields.some((f) => f.toLowerCase().includes(query));

export function ContactsPage() {
  const { t } = useTranslation();
  const { db, plan, now } = useConsole();
  const locale = useAppSelector((s) => s.session.locale);
  const people = usePeople();
  const teams = useTeams();
  const contacts = useContacts();
  const writeContext = useWriteContext();
  const { alert, run } = useCommand();
  // Through the host, so Electron makes an A4 PDF with the same running header as any print.
  const { print, printing, failure: printFailure } = usePrintToPdf();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<{ contact: Contact | null } | null>(null);
  const q = query.trim().toLowerCase();
  const category = (c: Contact['category']) => t(`organisation.contacts.category.${c}`);
  const teamsOf = (id: string) =>
    teams
      .filter((team) => team.kind !== 'task-force' && (team.memberIds.includes(id) || team.leadId === id))
      .map((team) => localized(team.name, locale));
  const internal = people.filter((p) => !q || matches(q, p.name, p.title, p.department, p.phone, category('internal'), ...teamsOf(p.id)));
  const external = contacts
    .filter((c) => !q || matches(q, c.organisation, c.name, c.title, c.notes, category(c.category), ...c.phones))
    .sort((a, b) => CONTACT_CATEGORIES.indexOf(a.category) - CONTACT_CATEGORIES.indexOf(b.category));

  return (
    <div className="contacts">
      <div className="page-header">
        <h1>{t('organisation.contacts.title')}</h1>
        <span className="print-only small">
          {t('organisation.contacts.printedAt', { at: formatDateTime(now(), plan.utcOffsetMinutes) })}
        </span>
        <div className="toolbar">
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-label={t('organisation.contacts.search')}
            placeholder={t('organisation.contacts.search')}
          />
          <button type="button" onClick={() => setEditing({ contact: null })}>
            {t('organisation.contacts.add')}
          </button>
          <button type="button" className="primary" disabled={printing} onClick={() => void print(t('print.contactsFileName'))}>
            {printing ? t('print.printing') : t('organisation.contacts.print')}
          </button>
        </div>
      </div>
      <FormAlert text={alert ?? printFailure} />
      {editing ? <ContactForm key={editing.contact?.id ?? 'new'} contact={editing.contact} onDone={() => setEditing(null)} /> : null}
      <p className="muted small no-print">{t('organisation.contacts.count', { internal: internal.length, external: external.length })}</p>
      {internal.length === 0 && external.length === 0 ? <p className="empty">{t('organisation.contacts.noMatch')}</p> : null}
      <div className="contact-sheet">
        <section aria-label={t('organisation.contacts.internal')}>
          <h2>{t('organisation.contacts.internal')}</h2>
          <table className="org-table contact-table">
            <thead>
              <tr>
                <th>{t('organisation.name')}</th>
                <th>{t('organisation.personTitle')}</th>
                <th>{t('organisation.contacts.team')}</th>
                <th>{t('organisation.phone')}</th>
              </tr>
            </thead>
            <tbody>
              {internal.map((p) => (
                <tr key={p.id}>
                  <td>{p.name}</td>
                  <td>{p.title}</td>
                  <td>{[...teamsOf(p.id), ...(p.department ? [p.department] : [])].join(t('common.listSeparator'))}</td>
                  <td className="mono">{p.phone}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-label={t('organisation.contacts.external')}>
          <h2>{t('organisation.contacts.external')}</h2>
          <table className="org-table contact-table">
            <thead>
              <tr>
                <th>{t('organisation.contacts.categoryLabel')}</th>
                <th>{t('organisation.contacts.organisation')}</th>
                <th>{t('organisation.contacts.contactName')}</th>
                <th>{t('organisation.phone')}</th>
                <th>{t('organisation.contacts.notes')}</th>
                <th className="no-print">{t('organisation.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {external.map((c) => (
                <tr key={c.id}>
                  <td>{category(c.category)}</td>
                  <td>
                    {c.organisation} <SampleBadge sample={c.sample} label={t('organisation.sample')} />
                  </td>
                  <td>{[c.name, c.title].filter(Boolean).join(' · ')}</td>
                  <td className="mono">{c.phones.join(' / ')}</td>
                  <td>{c.notes}</td>
                  <td className="row-actions no-print">
                    <button type="button" className="link" onClick={() => setEditing({ contact: c })}>
                      {t('organisation.edit')}
                    </button>
                    <button
                      type="button"
                      className="link danger-link"
                      onClick={() => void run(() => removeContact(db, c.id, writeContext()))}
                    >
                      {t('organisation.contacts.removeContact')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </div>
  );
}
