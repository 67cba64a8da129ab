// 应急资源: the commands for the inventory, and allocations to incidents and their return
// (decisions in shared/resourceCommands.ts, rules in shared/resources.ts).
import type { Allocation, AllocationInput, Resource, ResourceInput } from '@shared/resources';
import type { Result } from '@shared/result';
import type { WriteContext } from './context';
import { execute } from './executor';
import type { ConsoleDb } from './schema';
import { saveResourceCommand, loadSamplesCommand, allocateCommand, returnCommand } from '@shared/officeResourceCommands';

// Read and decided the same on the office server (shared/officeResourceCommands.ts).
export { saveResourceCommand, loadSamplesCommand, allocateCommand, returnCommand };

export { RESOURCES_TIMELINE } from '@shared/resourceCommands';

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
