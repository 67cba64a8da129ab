// The built-in drill scenarios are written in the plan's own codes and the timeline's own words,
// so every inject can be registered and every expected action can be checked; and a scenario
// survives export and import exactly, while a bad file is refused with a reason.
import { describe, expect, it } from 'vitest';
import { defaultPlan } from '@shared/defaultPlan';
import { SAMPLE_TEAMS } from '@shared/sampleOrganisation';
import { SCENARIO_FORMAT, SCENARIO_FORMAT_VERSION, ScenarioSchema, type Scenario } from '@shared/scenario';
import { parseScenarioFile, scenarioFileText } from '@shared/scenarioFile';
import { BUILT_IN_SCENARIOS, fuelDisputeScenario, productDefectScenario } from '@shared/scenarios';
import { zhCN } from '../../../renderer/i18n/zh-CN';

const plan = defaultPlan('2026-01-01T00:00:00+08:00');
const TIMELINE_KINDS = new Set(Object.keys(zhCN.timeline));
const PLAN_TEAMS = new Set(SAMPLE_TEAMS.map((team) => team.code));
const REPORT_LIMIT = plan.timeLimits.find((rule) => rule.stage === 'report');

const actionsOf = (scenario: Scenario) => scenario.injects.flatMap((inject) => inject.expectedActions);
const complaintsOf = (scenario: Scenario) => scenario.injects.flatMap((inject) => (inject.complaint ? [inject.complaint] : []));
const everyText = (scenario: Scenario) =>
  JSON.stringify(
    scenario.injects.map((inject) => [inject.from, inject.to, inject.content, inject.expectedActions.map((a) => a.description)]),
  );

/** Every localized text ({ zh, en? }) anywhere in the value. */
function localizedTexts(value: unknown): { zh: string; en?: string }[] {
  if (Array.isArray(value)) return value.flatMap(localizedTexts);
  if (typeof value !== 'object' || value === null) return [];
  if ('zh' in value) return [value as { zh: string; en?: string }];
  return Object.values(value).flatMap(localizedTexts);
}

const fileWith = (edit: (file: { format: string; formatVersion: number; scenario: Scenario }) => void): string => {
  const file = JSON.parse(scenarioFileText(fuelDisputeScenario)) as { format: string; formatVersion: number; scenario: Scenario };
  edit(file);
  return JSON.stringify(file);
};

