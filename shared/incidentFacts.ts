// An incident's facts as the printed reports state them (事件摘要, 总结报告 and its cover): one
// builder, each fact under a key the renderer puts into words, so the reports cannot drift apart
// in what a number, a level or a time says. Pure: the plan, the people and the masking come in.
import { resultsPerComplainant, type Satisfaction } from './complainantResults';
import type { Complaint, Incident, Milestones, Person } from './model';
import { NATIONAL_COLOURS, type Level, type Plan } from './plan';
import type { LocalizedText } from './text';
import type { WorkflowState } from './workflow';

/** How personal data reaches paper: whole, or hidden (保护投诉人隐私) in names, phones and free text. */
export type Masking = { text: (value: string) => string; name: (value: string) => string; phone: (value: string) => string };

const whole = (value: string) => value;
export const NO_MASKING: Masking = { text: whole, name: whole, phone: whole };

/** The workflow's milestones in the order they happen; a report lists those reached. */
export const MILESTONE_ORDER = [
  'receivedAt',
  'acceptedAt',
  'gradedAt',
  'levelOneAt',
  'activatedAt',
  'investigationDoneAt',
  'reopenedAt',
  'solutionReadyAt',
  'feedbackAt',
  'closedAt',
] as const satisfies readonly (keyof Milestones)[];
export type MilestoneKey = (typeof MILESTONE_ORDER)[number];

export type RecordFactKey =
  | 'number'
  | 'title'
  | 'level'
  | 'state'
  | 'category'
  | 'channel'
  | 'urgency'
  | 'place'
  | 'people'
  | 'complaintCount'
  | 'complainants'
  | 'owner'
  | 'planVersion';
export type OutcomeFactKey = 'findings' | 'solution' | 'feedback' | 'satisfaction' | 'escalation' | 'rejection';
export type IncidentFactKey = RecordFactKey | MilestoneKey | OutcomeFactKey | 'complainantResult';

/** The colour a level carries on paper: that of its first national grade (Ⅰ red … Ⅳ blue). */
export type LevelColour = (typeof NATIONAL_COLOURS)[keyof typeof NATIONAL_COLOURS] | 'grey';

export type FactValue =
  /** As recorded: a number, a place, a person's name, free text (masked where asked). */
  | { kind: 'text'; text: string }
  /** A name the plan gives in both languages (a category, a channel, an urgency). */
  | { kind: 'named'; name: LocalizedText }
  | { kind: 'level'; level: Level | null; colour: LevelColour }
  | { kind: 'state'; state: WorkflowState }
  | { kind: 'people'; count: number }
  | { kind: 'complaints'; count: number }
  | { kind: 'complainants'; people: { name: string; phone: string }[] }
  /** An instant, written in the zone of the incident's plan. */
  | { kind: 'instant'; at: string; utcOffsetMinutes: number }
  | { kind: 'satisfaction'; satisfaction: Satisfaction }
  | { kind: 'escalation'; route: NonNullable<Incident['escalation']>['route']; outcome?: string }
  | { kind: 'rejection'; rejection: NonNullable<Incident['rejection']>['kind']; reason: string }
  /** One complainant's feedback and satisfaction (a group complaint: one fact each). */
  | { kind: 'result'; feedback: string | null; satisfaction: Satisfaction | null }
  | { kind: 'none' };

export type IncidentFact = {
  key: IncidentFactKey;
  value: FactValue;
  /** Whose fact it is, where the label names a complainant (反馈与满意度（周**）). */
  of?: string;
};

export type IncidentFacts = {
  /** What the incident is: number, title, level, state, classification, people, owner, plan version. */
  record: IncidentFact[];
  /** The milestones reached, in the order they happen. */
  times: IncidentFact[];
  /** What was found and done, only what is recorded. */
  outcome: IncidentFact[];
  /** Feedback and satisfaction: the incident's for one complainant, each one's for a group. */
  results: IncidentFact[];
};

export type FactSources = {
  /** The incident's complaints, oldest first. */
  complaints: readonly Complaint[];
  /** The plan version the incident was opened under (its names and grades). */
  plan: Plan;
  people: readonly Pick<Person, 'id' | 'name'>[];
  mask?: Masking;
};

export function levelColour(level: Level | null, plan: Pick<Plan, 'grades'>): LevelColour {
  const grade = plan.grades.find((g) => g.level === level);
  return grade ? NATIONAL_COLOURS[grade.nationalLevels[0]!] : 'grey';
}

