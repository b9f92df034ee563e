import fs from 'node:fs';
import os from 'node:os';
import zlib from 'node:zlib';
import { ConnectorEmulator } from '../support/botConnector/connectorEmulator';
import { raw } from '../support/rawHttp';
import { newUser, personalMessage } from '../support/teams/activities';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * What reaches the bot endpoint before any bot logic: only JSON, uncompressed,
 * within a byte cap; everything else is refused on its headers, before the body
 * is read, with a short answer that reveals nothing of the server.
 */
const APP_ID = '11111111-2222-3333-4444-555555555555';

/** The first 100 bytes of a gzip body, the rest never sent: only an answer given on the headers comes back. */
function halfAGzipBody(app: TestApp, headers: Record<string, string> = {}) {
  return raw(app.url, {
    path: '/api/messages',
    headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked', ...headers },
    body: zlib.gzipSync(Buffer.alloc(64 * 1024, 32)).subarray(0, 100),
    end: false,
    timeoutMs: 3000,
  });
}

function expectPlainError(body: string, code: string): void {
  const parsed = JSON.parse(body) as { error: { code: string; message: string } };
  expect(parsed.error.code).toBe(code);
  expect(parsed.error.message).not.toMatch(/\bat \S+ \(|node_modules|\/work\/|Unexpected token|SyntaxError/);
}

describe('request bodies on POST /api/messages (local mode)', () => {
  let app: TestApp;
  let activity: string;
  beforeAll(async () => {
    app = await startTestApp();
    activity = JSON.stringify(personalMessage({ serviceUrl: app.connector.url }, newUser('Nina Ek'), 'hjälp'));
  });
  afterAll(() => app.close());

  it('takes application/json, with or without charset=utf-8', async () => {
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8']) {
      const answer = await raw(app.url, { path: '/api/messages', headers: { 'Content-Type': type }, body: activity });
      expect(answer.status).toBe(200);
    }
  });

  it('refuses a gzip body with 415 without inflating it', async () => {
    const body = zlib.gzipSync(Buffer.from(activity));
    const answer = await raw(app.url, { path: '/api/messages', headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, body });
    expect(answer.status).toBe(415);
    expectPlainError(answer.body, 'UnsupportedMediaType');
  });

  it('answers a compressed body before it has been sent in full', async () => {
    const answer = await halfAGzipBody(app);
    expect(answer.status).toBe(415);
  });

  it.each([
    ['application/x-www-form-urlencoded', 'type=message&text=hj%C3%A4lp'],
    ['text/plain', 'hjälp'],
    ['application/json; charset=latin1', '{}'],
    ['application/jsonx', '{}'],
  ])('refuses %s with 415', async (type, body) => {
    const answer = await raw(app.url, { path: '/api/messages', headers: { 'Content-Type': type }, body });
    expect(answer.status).toBe(415);
    expectPlainError(answer.body, 'UnsupportedMediaType');
  });

  it('refuses a body without a content type with 415', async () => {
    const answer = await raw(app.url, { path: '/api/messages', body: activity });
    expect(answer.status).toBe(415);
  });

  it('refuses a multipart body with 415 and leaves no temporary files behind', async () => {
    const tmp = os.tmpdir();
    const before = new Set(fs.readdirSync(tmp));
    const boundary = 'dagordning-boundary';
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="type"',
      '',
      'message',
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="big.bin"',
      'Content-Type: application/octet-stream',
      '',
      'x'.repeat(100 * 1024),
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const answer = await raw(app.url, { path: '/api/messages', headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` }, body });
    expect(answer.status).toBe(415);
    const added = fs.readdirSync(tmp).filter((name) => !before.has(name) && name.startsWith('upload_'));
    expect(added).toEqual([]);
  });

  it('refuses a body declared larger than the cap with 413 before reading it', async () => {
    const answer = await raw(app.url, {
      path: '/api/messages',
      headers: { 'Content-Type': 'application/json', 'Content-Length': 10 * 1024 * 1024 },
      body: '{"type":',
      end: false,
      timeoutMs: 3000,
    });
    expect(answer.status).toBe(413);
    expectPlainError(answer.body, 'PayloadTooLarge');
  });

  it('stops reading a chunked body at the cap and answers 413', async () => {
    const answer = await raw(app.url, {
      path: '/api/messages',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body: `{"type":"message","text":"${'x'.repeat(300 * 1024)}`,
      end: false,
      timeoutMs: 3000,
    });
    expect(answer.status).toBe(413);
  });

  it('answers malformed JSON with 400 and a fixed message', async () => {
    const answer = await raw(app.url, { path: '/api/messages', headers: { 'Content-Type': 'application/json' }, body: '{"type": "message", ' });
    expect(answer.status).toBe(400);
    expectPlainError(answer.body, 'BadRequest');
    expect(JSON.parse(answer.body).error.message).toBe('The body is not valid JSON');
  });
});

describe('request bodies on POST /api/messages (production mode)', () => {
  let connector: ConnectorEmulator;
  let app: TestApp;
  beforeAll(async () => {
    connector = await ConnectorEmulator.start();
    app = await startTestApp({
      mode: 'production',
      connector,
      env: { BOT_ID: APP_ID, BOT_PASSWORD: 'not-a-real-secret', BOT_TENANT_ID: 'contoso-tenant', BOT_OPENID_METADATA_URL: connector.openIdMetadataUrl },
    });
  });
  afterAll(async () => {
    await app.close();
    await connector.stop();
  });

  it('refuses a request without a bearer token with 401 before reading its body', async () => {
    const answer = await halfAGzipBody(app);
    expect(answer.status).toBe(401);
    expectPlainError(answer.body, 'Unauthorized');
  });

  it('refuses a compressed body with 415 even with a token, before reading it', async () => {
    const answer = await halfAGzipBody(app, { Authorization: `Bearer ${connector.channelToken({ appId: APP_ID })}` });
    expect(answer.status).toBe(415);
  });
});
