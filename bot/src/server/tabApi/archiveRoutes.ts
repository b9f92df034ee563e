import type { Request, Response, Server } from 'restify';
import type { TabIdentity } from '../../app/tab';
import { pathId } from '../../app/tab/minutes';
import type { TabArchive } from '../../app/tab/archive';
import type { Logger } from '../../log/logger';
import type { TabAuthenticator } from './authenticate';
import { failureOf, sendFailure } from './failures';
import { readBody } from './minutesRoutes';
import { groupIdOf, queryParam } from './params';

export interface ArchiveApiDeps {
  archive: TabArchive;
  authenticate: TabAuthenticator;
  log: Logger;
}

function answer(res: Response, body: unknown): void {
  res.header('Cache-Control', 'no-store');
  res.send(200, body);
}

function read(deps: ArchiveApiDeps, name: string, query: (identity: TabIdentity, req: Request) => Promise<unknown>) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      answer(res, await query(await deps.authenticate(req.header('authorization') || undefined), req));
    } catch (error) {
      sendFailure(req, res, failureOf(error, deps.log, { endpoint: name }));
    }
  };
}

/** The archive on the bot's server: /api/tab/groups/:groupId/archive/… */
export function registerArchiveApi(server: Server, deps: ArchiveApiDeps): void {
  const { archive } = deps;
  const base = '/api/tab/groups/:groupId/archive';
  server.get(`${base}/terms`, read(deps, 'archive-terms', (identity, req) => archive.terms(identity, groupIdOf(req))));
  server.get(`${base}/terms/:term`, read(deps, 'archive-term', (identity, req) => archive.term(identity, groupIdOf(req), String(req.params?.term ?? ''))));
  server.get(`${base}/search`, read(deps, 'archive-search', (identity, req) => archive.search(identity, groupIdOf(req), queryParam(req, 'q'), queryParam(req, 'term'))));
  server.get(`${base}/decisions`, read(deps, 'archive-decisions', (identity, req) => archive.decisions(identity, groupIdOf(req), queryParam(req, 'term'), queryParam(req, 'q'))));
  server.get(`${base}/follow-ups`, read(deps, 'archive-follow-ups', (identity, req) => archive.followUps(identity, groupIdOf(req), queryParam(req, 'done') === 'true')));
  // The reader is settled before the body is read; a body left unread closes the connection.
  server.put(`${base}/actions/:actionId`, async (req: Request, res: Response): Promise<void> => {
    let bodyRead = false;
    try {
      const identity = await deps.authenticate(req.header('authorization') || undefined);
      const actor = await archive.reader(identity, groupIdOf(req));
      const body = await readBody(req);
      bodyRead = true;
      answer(res, await archive.markAction(actor, pathId(req.params?.actionId, 'action'), body));
    } catch (error) {
      if (!bodyRead) res.header('Connection', 'close');
      sendFailure(req, res, failureOf(error, deps.log, { endpoint: 'archive-mark-action' }));
    }
  });
}
