import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/freePort';
import { LINK_SIGNING_FOR_TESTS, TAB_SSO_FOR_TESTS } from '../support/productionSettings';
import { newUser, personalMessage } from '../support/teams/activities';

/**
 * The server's output may go nowhere: its reader closed the pipe (EPIPE), or it is
 * redirected to a full disk (ENOSPC; /dev/full answers every write with it). Logging
 * and the start banner must not take the server down: it keeps serving, and stops
 * cleanly when asked.
 */
const entry = path.resolve(__dirname, '../../dist/bot/main/production.js');

async function healthy(url: string, timeoutMs = 15000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) return true;
    } catch {
      // Not listening yet, or gone.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** A request that logs: its token is refused, and the refusal is logged (and printed by the SDK). */
async function loggedRefusal(url: string): Promise<number> {
  const activity = personalMessage({ serviceUrl: 'https://smba.trafficmanager.net/emea/' }, newUser('Nina Ek'), 'hjälp');
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer abc.def.ghi' },
    body: JSON.stringify(activity),
  });
  return response.status;
}

describe('a server whose output goes nowhere', () => {
  let dir: string;
  let devFull: number;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagordning-output-'));
    devFull = fs.openSync('/dev/full', 'w');
  });
  afterAll(() => {
    fs.closeSync(devFull);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function runServer(stdio: (devFull: number) => StdioOptions, afterSpawn: (child: ChildProcess) => void = () => undefined): Promise<void> {
    expect(fs.existsSync(entry)).toBe(true);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, [entry], {
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        LOG_LEVEL: 'debug',
        SQLITE_PATH: path.join(dir, `${port}.db`),
        BOT_ID: '11111111-2222-3333-4444-555555555555',
        BOT_PASSWORD: 'not-a-real-secret',
        BOT_TENANT_ID: 'contoso-tenant',
        BOT_OPENID_METADATA_URL: `http://127.0.0.1:${await freePort()}/v1/.well-known/openidconfiguration`,
        ...TAB_SSO_FOR_TESTS, ...LINK_SIGNING_FOR_TESTS,
      },
      stdio: stdio(devFull),
    });
    afterSpawn(child);
    try {
      expect(await healthy(url)).toBe(true);
      expect(await loggedRefusal(url)).toBe(401);
      expect(await healthy(url, 2000)).toBe(true);
      child.kill('SIGTERM');
      expect(await exited(child)).toEqual({ code: 0, signal: null });
    } finally {
      child.kill('SIGKILL');
    }
  }

  it('keeps serving with its logs on a full disk (ENOSPC)', async () => {
    await runServer((full) => ['ignore', 'ignore', full]);
  });

  it('keeps serving when the reader of its log pipe has gone (EPIPE)', async () => {
    await runServer(() => ['ignore', 'ignore', 'pipe'], (child) => child.stderr!.destroy());
  });

  it('keeps serving when even its start banner cannot be written', async () => {
    await runServer((full) => ['ignore', full, full]);
  });

  it('keeps serving when the reader of its banner pipe has gone', async () => {
    await runServer(() => ['ignore', 'pipe', 'pipe'], (child) => {
      child.stdout!.destroy();
      child.stderr!.destroy();
    });
  });
});
