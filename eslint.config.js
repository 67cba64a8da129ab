// Lint rules that carry the architecture: what may import what, and no literal user-facing
// text in components (every string goes through the i18n catalogs).
import tseslint from 'typescript-eslint';

// Bare module names are matched exactly (`paths`), so renderer/host/electron.ts is not mistaken
// for the `electron` module; folder patterns go through `patterns`.
const noImport = (patterns, message, modules = []) => ({
  'no-restricted-imports': ['error', { paths: modules.map((name) => ({ name, message })), patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'reports/**', 'test-results/**', '.tsbuild/**', 'release/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: noImport(
      ['**/renderer/**', '**/electron/**', 'node:*', '../../**'],
      'shared/ is pure domain code: no DOM, Node, React, Dexie or Electron, and nothing of renderer/ or electron/.',
      ['react', 'react-dom', 'dexie', 'electron', 'fs', 'path'],
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: noImport(
      ['../../electron/**', '../electron/**', 'node:*', '**/shared/**', '**/shared'],
      'renderer/ meets the main process only through the bridge in @shared/bridge; import domain code as @shared/….',
      ['electron'],
    ),
  },
  {
    files: ['electron/**/*.ts'],
    rules: noImport(
      ['**/renderer/**', '**/shared/**', '**/shared'],
      'electron/ never imports the renderer; domain code comes in as @shared/….',
      ['react', 'dexie'],
    ),
  },
  {
    files: ['renderer/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // Letters, CJK characters and CJK or full-width punctuation (：、，。) all belong in the catalogs.
          selector: 'JSXText[value=/[A-Za-z\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]/]',
          message: 'User-facing text goes through i18n (t("...")), never literally in JSX.',
        },
        {
          selector: 'JSXAttribute[name.name=/^(title|placeholder|aria-label|alt)$/] > Literal[value=/[A-Za-z\\u4e00-\\u9fff]/]',
          message: 'User-facing attribute text goes through i18n.',
        },
      ],
    },
  },
);
