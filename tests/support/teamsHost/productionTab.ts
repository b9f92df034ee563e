import { DEMO_PEOPLE, DEMO_TEAM } from '../../../bot/src/demo/demoGroup';
import { ConnectorEmulator } from '../botConnector/connectorEmulator';
import { SsoIssuer, type MintOptions } from '../entra/ssoIssuer';
import { startTestApp, type TestApp } from '../testApp';
import { TeamsTestHost, type HostScenario } from './teamsTestHost';

/**
 * The server as in production (Bot Connector authentication against the connector
 * emulator, Teams SSO against the test issuer) with the demo group, and the Teams
 * test host in front of it.
 */
export interface ProductionTab {
  app: TestApp;
  host: TeamsTestHost;
  issuer: SsoIssuer;
  /** A host page opening the configured channel tab as this demo person, with a valid token unless told otherwise. */
  open(personName: string, scenario?: Partial<HostScenario>, token?: Partial<MintOptions>): Promise<string>;
  close(): Promise<void>;
}

const CLIENT_ID = '7c1e4b2a-5d3f-4e6a-9b8c-0a1b2c3d4e5f';

export async function startProductionTab(): Promise<ProductionTab> {
  const connector = await ConnectorEmulator.start();
  const issuer = await SsoIssuer.start({ clientId: CLIENT_ID, appIdUri: `api://dagordning.example.se/${CLIENT_ID}` });
  const app = await startTestApp({
    mode: 'production',
    connector,
    env: { BOT_ID: '11111111-2222-3333-4444-555555555555', BOT_PASSWORD: 'not-a-real-secret', BOT_TENANT_ID: DEMO_TEAM.tenantId, BOT_OPENID_METADATA_URL: connector.openIdMetadataUrl, ...issuer.serverEnv, DEMO_DATA: 'true' },
  });
  const host = await TeamsTestHost.start(app.url);
  return {
    app,
    host,
    issuer,
    async open(personName, scenario = {}, token = {}) {
      const person = DEMO_PEOPLE.find((p) => p.name === personName)!;
      const user = { aadObjectId: person.aadObjectId, tenantId: DEMO_TEAM.tenantId, name: person.name };
      return host.open({
        tabPath: `/tab/?group=${encodeURIComponent(DEMO_TEAM.teamId)}`,
        frameContext: 'content',
        theme: 'default',
        locale: 'sv-SE',
        user,
        team: { teamId: DEMO_TEAM.teamId, name: DEMO_TEAM.name, channelId: '19:demo-allmant@thread.tacv2' },
        token: await issuer.mint({ tenantId: user.tenantId, oid: user.aadObjectId, name: user.name, ...token }),
        ...scenario,
      });
    },
    async close() {
      await host.stop();
      await app.close();
      await connector.stop();
      await issuer.stop();
    },
  };
}
