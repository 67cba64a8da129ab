// Logistics resources (应急资源) held for the plan and their allocations to incidents. Pure rules:
// what is available, when an allocation is refused, and which resources need attention.
import type { RefusalCode } from './refusalCodes';
import { fieldErrorsOf } from './commandKit';
import { z } from 'zod';
import { ModeSchema, type Incident } from './model';
import { isValidPhone } from './registration';
import { parsePlanLocalDateTime } from './time';
import { isOpen } from './workflow';

/** The kinds the plans list (车辆, 通信设备, 热线坐席, 舆情监测软件, 客户反馈系统, 社交媒体账号, 法律顾问, 急救箱, 场地). */
export const RESOURCE_TYPES = [
  'vehicle',
  'communication',
  'hotline-seat',
  'opinion-software',
  'feedback-system',
  'social-account',
  'legal-counsel',
  'first-aid',
  'venue',
  'other',
] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** Units as codes, so the English screen can say "vehicles" where the Chinese says 辆. */
export const RESOURCE_UNITS = ['device', 'vehicle', 'set', 'seat', 'room', 'person', 'account', 'box', 'piece'] as const;
export type ResourceUnit = (typeof RESOURCE_UNITS)[number];

/** 可用 / 维修中 / 已停用: only an available resource can be allocated. */
export const RESOURCE_STATUSES = ['available', 'maintenance', 'retired'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

export const ResourceSchema = z.object({
  id: z.string().uuid(),
  mode: ModeSchema,
  type: z.enum(RESOURCE_TYPES),
  name: z.string().min(1),
  /** How many the office holds in all, allocated or not. */
  quantity: z.number().int().nonnegative(),
  unit: z.enum(RESOURCE_UNITS),
  location: z.string(),
  custodian: z.object({ name: z.string(), phone: z.string() }),
  status: z.enum(RESOURCE_STATUSES),
  /** The plan's minimum: fewer available than this is a shortage (短缺). 0 = never short. */
  minimum: z.number().int().nonnegative(),
  note: z.string(),
  /** From the sample inventory, to be checked and replaced with the office's own. */
  sample: z.boolean(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Resource = z.infer<typeof ResourceSchema>;

export const AllocationSchema = z.object({
  id: z.string().uuid(),
  mode: ModeSchema,
  resourceId: z.string(),
  incidentId: z.string(),
  quantity: z.number().int().positive(),
  allocatedAt: z.string(),
  allocatedBy: z.string(),
  allocatedByName: z.string(),
  expectedReturnAt: z.string().optional(),
  returnedAt: z.string().optional(),
  returnedBy: z.string().optional(),
  returnedByName: z.string().optional(),
  note: z.string(),
  updatedAt: z.string(),
});
export type Allocation = z.infer<typeof AllocationSchema>;

export type ResourceRefusal = { code: RefusalCode; params?: Record<string, string | number> };

// ---- Forms ----------------------------------------------------------------------------------

const required = (max: number) => z.string().trim().min(1, { error: 'validation.required' }).max(max, { error: 'validation.tooLong' });
const optional = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' });
const count = (min: number, minError: string) =>
  z
    .string()
    .trim()
    // "-3" is a whole number, only too small: it gets the minimum's message, not 请输入整数.
    .regex(/^[-+]?\d+$/, { error: 'validation.wholeNumber' })
    .transform(Number)
    .refine((n) => n >= min, { error: minError })
    .refine((n) => n <= 100_000, { error: 'resources.validation.tooMany' });

/** The inventory form as typed (numbers as text); each problem is reported on its field. */
export const resourceInputSchema = z
  .object({
    type: z.enum(RESOURCE_TYPES, { error: 'validation.choose' }),
    name: required(100),
    quantity: count(0, 'resources.validation.notNegative'),
    unit: z.enum(RESOURCE_UNITS, { error: 'validation.choose' }),
    location: required(200),
    custodianName: required(50),
    custodianPhone: z.string().trim().min(1, { error: 'validation.required' }).refine(isValidPhone, { error: 'validation.phone' }),
    status: z.enum(RESOURCE_STATUSES, { error: 'validation.choose' }),
    minimum: count(0, 'resources.validation.notNegative'),
    note: optional(500),
  })
  // A minimum above the holding would flag a shortage for ever: refused on the minimum's field.
  .refine((r) => r.minimum <= r.quantity, {
    error: 'resources.validation.minimumAboveQuantity',
    path: ['minimum'],
    // Only once both numbers are good; a bad one already has its own message.
    when: ({ issues }) => !issues.some((i) => i.path?.[0] === 'quantity' || i.path?.[0] === 'minimum'),
  });
export type ResourceInput = z.input<typeof resourceInputSchema>;

/** The allocation form: which resource, how many, and (optionally) when it is due back. */
export function allocationInputSchema(offsetMinutes: number, nowMs: number) {
  return z.object({
    resourceId: z.string().min(1, { error: 'validation.choose' }),
    quantity: count(1, 'resources.validation.atLeastOne'),
    expectedReturnAt: z
      .string()
      .refine((v) => v === '' || parsePlanLocalDateTime(v, offsetMinutes) !== null, { error: 'validation.dateTime' })
      .refine((v) => v === '' || (parsePlanLocalDateTime(v, offsetMinutes) ?? Infinity) > nowMs, {
        error: 'resources.validation.returnNotFuture',
      }),
    note: optional(500),
  });
}
export type AllocationInput = z.input<ReturnType<typeof allocationInputSchema>>;

/** Field → message key of every problem (the first per field), or null when the input is fine. */
export function fieldErrors<S extends z.ZodType>(schema: S, input: unknown): { errors: Record<string, string> } | { value: z.output<S> } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { value: parsed.data };
  return { errors: fieldErrorsOf(parsed.error, { topLevel: true }) };
}

// ---- Quantities -----------------------------------------------------------------------------

export const isReturned = (allocation: Pick<Allocation, 'returnedAt'>) => Boolean(allocation.returnedAt);

/** How many of the resource are out with incidents now (allocated and not returned). */
export function outstandingQuantity(allocations: readonly Allocation[], resourceId: string): number {
  return allocations.filter((a) => a.resourceId === resourceId && !isReturned(a)).reduce((sum, a) => sum + a.quantity, 0);
}

/** 可用 = held − allocated and not returned (never below zero, even if the holding was cut). */
export function availableQuantity(resource: Pick<Resource, 'id' | 'quantity'>, allocations: readonly Allocation[]): number {
  return Math.max(0, resource.quantity - outstandingQuantity(allocations, resource.id));
}

// ---- Refusals -------------------------------------------------------------------------------

/**
 * Why this allocation may not be made, or null. Only an available (not under maintenance, not
 * retired) resource, only to an open incident, and never more than is available now.
 */
export function allocationRefusal(
  resource: Resource,
  incident: Pick<Incident, 'state' | 'number'>,
  allocations: readonly Allocation[],
  quantity: number,
): ResourceRefusal | null {
  if (resource.status === 'retired') return { code: 'resource-retired', params: { resource: resource.name } };
  if (resource.status === 'maintenance') return { code: 'resource-in-maintenance', params: { resource: resource.name } };
  if (!isOpen(incident.state)) return { code: 'resource-incident-closed', params: { number: incident.number } };
  if (!Number.isInteger(quantity) || quantity < 1) return { code: 'resource-quantity-invalid' };
  const available = availableQuantity(resource, allocations);
  if (quantity > available) return { code: 'resource-short', params: { resource: resource.name, available, unit: resource.unit } };
  return null;
}

/** An allocation is returned once; a second 归还 is refused rather than counted twice. */
export function returnRefusal(allocation: Allocation): ResourceRefusal | null {
  return isReturned(allocation) ? { code: 'allocation-already-returned' } : null;
}

/**
 * Why an inventory change may not be saved: the holding cannot drop below what is out with
 * incidents, and a resource still out cannot be retired (return it first). The refusal names the
 * form field it belongs to (REFUSAL_FIELDS), so the screen marks that field.
 */
export function resourceChangeRefusal(next: Pick<Resource, 'quantity' | 'status' | 'unit'>, outstanding: number): ResourceRefusal | null {
  const params = { allocated: outstanding, unit: next.unit };
  if (next.quantity < outstanding) return { code: 'resource-quantity-below-allocated', params };
  if (next.status === 'retired' && outstanding > 0) return { code: 'resource-retire-allocated', params };
  return null;
}

/** The inventory form's field each change refusal is about. */
export const REFUSAL_FIELDS: Record<string, string> = {
  'resource-quantity-below-allocated': 'quantity',
  'resource-retire-allocated': 'status',
};

// ---- Flags ----------------------------------------------------------------------------------

/** 未归还: the incident is over (closed or not accepted) or the promised return time has passed. */
export type Unreturned = 'incident-closed' | 'past-due';

export function unreturnedReason(allocation: Allocation, incident: Pick<Incident, 'state'> | undefined, nowMs: number): Unreturned | null {
  if (isReturned(allocation)) return null;
  if (!incident || !isOpen(incident.state)) return 'incident-closed';
  if (allocation.expectedReturnAt && nowMs > Date.parse(allocation.expectedReturnAt)) return 'past-due';
  return null;
}

/**
 * 短缺: fewer can be allocated than the plan's minimum. A resource under maintenance counts as
 * none available (it cannot be allocated); a retired one is out of the plan and never flagged.
 * Kept to this one rule on purpose, so the office can read why a flag is raised.
 */
export function isShort(resource: Pick<Resource, 'status' | 'minimum'>, available: number): boolean {
  if (resource.status === 'retired') return false;
  const usable = resource.status === 'available' ? available : 0;
  return usable < resource.minimum;
}

export const RESOURCE_FLAGS = ['short', 'unreturned'] as const;
export type ResourceFlag = (typeof RESOURCE_FLAGS)[number];

export type ResourceStanding = {
  resource: Resource;
  available: number;
  outstanding: number;
  short: boolean;
  /** Allocations of this resource that should have come back, with why. */
  unreturned: { allocation: Allocation; reason: Unreturned }[];
  flags: ResourceFlag[];
};

/** Each resource with its available count and flags, from the allocations and their incidents. */
export function resourceStandings(
  resources: readonly Resource[],
  allocations: readonly Allocation[],
  incidentOf: (id: string) => Pick<Incident, 'state'> | undefined,
  nowMs: number,
): ResourceStanding[] {
  return resources.map((resource) => {
    const own = allocations.filter((a) => a.resourceId === resource.id);
    const available = availableQuantity(resource, own);
    const unreturned = own.flatMap((allocation) => {
      const reason = unreturnedReason(allocation, incidentOf(allocation.incidentId), nowMs);
      return reason ? [{ allocation, reason }] : [];
    });
    const short = isShort(resource, available);
    const flags: ResourceFlag[] = [...(short ? ['short' as const] : []), ...(unreturned.length > 0 ? ['unreturned' as const] : [])];
    return { resource, available, outstanding: outstandingQuantity(own, resource.id), short, unreturned, flags };
  });
}

export type ResourceFilter = { type: ResourceType | 'all'; flag: ResourceFlag | 'any' | 'all' };

/** 'any' = flagged for any reason; 'all' = no flag filter. */
export function matchesResourceFilter(standing: ResourceStanding, filter: ResourceFilter): boolean {
  if (filter.type !== 'all' && standing.resource.type !== filter.type) return false;
  if (filter.flag === 'any') return standing.flags.length > 0;
  if (filter.flag !== 'all') return standing.flags.includes(filter.flag);
  return true;
}

/** Flagged first, then in the order of the plan's kinds, then by name. */
export function byAttention(a: ResourceStanding, b: ResourceStanding): number {
  return (
    Number(b.flags.length > 0) - Number(a.flags.length > 0) ||
    RESOURCE_TYPES.indexOf(a.resource.type) - RESOURCE_TYPES.indexOf(b.resource.type) ||
    a.resource.name.localeCompare(b.resource.name, 'zh-CN')
  );
}

// ---- Sample inventory -----------------------------------------------------------------------

type SampleRow = [ResourceType, string, number, ResourceUnit, string, string, string, number, string];
const SAMPLE_ROWS: SampleRow[] = [
  ['vehicle', '应急指挥车', 2, 'vehicle', '公司车队停车场', '孙强', '13800000006', 1, '含车载电台'],
  ['communication', '对讲机', 20, 'device', '综合保障部器材库', '孙强', '13800000006', 10, ''],
  ['communication', '卫星电话', 2, 'device', '综合保障部器材库', '孙强', '13800000006', 1, '断网断电时使用'],
  ['hotline-seat', '热线应急坐席', 10, 'seat', '客户服务中心三楼', '刘洋', '13800000004', 6, '高峰期可临时扩充'],
  ['opinion-software', '舆情监测系统账号', 3, 'account', '公共关系部', '冯雪', '13800000010', 1, ''],
  ['feedback-system', '客户意见反馈系统', 1, 'set', '技术支持部机房', '蒋涛', '13800000011', 0, ''],
  ['social-account', '官方微博、微信公众号', 2, 'account', '公共关系部', '冯雪', '13800000010', 0, '发布须经组长批准'],
  ['legal-counsel', '常年法律顾问', 2, 'person', '法务部', '郑浩', '13800000009', 1, ''],
  ['first-aid', '急救箱', 10, 'box', '各营业网点及器材库', '孙强', '13800000006', 5, ''],
  ['venue', '投诉接待室', 2, 'room', '客户服务中心一楼', '刘洋', '13800000004', 1, ''],
  ['venue', '应急指挥会议室', 1, 'room', '办公楼五楼', '孙强', '13800000006', 0, ''],
];

/** A starting inventory for an empty console, marked as samples; the ids come from `newId` (the command's stamp). */
export function sampleResources(nowIso: string, newId: () => string): Omit<Resource, 'mode' | 'updatedBy'>[] {
  return SAMPLE_ROWS.map(([type, name, quantity, unit, location, custodian, phone, minimum, note]) => ({
    id: newId(),
    type,
    name,
    quantity,
    unit,
    location,
    custodian: { name: custodian, phone },
    status: 'available',
    minimum,
    note,
    sample: true,
    updatedAt: nowIso,
  }));
}
