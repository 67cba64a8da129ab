// One resource's allocations, newest first: which incident, how many, when and by whom, and
// whether it came back.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Incident } from '@shared/model';
import { unreturnedReason, type Allocation, type Resource } from '@shared/resources';
import { useConsole } from '../../db/DatabaseContext';
import { formatDateTime } from '../../ui/format';
import { resourceWords } from './useInventory';

type Props = { resource: Resource; allocations: Allocation[]; incidents: Map<string, Incident>; nowMs: number };

export function ResourceAllocations({ resource, allocations, incidents, nowMs }: Props) {
  const { t } = useTranslation();
  const { plan } = useConsole();
  const words = resourceWords(t);
  const at = (iso: string) => formatDateTime(iso, plan.utcOffsetMinutes);
  const own = allocations.filter((a) => a.resourceId === resource.id).sort((a, b) => b.allocatedAt.localeCompare(a.allocatedAt));
  const title = t('resources.allocations.title', { name: resource.name });
  if (own.length === 0) return <p className="muted small">{t('resources.allocations.none')}</p>;
  return (
    <table className="resource-table allocation-table" aria-label={title}>
      <thead>
        <tr>
          <th>{t('resources.allocations.incident')}</th>
          <th>{t('resources.allocations.quantity')}</th>
          <th>{t('resources.allocations.allocated')}</th>
          <th>{t('resources.allocations.expected')}</th>
          <th>{t('resources.allocations.returned')}</th>
        </tr>
      </thead>
      <tbody>
        {own.map((a) => {
          const incident = incidents.get(a.incidentId);
          const reason = unreturnedReason(a, incident, nowMs);
          return (
            <tr key={a.id} className={reason ? 'is-unreturned' : undefined}>
              <td>
                {incident ? (
                  <Link href={`/incidents/${incident.id}`} className="mono">
                    {incident.number}
                  </Link>
                ) : null}{' '}
                {incident?.title}
              </td>
              <td>{words.amount(resource, a.quantity)}</td>
              <td>{t('resources.allocations.by', { at: at(a.allocatedAt), name: a.allocatedByName })}</td>
              <td>{a.expectedReturnAt ? at(a.expectedReturnAt) : t('resources.allocations.notSet')}</td>
              <td>
                {a.returnedAt ? (
                  t('resources.allocations.by', { at: at(a.returnedAt), name: a.returnedByName ?? '' })
                ) : (
                  <span className="resource-flags">
                    <span className="muted">{t('resources.allocations.inUse')}</span>
                    {reason ? <span className="badge resource-flag-unreturned">{t(`resources.unreturned.${reason}`)}</span> : null}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
