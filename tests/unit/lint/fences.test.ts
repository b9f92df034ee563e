import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * The architecture's fences are lint rules (eslint.config.mjs). Each probe is a
 * one-line file linted as if it stood at that path; ESLint runs in a child process
 * because its flat config is an ES module.
 */
const root = path.resolve(__dirname, '../../..');

interface Probe {
  file: string;
  code: string;
}

function fenceMessages(probes: Probe[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const probes = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    (async () => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(root)} });
      const out = [];
      for (const p of probes) {
        const [result] = await eslint.lintText(p.code, { filePath: require('node:path').join(${JSON.stringify(root)}, p.file) });
        out.push(result.messages.filter((m) => m.ruleId === 'architecture/fences').map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: root, input: JSON.stringify(probes), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

const forbidden: [string, Probe][] = [
  ['the domain importing a store', { file: 'bot/src/domain/probe.ts', code: "import { SqliteStore } from '../stores/sqlite/sqliteStore';\nexport const x = SqliteStore;\n" }],
  ['the domain importing the Bot Framework SDK', { file: 'bot/src/domain/probe.ts', code: "import { TurnContext } from 'botbuilder';\nexport const x = TurnContext;\n" }],
  ['a card builder importing the application', { file: 'bot/src/cards/probe.ts', code: "import { problemCard } from '../app/cardActions';\nexport const x = problemCard;\n" }],
  ['the application importing a store', { file: 'bot/src/app/probe.ts', code: "import type { SharePointStore } from '../stores/sharepoint/sharePointStore';\nexport type X = SharePointStore;\n" }],
  ['the application importing the Teams edge', { file: 'bot/src/app/probe.ts', code: "import { toActivity } from '../teams/outgoing';\nexport const x = toActivity;\n" }],
  ['the application importing the server', { file: 'bot/src/app/probe.ts', code: "import { createHttpServer } from '../server/createServer';\nexport const x = createHttpServer;\n" }],
  ['the application importing botbuilder', { file: 'bot/src/app/probe.ts', code: "const sdk = require('botbuilder');\nexport const x = sdk;\n" }],
  ['a store importing the config module', { file: 'bot/src/stores/sharepoint/probe.ts', code: "import type { Config } from '../../config/config';\nexport type X = Config;\n" }],
  ['the config module importing a store itself', { file: 'bot/src/config/probe.ts', code: "import { SharePointStore } from '../stores/sharepoint/sharePointStore';\nexport const x = SharePointStore;\n" }],
  ['a document builder importing a store', { file: 'bot/src/documents/probe.ts', code: "import { SqliteStore } from '../stores/sqlite/sqliteStore';\nexport const x = SqliteStore;\n" }],
  ['a document builder importing the application', { file: 'bot/src/documents/probe.ts', code: "import { tabMinutes } from '../app/tab/minutes';\nexport const x = tabMinutes;\n" }],
  ['the tab importing the domain', { file: 'tab/src/probe.ts', code: "import type { Meeting } from '../../bot/src/domain/model';\nexport type X = Meeting;\n" }],
];

const allowed: [string, Probe][] = [
  ['the Teams edge importing botbuilder', { file: 'bot/src/teams/probe.ts', code: "import { TurnContext } from 'botbuilder';\nexport const x = TurnContext;\n" }],
  ['the application importing the domain and the cards', { file: 'bot/src/app/probe.ts', code: "import { agendaCard } from '../cards/agendaCard';\nimport type { Meeting } from '../domain/model';\nexport const x = agendaCard;\nexport type X = Meeting;\n" }],
  ['the config module importing a store\'s settings', { file: 'bot/src/config/probe.ts', code: "import type { SharePointSettings } from '../stores/sharepoint/settings';\nexport type X = SharePointSettings;\n" }],
  ['a document builder importing docx, the domain and i18n', { file: 'bot/src/documents/probe.ts', code: "import { Document } from 'docx';\nimport type { MinutesSnapshot } from '../domain/minutes/model';\nimport { messages } from '../i18n';\nexport const x = [Document, messages];\nexport type X = MinutesSnapshot;\n" }],
  ['a test importing anything', { file: 'tests/unit/probe.ts', code: "import { SqliteStore } from '../../bot/src/stores/sqlite/sqliteStore';\nexport const x = SqliteStore;\n" }],
];

describe('architecture fences in lint', () => {
  let results: string[][];
  beforeAll(() => {
    results = fenceMessages([...forbidden, ...allowed].map(([, probe]) => probe));
  }, 60000);

  it.each(forbidden.map(([label], index) => [label, index] as const))('fails lint for %s', (_label, index) => {
    expect(results[index]).toHaveLength(1);
    expect(results[index]![0]).toMatch(/may not import/);
  });

  it.each(allowed.map(([label], index) => [label, forbidden.length + index] as const))('lets lint pass %s', (_label, index) => {
    expect(results[index]).toEqual([]);
  });
});
