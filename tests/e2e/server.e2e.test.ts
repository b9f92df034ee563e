import { startTestApp, type TestApp } from '../support/testApp';

describe('the HTTP surface besides the bot', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('answers the health probe', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('serves the built tab under /tab/, frameable only by Teams and Microsoft 365', async () => {
    const response = await fetch(`${app.url}/tab/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self' https://teams.microsoft.com");
    expect(await response.text()).toContain('<html lang="sv">');
    const redirect = await fetch(`${app.url}/tab`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/tab/');
  });

  it('serves the tab\'s pages (configuration, personal tab) as the same page, and its hashed scripts', async () => {
    const index = await (await fetch(`${app.url}/tab/`)).text();
    for (const page of ['/tab/config', '/tab/personal']) {
      const response = await fetch(`${app.url}${page}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toContain('frame-ancestors');
      expect(await response.text()).toBe(index);
    }
    const script = /src="(\/tab\/main-[A-Z0-9]+\.js)"/.exec(index)![1]!;
    const response = await fetch(`${app.url}${script}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/javascript');
  });

  it('never serves files outside the tab', async () => {
    for (const path of ['/tab/../package.json', '/tab/%2e%2e/%2e%2e/package.json', '/tab/..%2fpackage.json', '/tab/missing.js']) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status).toBe(404);
    }
  });

  it('refuses other methods on the bot endpoint without a 5xx', async () => {
    const response = await fetch(`${app.url}/api/messages`);
    expect(response.status).toBeLessThan(500);
    expect(response.status).toBeGreaterThanOrEqual(400);
  });

  it('refuses an oversized body with 413', async () => {
    const response = await app.post({ type: 'message', text: 'x'.repeat(400 * 1024) });
    expect(response.status).toBe(413);
  });
});
