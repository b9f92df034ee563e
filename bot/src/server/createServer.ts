import type { Request, Response, Server } from 'restify';
import restify from 'restify';
import type { Logger } from '../log/logger';
import { registerFeedbackCsv, type FeedbackCsvDeps } from './feedbackCsv';
import { registerMinutesDownload, type MinutesDownloadDeps } from './minutesDownload';
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
  /** The signed links on feedback cards (the owner's CSV file). */
  feedbackCsv?: Omit<FeedbackCsvDeps, 'log'>;
  /** The signed links to the minutes as Word. */
  minutesDownload?: Omit<MinutesDownloadDeps, 'log'>;
}

/** Teams activities are small; a generous cap still stops abuse early. */
export const MAX_ACTIVITY_BYTES = 256 * 1024;

const BEARER = /^Bearer\s+\S+$/i;

/**
 * How long a client may take, set on purpose instead of left at Node's defaults.
 * Headers: the Bot Connector sends its few headers at once; a client that dribbles
 * them out only holds a socket (Slowloris), so 10 s, not 60 s.
 * Request: headers and at most 256 KB of JSON arrive in well under 30 s even on a
 * slow link; Node's default of 300 s lets a slow body hold a socket for five minutes.
 * Keep-alive: longer than the idle timeout of the proxy or load balancer in front
 * (commonly 60 s), so that it, not Node, closes an idle pooled connection: with Node's
 * 5 s it may send a request onto a socket Node is just closing, and answer 502.
 * Check: Node looks for expired requests this often (its default is every 30 s, which
 * would let the two timeouts above run up to 30 s late).
 * https://nodejs.org/api/http.html#serverheaderstimeout
 */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;
export const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

/** The HTTP surface: the bot endpoint, a health probe, the tab's API and the built tab. */
export function createHttpServer(deps: HttpDeps): Server {
  const server = restify.createServer({ name: 'dagordning', handleUncaughtExceptions: false });
  // Read by Node when the server starts listening, so they are set here, before.
  Object.assign(server.server, {
    headersTimeout: HEADERS_TIMEOUT_MS,
    requestTimeout: REQUEST_TIMEOUT_MS,
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
  });

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
  if (deps.feedbackCsv) registerFeedbackCsv(server, { ...deps.feedbackCsv, log: deps.log });
  if (deps.minutesDownload) registerMinutesDownload(server, { ...deps.minutesDownload, log: deps.log });
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
