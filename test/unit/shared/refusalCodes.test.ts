// A refusal names its sentence by a code from one vocabulary (shared/refusalCodes.ts): a code that
// is not in it fails the type check, so no refusal can reach a person as a raw code.
import { afterAll, describe, expect, it } from 'vitest';
import { typeProbe } from '../../fixtures/typeProbe';

const probe = typeProbe('refusal');
afterAll(probe.remove);

describe('refusal codes', () => {
  it('refuses a code the vocabulary lacks, in a decision and in a result, and accepts one it has', () => {
    const wrong = probe.errorsOf(
      `import { refused } from '@shared/commandKit';\nimport { fail } from '@shared/result';\n` +
        `export const a = refused('incident-not-foud');\nexport const b = fail('incident-not-foud');\n`,
    );
    expect(wrong).toHaveLength(2);
    expect(wrong.join('\n')).toMatch(/incident-not-foud/);
    const right = probe.errorsOf(`import { refused } from '@shared/commandKit';\nexport const a = refused('incident-not-found');\n`);
    expect(right).toEqual([]);
  }, 60_000);
});
