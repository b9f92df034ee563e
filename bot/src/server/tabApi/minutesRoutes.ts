import type { Request, Response, Server } from 'restify';
import type { TabIdentity } from '../../app/tab';
import { pathId, type TabMinutes } from '../../app/tab/minutes';
import type { Actor } from '../../domain/model';
import type { Logger } from '../../log/logger';
import { headerProblem, parseJson, readCapped } from '../jsonBody';
import type { TabAuthenticator } from './authenticate';
import { failureOf, sendFailure, TabApiFailure } from './failures';
import { groupIdOf, queryParam } from './params';

export interface MinutesApiDeps {
  minutes: TabMinutes;
  authenticate: TabAuthenticator;
  log: Logger;
}

/**
 * The largest body a minutes write takes. An item's notes hold 20,000 characters; a
 * body five times that, in three-byte letters, still reaches the domain, which says
 * in Swedish how long the text was and how long it may be. Past this the answer is
 * 413, with the text kept in the tab.
 */
export const MAX_MINUTES_BODY_BYTES = 512 * 1024;

const BODY_FAILURES: Record<number, TabApiFailure> = {
  413: new TabApiFailure(413, 'bodyTooLarge'),
  415: new TabApiFailure(415, 'unsupportedMediaType'),
};

/** The JSON object a write sends, read only after the writer is known; anything else is refused in the tab's language. */
export async function readBody(req: Request): Promise<Record<string, unknown>> {
  const early = headerProblem(req, MAX_MINUTES_BODY_BYTES);
  if (early) throw BODY_FAILURES[early.status] ?? new TabApiFailure(400, 'badRequest');
  const raw = await readCapped(req, MAX_MINUTES_BODY_BYTES);
  if (!Buffer.isBuffer(raw)) throw BODY_FAILURES[raw.status] ?? new TabApiFailure(400, 'badRequest');
  const parsed = parseJson(raw);
  if ('status' in parsed || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) throw new TabApiFailure(400, 'badRequest');
  return parsed.value as Record<string, unknown>;
}

const meetingIdOf = (req: Request): string => pathId(req.params?.meetingId, 'meeting');

function answer(res: Response, body: unknown): void {
  res.header('Cache-Control', 'no-store');
  res.send(200, body);
}

function read(deps: MinutesApiDeps, name: string, query: (identity: TabIdentity, req: Request) => Promise<unknown>) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      answer(res, await query(await deps.authenticate(req.header('authorization') || undefined), req));
    } catch (error) {
      sendFailure(req, res, failureOf(error, deps.log, { endpoint: name }));
    }
  };
}

/**
 * A write: the token, then the writer's role in the group, and only then the body.
 * A body left unread (the request was refused first) closes the connection, so it
 * is never taken for the next request.
 */
function write(deps: MinutesApiDeps, name: string, withBody: boolean, act: (writer: Actor, req: Request, body: Record<string, unknown>) => Promise<unknown>) {
  return async (req: Request, res: Response): Promise<void> => {
    let bodyRead = !withBody;
    try {
      const identity = await deps.authenticate(req.header('authorization') || undefined);
      const writer = await deps.minutes.writer(identity, groupIdOf(req));
      const body = withBody ? await readBody(req) : {};
      bodyRead = true;
      answer(res, await act(writer, req, body));
    } catch (error) {
      if (!bodyRead) res.header('Connection', 'close');
      sendFailure(req, res, failureOf(error, deps.log, { endpoint: name }));
    }
  };
}

const VERSION_HEADER = /^[\x20-\x7e]{1,300}$/;

/** The minutes on the bot's server: /api/tab/groups/:groupId/meetings/… and the personal tab's actions. */
export function registerMinutesApi(server: Server, deps: MinutesApiDeps): void {
  const { minutes } = deps;
  const meetingPath = '/api/tab/groups/:groupId/meetings/:meetingId/minutes';
  server.get('/api/tab/me/actions', read(deps, 'my-actions', (identity) => minutes.myActions(identity)));
  server.get('/api/tab/groups/:groupId/meetings', read(deps, 'meetings', (identity, req) => minutes.meetings(identity, groupIdOf(req))));
  server.get(meetingPath, read(deps, 'minutes', (identity, req) => {
    const asked = queryParam(req, 'version');
    const version = asked === null ? undefined : Number(asked);
    if (version !== undefined && !(Number.isSafeInteger(version) && version > 0)) throw new TabApiFailure(404, 'gone');
    return minutes.minutes(identity, groupIdOf(req), meetingIdOf(req), version);
  }));
  server.put(`${meetingPath}/attendance`, write(deps, 'attendance', true, (writer, req, body) => minutes.saveAttendance(writer, meetingIdOf(req), body)));
  server.put(`${meetingPath}/items/:itemId`, write(deps, 'item-minutes', true, (writer, req, body) => minutes.saveItem(writer, meetingIdOf(req), pathId(req.params?.itemId, 'item'), body)));
  server.post(`${meetingPath}/actions`, write(deps, 'add-action', true, (writer, req, body) => minutes.addAction(writer, meetingIdOf(req), body)));
  server.put(`${meetingPath}/actions/:actionId`, write(deps, 'update-action', true, (writer, req, body) => minutes.updateAction(writer, meetingIdOf(req), pathId(req.params?.actionId, 'action'), body)));
  server.del(`${meetingPath}/actions/:actionId`, write(deps, 'remove-action', false, (writer, req) => {
    // The version the remover saw, as HTTP says it: If-Match.
    const version = req.header('if-match');
    return minutes.removeAction(writer, meetingIdOf(req), pathId(req.params?.actionId, 'action'), version && VERSION_HEADER.test(version) ? version : undefined);
  }));
  server.post(`${meetingPath}/follow-ups`, write(deps, 'add-follow-up', true, (writer, req, body) => minutes.addFollowUp(writer, meetingIdOf(req), body)));
  server.del(`${meetingPath}/follow-ups/:followUpId`, write(deps, 'remove-follow-up', false, (writer, req) => minutes.removeFollowUp(writer, meetingIdOf(req), pathId(req.params?.followUpId, 'follow-up'))));
  server.post(`${meetingPath}/publish`, write(deps, 'publish', true, (writer, req) => minutes.publish(writer, meetingIdOf(req))));
  server.post(`${meetingPath}/corrections`, write(deps, 'correction', true, (writer, req, body) => minutes.correct(writer, meetingIdOf(req), body)));
}
