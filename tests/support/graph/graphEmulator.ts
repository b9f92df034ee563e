import crypto from 'node:crypto';
import https from 'node:https';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleBatch } from './batch';
import { graphError, type GraphResponse } from './graphErrors';
import { routeGraphRequest, type GraphRequest } from './graphRoutes';
import { graphTime, SiteStore } from './listStore';
import { RequestLog, type RequestKind } from './requestLog';
import { ensureTestTls, processTrustsTestCa } from './testTls';
import { defaultFaults, outageResponse, Throttler, type GraphFaults } from './throttling';
import { TokenIssuer } from './tokenIssuer';

/**
 * Microsoft Graph (the SharePoint-list part of v1.0) and the Entra ID token endpoint on
 * one HTTPS origin, for tests and benchmarks. See graphRoutes.ts for the Graph surface,
 * tokenIssuer.ts for Entra, batch.ts for $batch, throttling.ts for faults and resource
 * units, testTls.js for the certificate the process must trust (run the test command
 * through withTestCa.js).
 *
 *   const graph = await GraphEmulator.start({ tenantId, clientId, clientSecret });
 *   new ClientSecretCredential(tenantId, clientId, clientSecret, { authorityHost: graph.origin, disableInstanceDiscovery: true });
 *   Client.initWithMiddleware({ authProvider, baseUrl: graph.origin, customHosts: new Set([graph.hostname]) });
 */
export interface GraphEmulatorOptions {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  siteHostname?: string;
  sitePath?: string;
  /** Composite id `hostname,guid,guid`; made up when absent. */
  siteId?: string;
  siteDisplayName?: string;
  faults?: Partial<GraphFaults>;
  /** Seed of the throttling PRNG. */
  seed?: number;
  /** expires_in of issued tokens. */
  tokenLifetimeSeconds?: number;
  /** Time source (ms) for tokens, the resource-unit window and timestamps; Date.now by default. */
  clock?: () => number;
  /** Fail start() when NODE_EXTRA_CA_CERTS does not include the test CA (default true). */
  requireTrustedCa?: boolean;
}

