// Lint rules that hold the layering (see ARCHITECTURE in the README):
//   renderer -> shared;  electron/main -> electron/services -> db -> shared.
// Only electron/main and electron/preload may import 'electron'.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'url',
  'stream',
  'zlib',
];
// The 'electron' package by name (a pattern like 'electron/*' would also match relative paths such as
// '../../electron/services/…', which are our own folders).
const electronMessage = 'Alleen electron/main en electron/preload importeren electron.';
const noElectron = { regex: '^electron(/|$)', message: electronMessage };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [noElectron] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            { group: nodeBuiltins, message: 'shared/ is pure: no Node modules.' },
            {
              group: ['**/db/**', '**/electron/**', '**/renderer/**', 'react', 'react-dom'],
              message: 'shared/ imports nothing above it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            { group: ['**/electron/**', '**/renderer/**'], message: 'db/ imports only shared/.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'electron/services/**/*.ts',
      'electron/documents/**/*.ts',
      'electron/cli/**/*.ts',
      'electron/bridge/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            { group: ['**/renderer/**', '**/electron/main/**'], message: 'Services are Electron-free.' },
            {
              group: ['kysely'],
              message:
                'Services query through db/repos (and write through db/tracked), not with SQL of their own.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts', 'tests/electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'Main does not import the renderer.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            { group: nodeBuiltins, message: 'The renderer has no Node.' },
            { group: ['**/db/**', '**/electron/**'], message: 'The renderer imports only shared/.' },
          ],
        },
      ],
    },
  },
);
