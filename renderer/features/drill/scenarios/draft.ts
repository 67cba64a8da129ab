// The editor's working copy of a scenario: each inject carries a key that survives reordering,
// and new objectives and actions get codes the operator never has to see or type.
import type { Plan } from '@shared/plan';
import type { ExpectedAction, Inject, InjectComplaint, Scenario, TeamCode } from '@shared/scenario';
import type { LocalizedText } from '@shared/text';

export type DraftInject = Inject & { key: string };
export type Draft = Omit<Scenario, 'injects'> & { injects: DraftInject[] };

let keys = 0;
const newKey = () => `inject-${(keys += 1)}`;

export function toDraft(scenario: Scenario): Draft {
  return { ...structuredClone(scenario), injects: scenario.injects.map((inject) => ({ ...structuredClone(inject), key: newKey() })) };
}

/** Types that register a complaint: always a complaint inject, and optionally a phone call. */
export const takesComplaint = (type: Inject['type']) => type === 'complaint' || type === 'phone-call';

/**
 * The draft as it will be saved: injects in time order (when every time is a number), numbered
 * 1, 2, 3…, with attachments following their inject to its new number.
 */
export function normalized(draft: Draft): Draft {
  const next = structuredClone(draft);
  if (next.injects.every((inject) => Number.isFinite(inject.offsetMinutes))) {
    next.injects.sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.seq - b.seq);
  }
  const renumber = new Map(next.injects.map((inject, i) => [inject.seq, i + 1]));
  next.injects.forEach((inject, i) => {
    inject.seq = i + 1;
    if (!takesComplaint(inject.type)) delete inject.complaint;
    const target = inject.complaint?.attachToSeq;
    if (inject.complaint && target !== undefined) {
      const moved = renumber.get(target);
      if (moved === undefined) delete inject.complaint.attachToSeq;
      else inject.complaint.attachToSeq = moved;
    }
  });
  return next;
}

export function toScenario(draft: Draft): Scenario {
  return { ...draft, injects: draft.injects.map(({ key: _key, ...inject }) => inject) };
}

/** Sets one language of a text; an empty English text is left out rather than kept blank. */
export function withText(text: LocalizedText, lang: 'zh' | 'en', value: string): LocalizedText {
  if (lang === 'zh') return { ...text, zh: value };
  const { en: _en, ...rest } = text;
  return value.trim() ? { ...rest, en: value } : rest;
}

const unused = (prefix: string, taken: Set<string>) => {
  for (let n = 1; ; n += 1) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
};

export function blankObjective(draft: Draft, name: string): Scenario['objectives'][number] {
  return { code: unused('objective', new Set(draft.objectives.map((o) => o.code))), name: { zh: name } };
}

/** A new inject just after the last one, a situation message until the operator says otherwise. */
export function blankInject(draft: Draft): DraftInject {
  const last = draft.injects.reduce(
    (max, inject) => (Number.isFinite(inject.offsetMinutes) ? Math.max(max, inject.offsetMinutes) : max),
    0,
  );
  return {
    key: newKey(),
    seq: Math.max(0, ...draft.injects.map((inject) => inject.seq)) + 1,
    offsetMinutes: draft.injects.length ? last + 5 : 0,
    type: 'situation',
    from: { zh: '' },
    to: { zh: '' },
    content: { zh: '' },
    expectedActions: [],
  };
}

export function blankAction(draft: Draft, team: TeamCode = 'leading-group'): ExpectedAction {
  const taken = new Set(draft.injects.flatMap((inject) => inject.expectedActions.map((action) => action.id)));
  return {
    id: unused('action', taken),
    objective: draft.objectives[0]?.code ?? '',
    description: { zh: '' },
    team,
    limitMinutes: 15,
    evidence: { kind: 'observed' },
  };
}

export function blankComplaint(plan: Plan): InjectComplaint {
  return {
    channelCode: plan.channels[0]?.code ?? '',
    categoryCode: plan.categories[0]?.code ?? '',
    urgency: 'normal',
    complainant: { name: '', phone: '' },
    subject: '',
    place: '',
    content: '',
    expectedResolution: '',
    peopleInvolved: 1,
    facts: { injury: false, mediaAttention: false, regulatorInvolved: false, repeatComplaint: false, amountAtStake: 0 },
  };
}

/** A number typed into a field: empty or unreadable stays NaN, so the check says "a number, please". */
export const numberFrom = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));
export const numberText = (value: number) => (Number.isFinite(value) ? String(value) : '');
