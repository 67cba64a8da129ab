// 应急资源: the commands for the inventory, and allocations to incidents and their return
// (decisions in shared/resourceCommands.ts, rules in shared/resources.ts).
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
} from '@shared/resourceCommands';
import type { Allocation, AllocationInput, Resource, ResourceInput } from '@shared/resources';
import type { Result } from '@shared/result';
import { z } from 'zod';
import type { WriteContext } from './context';
import { execute, type Command } from './executor';
import type { ConsoleDb } from './schema';

export { RESOURCES_TIMELINE } from '@shared/resourceCommands';

const allocationsOf = (db: ConsoleDb, resourceId: string) => db.allocations.where('resourceId').equals(resourceId).toArray();

export const saveResourceCommand: Command<{ id: string | null; input: object }, ResourceSeen, Resource> = {
  name: 'resource.save',
  args: saveResourceArgs,
  tables: ['resources', 'allocations'],
  read: async (db, { id }) => ({ before: id ? await db.resources.get(id) : undefined, allocations: id ? await allocationsOf(db, id) : [] }),
  decide: decideSaveResource,
};
export const loadSamplesCommand: Command<object, { count: number }, Resource[]> = {
  name: 'resource.loadSamples',
  args: z.object({}),
  tables: ['resources'],
  read: async (db) => ({ count: await db.resources.count() }),
  decide: decideLoadSamples,
};
export const allocateCommand: Command<{ incidentId: string; input: object }, AllocationSeen, Allocation> = {
  name: 'resource.allocate',
  args: allocateArgs,
  tables: ['resources', 'allocations', 'incidents'],
  read: async (db, { incidentId, input }) => {
    const resourceId = String((input as { resourceId?: unknown }).resourceId ?? '');
    const resource = resourceId ? await db.resources.get(resourceId) : undefined;
    return { incident: await db.incidents.get(incidentId), resource, allocations: resource ? await allocationsOf(db, resource.id) : [] };
  },
  decide: decideAllocate,
};
export const returnCommand: Command<
  { allocationId: string },
  { allocation: Allocation | undefined; resource: Resource | undefined },
  Allocation
> = {
  name: 'resource.return',
  args: returnArgs,
  tables: ['resources', 'allocations'],
  read: async (db, { allocationId }) => {
    const allocation = await db.allocations.get(allocationId);
    return { allocation, resource: allocation ? await db.resources.get(allocation.resourceId) : undefined };
  },
  decide: decideReturn,
};

/** Adds a resource (no id) or changes one; an edited sample is the office's own from then on. */
export const saveResource = (db: ConsoleDb, id: string | null, input: ResourceInput, ctx: WriteContext): Promise<Result<Resource>> =>
  execute(db, saveResourceCommand, { id, input }, ctx);
/** 载入示例资源: only into an empty inventory, so nothing of the office's own is doubled. */
export const loadSampleResources = (db: ConsoleDb, ctx: WriteContext): Promise<Result<Resource[]>> =>
  execute(db, loadSamplesCommand, {}, ctx);
/** 调配: some of a resource to an open incident, never more than is available now. */
export const allocateResource = (
  db: ConsoleDb,
  incidentId: string,
  input: AllocationInput,
  ctx: WriteContext,
): Promise<Result<Allocation>> => execute(db, allocateCommand, { incidentId, input }, ctx);
/** 归还: once only; allowed after the incident is closed, which is when it matters most. */
export const returnAllocation = (db: ConsoleDb, allocationId: string, ctx: WriteContext): Promise<Result<Allocation>> =>
  execute(db, returnCommand, { allocationId }, ctx);
