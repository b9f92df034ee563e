import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The app package as the Agents Toolkit fills it in: every ${{NAME}} from the environment. */
const SAMPLE_ENV: Record<string, string> = {
  TEAMS_APP_ID: '5b1d4a1c-0000-4000-8000-000000000001',
  BOT_ID: '5b1d4a1c-0000-4000-8000-000000000002',
  AAD_APP_CLIENT_ID: '5b1d4a1c-0000-4000-8000-000000000003',
  BOT_DOMAIN: 'dagordning.azurewebsites.net',
};
const raw = fs.readFileSync(path.resolve(__dirname, '../../../appPackage/manifest.json'), 'utf8');
const filled = raw.replace(/\$\{\{(\w+)\}\}/g, (_match, name: string) => {
  if (!(name in SAMPLE_ENV)) throw new Error(`the manifest uses \${{${name}}}, which no environment file defines`);
  return SAMPLE_ENV[name]!;
});
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const manifest = JSON.parse(filled) as any;

/**
 * Schema problems found by @microsoft/app-manifest, which ships the schemas and works offline.
 * It runs in its own Node process: one of its dependencies is an ES module jest cannot load.
 */
function schemaProblems(value: unknown): string[] {
  const script = `require('@microsoft/app-manifest').AppManifestUtils.validateAgainstSchema(JSON.parse(require('fs').readFileSync(0, 'utf8')))
    .then((problems) => process.stdout.write(JSON.stringify(problems)))`;
  const result = spawnSync(process.execPath, ['--no-warnings', '-e', script], { input: JSON.stringify(value), encoding: 'utf8', timeout: 20000 });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as string[];
}

describe('the Teams app manifest', () => {
  it('is valid against the schema of its manifest version', () => {
    expect(schemaProblems(manifest)).toEqual([]);
    // The check can fail: a tab without its configuration URL is not a manifest.
    expect(schemaProblems({ ...manifest, configurableTabs: [{ scopes: ['team'] }] })).not.toEqual([]);
  });

  it('uses only placeholders the environment files define', () => {
    for (const file of ['env/.env.dev', 'env/.env.local']) {
      const defined = fs.readFileSync(path.resolve(__dirname, '../../..', file), 'utf8');
      for (const name of Object.keys(SAMPLE_ENV)) expect(defined).toMatch(new RegExp(`^${name}=`, 'm'));
    }
  });

  it('declares a configurable channel tab and a personal tab served under /tab/, beside the bot', () => {
    expect(manifest.configurableTabs).toEqual([
      { configurationUrl: 'https://dagordning.azurewebsites.net/tab/config', canUpdateConfiguration: true, scopes: ['team'], context: ['channelTab'] },
    ]);
    expect(manifest.staticTabs).toContainEqual(expect.objectContaining({ contentUrl: 'https://dagordning.azurewebsites.net/tab/personal', scopes: ['personal'] }));
    // With a personal tab, the bot's chat stays only when the conversations tab is declared too.
    expect(manifest.staticTabs).toContainEqual({ entityId: 'conversations', scopes: ['personal'] });
    expect(manifest.bots[0].botId).toBe(SAMPLE_ENV.BOT_ID);
    expect(manifest.validDomains).toEqual(['dagordning.azurewebsites.net']);
  });

  it('names the app registration the tab signs on with, as the server expects its Application ID URI', () => {
    expect(manifest.webApplicationInfo).toEqual({
      id: SAMPLE_ENV.AAD_APP_CLIENT_ID,
      resource: `api://dagordning.azurewebsites.net/${SAMPLE_ENV.AAD_APP_CLIENT_ID}`,
    });
  });
});
