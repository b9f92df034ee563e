import {
  CloudAdapter,
  TurnContext,
  type Activity,
  type ConfigurationBotFrameworkAuthentication,
  type ConversationParameters,
  type ConversationReference,
} from 'botbuilder';
import type { ProactiveSender, SendResult, SendTarget } from '../app/outbox/proactiveSender';
import type { Outgoing } from '../app/turn';
import { toActivity } from './outgoing';

/**
 * Proactive messages through the Bot Connector: continueConversationAsync with a
 * stored conversation reference, or createConversationAsync to open a personal chat
 * the bot has not had yet (the person's id, the tenant and the service URL of their
 * team's channel).
 * https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages
 * Its own adapter has no turn-error handler, so every failure comes back here and is
 * reported in the application's terms; waiting and retrying is the caller's (whose
 * rate limiter knows about every send, not only this one).
 */
export class TeamsProactiveSender implements ProactiveSender {
  private readonly adapter: CloudAdapter;

  constructor(
    auth: ConfigurationBotFrameworkAuthentication,
    private readonly appId: string,
  ) {
    this.adapter = new CloudAdapter(auth);
  }

  async send(target: SendTarget, message: Outgoing): Promise<SendResult> {
    try {
      if (target.kind === 'conversation') {
        let activityId = '';
        const reference = newMessageIn(target.reference);
        await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
          activityId = await this.sendTo(context, reference, target.conversationId, message);
        });
        return { outcome: 'sent', activityId };
      }
      return await this.openAndSend(target, message);
    } catch (error) {
      return resultOf(error);
    }
  }

  async update(target: Extract<SendTarget, { kind: 'conversation' }>, activityId: string, message: Outgoing): Promise<SendResult> {
    try {
      await this.adapter.continueConversationAsync(this.appId, newMessageIn(target.reference), async (context) => {
        await context.updateActivity({ ...toActivity(message), id: activityId });
      });
      return { outcome: 'sent', activityId };
    } catch (error) {
      return resultOf(error);
    }
  }

  /** Sent to the conversation, not as a reply to the turn's activity: in a channel it starts a post of its own. */
  private async sendTo(context: TurnContext, reference: Partial<ConversationReference>, conversationId: string, message: Outgoing): Promise<string> {
    const activity = TurnContext.applyConversationReference(toActivity(message), reference) as Activity;
    const client = context.turnState.get<ConnectorClient>(this.adapter.ConnectorClientKey);
    return (await client.conversations.sendToConversation(conversationId, activity)).id ?? '';
  }

  private async openAndSend(target: Extract<SendTarget, { kind: 'newPersonalChat' }>, message: Outgoing): Promise<SendResult> {
    const via = target.via as Partial<ConversationReference>;
    const tenantId = via.conversation?.tenantId;
    const parameters = {
      isGroup: false,
      bot: via.bot,
      members: [{ id: target.userId, name: '' }],
      tenantId,
      channelData: { tenant: { id: tenantId } },
    } as ConversationParameters;
    let result: SendResult | undefined;
    // No audience: the SDK uses the channel's default, as for every other send.
    await this.adapter.createConversationAsync(this.appId, via.channelId ?? 'msteams', via.serviceUrl ?? '', undefined as unknown as string, parameters, async (context) => {
      const conversation = { id: context.activity.conversation.id, tenantId, conversationType: 'personal', isGroup: false, name: '' };
      const { activityId: _created, ...opened } = TurnContext.getConversationReference(context.activity);
      const reference: Partial<ConversationReference> = { ...opened, conversation, user: { id: target.userId, name: '' }, bot: via.bot };
      const sent = await this.sendTo(context, reference, conversation.id, message);
      result = { outcome: 'sent', activityId: sent, opened: { conversationId: conversation.id, reference: JSON.parse(JSON.stringify(reference)) as Record<string, unknown> } };
    });
    return result ?? { outcome: 'failed', retryable: true, reason: 'no conversation was opened' };
  }
}

/** The part of the turn's Bot Connector client a proactive send uses. */
interface ConnectorClient {
  conversations: { sendToConversation(conversationId: string, activity: Activity): Promise<{ id?: string }> };
}

/** The reference without the activity it was stored from: what is sent is a message of its own, never a reply to that one. */
function newMessageIn(reference: Record<string, unknown>): Partial<ConversationReference> {
  // A copy: the SDK puts its parts into the activities it sends, and stored records may be shared.
  const { activityId: _replyTo, ...rest } = structuredClone(reference) as Partial<ConversationReference>;
  return rest;
}

interface HttpFailure {
  statusCode?: number;
  message?: string;
  code?: string;
  response?: { headers?: { get?(name: string): string | undefined | null }; bodyAsText?: string | null };
}

/** Retry-After in seconds or as an HTTP date, in milliseconds; undefined when Teams did not say. */
export function retryAfterMs(value: string | null | undefined, nowMs = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

function errorCode(failure: HttpFailure): string {
  try {
    const body = JSON.parse(failure.response?.bodyAsText ?? '') as { error?: { code?: string } };
    if (body.error?.code) return body.error.code;
  } catch {
    // Not JSON: the status says enough.
  }
  return failure.code ?? 'error';
}

/**
 * Teams' answers in the application's terms. 429 waits (Retry-After); 403 and 404 mean
 * the bot cannot reach the conversation any more; 5xx, 412, 502 and 504 and network
 * failures are worth another try; any other 4xx is a mistake that repeating cannot fix.
 * https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit#handle-http-429-responses
 */
export function resultOf(error: unknown): SendResult {
  const failure = (error ?? {}) as HttpFailure;
  const status = typeof failure.statusCode === 'number' ? failure.statusCode : undefined;
  if (status === 429) return { outcome: 'retryLater', status, afterMs: retryAfterMs(failure.response?.headers?.get?.('retry-after')) };
  if (status === 403 || status === 404) return { outcome: 'undeliverable', status, reason: errorCode(failure) };
  if (status === undefined) return { outcome: 'failed', retryable: true, reason: failure.message ?? 'no answer' };
  const retryable = status >= 500 || status === 412 || status === 408;
  return { outcome: 'failed', retryable, status, reason: errorCode(failure) };
}