describe('built-in scenarios', () => {
  it('ships the four cases of the domain: product defect, fuel dispute, Golden Week scenic area, privacy petition', () => {
    expect(BUILT_IN_SCENARIOS.map((s) => s.id)).toEqual(['product-defect', 'fuel-dispute', 'scenic-golden-week', 'privacy-petition']);
    for (const scenario of BUILT_IN_SCENARIOS) expect(scenario.builtIn).toBe(true);
  });

  it.each(BUILT_IN_SCENARIOS.map((s) => [s.id, s] as const))('%s parses with the scenario schema, unchanged', (_id, scenario) => {
    const parsed = ScenarioSchema.safeParse(scenario);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(parsed.data).toStrictEqual(scenario);
  });

  it.each(BUILT_IN_SCENARIOS.map((s) => [s.id, s] as const))(
    '%s has 3–5 objectives, 6–10 injects over 60–120 drill minutes, opening with a complaint',
    (_id, scenario) => {
      expect(scenario.objectives.length).toBeGreaterThanOrEqual(3);
      expect(scenario.objectives.length).toBeLessThanOrEqual(5);
      expect(scenario.injects.length).toBeGreaterThanOrEqual(6);
      expect(scenario.injects.length).toBeLessThanOrEqual(10);
      const last = scenario.injects[scenario.injects.length - 1]?.offsetMinutes ?? 0;
      expect(last).toBeGreaterThanOrEqual(60);
      expect(last).toBeLessThanOrEqual(120);
      expect(scenario.injects[0]?.type).toBe('complaint');
      expect(scenario.injects[0]?.offsetMinutes).toBe(0);
    },
  );

  it.each(BUILT_IN_SCENARIOS.map((s) => [s.id, s] as const))(
    '%s numbers its injects 1, 2, 3… with offsets increasing with seq',
    (_id, scenario) => {
      expect(scenario.injects.map((i) => i.seq)).toEqual(scenario.injects.map((_inject, index) => index + 1));
      scenario.injects.slice(1).forEach((inject, index) => {
        expect(inject.offsetMinutes).toBeGreaterThan(scenario.injects[index]?.offsetMinutes ?? Infinity);
      });
    },
  );

  it.each(BUILT_IN_SCENARIOS.map((s) => [s.id, s] as const))(
    '%s registers complaints only in the plan’s channels, categories and urgencies',
    (_id, scenario) => {
      const channels = new Set(plan.channels.map((c) => c.code));
      const categories = new Set(plan.categories.map((c) => c.code));
      const urgencies = new Set(plan.urgencies.map((u) => u.code));
      for (const complaint of complaintsOf(scenario)) {
        expect(channels).toContain(complaint.channelCode);
        expect(categories).toContain(complaint.categoryCode);
        expect(urgencies).toContain(complaint.urgency);
        // Fictitious numbers only (139 0000 xxxx), never a real person's phone.
        expect(complaint.complainant.phone).toMatch(/^13900000\d{3}$/);
      }
    },
  );

  it.each(BUILT_IN_SCENARIOS.map((s) => [s.id, s] as const))(
    '%s gives every expected action to one of the plan’s teams and an objective it rates',
    (_id, scenario) => {
      const objectives = new Set(scenario.objectives.map((o) => o.code));
      const served = new Set<string>();
      for (const action of actionsOf(scenario)) {
        expect(PLAN_TEAMS).toContain(action.team);
        if (action.evidence.kind === 'timeline' && action.evidence.teamCode) expect(PLAN_TEAMS).toContain(action.evidence.teamCode);
        expect(objectives).toContain(action.objective);
        served.add(action.objective);
      }
      expect([...objectives].filter((code) => !served.has(code))).toEqual([]);
      for (const inject of scenario.injects) expect(inject.expectedActions.length).toBeGreaterThan(0);
    },
  );

  it.each(BUILT_IN_SCENARIOS.map((s) => [s.id, s] as const))(
    '%s names only timeline entry kinds the console records as evidence',
    (_id, scenario) => {
      const kinds = actionsOf(scenario).flatMap((a) => (a.evidence.kind === 'timeline' ? a.evidence.entryKinds : []));
      expect(kinds.length).toBeGreaterThan(0);
      expect(kinds.filter((kind) => !TIMELINE_KINDS.has(kind))).toEqual([]);
    },
  );

  it.each(BUILT_IN_SCENARIOS.map((s) => [s.id, s] as const))(
    '%s expects a level-1 report to the leading group within the plan’s 30 minutes',
    (_id, scenario) => {
      const activations = actionsOf(scenario).filter(
        (a) => a.evidence.kind === 'timeline' && a.evidence.entryKinds.includes('activateResponse'),
      );
      expect(activations.length).toBeGreaterThan(0);
      for (const action of activations) {
        expect(action.team).toBe('leading-group');
        expect(action.limitMinutes).toBeLessThanOrEqual(REPORT_LIMIT?.amount ?? 0);
      }
    },
  );

  it.each(BUILT_IN_SCENARIOS.map((s) => [s.id, s] as const))('%s speaks Chinese with English alongside everywhere', (_id, scenario) => {
    const texts = localizedTexts(scenario);
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((text) => !text.en)).toEqual([]);
  });

  it('grows the defective-kettle group complaint past the plan’s level-1 threshold with a 12315 transfer', () => {
    const complaints = complaintsOf(productDefectScenario);
    const people = complaints.reduce((sum, c) => sum + c.peopleInvolved, 0);
    expect(people).toBeGreaterThanOrEqual(plan.grading.largeGroupPeople);
    expect(complaints.filter((c) => c.attachToSeq === 1).length).toBeGreaterThanOrEqual(2);
    expect(complaints.some((c) => c.channelCode === 'regulator-12315' && c.attachToSeq === 1)).toBe(true);
    expect(
      actionsOf(productDefectScenario).some(
        (a) => a.evidence.kind === 'timeline' && a.evidence.entryKinds.includes('regrade') && a.evidence.level === 1,
      ),
    ).toBe(true);
  });

  it('has a reporter arrive at the petrol station and the technical supervision bureau invited to check the pump', () => {
    const reporter = fuelDisputeScenario.injects.find((i) => i.from.zh.includes('记者'));
    expect(reporter?.type).toBe('situation');
    expect(reporter?.content.zh).toContain('到站');
    expect(reporter?.to.zh).toBe('宣传引导组');
    const bureau = fuelDisputeScenario.injects.find((i) => i.type === 'regulator' && i.from.zh.includes('技术监督局'));
    expect(bureau?.content.zh).toContain('加油机');
    expect(everyText(fuelDisputeScenario)).toContain('邀请区技术监督局');
    expect(fuelDisputeScenario.injects.some((i) => i.content.zh.includes('围观'))).toBe(true);
  });
});

