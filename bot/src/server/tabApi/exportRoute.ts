import type { Request, Response, Server } from 'restify';
import { pathId, type TabMinutesExport } from '../../app/tab/minutes';
import type { Logger } from '../../log/logger';
import type { TabAuthenticator } from './authenticate';
import { failureOf, sendFailure, TabApiFailure } from './failures';
import { groupIdOf, queryParam } from './params';

export interface ExportApiDeps {
  minutesExport: TabMinutesExport;
  authenticate: TabAuthenticator;
  log: Logger;
}

/**
 * POST /api/tab/groups/:groupId/meetings/:meetingId/minutes/export[?version=n] — a
 * signed link to the minutes as Word (ExportLinkResponse). It takes no body: the
 * connection is closed on a refusal so an unread body is never taken for the next request.
 */
export function registerExportApi(server: Server, deps: ExportApiDeps): void {
  server.post('/api/tab/groups/:groupId/meetings/:meetingId/minutes/export', async (req: Request, res: Response) => {
    try {
      const identity = await deps.authenticate(req.header('authorization') || undefined);
      const asked = queryParam(req, 'version');
      const version = asked === null ? undefined : Number(asked);
      if (version !== undefined && !(Number.isSafeInteger(version) && version > 0)) throw new TabApiFailure(404, 'gone');
      const link = await deps.minutesExport.exportLink(identity, groupIdOf(req), pathId(req.params?.meetingId, 'meeting'), version);
      res.header('Cache-Control', 'no-store');
      res.send(200, link);
    } catch (error) {
      res.header('Connection', 'close');
      sendFailure(req, res, failureOf(error, deps.log, { endpoint: 'minutes-export' }));
    }
  });
}
