import { newId } from '@shared/ids';
import { describe, expect, it } from 'vitest';
import {
  allocationInputSchema,
  allocationRefusal,
  availableQuantity,
  byAttention,
  fieldErrors,
  isShort,
  matchesResourceFilter,
  REFUSAL_FIELDS,
  resourceChangeRefusal,
  resourceInputSchema,
  resourceStandings,
  returnRefusal,
  sampleResources,
  unreturnedReason,
  RESOURCE_TYPES,
  type Allocation,
  type Resource,
} from '@shared/resources';

const NOW = Date.parse('2026-11-23T10:00:00+08:00');
const HOUR = 3_600_000;

const radios: Resource = {
  id: '01900000-0000-7000-8000-000000000001',
  mode: 'live',
  type: 'communication',
  name: '对讲机',
  quantity: 20,
  unit: 'device',
  location: '器材库',
  custodian: { name: '孙强', phone: '13800000006' },
  status: 'available',
  minimum: 10,
  note: '',
  sample: false,
  updatedAt: '2026-11-23T09:00:00+08:00',
  updatedBy: 'x',
};

let n = 0;
function allocation(quantity: number, extra: Partial<Allocation> = {}): Allocation {
  n += 1;
  return {
    id: `01900000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`,
    mode: 'live',
    resourceId: radios.id,
    incidentId: 'incident-1',
    quantity,
    allocatedAt: '2026-11-23T09:00:00+08:00',
    allocatedBy: 'x',
    allocatedByName: '陈晓',
    note: '',
    updatedAt: '2026-11-23T09:00:00+08:00',
    ...extra,
  };
}
const openIncident = { state: 'investigating' as const, number: 'SJ-20261123-0001' };

describe('available quantity', () => {
  it('is the quantity held less what is allocated and not yet returned', () => {
    const list = [allocation(5), allocation(3, { returnedAt: '2026-11-23T09:30:00+08:00' }), allocation(2)];
    expect(availableQuantity(radios, list)).toBe(13);
  });

  it('ignores other resources’ allocations and never goes below zero', () => {
    expect(availableQuantity(radios, [allocation(4, { resourceId: 'other' })])).toBe(20);
    expect(availableQuantity({ ...radios, quantity: 2 }, [allocation(5)])).toBe(0);
  });
});

describe('allocating', () => {
  it('allows up to what is available to an open incident', () => {
    expect(allocationRefusal(radios, openIncident, [allocation(15)], 5)).toBeNull();
  });

  it('refuses more than is available, saying how many are', () => {
    expect(allocationRefusal(radios, openIncident, [allocation(15)], 6)).toEqual({
      code: 'resource-short',
      params: { resource: '对讲机', available: 5, unit: 'device' },
    });
  });

  it('refuses a resource under maintenance or retired', () => {
    expect(allocationRefusal({ ...radios, status: 'maintenance' }, openIncident, [], 1)?.code).toBe('resource-in-maintenance');
    expect(allocationRefusal({ ...radios, status: 'retired' }, openIncident, [], 1)?.code).toBe('resource-retired');
  });

  it('refuses a closed or rejected incident', () => {
    expect(allocationRefusal(radios, { ...openIncident, state: 'closed' }, [], 1)).toEqual({
      code: 'resource-incident-closed',
      params: { number: 'SJ-20261123-0001' },
    });
    expect(allocationRefusal(radios, { ...openIncident, state: 'rejected' }, [], 1)?.code).toBe('resource-incident-closed');
  });

  it('refuses a quantity that is not a positive whole number', () => {
    expect(allocationRefusal(radios, openIncident, [], 0)?.code).toBe('resource-quantity-invalid');
    expect(allocationRefusal(radios, openIncident, [], 1.5)?.code).toBe('resource-quantity-invalid');
  });
});

describe('returning', () => {
  it('returns once only', () => {
    expect(returnRefusal(allocation(1))).toBeNull();
    expect(returnRefusal(allocation(1, { returnedAt: '2026-11-23T09:30:00+08:00' }))?.code).toBe('allocation-already-returned');
  });
});

describe('changing the inventory', () => {
  it('keeps the holding at or above what is out with incidents, and retires only what is all back', () => {
    expect(resourceChangeRefusal({ quantity: 4, status: 'available', unit: 'device' }, 5)).toEqual({
      code: 'resource-quantity-below-allocated',
      params: { allocated: 5, unit: 'device' },
    });
    expect(resourceChangeRefusal({ quantity: 5, status: 'available', unit: 'device' }, 5)).toBeNull();
    expect(resourceChangeRefusal({ quantity: 20, status: 'retired', unit: 'device' }, 1)?.code).toBe('resource-retire-allocated');
    expect(resourceChangeRefusal({ quantity: 20, status: 'retired', unit: 'device' }, 0)).toBeNull();
    // Each names the form field it is shown at.
    expect(REFUSAL_FIELDS['resource-quantity-below-allocated']).toBe('quantity');
  });
});

