// The inventory as the screens read it: every resource with its available count and flags,
// live from the database, so an allocation made on an incident shows here at once.
import type { TFunction } from 'i18next';
import type { Incident } from '@shared/model';
import { resourceStandings, type Allocation, type Resource, type ResourceStanding } from '@shared/resources';
import { useConsole } from '../../db/DatabaseContext';
import { useInventoryRecords } from '../../db/reads/resources';
import { useNow } from '../../ui/useNow';

export type Inventory = {
  standings: ResourceStanding[];
  allocations: Allocation[];
  incidents: Map<string, Incident>;
  nowMs: number;
};

export function useInventory(): Inventory | undefined {
  const { now } = useConsole();
  // Once a minute is enough for a promised return time to pass.
  const nowMs = useNow(now, 60_000);
  const data = useInventoryRecords();
  if (!data) return undefined;
  return {
    standings: resourceStandings(data.resources, data.allocations, (id) => data.incidents.get(id), nowMs),
    allocations: data.allocations,
    incidents: data.incidents,
    nowMs,
  };
}

/** The words for a resource's kind, unit and status, and an amount of it (1 vehicle, 12台). */
export function resourceWords(t: TFunction) {
  return {
    amount: (r: Pick<Resource, 'unit'>, count: number) => t(`resources.amountOf.${r.unit}`, { count }),
    type: (r: Pick<Resource, 'type'>) => t(`resources.type.${r.type}`),
    unit: (r: Pick<Resource, 'unit'>) => t(`resources.unit.${r.unit}`),
    status: (r: Pick<Resource, 'status'>) => t(`resources.status.${r.status}`),
  };
}
