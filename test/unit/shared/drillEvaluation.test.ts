// Drill evaluation (演练评估): a scripted run of a petrol-station dispute checked action by action,
// rated P/S/M/U per objective, per team and overall, and two runs compared.
import { describe, expect, it } from 'vitest';
import {
  compareDrillRuns,
  evaluateDrill,
  ratingFor,
  validateRatingAdjustment,
  type DrillEvaluation,
  type DrillRecord,
  type EvidenceEvent,
} from '@shared/drillEvaluation';
import { ScenarioSchema, type ExpectedAction, type Inject, type InjectComplaint, type Scenario } from '@shared/scenario';

const at = (hhmm: string) => `2026-11-23T${hhmm}:00+08:00`;
const text = (zh: string) => ({ zh });

const complaint = (overrides: Partial<InjectComplaint> = {}): InjectComplaint => ({
  channelCode: 'hotline',
  categoryCode: 'quantity',
  urgency: 'urgent',
  complainant: { name: '周先生', phone: '139 0000 0001' },
  subject: '加油站计量不足',
  place: '城东加油站',
  content: '顾客称加油 300 元，油箱只加进约一半',
  expectedResolution: '退款并检定加油机',
  peopleInvolved: 1,
  facts: { injury: false, mediaAttention: false, regulatorInvolved: false, repeatComplaint: false, amountAtStake: 300 },
  ...overrides,
});

const action = (a: Omit<ExpectedAction, 'description'>): ExpectedAction => ({ ...a, description: text(a.id) });

function inject(
  seq: number,
  offsetMinutes: number,
  type: Inject['type'],
  expectedActions: ExpectedAction[],
  extra: Partial<Inject> = {},
): Inject {
  return { seq, offsetMinutes, type, from: text('导调'), to: text('指挥部'), content: text(`情景 ${seq}`), expectedActions, ...extra };
}

function scenario(injects: Inject[], id = 'fuel-dispute'): Scenario {
  return ScenarioSchema.parse({
    id,
    builtIn: false,
    title: text('加油站油量纠纷'),
    summary: text('计量纠纷，围观，记者到场，邀请质监部门'),
    kind: 'sudden',
    objectives: [
      { code: 'initial-response', name: text('先期处置') },
      { code: 'on-site-control', name: text('现场控制') },
      { code: 'public-communication', name: text('舆情应对') },
    ],
    injects,
    updatedAt: at('08:00'),
  });
}

/** The petrol-station dispute: complaint, onlookers gather, a reporter arrives, the regulator. */
const FUEL_DISPUTE = scenario([
  inject(
    1,
    0,
    'complaint',
    [
      action({
        id: 'a1-verify',
        objective: 'initial-response',
        team: 'information',
        limitMinutes: 15,
        evidence: { kind: 'timeline', entryKinds: ['verify'] },
      }),
      action({
        id: 'a1-grade',
        objective: 'initial-response',
        team: 'leading-group',
        limitMinutes: 30,
        evidence: { kind: 'timeline', entryKinds: ['grade'], level: 2 },
      }),
    ],
    { complaint: complaint() },
  ),
  inject(2, 20, 'situation', [
    action({
      id: 'a2-activate',
      objective: 'on-site-control',
      team: 'leading-group',
      limitMinutes: 10,
      evidence: { kind: 'timeline', entryKinds: ['activateResponse'] },
    }),
    action({
      id: 'a2-dispatch',
      objective: 'on-site-control',
      team: 'coordination',
      limitMinutes: 15,
      evidence: { kind: 'timeline', entryKinds: ['instruction-issued'], teamCode: 'coordination' },
    }),
    action({ id: 'a2-cordon', objective: 'on-site-control', team: 'logistics', limitMinutes: 20, evidence: { kind: 'observed' } }),
  ]),
  inject(3, 40, 'opinion', [
    action({
      id: 'a3-statement',
      objective: 'public-communication',
      team: 'publicity',
      limitMinutes: 30,
      evidence: { kind: 'timeline', entryKinds: ['communication'] },
    }),
    action({ id: 'a3-briefing', objective: 'public-communication', team: 'publicity', limitMinutes: 20, evidence: { kind: 'observed' } }),
    action({ id: 'a3-monitor', objective: 'public-communication', team: 'publicity', limitMinutes: 60, evidence: { kind: 'observed' } }),
  ]),
  inject(4, 60, 'regulator', [
    action({
      id: 'a4-invite',
      objective: 'on-site-control',
      team: 'coordination',
      limitMinutes: 30,
      evidence: { kind: 'timeline', entryKinds: ['instruction-issued'], teamCode: 'coordination' },
    }),
  ]),
]);

