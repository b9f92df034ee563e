// Lint rules: the recommended sets, plus the boundaries the architecture depends on.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'error',
    },
  },
  {
    // Only the Teams edge may know the Bot Framework SDK, so it can be swapped for its successor.
    files: ['bot/src/**/*.ts'],
    ignores: ['bot/src/teams/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['botbuilder', 'botbuilder-*', 'botframework-*'], message: 'Only bot/src/teams may import the Bot Framework SDK.' }] }],
    },
  },
  {
    // The domain is plain TypeScript: no SDKs, no stores, no environment.
    files: ['bot/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['botbuilder*', 'restify', 'better-sqlite3', '@microsoft/*', '@azure/*', '../stores/*', '../teams/*', '../server/*', '../config/*'], message: 'The domain owns interfaces; it imports no infrastructure.' }] }],
      'no-restricted-globals': ['error', { name: 'process', message: 'Read settings in bot/src/config only.' }],
    },
  },
  {
    // The tab is a separate program: it shares only the API's contract with the server.
    files: ['tab/src/**/*.ts', 'tab/src/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)bot/src/(?!contract/)', message: 'The tab may import only bot/src/contract from the server.' }] }],
      'no-restricted-globals': ['error', { name: 'process', message: 'The tab runs in a browser.' }],
    },
  },
  {
    // The contract is types both sides compile against; it depends on nothing.
    files: ['bot/src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '.', message: 'The tab API contract imports nothing: the tab compiles against it alone.' }] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable' } },
    // Plain CommonJS scripts run before any TypeScript transform.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
