import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { raw } from '../support/rawHttp';
import { newUser, personalMessage } from '../support/teams/activities';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * Local mode has no Bot Connector authentication. A web page open in the user's
 * browser must not be able to drive it (cross-site POST, DNS rebinding), and the
 * bot must not be made to post to a server elsewhere.
 */
const portOf = (app: TestApp): string => new URL(app.url).port;

function activityFor(app: TestApp, serviceUrl = app.connector.url, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...personalMessage({ serviceUrl }, newUser('Sara Lindqvist'), 'möte 8 dec 13-16 Jupiter'), ...extra });
}

describe('local mode answers only this machine', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());
  beforeEach(() => app.connector.clear());

  it('refuses a request sent from another site (Origin) with 403 and runs no bot logic', async () => {
    for (const origin of ['https://evil.example', 'http://localhost:1', 'null']) {
      const answer = await raw(app.url, { path: '/api/messages', headers: { 'Content-Type': 'application/json', Origin: origin }, body: activityFor(app) });
      expect(answer.status).toBe(403);
    }
    expect(app.connector.calls).toHaveLength(0);
  });

  it('accepts a request from its own loopback origin', async () => {
    const answer = await raw(app.url, { path: '/api/messages', headers: { 'Content-Type': 'application/json', Origin: app.url }, body: activityFor(app) });
    expect(answer.status).toBe(200);
  });

  it('refuses a Host that is not a loopback name (DNS rebinding) with 403', async () => {
    for (const host of [`evil.example:${portOf(app)}`, `192.168.1.20:${portOf(app)}`, `localhost.evil.example:${portOf(app)}`]) {
      const answer = await raw(app.url, { path: '/api/messages', headers: { 'Content-Type': 'application/json', Host: host }, body: activityFor(app) });
      expect(answer.status).toBe(403);
      expect((await raw(app.url, { method: 'GET', path: '/tab/', headers: { Host: host } })).status).toBe(403);
    }
    expect(app.connector.calls).toHaveLength(0);
  });

  it.each(['localhost', '127.0.0.1', '[::1]'])('answers the loopback Host %s', async (name) => {
    const answer = await raw(app.url, { path: '/api/messages', headers: { 'Content-Type': 'application/json', Host: `${name}:${portOf(app)}` }, body: activityFor(app) });
    expect(answer.status).toBe(200);
  });

  it('refuses an activity whose serviceUrl is not on this machine, so replies cannot be sent elsewhere', async () => {
    for (const serviceUrl of ['https://evil.example/', 'http://10.0.0.5:3978', 'http://127.0.0.1.evil.example/']) {
      const answer = await raw(app.url, { path: '/api/messages', headers: { 'Content-Type': 'application/json' }, body: activityFor(app, serviceUrl) });
      expect(answer.status).toBe(403);
    }
  });

  it('refuses a form post, which a page can send without asking', async () => {
    const answer = await raw(app.url, { path: '/api/messages', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'type=message&text=m%C3%B6te' });
    expect(answer.status).toBe(415);
  });
});

describe('local mode with LOCAL_ALLOW_REMOTE=true', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { LOCAL_ALLOW_REMOTE: 'true' } });
  });
  afterAll(() => app.close());

  it('answers any Host name and a remote serviceUrl', async () => {
    const body = activityFor(app, 'https://smba.example.com/emea/', { deliveryMode: 'expectReplies', text: 'hjälp' });
    const answer = await raw(app.url, { path: '/api/messages', headers: { 'Content-Type': 'application/json', Host: 'dagordning.lan:3978' }, body });
    expect(answer.status).toBe(200);
  });

  it('still refuses an Origin that is not the Host the request was sent to', async () => {
    const headers = { 'Content-Type': 'application/json', Host: 'dagordning.lan:3978' };
    expect((await raw(app.url, { path: '/api/messages', headers: { ...headers, Origin: 'https://evil.example' }, body: activityFor(app) })).status).toBe(403);
    expect((await raw(app.url, { path: '/api/messages', headers: { ...headers, Origin: 'http://dagordning.lan:3978' }, body: activityFor(app) })).status).toBe(200);
  });
});

describe('the local entry', () => {
  const entry = path.resolve(__dirname, '../../dist/bot/main/local.js');

  function start(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagordning-local-'));
    const child = spawn(process.execPath, [entry], {
      env: { PATH: process.env.PATH ?? '', PORT: '0', DEMO_DATA: 'false', LOG_LEVEL: 'warn', SQLITE_PATH: path.join(dir, 'local.db'), ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('Autentisering:')) setTimeout(() => child.kill('SIGTERM'), 100);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((resolve) => {
      child.on('exit', (code) => {
        fs.rmSync(dir, { recursive: true, force: true });
        resolve({ code, stdout, stderr });
      });
    });
  }

  it('refuses to listen on all interfaces without LOCAL_ALLOW_REMOTE, and says what to do', async () => {
    expect(fs.existsSync(entry)).toBe(true);
    const result = await start({ HOST: '0.0.0.0' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Dagordning cannot start.');
    expect(result.stderr).toContain('LOCAL_ALLOW_REMOTE=true');
  });

  it('warns in its start banner when LOCAL_ALLOW_REMOTE=true', async () => {
    const result = await start({ HOST: '127.0.0.1', LOCAL_ALLOW_REMOTE: 'true' });
    expect(result.stdout).toContain('Dagordning körs lokalt');
    expect(result.stdout).toContain('VARNING: LOCAL_ALLOW_REMOTE=true');
  });

  it('shows no such warning by default', async () => {
    const result = await start({});
    expect(result.stdout).toContain('Dagordning körs lokalt');
    expect(result.stdout).not.toContain('VARNING');
  });
});