const event = (injectSeq: number, hhmm: string, kind: string, actorName: string, extra: Partial<EvidenceEvent> = {}): EvidenceEvent => ({
  injectSeq,
  at: at(hhmm),
  kind,
  actorName,
  ...extra,
});

const FIRINGS = [
  { seq: 1, at: at('09:00') },
  { seq: 2, at: at('09:20') },
  { seq: 3, at: at('09:40') },
  { seq: 4, at: at('10:00') },
];

/** The first run as it happened: who did what, and when. */
const SCRIPTED_RUN: DrillRecord = {
  firings: FIRINGS,
  events: [
    event(1, '09:08', 'verify', '张伟', { teamCode: 'information' }),
    event(1, '09:12', 'grade', '李娜', { level: 3 }),
    event(1, '09:25', 'grade', '王强', { level: 2 }),
    event(1, '09:30', 'instruction-issued', '王强', { teamCode: 'logistics' }),
    event(1, '09:33', 'instruction-issued', '王强', { teamCode: 'coordination' }),
    event(1, '09:34', 'activateResponse', '王强'),
    event(1, '09:38', 'communication', '陈静'),
    event(1, '10:25', 'communication', '陈静'),
  ],
  marks: [
    { actionId: 'a2-cordon', done: true, at: at('09:50'), by: '观察员赵敏' },
    { actionId: 'a3-briefing', done: false, by: '观察员赵敏', note: '未组织媒体通气' },
  ],
  adjustments: [{ objective: 'public-communication', rating: 'M', reason: '记者提前到场，注入与脚本不符', by: '导调刘洋' }],
};

function evaluated(s: Scenario, run: DrillRecord): DrillEvaluation {
  const result = evaluateDrill(s, run);
  if (!result.ok) throw new Error(`evaluation refused: ${result.error.code}`);
  return result.value;
}

const outcomeOf = (evaluation: DrillEvaluation, actionId: string) => evaluation.actions.find((a) => a.actionId === actionId)?.outcome;

