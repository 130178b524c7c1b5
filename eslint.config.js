// ESLint: typescript-eslint + the layer directions of DESIGN.md (imports only go down).
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const UI_LIBS = ['react', 'react-dom', 'react-dom/*', 'react-router', '@mantine/*', 'dexie-react-hooks', '@tanstack/*', 'recharts', 'react-hook-form'];
const OS = ['electron', 'node:*', 'fs', 'path', 'child_process'];
const IO_LIBS = ['dexie', 'pdfmake', 'pdfmake/*', 'docx', 'exceljs'];

const layer = (message, groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map((group) => ({ group, message })) }],
});

const FEATURES = ['members', 'pledges', 'monthly', 'meetings', 'review', 'exchange', 'aggregator', 'backup', 'settings', 'home', 'units'];

export const layerRules = [
  {
    files: ['src-renderer/core/**/*.{ts,tsx}'],
    rules: layer('core/ is pure TypeScript: no React, Dexie, Electron, DOM libraries or other layers.', [
      [...UI_LIBS, ...OS, ...IO_LIBS],
      // core/documents (the style profile) is core; '../documents/…' from a core sub-folder is core/documents.
      ['**/db/**', '**/db', '**/features/**', '**/ui/**', '**/app/**', '**/documents/**', '!**/core/documents/**', '!../documents/**', '**/platform/**'],
    ]),
  },
  {
    files: ['src-renderer/db/**/*.{ts,tsx}'],
    rules: layer('db/ may import only core/ (and dexie), and the clock from platform/.', [
      [...UI_LIBS, ...OS, 'pdfmake', 'pdfmake/*', 'docx'],
      ['**/features/**', '**/ui/**', '**/app/**', '**/documents/**', '!**/core/documents/**', '**/platform/**', '!**/platform/clock'],
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
    rules: layer('ui/ holds shared presentational components: nothing domain-specific.', [
      [...OS, ...IO_LIBS],
      ['**/db/**', '**/db', '**/features/**', '**/app/**', '**/documents/**'],
    ]),
  },
  ...FEATURES.map((feature) => ({
    files: [`src-renderer/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: OS, message: 'Features reach the OS only through platform/ (DesktopApi).' },
            {
              regex: `^\\.\\./(?!\\.\\.|${feature}/)[^/]+/`,
              message: 'A feature never imports another feature; move shared code to ui/, core/ or db/.',
            },
            {
              regex: '/app/(?!hooks$)',
              message: 'Features may use only app/hooks from the app layer (the app imports features, not the other way).',
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
            { regex: 'src-renderer/(?!platform/desktop-api$)', message: 'src-main may import only the DesktopApi contract from the renderer.' },
            { group: ['react', 'react-dom', 'dexie', '@mantine/*'], message: 'src-main is thin: no renderer libraries.' },
          ],
        },
      ],
    },
  },
];

/** One clock (platform/clock.ts): nothing else reads the system time, and no calendar date is cut from a UTC instant. */
const UTC_DATE_CUT = {
  selector: "CallExpression[callee.property.name=/^(slice|substring|substr|split)$/][callee.object.type='CallExpression'][callee.object.callee.property.name='toISOString']",
  message: 'A calendar date is the local date: use toIsoDate(date) / localDateOf(instant), or clock.today(), never toISOString().slice(…) (that is the UTC day).',
};
export const clockRules = [
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    ignores: ['src-renderer/platform/clock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        UTC_DATE_CUT,
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Read the time from the one clock: clock.now() / clock.today() (platform/clock); core/ takes it as an argument.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Read the time from the one clock: clock.now() (platform/clock); core/ takes it as an argument.' },
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
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  ...layerRules,
  ...clockRules,
);
