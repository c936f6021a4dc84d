import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Every folder under src/features is a feature, so one added later is guarded without editing
 * this file. Imports are resolved (alias or relative path alike) before the zones are checked.
 */
const FEATURES = readdirSync(join(import.meta.dirname, 'src', 'features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const SHARED_LAYERS = ['ui', 'lib', 'content', 'stores', 'i18n'];

const importBoundaries = {
  files: ['src/**/*.{ts,tsx}'],
  plugins: { 'import-x': importX },
  settings: {
    // import-x reads .ts/.tsx files only when told they are modules and how to parse them.
    'import-x/extensions': ['.ts', '.tsx', '.js'],
    'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
  },
  rules: {
    'import-x/no-restricted-paths': [
      'error',
      {
        basePath: import.meta.dirname,
        zones: [
          ...FEATURES.map((feature) => ({
            target: `./src/features/${feature}`,
            from: './src/features',
            except: [`./${feature}`],
            message:
              'Features do not import each other: move shared code down, or compose in src/app.',
          })),
          {
            target: './src/features',
            from: './src/app',
            message: 'Only src/app composes features.',
          },
          ...SHARED_LAYERS.map((layer) => ({
            target: `./src/${layer}`,
            from: ['./src/features', './src/app'],
            message: 'Shared layers must not depend on features or the app.',
          })),
        ],
      },
    ],
    // A static cycle is an error. A module may lazily load its own second half (split off to keep
    // the first screen small) that imports it back: that is a loading order, not a tangle.
    'import-x/no-cycle': [
      'error',
      { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: true },
    ],
  },
};

/** Only one module touches browser storage. */
const storageBoundary = [
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
  importBoundaries,
  ...storageBoundary,
  {
    files: ['scripts/**/*.ts', 'tests/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
