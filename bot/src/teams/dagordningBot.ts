import {
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
  CardFactory,
} from 'botbuilder';
import type { DagordningApp } from '../app/dagordningApp';
import type { Outgoing } from '../app/turn';
import { CARD_CONTENT_TYPE } from '../cards/elements';
import type { Logger } from '../log/logger';
import { toActivity } from './outgoing';
import { commandText, storedReference, turnInputFrom } from './turnInput';

/** The Teams edge: activities in, application calls, activities out. Nothing else lives here. */
export class DagordningBot extends TeamsActivityHandler {
  constructor(
    private readonly app: DagordningApp,
    private readonly log: Logger,
  ) {
    super();
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.handleInstall(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (context.activity.membersAdded?.some((m) => m.id === botId)) await this.handleInstall(context);
      await next();
    });
  }

  private async send(context: TurnContext, replies: Outgoing[]): Promise<void> {
    if (replies.length > 0) await context.sendActivities(replies.map(toActivity));
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const { activity } = context;
    const turn = turnInputFrom(activity);
    const text = commandText(activity);
    const submitted = activity.value;
    if (!text && submitted && typeof submitted === 'object') {
      // Action.Submit fallback: same data as Action.Execute, answered by updating the card in place.
      const outcome = await this.app.onCardAction(turn, submitted);
      const attachment = CardFactory.adaptiveCard(outcome.card);
      if (activity.replyToId) {
        await context.updateActivity({ id: activity.replyToId, type: 'message', attachments: [attachment] });
      } else {
        await context.sendActivity({ type: 'message', attachments: [attachment] });
      }
      await this.send(context, outcome.followUps);
      return;
    }
    await this.send(context, await this.app.onMessage(turn, text));
  }

  private async handleInstall(context: TurnContext): Promise<void> {
    const turn = turnInputFrom(context.activity);
    await this.send(context, await this.app.onInstalled(turn, storedReference(context.activity)));
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const turn = turnInputFrom(context.activity);
    const data = { ...(invokeValue.action?.data ?? {}), action: invokeValue.action?.verb ?? invokeValue.action?.data?.action };
    const outcome = await this.app.onCardAction(turn, data);
    try {
      await this.send(context, outcome.followUps);
    } catch (error) {
      // The card itself is already answered; a lost follow-up must not turn it into an error.
      this.log.warn('follow-up after card action failed', { error });
    }
    return { statusCode: 200, type: CARD_CONTENT_TYPE, value: outcome.card as unknown as Record<string, unknown> };
  }
}
