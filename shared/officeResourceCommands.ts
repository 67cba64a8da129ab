// 应急资源: what the commands for the inventory, allocations to incidents and their return read,
// written once against the store interface (shared/storeReads.ts) so the seat and the office
// server read and decide them the same (decisions in shared/resourceCommands.ts).
import { z } from 'zod';
import type { SharedCommand } from './officeCommands';
import {
  allocateArgs,
  decideAllocate,
  decideLoadSamples,
  decideReturn,
  decideSaveResource,
  returnArgs,
  saveResourceArgs,
  type AllocationSeen,
  type ResourceSeen,
} from './resourceCommands';
import type { Allocation, Resource } from './resources';
import type { StoreReads } from './storeReads';

const allocationsOf = (store: StoreReads, resourceId: string) => store.allocations.where('resourceId').equals(resourceId).toArray();

export const saveResourceCommand: SharedCommand<{ id: string | null; input: object }, ResourceSeen, Resource> = {
  name: 'resource.save',
  args: saveResourceArgs,
  tables: ['resources', 'allocations'],
  read: async (store, { id }) => ({
    before: id ? await store.resources.get(id) : undefined,
    allocations: id ? await allocationsOf(store, id) : [],
  }),
  decide: decideSaveResource,
};
export const loadSamplesCommand: SharedCommand<object, { count: number }, Resource[]> = {
  name: 'resource.loadSamples',
  args: z.object({}),
  tables: ['resources'],
  read: async (store) => ({ count: await store.resources.count() }),
  decide: decideLoadSamples,
};
export const allocateCommand: SharedCommand<{ incidentId: string; input: object }, AllocationSeen, Allocation> = {
  name: 'resource.allocate',
  args: allocateArgs,
  tables: ['resources', 'allocations', 'incidents'],
  read: async (store, { incidentId, input }) => {
    const resourceId = String((input as { resourceId?: unknown }).resourceId ?? '');
    const resource = resourceId ? await store.resources.get(resourceId) : undefined;
    return {
      incident: await store.incidents.get(incidentId),
      resource,
      allocations: resource ? await allocationsOf(store, resource.id) : [],
    };
  },
  decide: decideAllocate,
};
export const returnCommand: SharedCommand<
  { allocationId: string },
  { allocation: Allocation | undefined; resource: Resource | undefined },
  Allocation
> = {
  name: 'resource.return',
  args: returnArgs,
  tables: ['resources', 'allocations'],
  read: async (store, { allocationId }) => {
    const allocation = await store.allocations.get(allocationId);
    return { allocation, resource: allocation ? await store.resources.get(allocation.resourceId) : undefined };
  },
  decide: decideReturn,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of commands of many argument types
export const RESOURCE_COMMANDS: readonly SharedCommand<any, any, any>[] = [
  saveResourceCommand,
  loadSamplesCommand,
  allocateCommand,
  returnCommand,
];
