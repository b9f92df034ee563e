import { loadSharePointSettings, type SharePointSettings } from '../../bot/src/config/config';
import { provision } from '../../bot/src/stores/sharepoint/provision';
import { SharePointStore } from '../../bot/src/stores/sharepoint/sharePointStore';
import { GraphEmulator, type GraphFaults } from './graph/graphEmulator';

/**
 * A SharePoint site in the Graph emulator, provisioned by the app's own provisioning
 * code, and the settings that point the real SharePoint store at it.
 */
export interface TestSite {
  graph: GraphEmulator;
  /** The environment a STORE=sharepoint server needs to reach the emulator. */
  env: Record<string, string>;
  settings: SharePointSettings;
  connect(): Promise<SharePointStore>;
  stop(): Promise<void>;
}

const IDENTITY = { tenantId: 'dagordning-test-tenant', clientId: 'dagordning-test-app', clientSecret: 'test-only-secret-not-real' };

export async function startTestSite(faults: Partial<GraphFaults> = {}): Promise<TestSite> {
  const graph = await GraphEmulator.start({ ...IDENTITY, siteHostname: 'skolor.sharepoint.com', sitePath: 'ledningsgruppen', faults: { retryAfterSeconds: 0, ...faults } });
  const env = {
    STORE: 'sharepoint',
    SHAREPOINT_SITE_ID: 'skolor.sharepoint.com:/sites/ledningsgruppen',
    GRAPH_BASE_URL: graph.origin,
    AZURE_AUTHORITY_HOST: graph.origin,
    AZURE_TENANT_ID: IDENTITY.tenantId,
    AZURE_CLIENT_ID: IDENTITY.clientId,
    AZURE_CLIENT_SECRET: IDENTITY.clientSecret,
    GRAPH_MAX_RETRIES: '6',
    GRAPH_MAX_RETRY_DELAY_SECONDS: '1',
  };
  const settings = loadSharePointSettings(env);
  await provision(SharePointStore.gateway(settings), settings.siteId);
  graph.reset();
  return {
    graph,
    env,
    settings,
    connect: () => SharePointStore.connect(settings),
    stop: () => graph.stop(),
  };
}