describe('scenario files', () => {
  it.each(BUILT_IN_SCENARIOS.map((s) => [s.id, s] as const))('exports and imports %s exactly', (_id, scenario) => {
    const text = scenarioFileText(scenario);
    expect(JSON.parse(text)).toMatchObject({ format: SCENARIO_FORMAT, formatVersion: SCENARIO_FORMAT_VERSION });
    const imported = parseScenarioFile(text);
    expect(imported).toStrictEqual({ ok: true, value: scenario });
    if (imported.ok) expect(scenarioFileText(imported.value)).toBe(text);
  });

  it('writes pretty JSON a person can read and diff', () => {
    const text = scenarioFileText(fuelDisputeScenario);
    expect(text).toContain('\n  "format": "complaint-console-scenario",\n');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('refuses text that is not JSON', () => {
    for (const text of ['', '{"format": "complaint-console-scenario",', 'scenario: fuel-dispute']) {
      const result = parseScenarioFile(text);
      expect(result.ok ? null : result.error.code).toBe('scenario-not-json');
    }
  });

  it('refuses JSON that is not a scenario file, such as a backup', () => {
    for (const text of ['null', '[]', '"fuel-dispute"', '{}', JSON.stringify({ format: 'complaint-console-backup', formatVersion: 1 })]) {
      const result = parseScenarioFile(text);
      expect(result.ok ? null : result.error.code).toBe('scenario-wrong-format');
    }
  });

  it('refuses a file from a newer console rather than calling it invalid', () => {
    const result = parseScenarioFile(fileWith((file) => (file.formatVersion = SCENARIO_FORMAT_VERSION + 1)));
    expect(result).toStrictEqual({
      ok: false,
      error: {
        code: 'scenario-newer-format',
        params: { formatVersion: SCENARIO_FORMAT_VERSION + 1, knownFormatVersion: SCENARIO_FORMAT_VERSION },
      },
    });
  });

  it('refuses two injects with the same seq, naming where', () => {
    const result = parseScenarioFile(
      fileWith((file) => {
        const second = file.scenario.injects[1];
        if (second) second.seq = 1;
      }),
    );
    expect(result).toStrictEqual({
      ok: false,
      error: { code: 'scenario-invalid', params: { path: 'scenario.injects', message: 'scenario.duplicate-seq' } },
    });
  });

  it('refuses an expected action serving an objective the scenario does not have', () => {
    const result = parseScenarioFile(
      fileWith((file) => {
        const action = file.scenario.injects[2]?.expectedActions[0];
        if (action) action.objective = 'crowd-singing';
      }),
    );
    expect(result).toStrictEqual({
      ok: false,
      error: {
        code: 'scenario-invalid',
        params: { path: 'scenario.injects.2.expectedActions.0.objective', message: 'scenario.objective-unknown' },
      },
    });
  });

  it('refuses a scenario missing what the schema requires, with the first issue’s path', () => {
    const result = parseScenarioFile(
      fileWith((file) => {
        const first = file.scenario.injects[0];
        if (first) first.type = 'rumour' as never;
      }),
    );
    expect(result.ok ? null : result.error.code).toBe('scenario-invalid');
    expect(result.ok ? null : result.error.params?.path).toBe('scenario.injects.0.type');
  });
});
