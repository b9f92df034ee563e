// Lint rules: the recommended sets, plus the fences the architecture depends on.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import path from 'node:path';
import tseslint from 'typescript-eslint';

/**
 * Which folders and packages each folder may import. A folder may always import
 * from inside itself; `node` allows Node's built-in modules. Type-only imports
 * count too: a fence is about what a folder knows, not only what it runs.
 * Folders not listed here (main/, tests/, scripts) are free.
 */
const FENCES = [
  { folder: 'bot/src/domain', may: [], packages: [] },
  { folder: 'bot/src/contract', may: [], packages: [] },
  { folder: 'bot/src/commands', may: ['bot/src/domain'], packages: [] },
  { folder: 'bot/src/i18n', may: ['bot/src/domain', 'bot/src/commands', 'bot/src/contract'], packages: [] },
  { folder: 'bot/src/cards', may: ['bot/src/domain', 'bot/src/i18n'], packages: [] },
  { folder: 'bot/src/log', may: [], packages: [], node: true },
  { folder: 'bot/src/demo', may: ['bot/src/domain'], packages: [] },
  // Documents people download (the minutes as Word): pure functions from the domain's records to a file.
  { folder: 'bot/src/documents', may: ['bot/src/domain', 'bot/src/i18n'], packages: ['docx'] },
  { folder: 'bot/src/app', may: ['bot/src/domain', 'bot/src/cards', 'bot/src/documents', 'bot/src/i18n', 'bot/src/commands', 'bot/src/log', 'bot/src/contract'], packages: [] },
  // Only the Teams edge knows the Bot Framework SDK, so it can be swapped for its successor.
  { folder: 'bot/src/teams', may: ['bot/src/app', 'bot/src/domain', 'bot/src/cards', 'bot/src/i18n', 'bot/src/log', 'bot/src/config'], packages: ['botbuilder', 'botbuilder-core', 'botframework-connector', 'botframework-schema', 'restify'], node: true },
  { folder: 'bot/src/stores/sqlite', may: ['bot/src/domain', 'bot/src/log'], packages: ['better-sqlite3', 'better-sqlite3-napi'], node: true },
  { folder: 'bot/src/stores/sharepoint', may: ['bot/src/domain', 'bot/src/log'], packages: ['@microsoft/microsoft-graph-client', '@azure/identity'], node: true },
  // The stores own their settings; the config module fills them in from the environment.
  { folder: 'bot/src/config', may: ['bot/src/log', 'bot/src/stores/sqlite/settings.ts', 'bot/src/stores/sharepoint/settings.ts'], packages: [] },
  { folder: 'bot/src/server', may: ['bot/src/app', 'bot/src/contract', 'bot/src/domain', 'bot/src/i18n', 'bot/src/log', 'bot/src/config'], packages: ['restify', 'jose'], node: true },
  // The tab knows the server only through the shared contract.
  { folder: 'tab/src', may: ['bot/src/contract'], packages: ['react', 'react-dom', '@fluentui/*', '@microsoft/teams-js'] },
];

const builtins = new Set(builtinModules);
const inside = (file, folder) => file === folder || file.startsWith(`${folder}/`);
const packageName = (source) => (source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0]);
const packageAllowed = (name, patterns) => patterns.some((p) => (p.endsWith('/*') ? name.startsWith(p.slice(0, -1)) : name === p));

const fences = {
  meta: { type: 'problem', schema: [], messages: { fenced: '{{folder}} may not import {{target}}: {{allowed}}' } },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const fence = FENCES.filter((f) => inside(file, f.folder)).sort((a, b) => b.folder.length - a.folder.length)[0];
    if (!fence) return {};
    const allowed = [fence.folder, ...fence.may, ...fence.packages, ...(fence.node ? ["Node's built-in modules"] : [])].join(', ');
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      let ok;
      let target = source;
      if (source.startsWith('.')) {
        target = path.relative(root, path.resolve(path.dirname(context.filename), source)).split(path.sep).join('/');
        ok = [fence.folder, ...fence.may].some((folder) => inside(target, folder) || inside(`${target}.ts`, folder) || inside(`${target}.tsx`, folder));
      } else if (source.startsWith('node:') || builtins.has(source)) {
        ok = fence.node === true;
      } else {
        ok = packageAllowed(packageName(source), fence.packages);
      }
      if (!ok) context.report({ node, messageId: 'fenced', data: { folder: fence.folder, target, allowed: `it may import only ${allowed}` } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') check(node, node.arguments[0].value);
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'data/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { architecture: { rules: { fences } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'error',
      'architecture/fences': 'error',
    },
  },
  {
    // The domain is plain TypeScript: settings come in through its callers, never from the environment.
    files: ['bot/src/domain/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', { name: 'process', message: 'Read settings in bot/src/config only.' }] },
  },
  {
    // The tab is a separate program that runs in a browser; its fence lets it share only the API's contract.
    files: ['tab/src/**/*.ts', 'tab/src/**/*.tsx'],
    rules: { 'no-restricted-globals': ['error', { name: 'process', message: 'The tab runs in a browser.' }] },
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
