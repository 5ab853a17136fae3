// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist-cli/**',
      'node_modules/**',
      'briefing-packs/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render user text as text.' },
      ],
    },
  },
  {
    // The shell composes features; a feature is built only on components/, hooks/, state/, i18n/ and src/shared,
    // never on app/ or another feature. (Each feature is one folder; an import leaving it must land in one of those.)
    files: ['src/renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // From features/<name>/: '../x' is another feature, '../../x' must be one of the four, or src/shared.
              regex: '^\\.\\./(?!\\.\\./(?:components|hooks|state|i18n)(?:/|$)|\\.\\./\\.\\./\\.\\./shared/)',
              message:
                'A feature imports only components/, hooks/, state/, i18n/ and src/shared: not app/ or another feature.',
            },
          ],
        },
      ],
    },
  },
  {
    // Shared renderer building blocks sit below the features and the shell.
    files: ['src/renderer/src/{components,hooks,state,i18n}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../app', '../app/**', '../features/**', '../App'],
              message: 'components/, hooks/, state/ and i18n/ never import the shell or a feature.',
            },
          ],
        },
      ],
    },
  },
  {
    // src/shared runs in main, renderer and the CLI: no Electron, Node or DOM.
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'node:*', 'fs', 'path', 'os', 'react', 'react-dom'],
              message: 'src/shared must stay pure.',
            },
          ],
        },
      ],
    },
  },
  {
    // Services run in plain Node (CLI, tests): only the shell under src/main/app may import electron.
    files: ['src/main/services/**/*.ts', 'src/main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Services must run without Electron.' }] },
      ],
    },
  },
);
