import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'http',
  'crypto',
  'child_process',
  'url',
  'util',
  'worker_threads',
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  // Electron belongs to the shell alone: src/main/electron/ and the preload. The main entry,
  // src/main/index.ts, only checks the Node version and then loads src/main/electron/desktop.ts.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/electron/**', 'src/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Electron is used only by the desktop shell (src/main/electron/, src/preload/).',
            },
          ],
        },
      ],
    },
  },
  // The contract and the UI run in a browser too: no Node built-ins, no core code.
  {
    files: ['src/shared/**/*.ts', 'src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'No Electron outside the desktop shell.' }],
          patterns: [
            { group: nodeBuiltins, message: 'No Node built-ins in src/shared or src/renderer.' },
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'The UI talks to the core only through the ApiClient.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // The phones' voting page: ES modules that phone browsers run as they are, no bundler (ES2017).
  {
    files: ['resources/voting/**/*.js'],
    languageOptions: { ecmaVersion: 2017, sourceType: 'module', globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }],
    },
  },
);
