// Synthetic but plausible records for benchmarks: spread over levels, stages, categories,
// channels and three months, as a busy office's store would be.
import { defaultPlan } from '@shared/defaultPlan';
import { newId } from '@shared/ids';
import type { Complaint, Incident } from '@shared/model';
import type { RegistrationInput } from '@shared/registration';
import { toIsoWithOffset, toPlanLocalInput } from '@shared/time';
import { WORKFLOW_STATES } from '@shared/workflow';

const plan = defaultPlan('2026-01-01T00:00:00+08:00');
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

export function registrationInput(i: number, now: number, ownerId: string): RegistrationInput {
  return {
    receivedAt: toPlanLocalInput(now - (i % 600) * 60_000),
    channelCode: pick(plan.channels, i).code,
    categoryCode: pick(plan.categories, i * 7).code,
    urgency: pick(['urgent', 'fairly-urgent', 'normal'] as const, i),
    complainant: { name: `${pick([...SURNAMES], i)}先生${i}`, phone: `139${String(10_000_000 + i).slice(-8)}`, idNumber: '', address: '' },
    subject: `第${i}号投诉涉及的产品`,
    content: '顾客反映购买的产品存在质量问题，要求处理。',
    expectedResolution: '退换货',
    place: `门店${i % 40}`,
    peopleInvolved: 1 + (i % 3),
    facts: {
      mediaAttention: i % 97 === 0,
      injury: false,
      regulatorInvolved: i % 31 === 0,
      repeatComplaint: false,
      amountAtStake: (i % 50) * 100,
    },
    ownerId,
  };
}

export function boardRecords(count: number, now: number, ownerId: string): { incidents: Incident[]; complaints: Complaint[] } {
  const incidents: Incident[] = [];
  const complaints: Complaint[] = [];
  for (let i = 0; i < count; i += 1) {
    const at = toIsoWithOffset(now - ((i * 77_777) % (90 * 86_400_000)));
    const id = newId();
    const state = pick(WORKFLOW_STATES, i * 3);
    const level = state === 'registered' || state === 'verified' ? null : pick([1, 2, 3] as const, i);
    const name = `${pick([...SURNAMES], i)}女士${i}`;
    const day = at.slice(0, 10).replaceAll('-', '');
    incidents.push({
      id,
      mode: 'live',
      number: `SJ-${day}-${String(i).padStart(6, '0')}`,
      title: `第${i}号事件：产品质量投诉`,
      categoryCode: pick(plan.categories, i * 7).code,
      channelCode: pick(plan.channels, i).code,
      place: `门店${i % 40}`,
      urgency: 'normal',
      level,
      state,
      ownerId,
      facts: { mediaAttention: false, injury: false, regulatorInvolved: false, repeatComplaint: false, amountAtStake: 0 },
      milestones: { receivedAt: at },
      complainantCount: 1,
      peopleInvolved: 1,
      complainantNames: [name],
      nextDeadlineAt: state === 'closed' || state === 'rejected' ? null : toIsoWithOffset(now + ((i % 200) - 50) * 3_600_000),
      nextDeadlineStage: state === 'closed' || state === 'rejected' ? null : 'investigation',
      createdAt: at,
      createdBy: ownerId,
      updatedAt: at,
      updatedBy: ownerId,
      // On the live board (all within the last three months).
      boardAt: at,
    });
    complaints.push({
      id: newId(),
      mode: 'live',
      number: `TS-${day}-${String(i).padStart(6, '0')}`,
      incidentId: id,
      receivedAt: at,
      channelCode: 'hotline',
      categoryCode: 'product-quality',
      urgency: 'normal',
      complainant: { name, phone: '13900000000', idNumber: '', address: '' },
      content: '产品质量问题',
      subject: '产品',
      expectedResolution: '退货',
      place: '门店',
      peopleInvolved: 1,
      facts: { mediaAttention: false, injury: false, regulatorInvolved: false, repeatComplaint: false, amountAtStake: 0 },
      ownerId,
      createdAt: at,
      createdBy: ownerId,
      updatedAt: at,
      updatedBy: ownerId,
    });
  }
  return { incidents, complaints };
}
