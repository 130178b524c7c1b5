// ESLint: typescript-eslint + the layer directions of DESIGN.md (imports only go down).
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const UI_LIBS = [
  'react',
  'react-dom',
  'react-dom/*',
  'react-router',
  '@mantine/*',
  'dexie-react-hooks',
  '@tanstack/*',
  'recharts',
  'react-hook-form',
];
const OS = ['electron', 'node:*', 'fs', 'path', 'child_process'];
const IO_LIBS = ['dexie', 'pdfmake', 'pdfmake/*', 'docx', 'exceljs'];

const layer = (message, groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map((group) => ({ group, message })) }],
});

// One entry per folder of src-renderer/features (a new job's folder is covered without editing this file).
const FEATURES = readdirSync(new URL('./src-renderer/features/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const DATA = ['dexie', 'dexie-react-hooks', '**/db/**', '**/db'];

export const layerRules = [
  {
    files: ['src-renderer/core/**/*.{ts,tsx}'],
    rules: layer('core/ is pure TypeScript: no React, Dexie, Electron, DOM libraries or other layers.', [
      [...UI_LIBS, ...OS, ...IO_LIBS],
      // core/documents (the style profile) is core; '../documents/…' from a core sub-folder is core/documents.
      [
        '**/db/**',
        '**/db',
        '**/features/**',
        '**/ui/**',
        '**/app/**',
        '**/documents/**',
        '!**/core/documents/**',
        '!../documents/**',
        '**/platform/**',
      ],
    ]),
  },
  {
    files: ['src-renderer/db/**/*.{ts,tsx}'],
    rules: layer('db/ may import only core/, dexie and the clock (platform/clock).', [
      [...UI_LIBS, ...OS, 'pdfmake', 'pdfmake/*', 'docx'],
      [
        '**/features/**',
        '**/ui/**',
        '**/app/**',
        '**/services/**',
        '**/documents/**',
        '!**/core/documents/**',
        '**/platform/**',
        '!**/platform/clock',
      ],
    ]),
  },
  {
    files: ['src-renderer/documents/**/*.{ts,tsx}'],
    rules: layer('documents/ are pure builders: they may import only core/.', [
      [...UI_LIBS, ...OS, 'dexie'],
      ['**/db/**', '**/db', '**/features/**', '**/ui/**', '**/app/**', '**/platform/**'],
    ]),
  },
  {
    files: ['src-renderer/platform/**/*.{ts,tsx}'],
    rules: layer('platform/ may import only core/ types.', [
      [...UI_LIBS, ...OS, ...IO_LIBS],
      ['**/db/**', '**/db', '**/features/**', '**/ui/**', '**/app/**', '**/documents/**'],
    ]),
  },
  {
    files: ['src-renderer/ui/**/*.{ts,tsx}'],
    rules: layer('ui/ holds shared presentational components: nothing domain-specific (no data, no rules).', [
      [...OS, ...IO_LIBS, 'dexie-react-hooks'],
      ['**/db/**', '**/db', '**/features/**', '**/app/**', '**/services/**', '**/documents/**', '**/core/rules/**', '**/core/rules'],
    ]),
  },
  {
    files: ['src-renderer/services/**/*.{ts,tsx}'],
    rules: layer('services/ may import core/, db/, documents/ and platform/ — never screens (features, app, ui).', [
      [...OS, '@mantine/*', 'recharts'],
      ['**/features/**', '**/app/**', '**/ui/**'],
    ]),
  },
  {
    files: ['src-renderer/app/**/*.{ts,tsx}'],
    rules: layer('app/ reaches the data only through services/.', [[...OS, ...DATA]]),
  },
  ...FEATURES.map((feature) => ({
    files: [`src-renderer/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: OS, message: 'Features reach the OS only through platform/ (DesktopApi).' },
            { group: DATA, message: 'Features reach the data only through services/ (never db/, dexie or dexie-react-hooks).' },
            {
              regex: `^\\.\\./(?!\\.\\.|${feature}/)[^/]+/`,
              message: 'A feature never imports another feature; move shared code to ui/, core/ or services/.',
            },
            {
              regex: `/features/(?!${feature}/)`,
              message: 'A feature never imports another feature; move shared code to ui/, core/ or services/.',
            },
            {
              regex: '(^|/)app/',
              message: 'Features never import the app layer (the app imports features, not the other way).',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['src-main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: 'src-renderer/(?!platform/desktop-api$)',
              message: 'src-main may import only the DesktopApi contract from the renderer.',
            },
            { group: ['react', 'react-dom', 'dexie', '@mantine/*'], message: 'src-main is thin: no renderer libraries.' },
          ],
        },
      ],
    },
  },
];

/** One clock (platform/clock.ts): nothing else reads the system time, and no calendar date is cut from a UTC instant. */
const UTC_DATE_CUT = {
  selector:
    "CallExpression[callee.property.name=/^(slice|substring|substr|split)$/][callee.object.type='CallExpression'][callee.object.callee.property.name='toISOString']",
  message:
    'A calendar date is the local date: use toIsoDate(date) / localDateOf(instant), or clock.today(), never toISOString().slice(…) (that is the UTC day).',
};
export const clockRules = [
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    ignores: ['src-renderer/platform/clock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        UTC_DATE_CUT,
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Read the time from the one clock: clock.now() / clock.today() (platform/clock); core/ takes it as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Read the time from the one clock: clock.now() (platform/clock); core/ takes it as an argument.',
        },
      ],
    },
  },
  { files: ['src-main/**/*.ts'], rules: { 'no-restricted-syntax': ['error', UTC_DATE_CUT] } },
];

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'dist-web', 'release', 'test-results', 'playwright-report', 'docs', 'test/lint-fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Type-aware: a promise is awaited, returned, caught or marked `void` — never dropped silently.
  {
    files: ['src-renderer/**/*.{ts,tsx}', 'src-main/**/*.ts'],
    languageOptions: { parserOptions: { project: ['./tsconfig.json', './tsconfig.main.json'], tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  ...layerRules,
  ...clockRules,
);
