import restify from 'restify';
import type { Request, Response } from 'restify';
import type { Logger } from '../log/logger';
import { staticFiles } from './staticFiles';
import { registerTabApi, type TabApiDeps } from './tabApi/routes';

export interface HttpDeps {
  /** The channel endpoint; the Teams edge provides it, so this file stays SDK-free. */
  messages: (req: Request, res: Response) => Promise<void>;
  log: Logger;
  tabDir: string;
  tabApi: Omit<TabApiDeps, 'log'>;
}

/** The HTTP surface: the bot endpoint, a health probe, the tab's API and the built tab. */
export function createHttpServer(deps: HttpDeps): restify.Server {
  const server = restify.createServer({ name: 'dagordning', handleUncaughtExceptions: false });
  // Teams activities are small; a generous cap still stops abuse early.
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false, rejectUnknown: true }));

  server.post('/api/messages', deps.messages);
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
    // Restify answers malformed JSON and oversize bodies itself; make sure internals never leak.
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) deps.log.error('http error', { error, url: req.url });
    error.toJSON = () => ({ error: { code: status >= 500 ? 'InternalError' : 'BadRequest', message: status >= 500 ? 'Internal error' : error.message } });
    return callback();
  });
  return server;
}