describe('evaluation of a scripted petrol-station drill', () => {
  const evaluation = evaluated(FUEL_DISPUTE, SCRIPTED_RUN);

  it('checks every expected action: done or not, by whom, minutes after the inject, on time, late or missing', () => {
    expect(evaluation.actions.map((a) => ({ id: a.actionId, injectedAt: a.injectedAt, outcome: a.outcome }))).toEqual([
      {
        id: 'a1-verify',
        injectedAt: at('09:00'),
        outcome: { status: 'on-time', by: '张伟', at: at('09:08'), minutesAfterInject: 8, source: 'record' },
      },
      {
        id: 'a1-grade',
        injectedAt: at('09:00'),
        outcome: { status: 'on-time', by: '王强', at: at('09:25'), minutesAfterInject: 25, source: 'record' },
      },
      {
        id: 'a2-activate',
        injectedAt: at('09:20'),
        outcome: { status: 'late', by: '王强', at: at('09:34'), minutesAfterInject: 14, lateByMinutes: 4, source: 'record' },
      },
      {
        id: 'a2-dispatch',
        injectedAt: at('09:20'),
        outcome: { status: 'on-time', by: '王强', at: at('09:33'), minutesAfterInject: 13, source: 'record' },
      },
      {
        id: 'a2-cordon',
        injectedAt: at('09:20'),
        outcome: { status: 'late', by: '观察员赵敏', at: at('09:50'), minutesAfterInject: 30, lateByMinutes: 10, source: 'observer' },
      },
      {
        id: 'a3-statement',
        injectedAt: at('09:40'),
        outcome: { status: 'late', by: '陈静', at: at('10:25'), minutesAfterInject: 45, lateByMinutes: 15, source: 'record' },
      },
      { id: 'a3-briefing', injectedAt: at('09:40'), outcome: { status: 'missing', markedBy: '观察员赵敏', note: '未组织媒体通气' } },
      { id: 'a3-monitor', injectedAt: at('09:40'), outcome: { status: 'missing' } },
      { id: 'a4-invite', injectedAt: at('10:00'), outcome: { status: 'missing' } },
    ]);
  });

  it('rates each objective by the rule and keeps the computed rating beside the trainer’s adjustment', () => {
    expect(
      evaluation.objectives.map((o) => ({
        objective: o.objective,
        done: `${o.tally.done}/${o.tally.rated}`,
        late: o.tally.late,
        computed: o.computed,
        rating: o.rating,
        adjustment: o.adjustment,
      })),
    ).toEqual([
      // both on time
      { objective: 'initial-response', done: '2/2', late: 0, computed: 'P', rating: 'P', adjustment: null },
      // activate late, dispatch on time, cordon late, invite missing: 3 of 4 done
      { objective: 'on-site-control', done: '3/4', late: 2, computed: 'M', rating: 'M', adjustment: null },
      // statement late, briefing and monitoring missing: 1 of 3 done, raised by the trainer
      {
        objective: 'public-communication',
        done: '1/3',
        late: 1,
        computed: 'U',
        rating: 'M',
        adjustment: { rating: 'M', reason: '记者提前到场，注入与脚本不符', by: '导调刘洋' },
      },
    ]);
  });

  it('rates each team and the whole drill, with on-time rates', () => {
    expect(evaluation.teams.map((t) => ({ team: t.team, actions: t.actionIds, rating: t.rating, onTimeRate: t.tally.onTimeRate }))).toEqual(
      [
        { team: 'leading-group', actions: ['a1-grade', 'a2-activate'], rating: 'S', onTimeRate: 0.5 },
        { team: 'information', actions: ['a1-verify'], rating: 'P', onTimeRate: 1 },
        { team: 'coordination', actions: ['a2-dispatch', 'a4-invite'], rating: 'M', onTimeRate: 0.5 },
        { team: 'publicity', actions: ['a3-statement', 'a3-briefing', 'a3-monitor'], rating: 'U', onTimeRate: 0 },
        { team: 'logistics', actions: ['a2-cordon'], rating: 'S', onTimeRate: 0 },
      ],
    );
    expect(evaluation.overall).toEqual({
      tally: { expected: 9, rated: 9, done: 6, onTime: 3, late: 3, missing: 3, notDue: 0, notInjected: 0, onTimeRate: 3 / 9 },
      // worst of P, M, U as computed; worst of P, M, M once the trainer adjusted
      computed: 'U',
      rating: 'M',
    });
  });
});

describe('the rating rule', () => {
  it.each([
    ['all 4 actions done on time', 'P', { rated: 4, done: 4, late: 0 }],
    ['all 4 done, 1 of them late', 'S', { rated: 4, done: 4, late: 1 }],
    ['exactly half of 4 done', 'M', { rated: 4, done: 2, late: 0 }],
    ['2 of 3 done, both late', 'M', { rated: 3, done: 2, late: 2 }],
    ['1 of 3 done', 'U', { rated: 3, done: 1, late: 0 }],
    ['none of 2 done', 'U', { rated: 2, done: 0, late: 0 }],
    ['no action injected', null, { rated: 0, done: 0, late: 0 }],
  ] as const)('rates %s as %s', (_case, rating, tally) => {
    expect(ratingFor(tally)).toBe(rating);
  });
});

