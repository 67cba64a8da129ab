// Reading the inventory: every resource and allocation (the logistics team's own small tables)
// with the incidents the allocations went to.
import type { Incident } from '@shared/model';
import type { Allocation, Resource } from '@shared/resources';
import type { ConsoleDb } from '../schema';
import { useRead } from './live';
import { incidentsById } from './incidents';

export type InventoryRecords = { resources: Resource[]; allocations: Allocation[]; incidents: Map<string, Incident> };

export async function inventoryRecords(db: ConsoleDb): Promise<InventoryRecords> {
  const [resources, allocations] = await Promise.all([db.resources.toArray(), db.allocations.toArray()]);
  const incidents = await incidentsById(
    db,
    allocations.map((a) => a.incidentId),
  );
  return { resources, allocations, incidents };
}

export function useInventoryRecords(): InventoryRecords | undefined {
  return useRead(inventoryRecords, []);
}