describe('flags', () => {
  it('flags a shortage when fewer are available than the minimum', () => {
    expect(isShort(radios, 10)).toBe(false);
    expect(isShort(radios, 9)).toBe(true);
    expect(isShort({ ...radios, minimum: 0 }, 0)).toBe(false);
  });

  it('counts a resource under maintenance as none available, and never flags a retired one', () => {
    expect(isShort({ ...radios, status: 'maintenance' }, 20)).toBe(true);
    expect(isShort({ ...radios, status: 'maintenance', minimum: 0 }, 20)).toBe(false);
    expect(isShort({ ...radios, status: 'retired' }, 0)).toBe(false);
  });

  it('flags an allocation not returned after its incident ended, or past its promised return time', () => {
    const due = allocation(1, { expectedReturnAt: new Date(NOW - HOUR).toISOString() });
    expect(unreturnedReason(allocation(1), { state: 'closed' }, NOW)).toBe('incident-closed');
    expect(unreturnedReason(allocation(1), undefined, NOW)).toBe('incident-closed');
    expect(unreturnedReason(due, { state: 'investigating' }, NOW)).toBe('past-due');
    expect(unreturnedReason(due, { state: 'investigating' }, NOW - 2 * HOUR)).toBeNull();
    expect(unreturnedReason(allocation(1), { state: 'investigating' }, NOW)).toBeNull();
    expect(unreturnedReason({ ...due, returnedAt: '2026-11-23T09:30:00+08:00' }, { state: 'closed' }, NOW)).toBeNull();
  });

  it('puts each resource’s available count and flags together, for the filters', () => {
    const kits: Resource = { ...radios, id: 'kits', type: 'first-aid', name: '急救箱', quantity: 10, minimum: 5 };
    const list = [allocation(6, { resourceId: 'kits' }), allocation(2, { incidentId: 'closed-one' })];
    const incidents = new Map([
      ['incident-1', { state: 'investigating' as const }],
      ['closed-one', { state: 'closed' as const }],
    ]);
    const standings = resourceStandings([radios, kits], list, (id) => incidents.get(id), NOW);
    expect(standings.map((s) => [s.resource.name, s.available, s.flags])).toEqual([
      ['对讲机', 18, ['unreturned']],
      ['急救箱', 4, ['short']],
    ]);
    expect(standings.filter((s) => matchesResourceFilter(s, { type: 'all', flag: 'short' })).map((s) => s.resource.name)).toEqual([
      '急救箱',
    ]);
    expect(standings.filter((s) => matchesResourceFilter(s, { type: 'communication', flag: 'any' }))).toHaveLength(1);
    expect(standings.filter((s) => matchesResourceFilter(s, { type: 'venue', flag: 'all' }))).toHaveLength(0);
    const calm = resourceStandings([{ ...radios, id: 'calm', name: '卫星电话', minimum: 0 }], [], () => undefined, NOW);
    expect([...calm, ...standings].sort(byAttention).map((s) => s.resource.name)).toEqual(['对讲机', '急救箱', '卫星电话']);
  });
});

describe('forms', () => {
  const valid = {
    type: 'vehicle',
    name: '应急指挥车',
    quantity: '2',
    unit: 'vehicle',
    location: '车队',
    custodianName: '孙强',
    custodianPhone: '13800000006',
    status: 'available',
    minimum: '1',
    note: '',
  };

  it('reads the inventory form, numbers as typed', () => {
    expect(fieldErrors(resourceInputSchema, valid)).toEqual({ value: { ...valid, quantity: 2, minimum: 1 } });
  });

  it('marks each bad field of the inventory form', () => {
    const result = fieldErrors(resourceInputSchema, { ...valid, name: ' ', quantity: '2.5', custodianPhone: '123', minimum: '-1' });
    expect(result).toEqual({
      errors: {
        name: 'validation.required',
        quantity: 'validation.wholeNumber',
        custodianPhone: 'validation.phone',
        minimum: 'resources.validation.notNegative',
      },
    });
  });

  it('says a negative number is too small (not “not a whole number”) and refuses a minimum above the holding', () => {
    expect(fieldErrors(resourceInputSchema, { ...valid, quantity: '-3' })).toEqual({
      errors: { quantity: 'resources.validation.notNegative' },
    });
    expect(fieldErrors(resourceInputSchema, { ...valid, quantity: '5', minimum: '99' })).toEqual({
      errors: { minimum: 'resources.validation.minimumAboveQuantity' },
    });
    expect(fieldErrors(resourceInputSchema, { ...valid, quantity: '5', minimum: '5' })).toMatchObject({ value: { minimum: 5 } });
  });

  it('marks a missing resource, a zero quantity and a return time already past on the allocation form', () => {
    const schema = allocationInputSchema(480, NOW);
    expect(fieldErrors(schema, { resourceId: '', quantity: '0', expectedReturnAt: '2026-11-23T09:00', note: '' })).toEqual({
      errors: {
        resourceId: 'validation.choose',
        quantity: 'resources.validation.atLeastOne',
        expectedReturnAt: 'resources.validation.returnNotFuture',
      },
    });
    expect(fieldErrors(schema, { resourceId: 'r', quantity: '3', expectedReturnAt: '', note: '' })).toEqual({
      value: { resourceId: 'r', quantity: 3, expectedReturnAt: '', note: '' },
    });
  });
});

describe('sample inventory', () => {
  it('covers every kind the plans list, as samples with fresh ids that pass the form’s own rules', () => {
    const rows = sampleResources('2026-11-23T10:00:00+08:00', newId);
    const kinds = new Set(rows.map((r) => r.type));
    expect(RESOURCE_TYPES.filter((type) => type !== 'other' && !kinds.has(type))).toEqual([]);
    expect(rows.every((r) => r.sample && r.status === 'available')).toBe(true);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(new Set(sampleResources('2026-11-23T10:00:00+08:00', newId).map((r) => r.id)).has(rows[0]!.id)).toBe(false);
    for (const r of rows) {
      const input = {
        ...r,
        quantity: String(r.quantity),
        minimum: String(r.minimum),
        custodianName: r.custodian.name,
        custodianPhone: r.custodian.phone,
      };
      expect(fieldErrors(resourceInputSchema, input)).not.toHaveProperty('errors');
    }
  });
});