describe('evidence of an expected action', () => {
  const gradeAndDispatch = scenario([
    inject(
      1,
      0,
      'complaint',
      [
        action({
          id: 'grade-2',
          objective: 'initial-response',
          team: 'leading-group',
          limitMinutes: 30,
          evidence: { kind: 'timeline', entryKinds: ['grade'], level: 2 },
        }),
        action({
          id: 'dispatch',
          objective: 'on-site-control',
          team: 'coordination',
          limitMinutes: 15,
          evidence: { kind: 'timeline', entryKinds: ['instruction-issued', 'instruction-signed'], teamCode: 'coordination' },
        }),
      ],
      { complaint: complaint() },
    ),
  ]);
  const run = (events: EvidenceEvent[], firings = [{ seq: 1, at: at('09:00') }]): DrillRecord => ({
    firings,
    events,
    marks: [],
    adjustments: [],
  });

  it('leaves out an action not yet due when the drill finished, and counts one whose limit had run out as missing', () => {
    // Finished 20 minutes after the inject: the 30-minute grade was not yet due, the 15-minute dispatch was.
    const evaluation = evaluated(gradeAndDispatch, { ...run([]), endedAt: at('09:20') });
    expect(evaluation.actions.map((a) => [a.actionId, a.outcome.status])).toEqual([
      ['grade-2', 'not-due'],
      ['dispatch', 'missing'],
    ]);
    expect(evaluation.overall.tally).toMatchObject({ expected: 2, rated: 1, missing: 1, notDue: 1 });
    expect(evaluation.objectives.find((o) => o.objective === 'initial-response')!.computed).toBeNull();
    // Done in time is on time however early the drill ended; and a run still going has nothing 'not-due'.
    const graded = evaluated(gradeAndDispatch, {
      ...run([{ injectSeq: 1, at: at('09:10'), kind: 'grade', actorName: '王建国', level: 2 }]),
      endedAt: at('09:12'),
    });
    expect(graded.actions[0]!.outcome.status).toBe('on-time');
    expect(evaluated(gradeAndDispatch, run([])).actions.map((a) => a.outcome.status)).toEqual(['missing', 'missing']);
  });

  it('counts a grade only at the required level or more severe (level 1 is most severe)', () => {
    const tooMild = evaluated(
      gradeAndDispatch,
      run([event(1, '09:05', 'grade', '李娜', { level: 3 }), event(1, '09:06', 'grade', '李娜')]),
    );
    expect(outcomeOf(tooMild, 'grade-2')).toEqual({ status: 'missing' });
    const moreSevere = evaluated(
      gradeAndDispatch,
      run([event(1, '09:05', 'grade', '李娜', { level: 3 }), event(1, '09:10', 'grade', '王强', { level: 1 })]),
    );
    expect(outcomeOf(moreSevere, 'grade-2')).toMatchObject({ status: 'on-time', by: '王强', minutesAfterInject: 10 });
  });

  it('counts an instruction only when it went to the expected team', () => {
    const evaluation = evaluated(
      gradeAndDispatch,
      run([
        event(1, '09:04', 'instruction-issued', '王强', { teamCode: 'publicity' }),
        event(1, '09:06', 'instruction-issued', '王强'),
        event(1, '09:09', 'instruction-signed', '孙丽', { teamCode: 'coordination' }),
      ]),
    );
    expect(outcomeOf(evaluation, 'dispatch')).toMatchObject({ status: 'on-time', by: '孙丽', minutesAfterInject: 9 });
  });

  it('ignores what was recorded before the inject arrived', () => {
    const evaluation = evaluated(
      gradeAndDispatch,
      run([event(1, '08:58', 'grade', '李娜', { level: 1 }), event(1, '09:40', 'grade', '王强', { level: 2 })]),
    );
    expect(outcomeOf(evaluation, 'grade-2')).toEqual({
      status: 'late',
      by: '王强',
      at: at('09:40'),
      minutesAfterInject: 40,
      lateByMinutes: 10,
      source: 'record',
    });
  });

  it('times a re-sent inject from its first firing', () => {
    const resent = [
      { seq: 1, at: at('09:20') },
      { seq: 1, at: at('09:00') },
    ];
    const evaluation = evaluated(gradeAndDispatch, run([event(1, '09:25', 'grade', '王强', { level: 2 })], resent));
    expect(evaluation.actions[0]).toMatchObject({ injectedAt: at('09:00'), outcome: { status: 'on-time', minutesAfterInject: 25 } });
  });

  it('takes the earliest matching entry, whoever recorded it and in whatever order it arrived', () => {
    const evaluation = evaluated(
      gradeAndDispatch,
      run([event(1, '09:20', 'grade', '王强', { level: 2 }), event(1, '09:12', 'grade', '李娜', { level: 1 })]),
    );
    expect(outcomeOf(evaluation, 'grade-2')).toMatchObject({ by: '李娜', minutesAfterInject: 12 });
  });

  it('answers a complaint inject on its own incident or the one it joins; a situation on any incident', () => {
    const verify = (id: string, objective: string) =>
      action({ id, objective, team: 'information', limitMinutes: 30, evidence: { kind: 'timeline', entryKinds: ['verify'] } });
    const threeIncidents = scenario([
      inject(1, 0, 'complaint', [verify('first', 'initial-response')], { complaint: complaint() }),
      inject(2, 10, 'complaint', [verify('second', 'initial-response')], { complaint: complaint({ subject: '另一起投诉' }) }),
      inject(3, 20, 'complaint', [verify('joined', 'on-site-control')], { complaint: complaint({ attachToSeq: 1, peopleInvolved: 12 }) }),
      inject(4, 30, 'situation', [verify('situation', 'public-communication')]),
    ]);
    const evaluation = evaluated(threeIncidents, {
      firings: [1, 2, 3, 4].map((seq) => ({ seq, at: at(`09:${String((seq - 1) * 10).padStart(2, '0')}`) })),
      events: [event(2, '09:05', 'verify', '张伟'), event(1, '09:25', 'verify', '李娜'), event(2, '09:35', 'verify', '王强')],
      marks: [],
      adjustments: [],
    });
    expect(evaluation.actions.map((a) => [a.actionId, a.outcome.status, 'by' in a.outcome ? a.outcome.by : null])).toEqual([
      ['first', 'on-time', '李娜'],
      ['second', 'on-time', '王强'],
      ['joined', 'on-time', '李娜'],
      ['situation', 'on-time', '王强'],
    ]);
  });

  it('leaves the actions of a skipped inject out of the rates and ratings', () => {
    const evaluation = evaluated(FUEL_DISPUTE, { ...SCRIPTED_RUN, firings: FIRINGS.filter((f) => f.seq !== 4) });
    expect(evaluation.actions.find((a) => a.actionId === 'a4-invite')).toMatchObject({
      injectedAt: null,
      outcome: { status: 'not-injected' },
    });
    const onSite = evaluation.objectives.find((o) => o.objective === 'on-site-control');
    // activate late, dispatch on time, cordon late: all three done, some late
    expect(onSite).toMatchObject({ computed: 'S', tally: { expected: 4, rated: 3, notInjected: 1, onTimeRate: 1 / 3 } });
  });

  it('takes the observer’s latest mark, and a mark without a time as done within the limit', () => {
    const evaluation = evaluated(FUEL_DISPUTE, {
      ...SCRIPTED_RUN,
      marks: [
        { actionId: 'a3-briefing', done: false, by: '观察员赵敏' },
        { actionId: 'a3-briefing', done: true, at: at('09:52'), by: '观察员赵敏', note: '补记：已通气' },
        { actionId: 'a3-monitor', done: true, by: '导调刘洋' },
      ],
    });
    expect(outcomeOf(evaluation, 'a3-briefing')).toEqual({
      status: 'on-time',
      by: '观察员赵敏',
      at: at('09:52'),
      minutesAfterInject: 12,
      source: 'observer',
      note: '补记：已通气',
    });
    expect(outcomeOf(evaluation, 'a3-monitor')).toEqual({ status: 'done-untimed', by: '导调刘洋', source: 'observer' });
    expect(evaluation.objectives.find((o) => o.objective === 'public-communication')?.computed).toBe('S');
  });
});

