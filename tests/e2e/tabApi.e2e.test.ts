import { DEMO_PEOPLE, DEMO_TEAM } from '../../bot/src/demo/demoGroup';
import type { MeResponse, NextMeetingResponse, TabApiError } from '../../bot/src/contract/tabApi';
import { ConnectorEmulator } from '../support/botConnector/connectorEmulator';
import { createSigningKey, SsoIssuer, type MintOptions } from '../support/entra/ssoIssuer';
import { startTestApp, type TestApp } from '../support/testApp';

const CLIENT_ID = '3d5c7b9a-1e2f-4a6b-8c0d-2f4e6a8c0b1d';
const SSO_APP = { clientId: CLIENT_ID, appIdUri: `api://dagordning.example.se/${CLIENT_ID}` };
const BOT = { BOT_ID: '11111111-2222-3333-4444-555555555555', BOT_PASSWORD: 'not-a-real-secret', BOT_TENANT_ID: DEMO_TEAM.tenantId };
const OTHER_TENANT = '0f0f0f0f-1111-4222-8333-444444444444';
const person = (name: string) => DEMO_PEOPLE.find((p) => p.name === name)!;
const sara = person('Sara Lindqvist');
const elin = person('Elin Rask');
const demoGroup = encodeURIComponent(DEMO_TEAM.teamId);

