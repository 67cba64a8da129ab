// 应急资源 as commands: the inventory kept, samples loaded, and allocations to incidents and their
// return. The rules in resources.ts decide; each change is written with its timeline entry.
import { z } from 'zod';
import { decided, refused, type Decision, type Stamp } from './commandKit';
import type { Incident } from './model';
import {
  allocationInputSchema,
  allocationRefusal,
  fieldErrors,
  outstandingQuantity,
  resourceChangeRefusal,
  resourceInputSchema,
  returnRefusal,
  sampleResources,
  type Allocation,
  type Resource,
} from './resources';
import { parsePlanLocalDateTime, toIsoWithOffset } from './time';

/** Audit entries of the inventory (not of one incident) are kept under this key. */
export const RESOURCES_TIMELINE = 'resources';

const formArgs = z.custom<object>((v) => typeof v === 'object' && v !== null);

export const saveResourceArgs = z.object({ id: z.string().min(1).nullable(), input: formArgs });
export type ResourceSeen = { before: Resource | undefined; allocations: Allocation[] };

/** Adds a resource (no id) or changes one; an edited sample is the office's own from then on. */
export function decideSaveResource(seen: ResourceSeen, { id, input }: z.output<typeof saveResourceArgs>, stamp: Stamp): Decision<Resource> {
  const parsed = fieldErrors(resourceInputSchema, input);
  if ('errors' in parsed) return refused('validation', parsed.errors);
  const { custodianName, custodianPhone, ...fields } = parsed.value;
  const { before } = seen;
  if (id && !before) return refused('resource-not-found');
  if (before) {
    const refusal = resourceChangeRefusal(fields, outstandingQuantity(seen.allocations, before.id));
    if (refusal) return refused(refusal.code, refusal.params);
  }
  const resource: Resource = {
    id: before?.id ?? stamp.newId(),
    mode: stamp.mode,
    ...fields,
    custodian: { name: custodianName, phone: custodianPhone },
    sample: false,
    updatedAt: stamp.at,
    updatedBy: stamp.actor.id,
  };
  return decided(
    resource,
    [{ put: 'resources', row: resource }],
    [{ incidentId: RESOURCES_TIMELINE, kind: before ? 'resource-changed' : 'resource-added', params: { resource: resource.name } }],
  );
}

/** 载入示例资源: only into an empty inventory, so nothing of the office's own is doubled. */
export function decideLoadSamples(seen: { count: number }, _args: unknown, stamp: Stamp): Decision<Resource[]> {
  if (seen.count > 0) return refused('resources-not-empty');
  const rows: Resource[] = sampleResources(stamp.at, stamp.newId).map((r) => ({ ...r, mode: stamp.mode, updatedBy: stamp.actor.id }));
  return decided(
    rows,
    rows.map((row) => ({ put: 'resources' as const, row })),
    [{ incidentId: RESOURCES_TIMELINE, kind: 'resource-samples-loaded', params: { count: rows.length } }],
  );
}

export const allocateArgs = z.object({ incidentId: z.string().min(1), input: formArgs });
export type AllocationSeen = { incident: Incident | undefined; resource: Resource | undefined; allocations: Allocation[] };

/** 调配: some of a resource to an open incident, never more than is available now. */
export function decideAllocate(
  seen: AllocationSeen,
  { incidentId, input }: z.output<typeof allocateArgs>,
  stamp: Stamp,
): Decision<Allocation> {
  const parsed = fieldErrors(allocationInputSchema(stamp.utcOffsetMinutes, stamp.nowMs), input);
  if ('errors' in parsed) return refused('validation', parsed.errors);
  const value = parsed.value;
  const { incident, resource } = seen;
  if (!incident) return refused('incident-not-found');
  if (!resource) return refused('resource-not-found');
  const refusal = allocationRefusal(resource, incident, seen.allocations, value.quantity);
  if (refusal) return refused(refusal.code, refusal.params);
  const offset = stamp.utcOffsetMinutes;
  const due = value.expectedReturnAt ? toIsoWithOffset(parsePlanLocalDateTime(value.expectedReturnAt, offset)!, offset) : undefined;
  const allocation: Allocation = {
    id: stamp.newId(),
    mode: stamp.mode,
    resourceId: resource.id,
    incidentId,
    quantity: value.quantity,
    allocatedAt: stamp.at,
    allocatedBy: stamp.actor.id,
    allocatedByName: stamp.actor.name,
    ...(due ? { expectedReturnAt: due } : {}),
    note: value.note,
    updatedAt: stamp.at,
  };
  return decided(
    allocation,
    [{ put: 'allocations', row: allocation }],
    [
      {
        incidentId,
        // `context` picks timeline.resource-allocated_due when a return time was promised.
        kind: 'resource-allocated',
        note: value.note,
        params: {
          resource: resource.name,
          quantity: value.quantity,
          unit: resource.unit,
          ...(due ? { due: due.slice(0, 16).replace('T', ' '), context: 'due' } : {}),
        },
      },
    ],
  );
}

export const returnArgs = z.object({ allocationId: z.string().min(1) });

/** 归还: once only; allowed after the incident is closed, which is when it matters most. */
export function decideReturn(
  seen: { allocation: Allocation | undefined; resource: Resource | undefined },
  _args: unknown,
  stamp: Stamp,
): Decision<Allocation> {
  const { allocation, resource } = seen;
  if (!allocation) return refused('allocation-not-found');
  const refusal = returnRefusal(allocation);
  if (refusal) return refused(refusal.code, refusal.params);
  const returned: Allocation = {
    ...allocation,
    returnedAt: stamp.at,
    returnedBy: stamp.actor.id,
    returnedByName: stamp.actor.name,
    updatedAt: stamp.at,
  };
  return decided(
    returned,
    [{ put: 'allocations', row: returned }],
    [
      {
        incidentId: allocation.incidentId,
        kind: 'resource-returned',
        params: { resource: resource?.name ?? '', quantity: allocation.quantity, unit: resource?.unit ?? 'piece' },
      },
    ],
  );
}
