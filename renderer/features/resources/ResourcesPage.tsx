// 应急资源: the inventory with what is available now, shortages and items not returned, filters,
// the add/edit form and each resource's allocations.
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../ui/useCommand';
import { byAttention, matchesResourceFilter, RESOURCE_FLAGS, RESOURCE_TYPES, type Resource, type ResourceFilter } from '@shared/resources';
import { useConsole } from '../../db/DatabaseContext';
import { loadSampleResources } from '../../db/resources';
import { useWriteContext } from '../session/useWriteContext';
import { ResourceAllocations } from './ResourceAllocations';
import { ResourceFlags } from './ResourceFlags';
import { ResourceForm } from './ResourceForm';
import { resourceWords, useInventory } from './useInventory';
import './resources.css';
import { FormAlert } from '../../ui/Outcome';

export function ResourcesPage() {
  const { t } = useTranslation();
  const { db } = useConsole();
  const inventory = useInventory();
  const writeContext = useWriteContext();
  const { alert, busy, run } = useCommand();
  const words = resourceWords(t);
  const [filter, setFilter] = useState<ResourceFilter>({ type: 'all', flag: 'all' });
  const [editing, setEditing] = useState<{ resource: Resource | null } | null>(null);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<string | null>(null);
  if (!inventory) return null;
  const { standings, allocations, incidents, nowMs } = inventory;
  const shown = standings.filter((s) => matchesResourceFilter(s, filter)).sort(byAttention);
  const flagged = standings.filter((s) => s.flags.length > 0).length;
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  async function loadSamples() {
    const rows = await run(() => loadSampleResources(db, writeContext()));
    if (rows) setStatus(t('resources.samplesLoaded', { count: rows.length }));
  }

  return (
    <div className="resources">
      <div className="page-header">
        <h1>{t('resources.title')}</h1>
        <div className="toolbar">
          <select
            aria-label={t('resources.filter.type')}
            value={filter.type}
            onChange={(e) => setFilter((f) => ({ ...f, type: e.target.value as ResourceFilter['type'] }))}
          >
            <option value="all">{t('resources.filter.allTypes')}</option>
            {RESOURCE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`resources.type.${type}`)}
              </option>
            ))}
          </select>
          <select
            aria-label={t('resources.filter.flag')}
            value={filter.flag}
            onChange={(e) => setFilter((f) => ({ ...f, flag: e.target.value as ResourceFilter['flag'] }))}
          >
            <option value="all">{t('resources.filter.all')}</option>
            <option value="any">{t('resources.filter.any')}</option>
            {RESOURCE_FLAGS.map((flag) => (
              <option key={flag} value={flag}>
                {t(`resources.filter.${flag}`)}
              </option>
            ))}
          </select>
          <button type="button" className="primary" onClick={() => setEditing({ resource: null })}>
            {t('resources.add')}
          </button>
        </div>
      </div>
      <p className="muted small">{t('resources.intro')}</p>
      <FormAlert text={alert} />
      {status ? (
        <div className="notice success" role="status">
          {status}
        </div>
      ) : null}
      {editing ? (
        <ResourceForm
          key={editing.resource?.id ?? 'new'}
          resource={editing.resource}
          onDone={(saved) => {
            setEditing(null);
            setStatus(saved ? t('resources.saved', { name: saved.name }) : null);
          }}
        />
      ) : null}
      {standings.length === 0 ? (
        <div className="empty">
          <p>{t('resources.empty')}</p>
          <button type="button" disabled={busy} onClick={() => void loadSamples()}>
            {t('resources.loadSamples')}
          </button>
        </div>
      ) : (
        <>
          <p className="muted small">{t('resources.count', { count: standings.length, flagged })}</p>
          {shown.length === 0 ? <p className="empty">{t('resources.noMatch')}</p> : null}
          <table className="resource-table inventory-table" aria-label={t('resources.title')}>
            <thead>
              <tr>
                <th>{t('resources.column.type')}</th>
                <th>{t('resources.column.name')}</th>
                <th className="numeric">{t('resources.column.stock')}</th>
                <th>{t('resources.column.unit')}</th>
                <th>{t('resources.column.location')}</th>
                <th>{t('resources.column.custodian')}</th>
                <th>{t('resources.column.status')}</th>
                <th>{t('resources.column.flags')}</th>
                <th>{t('resources.column.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((standing) => {
                const { resource } = standing;
                const count = allocations.filter((a) => a.resourceId === resource.id).length;
                const expanded = open.has(resource.id);
                return (
                  <Fragment key={resource.id}>
                    <tr className={standing.flags.length > 0 ? 'is-flagged' : undefined}>
                      <td>{words.type(resource)}</td>
                      <td>
                        {resource.name} {resource.sample ? <span className="badge sample">{t('resources.sample')}</span> : null}
                        {resource.note ? <div className="muted small">{resource.note}</div> : null}
                      </td>
                      <td className="numeric">{t('resources.stock', { quantity: resource.quantity, available: standing.available })}</td>
                      <td>{words.unit(resource)}</td>
                      <td>{resource.location}</td>
                      <td>
                        {resource.custodian.name}
                        <div className="mono small">{resource.custodian.phone}</div>
                      </td>
                      <td>
                        <span className={`badge resource-status resource-status-${resource.status}`}>{words.status(resource)}</span>
                      </td>
                      <td>
                        <ResourceFlags standing={standing} />
                      </td>
                      <td className="row-actions">
                        <button type="button" className="link" onClick={() => setEditing({ resource })}>
                          {t('resources.edit')}
                        </button>
                        <button type="button" className="link" aria-expanded={expanded} onClick={() => toggle(resource.id)}>
                          {expanded ? t('resources.allocations.hide') : t('resources.allocations.show', { count })}
                        </button>
                      </td>
                    </tr>
                    {expanded ? (
                      <tr className="allocation-row">
                        <td colSpan={9}>
                          <ResourceAllocations resource={resource} allocations={allocations} incidents={incidents} nowMs={nowMs} />
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
