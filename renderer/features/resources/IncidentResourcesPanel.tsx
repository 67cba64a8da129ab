// 应急资源 on the incident page: allocate from the inventory, list what this incident holds,
// return it (归还), and flag what should have come back.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../ui/useCommand';
import { Link } from 'wouter';
import { unreturnedReason, type Allocation } from '@shared/resources';
import { isOpen } from '@shared/workflow';
import { useConsole } from '../../db/DatabaseContext';
import { useIncident } from '../../db/reads/incidents';
import { returnAllocation } from '../../db/resources';
import { Panel } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { useWriteContext } from '../session/useWriteContext';
import { WorkReportOffer } from '../instructions/WorkReportOffer';
import { AllocateForm } from './AllocateForm';
import { resourceWords, useInventory } from './useInventory';
import './resources.css';
import { FormAlert } from '../../ui/Outcome';

export function IncidentResourcesPanel({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const { db, plan } = useConsole();
  const inventory = useInventory();
  const incident = useIncident(incidentId);
  const writeContext = useWriteContext();
  const { alert, run } = useCommand();
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  // What was just allocated, offered as progress on the logistics team's instruction.
  const [workNote, setWorkNote] = useState<string | null>(null);
  const words = resourceWords(t);
  if (!inventory || !incident) return null;
  const open = isOpen(incident.state);
  const at = (iso: string) => formatDateTime(iso, plan.utcOffsetMinutes);
  const resourceOf = (id: string) => inventory.standings.find((s) => s.resource.id === id)?.resource;
  const own = inventory.allocations
    .filter((a) => a.incidentId === incidentId)
    .sort((a, b) => Number(Boolean(a.returnedAt)) - Number(Boolean(b.returnedAt)) || b.allocatedAt.localeCompare(a.allocatedAt));
  const amount = (a: Allocation) => {
    const resource = resourceOf(a.resourceId);
    return resource ? words.amount(resource, a.quantity) : String(a.quantity);
  };

  async function giveBack(a: Allocation) {
    setStatus(null);
    const done = await run(() => returnAllocation(db, a.id, writeContext()));
    if (done) setStatus(t('resources.panel.returnedOk', { name: resourceOf(a.resourceId)?.name ?? '' }));
  }

  return (
    <Panel
      title={t('resources.panel.title')}
      className="incident-resources"
      actions={
        open && !adding && inventory.standings.length > 0 ? (
          <button
            type="button"
            onClick={() => {
              setAdding(true);
              setStatus(null);
            }}
          >
            {t('resources.panel.allocate')}
          </button>
        ) : null
      }
    >
      {!open ? <p className="muted small">{t('resources.panel.closed')}</p> : null}
      {open && inventory.standings.length === 0 ? (
        <p className="muted small">
          {t('resources.panel.noInventory')} <Link href="/resources">{t('resources.panel.openInventory')}</Link>
        </p>
      ) : null}
      {adding ? (
        <AllocateForm
          incidentId={incidentId}
          standings={inventory.standings}
          onDone={(made) => {
            setAdding(false);
            const resource = made ? resourceOf(made.resourceId) : undefined;
            if (made && resource) {
              const note = t('resources.panel.allocatedOk', { name: resource.name, amount: words.amount(resource, made.quantity) });
              setStatus(note);
              setWorkNote(note);
            }
          }}
        />
      ) : null}
      <FormAlert text={alert} />
      {status ? (
        <div className="notice success" role="status">
          {status}
        </div>
      ) : null}
      {workNote ? (
        <WorkReportOffer incidentId={incidentId} teamCode="logistics" text={workNote} onDismiss={() => setWorkNote(null)} />
      ) : null}
      {own.length === 0 ? (
        <p className="muted">{t('resources.panel.none')}</p>
      ) : (
        <ul className="incident-allocations" aria-label={t('resources.panel.list')}>
          {own.map((a) => {
            const reason = unreturnedReason(a, incident, inventory.nowMs);
            const name = resourceOf(a.resourceId)?.name ?? '';
            return (
              <li key={a.id} aria-label={name} className={reason ? 'is-unreturned' : undefined}>
                <div className="allocation-head">
                  <strong>{name}</strong>
                  <span>{amount(a)}</span>
                  {a.returnedAt ? (
                    <span className="badge resource-status-returned">{t('resources.panel.returnedAt', { at: at(a.returnedAt) })}</span>
                  ) : (
                    <span className="badge resource-status-in-use">{t('resources.panel.inUse')}</span>
                  )}
                  {reason ? <span className="badge resource-flag-unreturned">{t(`resources.unreturned.${reason}`)}</span> : null}
                  {!a.returnedAt ? (
                    <button type="button" className="allocation-return" onClick={() => void giveBack(a)}>
                      {t('resources.panel.return')}
                    </button>
                  ) : null}
                </div>
                <div className="allocation-meta muted small">
                  <span>{t('resources.panel.allocatedBy', { at: at(a.allocatedAt), name: a.allocatedByName })}</span>
                  {a.expectedReturnAt ? <span>{t('resources.panel.dueBack', { at: at(a.expectedReturnAt) })}</span> : null}
                  {a.returnedAt ? (
                    <span>{t('resources.panel.returnedBy', { at: at(a.returnedAt), name: a.returnedByName ?? '' })}</span>
                  ) : null}
                </div>
                {a.note ? <div className="small">{a.note}</div> : null}
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
