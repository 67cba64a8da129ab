// 信访事项 page: register a petition, find one by number or petitioner's name, and the newest a
// page at a time (read through the receivedAt index, never the whole table).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Petition } from '@shared/petitions';
import { maskPhone } from '@shared/privacy';
import { useConsole } from '../../db/DatabaseContext';
import { PETITION_PAGE } from '../../db/petitions';
import { useNewestPetitions, usePetitionSearch } from '../../db/reads/petitions';
import { Panel } from '../../ui/Field';
import { formatDateTime, formatDeadline } from '../../ui/format';
import { PetitionForm } from './PetitionForm';
import './petitions.css';

export function PetitionsPage() {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const [, navigate] = useLocation();
  const [registering, setRegistering] = useState(false);
  const [pages, setPages] = useState(1);
  const [query, setQuery] = useState('');
  const newest = useNewestPetitions(pages);
  const found = usePetitionSearch(query);
  const shown = query.trim() ? found : newest;
  const at = (iso: string) => formatDateTime(iso, plan.utcOffsetMinutes);
  const row = (p: Petition) => (
    <tr key={p.id}>
      <td>
        <Link href={`/petitions/${p.id}`} className="mono">
          {p.number}
        </Link>
      </td>
      <td>
        {p.petitionerName} <span className="muted">{maskPhone(p.petitionerPhone)}</span>
      </td>
      <td>{p.subject}</td>
      <td>{at(p.receivedAt)}</td>
      <td>{t(`petitions.state.${p.state}`)}</td>
      <td>{p.dueAt ? formatDeadline(p.dueAt, plan.utcOffsetMinutes) : t('petitions.none')}</td>
    </tr>
  );

  return (
    <div className="petitions-page">
      <div className="page-header">
        <h1>{t('petitions.page.title')}</h1>
        {registering ? null : (
          <button type="button" className="primary" onClick={() => setRegistering(true)}>
            {t('petitions.register')}
          </button>
        )}
      </div>
      {registering ? (
        <Panel title={t('petitions.register')}>
          <PetitionForm
            onDone={(id) => {
              setRegistering(false);
              if (id) navigate(`/petitions/${id}`);
            }}
          />
        </Panel>
      ) : null}
      <Panel title={t('petitions.page.list')}>
        <label className="petition-search">
          {t('petitions.page.search')}
          <input type="search" value={query} placeholder={t('petitions.page.searchHint')} onChange={(e) => setQuery(e.target.value)} />
        </label>
        {shown && shown.length === 0 ? (
          <p className="muted">{query.trim() ? t('petitions.page.noMatch') : t('petitions.page.empty')}</p>
        ) : null}
        {shown && shown.length > 0 ? (
          <table aria-label={t('petitions.page.list')}>
            <thead>
              <tr>
                <th>{t('petitions.columns.number')}</th>
                <th>{t('petitions.columns.petitioner')}</th>
                <th>{t('petitions.columns.subject')}</th>
                <th>{t('petitions.columns.received')}</th>
                <th>{t('petitions.columns.state')}</th>
                <th>{t('petitions.columns.due')}</th>
              </tr>
            </thead>
            <tbody>{shown.map(row)}</tbody>
          </table>
        ) : null}
        {!query.trim() && newest && newest.length === pages * PETITION_PAGE ? (
          <button type="button" className="more" onClick={() => setPages((n) => n + 1)}>
            {t('petitions.page.more')}
          </button>
        ) : null}
      </Panel>
    </div>
  );
}
