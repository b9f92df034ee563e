import { DEMO_PEOPLE, DEMO_TEAM } from '../../bot/src/demo/demoGroup';
import type { ConnectorCall } from './botConnector/connectorEmulator';
import { SsoIssuer, type MintOptions } from './entra/ssoIssuer';
import { fromTenant, installationUpdate, type TeamFixture } from './teams/activities';
import { startTestApp, type TestApp } from './testApp';

/**
 * The demo group's server with the tab signed in as in production (Teams SSO tokens
 * from the Entra test issuer, validated against its keys), and the app installed in
 * the demo team's channel, so the bot can post there and open personal chats.
 * The bot endpoint runs as in local mode, without Bot Connector authentication: its
 * proactive sends would need tokens from Entra's public endpoint otherwise, and
 * production's authentication of the bot endpoint is covered on its own
 * (authentication.e2e). `as(name)` calls the tab API as one of the demo people.
 */
const CLIENT_ID = '7c1e4b2a-5d3f-4e6a-9b8c-0a1b2c3d4e5f';
export const DEMO_SSO_APP = { clientId: CLIENT_ID, appIdUri: `api://dagordning.example.se/${CLIENT_ID}` };

export const DEMO_TEAM_FIXTURE: TeamFixture = { teamId: DEMO_TEAM.teamId, name: DEMO_TEAM.name, aadGroupId: '5d0a7f4e-1c2b-4a3d-8e9f-0a1b2c3d4e5f', generalChannelId: DEMO_TEAM.teamId };

export const demoPerson = (name: string) => {
  const person = DEMO_PEOPLE.find((p) => p.name === name);
  if (!person) throw new Error(`no demo person ${name}`);
  return person;
};

/** The demo group's secretary adds the app to the demo team: the bot may post in its channel from then on. */
export async function installInDemoTeam(app: TestApp): Promise<void> {
  const secretary = demoPerson('Sara Lindqvist');
  const install = fromTenant(installationUpdate({ serviceUrl: app.connector.url }, { id: secretary.userId, name: secretary.name, aadObjectId: secretary.aadObjectId }, DEMO_TEAM_FIXTURE), DEMO_TEAM.tenantId);
  const installed = await app.post(install);
  if (installed.status !== 200) throw new Error(`installing in the demo team answered ${installed.status}`);
}

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface TabClient {
  get<T = unknown>(path: string): Promise<ApiAnswer<T>>;
  send<T = unknown>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiAnswer<T>>;
}

export function tabClient(app: TestApp, token: () => Promise<string | undefined>): TabClient {
  const call = async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiAnswer<T>> => {
    const bearer = await token();
    const response = await fetch(`${app.url}${path}`, {
      method,
      headers: { ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
  };
  return { get: (path) => call('GET', path), send: call };
}

export interface DemoServer {
  app: TestApp;
  issuer: SsoIssuer;
  /** The tab API as a demo person, with a fresh valid token unless told otherwise. */
  as(name: string, token?: Partial<MintOptions>): TabClient;
  /** What the bot posted on its own in a conversation (the channel, a personal chat). */
  posted(conversationId: string): ConnectorCall[];
  close(): Promise<void>;
}

/**
 * The demo group's server in production mode, with the app installed in the demo team
 * by its secretary; its Bot Connector emulator (app.connector) starts and stops with it.
 */
export async function startDemoServer(env: Record<string, string> = {}): Promise<DemoServer> {
  const issuer = await SsoIssuer.start(DEMO_SSO_APP);
  const app = await startTestApp({ env: { ...issuer.serverEnv, DEMO_DATA: 'true', ...env } });
  await installInDemoTeam(app);
  return {
    app,
    issuer,
    as: (name, token = {}) => {
      const person = demoPerson(name);
      return tabClient(app, () => issuer.mint({ tenantId: DEMO_TEAM.tenantId, oid: person.aadObjectId, name: person.name, ...token }));
    },
    posted: (conversationId) => app.connector.calls.filter((c) => c.kind === 'send' && c.conversationId === conversationId),
    close: async () => {
      await app.close();
      await issuer.stop();
    },
  };
}
