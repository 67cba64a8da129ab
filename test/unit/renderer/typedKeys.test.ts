// The type check refuses a sentence key the Chinese catalog lacks: a misspelt or moved key fails
// `tsc` instead of showing the raw key on screen; and a sentence whose {{placeholder}} gets no
// value fails it too, instead of showing "{{number}}" to the operator. Checked by compiling a
// probe file beside the catalogs with the renderer's own compiler options.
import { afterAll, describe, expect, it } from 'vitest';
import { typeProbe } from '../../fixtures/typeProbe';

const probe = typeProbe('keys');
afterAll(probe.remove);
const errorsOf = probe.errorsOf;

describe('typed sentence keys', () => {
  it('refuses a key the catalog does not have, and accepts one it has', () => {
    const wrong = errorsOf(`import i18next from 'i18next';\nexport const said = i18next.t('common.cancle');\n`);
    expect(wrong.join('\n')).toMatch(/common\.cancle/);
    const right = errorsOf(`import i18next from 'i18next';\nexport const said = i18next.t('common.cancel');\n`);
    expect(right).toEqual([]);
  }, 60_000);

  it('refuses a sentence called without the value of its placeholder, and accepts it with the value', () => {
    // refusal.incident-not-open: '事件 {{number}} 已结束，不能再关联投诉。'
    const missing = errorsOf(
      `import i18next from 'i18next';\nexport const said = i18next.t('refusal.incident-not-open', { title: 'x' });\n`,
    );
    expect(missing.join('\n')).toMatch(/number/);
    const none = errorsOf(`import i18next from 'i18next';\nexport const said = i18next.t('refusal.incident-not-open');\n`);
    expect(none).not.toEqual([]);
    const given = errorsOf(
      `import i18next from 'i18next';\nexport const said = i18next.t('refusal.incident-not-open', { number: 'TS-2026-001' });\n`,
    );
    expect(given).toEqual([]);
  }, 120_000);
});
