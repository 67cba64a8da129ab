// A fresh database per test (fake-indexeddb) with the default plan, and registrations to write.
import type { Result } from '@shared/result';
import { officialCalendar } from '@shared/calendar';
import { COLUMN_TITLES, type ImportField, type SourceTable } from '@shared/importing';
import type { Actor } from '@shared/model';
import type { RegistrationInput } from '@shared/registration';
import { toPlanLocalInput } from '@shared/time';
import { ConsoleDb } from '../../../renderer/db/schema';
import { ensureSeeded, planInForce } from '../../../renderer/db/seed';
import type { WriteContext } from '../../../renderer/db/context';

export const STAFF: Actor = { id: 'a1000000-0000-4000-8000-000000000007', name: '陈晓', role: 'staff' };
export const LEADER: Actor = { id: 'a1000000-0000-4000-8000-000000000001', name: '王建国', role: 'leader' };
export const DEPUTY: Actor = { id: 'a1000000-0000-4000-8000-000000000002', name: '李明', role: 'deputy' };
/** Monday 2026-11-23 10:00 China time. */
export const NOW = Date.parse('2026-11-23T10:00:00+08:00');

let counter = 0;
export async function freshDb(): Promise<ConsoleDb> {
  counter += 1;
  const db = new ConsoleDb(`test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`, 'live');
  await ensureSeeded(db, NOW);
  return db;
}

export async function contextFor(db: ConsoleDb, actor: Actor = STAFF, now = NOW): Promise<WriteContext> {
  const plan = await planInForce(db);
  if (!plan) throw new Error('no plan');
  return { actor, plan, now, calendar: officialCalendar };
}

export function registration(overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  return {
    receivedAt: toPlanLocalInput(NOW - 30 * 60_000),
    channelCode: 'hotline',
    categoryCode: 'fuel-quantity-quality',
    urgency: 'normal',
    complainant: { name: '周先生', phone: '13912345678', idNumber: '', address: '城东路8号' },
    subject: '城东加油站加油数量不足',
    content: '加满油箱后发现加油量与油箱容量不符，怀疑加油机计量有误。',
    expectedResolution: '核实计量并退还差额',
    place: '城东加油站',
    peopleInvolved: 1,
    facts: { mediaAttention: false, injury: false, regulatorInvolved: false, repeatComplaint: false, amountAtStake: 120 },
    ownerId: STAFF.id,
    ...overrides,
  };
}

/** The columns a hotline export has in these tests, titled as the console writes them. */
const HOTLINE_FIELDS = [
  'externalRef',
  'receivedAt',
  'channelCode',
  'categoryCode',
  'urgency',
  'name',
  'phone',
  'subject',
  'place',
  'content',
  'expectedResolution',
] as const satisfies readonly ImportField[];
export const HOTLINE_HEADERS: string[] = HOTLINE_FIELDS.map((field) => COLUMN_TITLES[field]);

/** `count` valid service-quality tickets as a hotline export would list them. */
export function hotlineTable(
  count: number,
  {
    ref = (i: number) => `GD-${i}`,
    receivedAt = () => '2026-11-20 09:05',
  }: { ref?: (i: number) => string; receivedAt?: (i: number) => string } = {},
): SourceTable {
  return {
    headers: HOTLINE_HEADERS,
    rows: Array.from({ length: count }, (_, i) => [
      ref(i),
      receivedAt(i),
      '24小时热线',
      '服务质量',
      '一般',
      `投诉人${i}`,
      `139${String(10_000_000 + i).slice(-8)}`,
      `第${i}号投诉`,
      '城东店',
      `第${i}位顾客反映服务态度差，要求道歉。`,
      '道歉',
    ]),
  };
}

/** The value of a write that must succeed; a refusal fails the test with its code and params. */
export const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code} ${JSON.stringify(result.error.params)}`);
  return result.value;
};