export type { GraphFaults, GraphOutage } from './throttling';
export type { RequestLogEntry, RequestKind } from './requestLog';
export type { ItemSnapshot } from './listStore';
export { RequestLog } from './requestLog';
export { SiteStore } from './listStore';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class GraphEmulator {
  /** Mutable: change a field and the next request sees it. */
  readonly faults: GraphFaults;
  /** Request log and counters; stats.reset() clears them. */
  readonly stats: RequestLog;
  /** The SharePoint data, for seeding (seedItems, createList) and inspection (itemsOf) without HTTP. */
  readonly site: SiteStore;
  private readonly throttler: Throttler;
  private readonly tokens: TokenIssuer;
  private origin_ = '';

  private constructor(private readonly server: https.Server, readonly options: GraphEmulatorOptions, private readonly clock: () => number) {
    this.faults = { ...defaultFaults(), ...options.faults };
    this.stats = new RequestLog(clock);
    this.throttler = new Throttler(this.faults, clock, options.seed ?? 1);
    this.tokens = new TokenIssuer(options, options.tokenLifetimeSeconds ?? 3600, clock);
    const hostname = options.siteHostname ?? 'contoso.sharepoint.com';
    this.site = new SiteStore({
      id: options.siteId ?? `${hostname},${crypto.randomUUID()},${crypto.randomUUID()}`,
      hostname,
      path: options.sitePath ?? 'ledningsgrupp',
      displayName: options.siteDisplayName ?? options.sitePath ?? 'ledningsgrupp',
      createdDateTime: graphTime(new Date(clock())),
    }, () => new Date(clock()));
  }

  static async start(options: GraphEmulatorOptions): Promise<GraphEmulator> {
    if (options.requireTrustedCa !== false && !processTrustsTestCa()) {
      throw new Error('GraphEmulator: this process does not trust the test CA, so @azure/identity and the Graph client will refuse the emulator. '
        + 'Start the command through the launcher: node tests/support/graph/withTestCa.js <command>.');
    }
    const tls = ensureTestTls();
    const holder: { emulator?: GraphEmulator } = {};
    const server = https.createServer({ cert: tls.cert, key: tls.key }, (req, res) => void holder.emulator!.handle(req, res));
    holder.emulator = new GraphEmulator(server, options, options.clock ?? Date.now);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.emulator.origin_ = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return holder.emulator;
  }

  /** https://127.0.0.1:PORT: Graph base URL (without /v1.0) and Entra authority host. */
  get origin(): string {
    return this.origin_;
  }

  /** Host name for the Graph client's customHosts (it compares names without the port). */
  get hostname(): string {
    return new URL(this.origin_).hostname;
  }

  get siteId(): string {
    return this.site.site.id;
  }

  /** Tokens the endpoint has issued. */
  get issuedTokenCount(): number {
    return this.tokens.issuedCount;
  }

  /** Expires every issued token: later Graph calls bearing one answer 401 InvalidAuthenticationToken. */
  expireTokens(): void {
    this.tokens.expireAll();
  }

  /** SharePoint resource units used in the last 60 seconds (the budget window). */
  resourceUnitsInWindow(): number {
    return this.throttler.resourceUnitsInWindow();
  }

  /** Clears the log and counters, empties the resource-unit window and reseeds the PRNG. Data stays. */
  reset(): void {
    this.stats.reset();
    this.throttler.reset();
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    try {
      await this.answer(req, res);
    } catch (error) {
      // An aborted request or an emulator bug: answer if still possible, never crash the test process.
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'generalException', message: `Emulator failure: ${String(error)}` } }));
    }
  }

  private async answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const pathAndQuery = req.url ?? '/';
    const path = pathAndQuery.split('?')[0]!;
    const method = (req.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
    if (this.faults.latencyMs > 0) await sleep(this.faults.latencyMs);

    let response: GraphResponse;
    const token = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(path);
    const discovery = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(path);
    if (token && method === 'POST') {
      response = this.tokens.token(decodeURIComponent(token[1]!), new URLSearchParams(raw), headers.authorization, this.origin);
      this.stats.add({ kind: 'token', method, path: pathAndQuery, status: response.status, resourceUnits: 0 });
    } else if (discovery && method === 'GET') {
      response = this.tokens.openIdConfiguration(decodeURIComponent(discovery[1]!), this.origin);
      this.stats.add({ kind: 'discovery', method, path: pathAndQuery, status: response.status, resourceUnits: 0 });
    } else if (path.startsWith('/v1.0/')) {
      response = await this.handleGraph(method, pathAndQuery, headers, raw);
    } else {
      response = graphError(404, 'itemNotFound', `The emulator serves /v1.0/... and /{tenant}/oauth2/v2.0/token, not ${path}.`);
    }

    const clientRequestId = headers['client-request-id'] || crypto.randomUUID();
    res.writeHead(response.status, { ...response.headers, 'request-id': crypto.randomUUID(), 'client-request-id': clientRequestId });
    res.end(response.body === undefined || response.status === 204 ? undefined : JSON.stringify(response.body));
  }

  private async handleGraph(method: string, pathAndQuery: string, headers: Record<string, string>, raw: string): Promise<GraphResponse> {
    const isBatch = pathAndQuery.split('?')[0] === '/v1.0/$batch' && method === 'POST';
    const kind: RequestKind = isBatch ? 'batch' : 'graph';
    const early = this.tokens.check(headers.authorization)
      ?? (this.faults.outage ? outageResponse(this.faults.outage, this.faults.retryAfterSeconds) : undefined);
    let body: unknown;
    if (!early && raw.trim() !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        const bad = graphError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
        this.stats.add({ kind, method, path: pathAndQuery, status: 400, resourceUnits: 0 });
        return bad;
      }
    }
    if (early) {
      this.stats.add({ kind, method, path: pathAndQuery, status: early.status, resourceUnits: 0 });
      return early;
    }
    if (!isBatch) return this.serve({ method, url: pathAndQuery.slice('/v1.0'.length), headers, body }, 'graph');
    const index = this.stats.add({ kind: 'batch', method, path: pathAndQuery, status: 0, resourceUnits: 0 });
    const response = await handleBatch(body, (request, id) => this.serve(request, 'batch-inner', id, index));
    this.stats.setStatus(index, response.status);
    return response;
  }

  /** One Graph request, outer or inside a batch: throttling, resource units, routing, log. */
  private async serve(request: GraphRequest, kind: 'graph' | 'batch-inner', batchRequestId?: string, batchIndex?: number): Promise<GraphResponse> {
    const { throttled, cost } = this.throttler.admit(request.method, request.url);
    const response = throttled ?? routeGraphRequest(request, {
      store: this.site, origin: this.origin, listViewThreshold: this.faults.listViewThreshold, retryAfterSeconds: this.faults.retryAfterSeconds,
    });
    this.stats.add({
      kind, method: request.method, path: kind === 'graph' ? `/v1.0${request.url}` : request.url, status: response.status,
      resourceUnits: throttled ? 0 : cost, ...(kind === 'batch-inner' ? { batchRequestId, batchIndex } : {}),
    });
    return response;
  }
}