describe('the trainer’s rating adjustments', () => {
  it('refuses an adjustment without a reason', () => {
    for (const reason of [undefined, '', '   ']) {
      const adjustment = { objective: 'on-site-control', rating: 'P', by: '导调刘洋', ...(reason === undefined ? {} : { reason }) };
      expect(validateRatingAdjustment(FUEL_DISPUTE, adjustment)).toMatchObject({
        ok: false,
        error: { code: 'drill-evaluation.reason-required' },
      });
      const run = { ...SCRIPTED_RUN, adjustments: [adjustment] } as DrillRecord;
      expect(evaluateDrill(FUEL_DISPUTE, run)).toMatchObject({ ok: false, error: { code: 'drill-evaluation.reason-required' } });
    }
  });

  it('refuses an adjustment of an objective the scenario does not have', () => {
    const adjustment = { objective: 'logistics-support', rating: 'S', reason: '后勤保障到位', by: '导调刘洋' } as const;
    expect(validateRatingAdjustment(FUEL_DISPUTE, adjustment)).toMatchObject({
      ok: false,
      error: { code: 'drill-evaluation.objective-unknown' },
    });
  });

  it('lets the latest adjustment of an objective stand', () => {
    const evaluation = evaluated(FUEL_DISPUTE, {
      ...SCRIPTED_RUN,
      adjustments: [
        { objective: 'on-site-control', rating: 'U', reason: '现场失控', by: '导调刘洋' },
        { objective: 'on-site-control', rating: 'S', reason: '复核录像后上调', by: '导调刘洋' },
      ],
    });
    expect(evaluation.objectives.find((o) => o.objective === 'on-site-control')).toMatchObject({
      computed: 'M',
      rating: 'S',
      adjustment: { rating: 'S', reason: '复核录像后上调' },
    });
  });
});

