import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ConnectorEmulator } from '../support/botConnector/connectorEmulator';
import { createSigningKey, signToken } from '../support/botConnector/channelAuthority';
import { personalMessage, newUser } from '../support/teams/activities';
import { TAB_SSO_FOR_TESTS } from '../support/productionSettings';
import { startTestApp, type TestApp } from '../support/testApp';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const SECRET = 'not-a-real-secret-Q~do-not-log';
const TAB_SSO = TAB_SSO_FOR_TESTS;

describe('production mode authenticates the Bot Connector', () => {
  let connector: ConnectorEmulator;
  let app: TestApp;

  /** What reaches the console while tokens are rejected: the SDK would print signing keys there. */
  const printed: unknown[][] = [];

  beforeAll(async () => {
    jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      printed.push(args);
    });
    connector = await ConnectorEmulator.start();
    app = await startTestApp({
      mode: 'production',
      connector,
      env: { BOT_ID: APP_ID, BOT_PASSWORD: SECRET, BOT_TENANT_ID: 'contoso-tenant', BOT_OPENID_METADATA_URL: connector.openIdMetadataUrl, ...TAB_SSO },
    });
  });
  afterAll(async () => {
    await app.close();
    await connector.stop();
    jest.restoreAllMocks();
  });

  const message = () => ({ ...personalMessage({ serviceUrl: connector.url }, newUser('Nina Ek'), 'hjälp'), deliveryMode: 'expectReplies' });

  it('rejects a request without a token with 401, and runs no bot logic', async () => {
    connector.clear();
    const response = await app.post(message());
    expect(response.status).toBe(401);
    expect(connector.calls).toHaveLength(0);
  });

  it.each([
    ['signed by a key the channel never published', () => signToken(createSigningKey('test-key-1'), { appId: APP_ID, serviceUrl: connector.url })],
    ['for another bot', () => connector.channelToken({ appId: 'someone-else' })],
    ['from another issuer', () => connector.channelToken({ appId: APP_ID, issuer: 'https://evil.example.com' })],
    ['expired', () => connector.channelToken({ appId: APP_ID, expiresIn: -3600 })],
    ['for another service url', () => connector.channelToken({ appId: APP_ID, serviceUrl: 'https://smba.example.com/' })],
    ['that is not a JWT at all', () => 'abc.def.ghi'],
  ])('rejects a token %s with 401', async (_label, token) => {
    const response = await app.post(message(), { Authorization: `Bearer ${token()}` });
    expect(response.status).toBe(401);
  });

  it('prints no signing key and no token error to the console for any of the rejected tokens', () => {
    const text = printed.map((args) => args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' ')).join('\n');
    expect(text).not.toMatch(/BEGIN (?:RSA )?PUBLIC KEY|Available keys|TokenExpiredError|jwt expired/);
    expect(printed).toEqual([]);
  });

  it('accepts a genuine channel token and answers', async () => {
    const response = await app.post(message(), { Authorization: `Bearer ${connector.channelToken({ appId: APP_ID })}` });
    expect(response.status).toBe(200);
    const body = response.body as { activities: { attachments: { content: unknown }[] }[] };
    expect(JSON.stringify(body.activities[0]!.attachments[0]!.content)).toContain('Så här använder du Dagordning');
  });

  it('never writes the bot secret to its logs', () => {
    expect(app.logs.length).toBeGreaterThan(0);
    expect(app.logs.join('\n')).not.toContain(SECRET);
  });
});

describe('the production entry', () => {
  const entry = path.resolve(__dirname, '../../dist/bot/main/production.js');

  it('refuses to start without bot credentials or the tab\'s sign-on settings and names what is missing', () => {
    expect(fs.existsSync(entry)).toBe(true);
    const result = spawnSync(process.execPath, [entry], {
      env: { PATH: process.env.PATH ?? '', PORT: '0' },
      encoding: 'utf8',
      timeout: 20000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Dagordning cannot start.');
    expect(result.stderr).toContain('BOT_ID is required in production');
    expect(result.stderr).toContain('BOT_PASSWORD is required in production');
    expect(result.stderr).toContain('TAB_SSO_CLIENT_ID is required in production');
    expect(result.stderr).toContain('TAB_SSO_APP_ID_URI is required in production');
  });

  it('refuses a single-tenant registration without its tenant, without echoing the secret', () => {
    const result = spawnSync(process.execPath, [entry], {
      env: { PATH: process.env.PATH ?? '', PORT: '0', BOT_ID: APP_ID, BOT_PASSWORD: SECRET, BOT_TYPE: 'SingleTenant', ...TAB_SSO },
      encoding: 'utf8',
      timeout: 20000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('BOT_TENANT_ID is required when BOT_TYPE is SingleTenant');
    expect(result.stderr).not.toContain(SECRET);
  });
});
