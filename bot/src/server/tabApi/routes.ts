import type { Request, Response, Server } from 'restify';
import type { TabIdentity, TabQueries } from '../../app/tab';
import type { TabMinutesExport } from '../../app/tab/minutes';
import type { Logger } from '../../log/logger';
import type { TabArchive } from '../../app/tab/archive';
import { registerArchiveApi } from './archiveRoutes';
import type { TabAuthenticator } from './authenticate';
import { registerExportApi } from './exportRoute';
import { failureOf, sendFailure, TabApiFailure } from './failures';
import { registerMinutesApi, type MinutesApiDeps } from './minutesRoutes';
import { groupIdOf } from './params';

export interface TabApiDeps {
  queries: TabQueries;
  minutes: MinutesApiDeps['minutes'];
  /** The archive's queries; absent where a server is built without them. */
  archive?: TabArchive;
  /** The minutes as Word; absent where a server is built without link signing. */
  minutesExport?: TabMinutesExport;
  authenticate: TabAuthenticator;
  log: Logger;
}


/** Authenticates first, then answers with the query's JSON; every failure becomes `{ error }`. */
function endpoint(deps: TabApiDeps, name: string, answer: (identity: TabIdentity, req: Request) => Promise<unknown>) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const identity = await deps.authenticate(req.header('authorization') || undefined);
      const body = await answer(identity, req);
      res.header('Cache-Control', 'no-store');
      res.send(200, body);
    } catch (error) {
      sendFailure(req, res, failureOf(error, deps.log, { endpoint: name }));
    }
  };
}

/** The tab's API on the bot's server: /api/tab/… */
export function registerTabApi(server: Server, deps: TabApiDeps): void {
  server.get('/api/tab/me', endpoint(deps, 'me', (identity) => deps.queries.me(identity)));
  server.get('/api/tab/groups/:groupId/next-meeting', endpoint(deps, 'next-meeting', (identity, req) => deps.queries.nextMeeting(identity, groupIdOf(req))));
  registerMinutesApi(server, deps);
  if (deps.archive) registerArchiveApi(server, { ...deps, archive: deps.archive });
  if (deps.minutesExport) registerExportApi(server, { ...deps, minutesExport: deps.minutesExport });
  const notFound = async (req: Request, res: Response): Promise<void> => sendFailure(req, res, new TabApiFailure(404, 'notFound'));
  for (const method of ['get', 'post', 'put', 'patch', 'del'] as const) server[method]('/api/tab/*', notFound);
}