describe('comparison with the previous run of the same scenario', () => {
  const first = evaluated(FUEL_DISPUTE, SCRIPTED_RUN);
  const second = evaluated(FUEL_DISPUTE, {
    firings: FIRINGS,
    events: [
      event(1, '09:05', 'verify', '张伟'),
      event(1, '09:15', 'grade', '王强', { level: 1 }),
      event(1, '09:26', 'activateResponse', '王强'),
      event(1, '09:30', 'instruction-issued', '王强', { teamCode: 'coordination' }),
      event(1, '09:55', 'communication', '陈静'),
      event(1, '10:20', 'instruction-issued', '王强', { teamCode: 'coordination' }),
    ],
    marks: [
      { actionId: 'a2-cordon', done: true, at: at('09:35'), by: '观察员赵敏' },
      { actionId: 'a3-briefing', done: true, at: at('09:58'), by: '观察员赵敏' },
      { actionId: 'a3-monitor', done: true, at: at('10:10'), by: '观察员赵敏' },
    ],
    adjustments: [],
  });

  it('sets minutes after each inject and each objective’s rating side by side', () => {
    const comparison = compareDrillRuns(first, second);
    if (!comparison.ok) throw new Error(comparison.error.code);
    expect(
      comparison.value.actions.map((a) => [a.actionId, a.earlier?.minutesAfterInject, a.later?.minutesAfterInject, a.changeMinutes]),
    ).toEqual([
      ['a1-verify', 8, 5, -3],
      ['a1-grade', 25, 15, -10],
      ['a2-activate', 14, 6, -8],
      ['a2-dispatch', 13, 10, -3],
      ['a2-cordon', 30, 15, -15],
      ['a3-statement', 45, 15, -30],
      ['a3-briefing', null, 18, null],
      ['a3-monitor', null, 30, null],
      ['a4-invite', null, 20, null],
    ]);
    expect(comparison.value.actions.find((a) => a.actionId === 'a3-briefing')).toMatchObject({
      earlier: { status: 'missing' },
      later: { status: 'on-time' },
    });
    expect(comparison.value.objectives.map((o) => [o.objective, o.earlier, o.later, o.trend])).toEqual([
      ['initial-response', 'P', 'P', 'unchanged'],
      ['on-site-control', 'M', 'P', 'improved'],
      // the trainer had raised the first run to M
      ['public-communication', 'M', 'P', 'improved'],
    ]);
    expect(comparison.value.overall).toEqual({ earlier: 'M', later: 'P', trend: 'improved' });
  });

  it('refuses to compare runs of different scenarios', () => {
    const other = evaluated(scenario(FUEL_DISPUTE.injects, 'scenic-area-dispute'), SCRIPTED_RUN);
    expect(compareDrillRuns(first, other)).toMatchObject({ ok: false, error: { code: 'drill-comparison.different-scenario' } });
  });
});
