import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['catalog', 'lesson', 'quiz', 'scenario', 'settings', 'progress'];

/** Features never import each other; shared code lives in ui/, lib/, content/, stores/ or i18n/. */
const featureBoundaries = FEATURES.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^@/features/(?!${feature}/)`,
            message:
              'Features do not import each other: move shared code down, or compose in src/app.',
          },
          { regex: '^@/app/', message: 'Only src/app composes features.' },
        ],
      },
    ],
  },
}));

/** Lower layers never reach up. */
const layerBoundaries = [
  {
    files: ['src/{ui,lib,content,stores,i18n}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@/(features|app)/',
              message: 'Shared layers must not depend on features or the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/storage.ts', 'src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Only src/lib/storage.ts touches storage.' },
        { name: 'sessionStorage', message: 'Only src/lib/storage.ts touches storage.' },
        { name: 'indexedDB', message: 'Only src/lib/storage.ts touches storage.' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'localStorage',
          message: 'Only src/lib/storage.ts touches storage.',
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  { ...jsxA11y.flatConfigs.strict, files: ['src/**/*.tsx'] },
  {
    // Every word a person sees comes from t() or from content, never a literal in JSX.
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/test/**'],
    plugins: { react },
    rules: {
      'react/jsx-no-literals': [
        'error',
        {
          noStrings: false,
          ignoreProps: true,
          allowedStrings: ['·', '—', ':', '.', '[', ']', '↑', '↓', '…', '(', ')'],
        },
      ],
    },
  },
  ...featureBoundaries,
  ...layerBoundaries,
  {
    files: ['scripts/**/*.ts', 'tests/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
