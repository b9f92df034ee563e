import type { Activity, ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import { isLoopbackUrl } from '../config/loopback';
import type { Logger } from '../log/logger';
import type { DagordningAdapter } from './adapter';
import { ConnectorClientCache } from './connectorClients';

interface MessagesEndpointDeps {
  adapter: DagordningAdapter;
  auth: ConfigurationBotFrameworkAuthentication;
  run: (context: TurnContext) => Promise<void>;
  log: Logger;
  /** Unauthenticated local mode: replies may only go to a Bot Connector on this machine. */
  loopbackOnly: boolean;
}

/** What every activity must carry before the SDK sees it; anything less is the sender's error (400). */
function invalidActivity(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'body must be a JSON activity';
  const activity = body as Partial<Activity>;
  if (typeof activity.type !== 'string' || !activity.type) return 'activity.type is required';
  if (typeof activity.serviceUrl !== 'string' || !/^https?:\/\//.test(activity.serviceUrl)) return 'activity.serviceUrl must be an http(s) URL';
  if (typeof activity.conversation?.id !== 'string' || !activity.conversation.id) return 'activity.conversation.id is required';
  if (activity.from !== undefined && typeof activity.from?.id !== 'string') return 'activity.from.id must be a string';
  // The bot's own id: mentions of it are removed from the text, and replies are sent as it.
  if (typeof activity.recipient?.id !== 'string' || !activity.recipient.id) return 'activity.recipient.id is required';
  return undefined;
}

/**
 * POST /api/messages. Authentication runs first and on its own, so every token
 * problem (missing, forged, expired, keys unreachable) is a 401 and never a 500,
 * and no bot logic runs for an unauthenticated caller.
 */
export function messagesEndpoint({ adapter, auth, run, log, loopbackOnly }: MessagesEndpointDeps) {
  const clients = new ConnectorClientCache();
  return async (req: Request, res: Response, body: unknown): Promise<void> => {
    const problem = invalidActivity(body);
    if (problem) {
      res.send(400, { error: { code: 'BadRequest', message: problem } });
      return;
    }
    const activity = body as Activity;
    if (loopbackOnly && !isLoopbackUrl(activity.serviceUrl)) {
      // Otherwise a caller could make the bot post its replies, and the conversation's data, anywhere.
      res.send(403, { error: { code: 'Forbidden', message: 'In local mode activity.serviceUrl must be on this machine' } });
      return;
    }
    let authResult: Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;
    try {
      authResult = clients.wrap(await auth.authenticateRequest(activity, req.header('authorization') ?? ''));
    } catch (error) {
      log.warn('rejected bot request', { reason: error instanceof Error ? error.message : String(error), type: activity.type });
      res.send(401, { error: { code: 'Unauthorized', message: 'Bot Connector authentication failed' } });
      return;
    }
    try {
      const invokeResponse = await adapter.processAuthenticated(authResult, activity, run);
      if (invokeResponse) res.send(invokeResponse.status, invokeResponse.body);
      else res.send(200);
    } catch (error) {
      log.error('activity processing failed', { error, type: activity.type });
      res.send(500, { error: { code: 'InternalError', message: 'The activity could not be processed' } });
    }
  };
}
