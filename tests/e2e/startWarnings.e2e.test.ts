import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LINK_SIGNING_FOR_TESTS, TAB_SSO_FOR_TESTS } from '../support/productionSettings';

/**
 * restify loads spdy, whose http-deceiver makes Node print the deprecation warning
 * DEP0111 on every start. The user's console shows none of it, from any entry, while
 * every other warning still shows.
 */
const dist = path.resolve(__dirname, '../../dist/bot');
const env = { PATH: process.env.PATH ?? '', PORT: '0', DEMO_DATA: 'false', LOG_LEVEL: 'warn' };

function startAndStop(entry: string, extra: Record<string, string>): Promise<{ stdout: string; stderr: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagordning-warnings-'));
  const child = spawn(process.execPath, [path.join(dist, entry)], { env: { ...env, SQLITE_PATH: path.join(dir, 'w.db'), ...extra } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (/körs lokalt|listening on/.test(stdout)) child.kill('SIGTERM');
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.on('exit', () => {
      fs.rmSync(dir, { recursive: true, force: true });
      resolve({ stdout, stderr });
    });
  });
}

describe('the start of every entry', () => {
  it('local mode starts without a deprecation warning', async () => {
    const { stdout, stderr } = await startAndStop('main/local.js', {});
    expect(stdout).toContain('Dagordning körs lokalt');
    expect(stderr).not.toMatch(/DEP0111|DeprecationWarning/);
  });

  it('production starts without a deprecation warning', async () => {
    const { stdout, stderr } = await startAndStop('main/production.js', {
      BOT_ID: '11111111-2222-3333-4444-555555555555', BOT_PASSWORD: 'not-a-real-secret', BOT_TENANT_ID: 'contoso-tenant', ...TAB_SSO_FOR_TESTS, ...LINK_SIGNING_FOR_TESTS,
    });
    expect(stdout).toContain('Dagordning (production) listening on');
    expect(stderr).not.toMatch(/DEP0111|DeprecationWarning/);
  });

  it('provisioning and a refused start print no deprecation warning either', () => {
    for (const entry of ['main/provision.js', 'main/production.js']) {
      const result = spawnSync(process.execPath, [path.join(dist, entry)], { env, encoding: 'utf8', timeout: 20000 });
      expect(result.status).toBe(1);
      expect(result.stderr).not.toMatch(/DEP0111|DeprecationWarning/);
    }
  });

  it('still shows every other warning, and DEP0111 itself when anything else than restify\'s loading causes it', () => {
    const script = [
      "process.emitWarning('before restify', 'Warning', 'TEST_BEFORE');",
      `require(${JSON.stringify(path.join(dist, 'server/createServer.js'))});`,
      "process.emitWarning('after restify', 'DeprecationWarning', 'DEP0111');",
    ].join('\n');
    const result = spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8', timeout: 20000 });
    expect(result.stderr).toContain('[TEST_BEFORE] Warning: before restify');
    expect(result.stderr).toContain('[DEP0111] DeprecationWarning: after restify');
    expect(result.stderr).not.toContain("process.binding('http_parser')");
  });
});
