// A plan file: what is exported imports back as the same plan, and every kind of bad file is
// refused with the reason (and where) rather than stored.
import { describe, expect, it } from 'vitest';
import { PLAN_FORMAT, parsePlanFile, planFileText } from '@shared/planFile';
import { planFromTemplate, planTemplate } from '@shared/planTemplates';

const NOW = '2026-12-04T10:00:00+08:00';
const plan = planFromTemplate(planTemplate('scenic-area')!, '3f0c1b2a-9d8e-4f7a-8b6c-5d4e3f2a1b0c', NOW);
const envelope = () => JSON.parse(planFileText(plan, NOW)) as Record<string, unknown> & { plan: Record<string, unknown> };

describe('plan file', () => {
  it('round-trips: the exported plan imports as the same plan', () => {
    expect(parsePlanFile(planFileText(plan, NOW))).toEqual({ ok: true, value: plan });
  });

  it('says what the file is and which version of the format', () => {
    expect(envelope()).toMatchObject({ format: PLAN_FORMAT, formatVersion: 1, exportedAt: NOW });
  });

  it('refuses text that is not JSON', () => {
    expect(parsePlanFile('预案')).toMatchObject({ ok: false, error: { code: 'plan-not-json' } });
  });

  it('refuses JSON of another kind', () => {
    expect(parsePlanFile('{"format":"complaint-console-scenario","formatVersion":1}')).toMatchObject({
      ok: false,
      error: { code: 'plan-wrong-format' },
    });
  });

  it('refuses a file from a newer console, saying so', () => {
    const file = { ...envelope(), formatVersion: 2 };
    expect(parsePlanFile(JSON.stringify(file))).toEqual({
      ok: false,
      error: { code: 'plan-newer-format', params: { formatVersion: 2, knownFormatVersion: 1 } },
    });
  });

  it('refuses an invalid plan with the path of the problem', () => {
    const file = envelope();
    (file.plan.timeLimits as { amount: number }[])[2]!.amount = -3;
    expect(parsePlanFile(JSON.stringify(file))).toMatchObject({
      ok: false,
      error: { code: 'plan-invalid', params: { path: 'timeLimits.2.amount' } },
    });
  });

  it('refuses a plan that does not hold together', () => {
    const file = envelope();
    (file.plan.timeLimits as { categories?: string[] }[])[1]!.categories = ['nowhere'];
    expect(parsePlanFile(JSON.stringify(file))).toMatchObject({
      ok: false,
      error: { code: 'plan-inconsistent', params: { path: 'timeLimits.1.categories', problem: 'unknown-category', code: 'nowhere' } },
    });
  });
});
