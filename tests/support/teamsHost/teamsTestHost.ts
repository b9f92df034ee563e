import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * A stand-in for the Teams client on 127.0.0.1: serves hostPage.html, which frames the
 * tab and answers teams-js, and passes every other request (/tab/…, /api/…) through to
 * the app. Tab and host share one origin, as teams-js accepts messages from its own
 * origin without consulting its list of Microsoft hosts.
 */
export interface HostScenario {
  /** What the frame loads, e.g. /tab/, /tab/config, /tab/personal. */
  tabPath: string;
  frameContext: 'content' | 'settings';
  theme: 'default' | 'dark' | 'contrast';
  locale: string;
  user: { aadObjectId: string; tenantId: string; name: string; userPrincipalName?: string };
  team?: { teamId: string; name: string; channelId: string };
  entityId?: string;
  /** A deep link's sub-entity (teams-js page.subPageId), e.g. `protokoll:<meetingId>`. */
  subEntityId?: string;
  /** What authentication.getAuthToken() returns; without one it fails as a missing consent does. */
  token?: string;
}

const PAGE = fs.readFileSync(path.join(__dirname, 'hostPage.html'));

export class TeamsTestHost {
  private readonly scenarios = new Map<string, HostScenario>();
  private next = 1;

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(appUrl: string): Promise<TeamsTestHost> {
    const holder: { host?: TeamsTestHost } = {};
    const server = http.createServer((req, res) => holder.host!.handle(req, res, new URL(appUrl)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.host = new TeamsTestHost(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return holder.host;
  }

  /** The URL of a host page that opens the tab as the scenario describes. */
  open(scenario: HostScenario): string {
    const id = String(this.next++);
    this.scenarios.set(id, scenario);
    return `${this.url}/host.html?scenario=${id}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, app: URL): void {
    const url = new URL(req.url ?? '/', this.url);
    if (url.pathname === '/host.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(PAGE);
      return;
    }
    const scenario = /^\/host\/scenarios\/(.+)$/.exec(url.pathname);
    if (scenario) {
      const found = this.scenarios.get(decodeURIComponent(scenario[1]!));
      res.writeHead(found ? 200 : 404, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(found ?? { error: 'no such scenario' }));
      return;
    }
    // In Teams the tab is served by the app itself, so its requests come from the app's own origin.
    const headers = { ...req.headers, host: app.host, ...(req.headers.origin ? { origin: app.origin } : {}) };
    const upstream = http.request({ host: app.hostname, port: app.port, method: req.method, path: req.url, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  }
}
