import restify from 'restify';
import type { Request, Response } from 'restify';
import type { Logger } from '../log/logger';
import { jsonRoute, problem, sendProblem, type JsonHandler } from './jsonBody';
import { requestOriginProblem } from './requestOrigin';
import { staticFiles } from './staticFiles';
import { registerTabApi, type TabApiDeps } from './tabApi/routes';

export interface HttpDeps {
  /** The channel endpoint; the Teams edge provides it, so this file stays SDK-free. */
  messages: JsonHandler;
  /** Bot Connector authentication is on: a request without a bearer token is refused before its body is read. */
  botAuthentication: boolean;
  /** Nothing authenticates callers (local mode): only this machine, by a loopback name, may call. */
  loopbackOnly: boolean;
  log: Logger;
  tabDir: string;
  tabApi: Omit<TabApiDeps, 'log'>;
}

/** Teams activities are small; a generous cap still stops abuse early. */
export const MAX_ACTIVITY_BYTES = 256 * 1024;

const BEARER = /^Bearer\s+\S+$/i;

/** The HTTP surface: the bot endpoint, a health probe, the tab's API and the built tab. */
export function createHttpServer(deps: HttpDeps): restify.Server {
  const server = restify.createServer({ name: 'dagordning', handleUncaughtExceptions: false });

  server.pre((req: Request, res: Response, next: (error?: false) => void) => {
    const refused = requestOriginProblem(req, deps.loopbackOnly);
    if (!refused) return next();
    sendProblem(res, refused);
    return next(false);
  });

  // The SDK validates the token fully only once it has the activity (it needs the serviceUrl);
  // a request that does not even carry one is refused before its body is read.
  const requireBearer = deps.botAuthentication
    ? (req: Request) => (BEARER.test(req.header('authorization') ?? '') ? undefined : problem(401, 'Unauthorized', 'Bot Connector authentication failed'))
    : undefined;
  server.post('/api/messages', jsonRoute(deps.messages, { maxBytes: MAX_ACTIVITY_BYTES, before: requireBearer }));
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });
  registerTabApi(server, { ...deps.tabApi, log: deps.log });
  server.get('/tab', async (_req: Request, res: Response) => {
    res.header('Location', '/tab/');
    res.send(301);
  });
  server.get('/tab/*', staticFiles(deps.tabDir, '/tab'));

  server.on('restifyError', (req, res, error, callback) => {
    // Restify answers unknown routes and methods itself; make sure internals never leak.
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) deps.log.error('http error', { error, url: req.url });
    error.toJSON = () => ({ error: { code: status >= 500 ? 'InternalError' : 'BadRequest', message: status >= 500 ? 'Internal error' : error.message } });
    return callback();
  });
  return server;
}
