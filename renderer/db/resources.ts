// 应急资源: the inventory, and allocations to incidents and their return. The rules in shared/
// decide; every allocation and return is written with its entry on the incident's timeline.
import { newId } from '@shared/ids';
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
  type AllocationInput,
  type Resource,
  type ResourceInput,
} from '@shared/resources';
import { fail, type Result } from '@shared/result';
import { parsePlanLocalDateTime, toIsoWithOffset } from '@shared/time';
import { appendTimeline, isoAt, Refused, settle, type WriteContext } from './context';
import type { ConsoleDb } from './schema';

/** Audit entries of the inventory (not of one incident) are kept under this key. */
export const RESOURCES_TIMELINE = 'resources';

const outstandingOf = async (db: ConsoleDb, resourceId: string) =>
  outstandingQuantity(await db.allocations.where('resourceId').equals(resourceId).toArray(), resourceId);

/** Adds a resource (no id) or changes one; an edited sample is the office's own from then on. */
export async function saveResource(db: ConsoleDb, id: string | null, input: ResourceInput, ctx: WriteContext): Promise<Result<Resource>> {
  const parsed = fieldErrors(resourceInputSchema, input);
  if ('errors' in parsed) return fail('validation', parsed.errors);
  const { custodianName, custodianPhone, ...fields } = parsed.value;
  return settle(() =>
    db.transaction('rw', [db.resources, db.allocations, db.timeline], async () => {
      const before = id ? await db.resources.get(id) : undefined;
      if (id && !before) throw new Refused('resource-not-found');
      if (before) {
        const refusal = resourceChangeRefusal(fields, await outstandingOf(db, before.id));
        if (refusal) throw new Refused(refusal.code, refusal.params);
      }
      const resource: Resource = {
        id: before?.id ?? newId(),
        mode: db.mode,
        ...fields,
        custodian: { name: custodianName, phone: custodianPhone },
        sample: false,
        updatedAt: isoAt(ctx),
        updatedBy: ctx.actor.id,
      };
      await db.resources.put(resource);
      await appendTimeline(db, ctx, {
        incidentId: RESOURCES_TIMELINE,
        kind: before ? 'resource-changed' : 'resource-added',
        params: { resource: resource.name },
      });
      return resource;
    }),
  );
}

/** 载入示例资源: only into an empty inventory, so nothing of the office's own is doubled. */
export async function loadSampleResources(db: ConsoleDb, ctx: WriteContext): Promise<Result<Resource[]>> {
  return settle(() =>
    db.transaction('rw', [db.resources, db.timeline], async () => {
      if ((await db.resources.count()) > 0) throw new Refused('resources-not-empty');
      const rows: Resource[] = sampleResources(isoAt(ctx)).map((r) => ({ ...r, mode: db.mode, updatedBy: ctx.actor.id }));
      await db.resources.bulkAdd(rows);
      await appendTimeline(db, ctx, { incidentId: RESOURCES_TIMELINE, kind: 'resource-samples-loaded', params: { count: rows.length } });
      return rows;
    }),
  );
}

const dueText = (iso: string, ctx: WriteContext) =>
  toIsoWithOffset(Date.parse(iso), ctx.plan.utcOffsetMinutes).slice(0, 16).replace('T', ' ');

/** 调配: some of a resource to an open incident, never more than is available now. */
export async function allocateResource(
  db: ConsoleDb,
  incidentId: string,
  input: AllocationInput,
  ctx: WriteContext,
): Promise<Result<Allocation>> {
  const parsed = fieldErrors(allocationInputSchema(ctx.plan.utcOffsetMinutes, ctx.now), input);
  if ('errors' in parsed) return fail('validation', parsed.errors);
  const value = parsed.value;
  return settle(() =>
    db.transaction('rw', [db.resources, db.allocations, db.incidents, db.timeline], async () => {
      const incident = await db.incidents.get(incidentId);
      if (!incident) throw new Refused('incident-not-found');
      const resource = await db.resources.get(value.resourceId);
      if (!resource) throw new Refused('resource-not-found');
      const own = await db.allocations.where('resourceId').equals(resource.id).toArray();
      const refusal = allocationRefusal(resource, incident, own, value.quantity);
      if (refusal) throw new Refused(refusal.code, refusal.params);
      const at = isoAt(ctx);
      const due = value.expectedReturnAt
        ? toIsoWithOffset(parsePlanLocalDateTime(value.expectedReturnAt, ctx.plan.utcOffsetMinutes)!, ctx.plan.utcOffsetMinutes)
        : undefined;
      const allocation: Allocation = {
        id: newId(),
        mode: db.mode,
        resourceId: resource.id,
        incidentId,
        quantity: value.quantity,
        allocatedAt: at,
        allocatedBy: ctx.actor.id,
        allocatedByName: ctx.actor.name,
        ...(due ? { expectedReturnAt: due } : {}),
        note: value.note,
        updatedAt: at,
      };
      await db.allocations.add(allocation);
      await appendTimeline(db, ctx, {
        incidentId,
        // `context` picks timeline.resource-allocated_due when a return time was promised.
        kind: 'resource-allocated',
        note: value.note,
        params: {
          resource: resource.name,
          quantity: value.quantity,
          unit: resource.unit,
          ...(due ? { due: dueText(due, ctx), context: 'due' } : {}),
        },
      });
      return allocation;
    }),
  );
}

/** 归还: once only; allowed after the incident is closed, which is when it matters most. */
export async function returnAllocation(db: ConsoleDb, allocationId: string, ctx: WriteContext): Promise<Result<Allocation>> {
  return settle(() =>
    db.transaction('rw', [db.resources, db.allocations, db.timeline], async () => {
      const allocation = await db.allocations.get(allocationId);
      if (!allocation) throw new Refused('allocation-not-found');
      const refusal = returnRefusal(allocation);
      if (refusal) throw new Refused(refusal.code, refusal.params);
      const resource = await db.resources.get(allocation.resourceId);
      const at = isoAt(ctx);
      const returned: Allocation = {
        ...allocation,
        returnedAt: at,
        returnedBy: ctx.actor.id,
        returnedByName: ctx.actor.name,
        updatedAt: at,
      };
      await db.allocations.put(returned);
      await appendTimeline(db, ctx, {
        incidentId: allocation.incidentId,
        kind: 'resource-returned',
        params: { resource: resource?.name ?? '', quantity: allocation.quantity, unit: resource?.unit ?? 'piece' },
      });
      return returned;
    }),
  );
}