const text = (value: string): FactValue => ({ kind: 'text', text: value });

function named(list: readonly { code: string; name: LocalizedText }[], code: string): FactValue {
  const item = list.find((i) => i.code === code);
  return item ? { kind: 'named', name: item.name } : text(code);
}

export function incidentFacts(incident: Incident, { complaints, plan, people, mask = NO_MASKING }: FactSources): IncidentFacts {
  const owner = people.find((p) => p.id === incident.ownerId);
  const record: IncidentFact[] = [
    { key: 'number', value: text(incident.number) },
    { key: 'title', value: text(incident.title) },
    { key: 'level', value: { kind: 'level', level: incident.level, colour: levelColour(incident.level, plan) } },
    { key: 'state', value: { kind: 'state', state: incident.state } },
    { key: 'category', value: named(plan.categories, incident.categoryCode) },
    { key: 'channel', value: named(plan.channels, incident.channelCode) },
    { key: 'urgency', value: named(plan.urgencies, incident.urgency) },
    { key: 'place', value: text(incident.place) },
    { key: 'people', value: { kind: 'people', count: incident.peopleInvolved } },
    { key: 'complaintCount', value: { kind: 'complaints', count: complaints.length } },
    {
      key: 'complainants',
      value: {
        kind: 'complainants',
        people: complaints.map((c) => ({ name: mask.name(c.complainant.name), phone: mask.phone(c.complainant.phone) })),
      },
    },
    { key: 'owner', value: owner ? text(owner.name) : { kind: 'none' } },
    { key: 'planVersion', value: text(plan.version) },
  ];

  const times = MILESTONE_ORDER.flatMap((key): IncidentFact[] => {
    const at = incident.milestones[key];
    return at ? [{ key, value: { kind: 'instant', at, utcOffsetMinutes: plan.utcOffsetMinutes } }] : [];
  });

  const recorded = (value: string | undefined) => (value ? text(mask.text(value)) : null);
  const { escalation, rejection, satisfaction } = incident;
  const outcomeValues: [OutcomeFactKey, FactValue | null][] = [
    ['findings', recorded(incident.investigationFindings)],
    ['solution', recorded(incident.solution)],
    ['feedback', recorded(incident.feedback)],
    ['satisfaction', satisfaction ? { kind: 'satisfaction', satisfaction } : null],
    [
      'escalation',
      escalation
        ? { kind: 'escalation', route: escalation.route, ...(escalation.outcome ? { outcome: mask.text(escalation.outcome) } : {}) }
        : null,
    ],
    ['rejection', rejection ? { kind: 'rejection', rejection: rejection.kind, reason: mask.text(rejection.reason) } : null],
  ];
  const outcome = outcomeValues.flatMap(([key, value]): IncidentFact[] => (value ? [{ key, value }] : []));

  return { record, times, outcome, results: resultFacts(incident, complaints, outcome, mask) };
}

function resultFacts(incident: Incident, complaints: readonly Complaint[], outcome: IncidentFact[], mask: Masking): IncidentFact[] {
  if (complaints.length <= 1) return pickFacts(outcome, ['feedback', 'satisfaction']);
  const results = resultsPerComplainant(
    incident,
    complaints.map((c) => c.id),
  );
  return complaints.map((c, index) => {
    const { feedback, satisfaction } = results[index]!;
    return {
      key: 'complainantResult',
      of: mask.name(c.complainant.name),
      value: { kind: 'result', feedback: feedback ? mask.text(feedback) : null, satisfaction: satisfaction ?? null },
    };
  });
}

/**
 * The facts a report shows, in the order it shows them. A key with no fact is left out, or stands
 * as "none" where the report keeps its place (a cover's 关闭时间 on a form).
 */
export function pickFacts(
  facts: readonly IncidentFact[],
  keys: readonly IncidentFactKey[],
  missing: 'omit' | 'none' = 'omit',
): IncidentFact[] {
  return keys.flatMap((key): IncidentFact[] => {
    const found = facts.filter((f) => f.key === key);
    if (found.length) return found;
    return missing === 'none' ? [{ key, value: { kind: 'none' } }] : [];
  });
}

/** Without the facts that would print as an empty cell (no place given, no complaint attached). */
export function withoutBlanks(facts: readonly IncidentFact[]): IncidentFact[] {
  return facts.filter(
    ({ value }) => !(value.kind === 'text' && value.text === '') && !(value.kind === 'complainants' && value.people.length === 0),
  );
}