async function call(app: TestApp, path: string, token?: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}${path}`, { headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers } });
  return { status: response.status, headers: response.headers, body: (await response.json()) as unknown };
}

describe('the tab API in production, behind Teams SSO', () => {
  let connector: ConnectorEmulator;
  let issuer: SsoIssuer;
  let app: TestApp;
  const mint = (who: { aadObjectId: string; name: string }, options: Partial<MintOptions> = {}) =>
    issuer.mint({ tenantId: DEMO_TEAM.tenantId, oid: who.aadObjectId, name: who.name, ...options });

  beforeAll(async () => {
    connector = await ConnectorEmulator.start();
    issuer = await SsoIssuer.start(SSO_APP);
    app = await startTestApp({ mode: 'production', connector, env: { ...BOT, BOT_OPENID_METADATA_URL: connector.openIdMetadataUrl, ...issuer.serverEnv, DEMO_DATA: 'true' } });
  });
  afterAll(async () => {
    await app.close();
    await connector.stop();
    await issuer.stop();
  });

  it('tells a member who they are and their groups, with their role, from the token alone', async () => {
    const { status, body, headers } = await call(app, '/api/tab/me', await mint(sara));
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(body as MeResponse).toEqual({
      user: { name: 'Sara Lindqvist', aadObjectId: sara.aadObjectId, tenantId: DEMO_TEAM.tenantId },
      developmentIdentity: false,
      groups: [{ groupId: DEMO_TEAM.teamId, teamId: DEMO_TEAM.teamId, name: DEMO_TEAM.name, role: 'sekreterare', membership: 'LG', canWrite: true }],
    });
  });

  it('gives a member the next meeting: items by section with presenters and minutes, kort kort and the time plan', async () => {
    const { status, body } = await call(app, `/api/tab/groups/${demoGroup}/next-meeting`, await mint(person('Karin Holmgren'), { version: 2 }));
    expect(status).toBe(200);
    const { viewer, meeting } = body as NextMeetingResponse;
    expect(viewer).toEqual({ role: 'ledamot', membership: 'LG', canWrite: false, onlyOwnItems: false });
    expect(meeting!.place).toBe('Jupiter + Teams');
    expect(meeting!.parts.map((p) => (p.kind === 'section' ? p.section : p.kind))).toEqual(['fixed', 'beslut', 'information', 'diskussion', 'notices', 'fixed']);
    const decision = meeting!.parts[1]!.kind === 'section' ? meeting!.parts[1]!.items[0]! : undefined;
    expect(decision).toMatchObject({ number: 3, title: 'Rutin för tillfälligt lån av medarbetare', minutes: 20, presenters: [{ name: 'Karin Holmgren', initials: 'KH' }] });
    expect(meeting!.parts[4]).toEqual({
      kind: 'notices',
      number: 8,
      notices: [
        expect.objectContaining({ text: 'Förslag på datum för höstens chefskonferens: 14–15 oktober.' }),
        expect.objectContaining({ text: 'Påminnelse: utbildning i informationssäkerhet för alla chefer.' }),
      ],
    });
    expect(meeting!.timePlan).toMatchObject({ plannedMinutes: 170, meetingMinutes: 180, overMinutes: 0 });
    expect(meeting!.timePlan.rows[0]!.startsAt).toBe(meeting!.startsAt);
  });

  it('shows a guest only the item they present', async () => {
    const { status, body } = await call(app, `/api/tab/groups/${demoGroup}/next-meeting`, await mint(elin));
    expect(status).toBe(200);
    const { viewer, meeting } = body as NextMeetingResponse;
    expect(viewer.onlyOwnItems).toBe(true);
    expect(meeting!.parts).toEqual([{ kind: 'section', section: 'information', items: [expect.objectContaining({ title: 'Kvalitetsrapport grundskola, utkast' })] }]);
  });

  it('shows another tenant nothing: no groups, and 403 with a Swedish message for the group', async () => {
    const token = await mint(sara, { tenantId: OTHER_TENANT });
    expect((await call(app, '/api/tab/me', token)).body).toMatchObject({ groups: [] });
    const { status, body } = await call(app, `/api/tab/groups/${demoGroup}/next-meeting`, token);
    expect(status).toBe(403);
    expect(body).toEqual({ error: { code: 'noAccess', message: 'Du har inte tillgång till den här ledningsgruppens möten. Be gruppens sekreterare att lägga till dig.' } });
  });

  it('shows a member of another team nothing of this group, and an unknown group the same way', async () => {
    const { group } = await app.store.groups.createIfAbsent({ id: '19:soder@thread.tacv2', teamId: '19:soder@thread.tacv2', name: 'Ledningsgruppen Söder', tenantId: DEMO_TEAM.tenantId, createdAt: '2026-09-01T08:00:00.000Z', language: 'sv' });
    const outsider = { aadObjectId: 'c0ffee00-0000-4000-8000-000000000001', name: 'Ulla Söder' };
    await app.store.members.add({ id: crypto.randomUUID(), groupId: group.id, userId: '29:ulla', aadObjectId: outsider.aadObjectId, name: outsider.name, initials: 'US', role: 'sekreterare', membership: 'LG' });
    const token = await mint(outsider);
    expect((await call(app, `/api/tab/groups/${encodeURIComponent(group.id)}/next-meeting`, token)).status).toBe(200);
    for (const groupId of [demoGroup, 'no-such-group']) {
      const { status, body } = await call(app, `/api/tab/groups/${groupId}/next-meeting`, token);
      expect(status).toBe(403);
      expect((body as TabApiError).error.code).toBe('noAccess');
    }
  });

  it('refuses a request without a token with 401 and a Swedish message', async () => {
    for (const path of ['/api/tab/me', `/api/tab/groups/${demoGroup}/next-meeting`]) {
      const { status, body, headers } = await call(app, path);
      expect(status).toBe(401);
      expect(headers.get('www-authenticate')).toBe('Bearer');
      expect(body).toEqual({ error: { code: 'tokenMissing', message: 'Dagordning fick ingen inloggning från Teams. Öppna fliken i Teams och försök igen.' } });
    }
  });

  it.each<[string, () => Promise<string>, number, string]>([
    ['with a forged signature', async () => mint(sara, { key: await createSigningKey('sso-test-key-1') }), 401, 'tokenInvalid'],
    ['that has expired', () => mint(sara, { expiresIn: -3600 }), 401, 'tokenExpired'],
    ['for another audience', () => mint(sara, { audience: 'api://elsewhere.example.com/99999999-2222-3333-4444-555555555555' }), 401, 'tokenInvalid'],
    ['whose issuer is another tenant than its tid', () => mint(sara, { issuer: `https://sts.windows.net/${OTHER_TENANT}/` }), 401, 'tokenInvalid'],
    ['without the access_as_user scope', () => mint(sara, { scope: 'User.Read' }), 403, 'insufficientScope'],
    ['that is not a token', async () => 'not-a-jwt', 401, 'tokenInvalid'],
  ])('rejects a token %s, answering no data', async (_label, token, status, code) => {
    const response = await call(app, `/api/tab/groups/${demoGroup}/next-meeting`, await token());
    expect(response.status).toBe(status);
    expect((response.body as TabApiError).error.code).toBe(code);
    expect((response.body as TabApiError).error.message).toMatch(/[åäö]|Dagordning/);
    expect(JSON.stringify(response.body)).not.toContain('Rutin för tillfälligt lån');
  });

  it('answers in English when the tab asks for English', async () => {
    const { body } = await call(app, '/api/tab/me', await mint(sara, { expiresIn: -3600 }), { 'Accept-Language': 'en-US,en;q=0.9' });
    expect(body).toEqual({ error: { code: 'tokenExpired', message: 'Your sign-in has expired. Reload the tab to sign in again.' } });
  });

  it('answers an unknown tab API path with a Swedish 404', async () => {
    const { status, body } = await call(app, '/api/tab/minutes', await mint(sara));
    expect(status).toBe(404);
    expect((body as TabApiError).error.code).toBe('notFound');
  });

  it('never writes a token to its logs', async () => {
    const token = await mint(sara, { expiresIn: -3600 });
    await call(app, '/api/tab/me', token);
    expect(app.logs.join('\n')).toContain('tab token rejected');
    expect(app.logs.join('\n')).not.toContain(token.split('.')[2]);
  });
});

describe('the tab API in local mode', () => {
  let app: TestApp;
  let issuer: SsoIssuer;
  beforeAll(async () => {
    app = await startTestApp({ env: { DEMO_DATA: 'true' } });
    issuer = await SsoIssuer.start(SSO_APP);
  });
  afterAll(async () => {
    await app.close();
    await issuer.stop();
  });

  it('runs as the demo group\'s secretary and says it is the development identity, whatever the request claims', async () => {
    const forged = await issuer.mint({ tenantId: OTHER_TENANT, oid: 'someone-else' });
    for (const token of [undefined, forged]) {
      const { status, body } = await call(app, '/api/tab/me', token);
      expect(status).toBe(200);
      expect(body).toMatchObject({ user: { name: 'Sara Lindqvist', aadObjectId: sara.aadObjectId }, developmentIdentity: true, groups: [{ groupId: DEMO_TEAM.teamId, role: 'sekreterare' }] });
    }
  });
});
