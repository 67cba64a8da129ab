// Lint rules that carry the architecture: what may import what, no literal user-facing text in
// components (every string goes through the i18n catalogs), and no table queries in features.
import { readFileSync } from 'node:fs';
import tseslint from 'typescript-eslint';

// Bare module names are matched exactly (`paths`), so renderer/host/electron.ts is not mistaken
// for the `electron` module; folder patterns go through `patterns`.
const noImport = (patterns, message, modules = []) => ({
  'no-restricted-imports': ['error', { paths: modules.map((name) => ({ name, message })), patterns: [{ group: patterns, message }] }],
});

// Letters, CJK characters and CJK or full-width punctuation (：、，。) all belong in the catalogs.
const literalText = [
  {
    selector: 'JSXText[value=/[A-Za-z\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]/]',
    message: 'User-facing text goes through i18n (t("...")), never literally in JSX.',
  },
  {
    selector: 'JSXAttribute[name.name=/^(title|placeholder|aria-label|alt)$/] > Literal[value=/[A-Za-z\\u4e00-\\u9fff]/]',
    message: 'User-facing attribute text goes through i18n.',
  },
];

// Screens read through the read hooks beside the repositories, never by querying tables: the
// table names come from the schema, so a new table is covered without touching this file.
const TABLES = [...readFileSync(new URL('./renderer/db/schema.ts', import.meta.url), 'utf8').matchAll(/^\s+(\w+)!: Table</gm)].map(
  (match) => match[1],
);
if (TABLES.length === 0)
  throw new Error('eslint.config.js: no tables found in renderer/db/schema.ts; the read-hooks rule would check nothing.');
const READ_HOOKS =
  'Components do not query tables: read through a hook of renderer/db/reads (useIncident, useTeams, useTimeline…), or add one there.';
const tableQueries = [
  {
    selector: `MemberExpression[property.name=/^(${TABLES.join('|')})$/]:matches([object.name='db'], [object.property.name='db'])`,
    message: READ_HOOKS,
  },
  { selector: 'CallExpression[callee.property.name=/^(where|toArray|bulkGet|orderBy|sortBy)$/]', message: READ_HOOKS },
  { selector: "ImportDeclaration[source.value='dexie']", message: READ_HOOKS },
];

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
    files: ['server/**/*.ts'],
    rules: noImport(
      ['**/renderer/**', '**/electron/**', '**/shared/**', '**/shared'],
      'server/ is the office server: no renderer or Electron code; domain code comes in as @shared/….',
      ['react', 'react-dom', 'dexie', 'electron'],
    ),
  },
  {
    files: ['renderer/**/*.tsx'],
    rules: {
      'no-restricted-syntax': ['error', ...literalText],
    },
  },
  {
    // One rule setting replaces another, so the features' own setting repeats the text selectors.
    files: ['renderer/features/**/*.ts', 'renderer/features/**/*.tsx'],
    rules: {
      'no-restricted-syntax': ['error', ...literalText, ...tableQueries],
    },
  },
);
