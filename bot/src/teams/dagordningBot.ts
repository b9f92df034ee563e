import {
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type InvokeResponse,
  type TurnContext,
  CardFactory,
  TeamsInfo,
  type Activity,
} from 'botbuilder';
import type { RosterPerson } from '../domain/members';
import type { DagordningApp } from '../app/dagordningApp';
import type { Outgoing, TurnInput } from '../app/turn';
import { CARD_CONTENT_TYPE } from '../cards/elements';
import type { Logger } from '../log/logger';
import { toActivity } from './outgoing';
import { commandText, storedReference, turnInputFrom, type ChatLanguage } from './turnInput';

const MAX_ROSTER_PAGES = 20;
/** Teams adds people one by one; a whole department joining at once registers the rest as they first write. */
const MAX_NAMED_AT_ONCE = 50;

/** The Teams edge: activities in, application calls, activities out. Nothing else lives here. */
export class DagordningBot extends TeamsActivityHandler {
  private readonly turnOf: (activity: Activity) => TurnInput;

  constructor(
    private readonly app: DagordningApp,
    private readonly log: Logger,
    chatLanguage: ChatLanguage = 'client',
  ) {
    super();
    this.turnOf = (activity) => turnInputFrom(activity, chatLanguage);
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.handleInstall(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.app.onUninstalled(this.turnOf(context.activity));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const added = context.activity.membersAdded ?? [];
      if (added.some((m) => m.id === botId)) await this.handleInstall(context);
      const people = added.filter((m) => m.id !== botId);
      if (people.length > 0) await this.app.onMembersAdded(this.turnOf(context.activity), await this.named(context, people));
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const removed = context.activity.membersRemoved ?? [];
      const turn = this.turnOf(context.activity);
      if (removed.some((m) => m.id === botId)) await this.app.onUninstalled(turn);
      const people = removed.filter((m) => m.id !== botId).map((m) => ({ userId: m.id, aadObjectId: m.aadObjectId, name: m.name ?? '' }));
      if (people.length > 0) await this.app.onMembersRemoved(turn, people);
      await next();
    });
  }

  /** Teams names only the ids of people who joined; their names come from the team's member list. */
  private async named(context: TurnContext, accounts: { id: string; name?: string; aadObjectId?: string }[]): Promise<RosterPerson[]> {
    const people: RosterPerson[] = [];
    for (const account of accounts.slice(0, MAX_NAMED_AT_ONCE)) {
      let name = account.name ?? '';
      let guest = false;
      try {
        const member = await TeamsInfo.getMember(context, account.id);
        name = member.name || name;
        guest = member.userRole === 'guest';
      } catch (error) {
        this.log.warn('could not read a new team member', { error });
      }
      people.push({ userId: account.id, aadObjectId: account.aadObjectId, name, guest });
    }
    return people;
  }

  private async send(context: TurnContext, replies: Outgoing[]): Promise<void> {
    if (replies.length > 0) await context.sendActivities(replies.map(toActivity));
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const { activity } = context;
    const turn = this.turnOf(activity);
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
    // In a personal chat the chat itself is noted alongside (stored the first time, usable again after a refusal).
    const [replies] = await Promise.all([this.app.onMessage(turn, text), this.app.onPersonalChat(turn, () => storedReference(activity))]);
    await this.send(context, replies);
  }

  private async handleInstall(context: TurnContext): Promise<void> {
    const turn = this.turnOf(context.activity);
    const roster = turn.conversation.team ? await this.roster(context, turn.conversation.team.teamId) : [];
    await this.send(context, await this.app.onInstalled(turn, storedReference(context.activity), roster));
  }

  /** The team's members, page by page; a roster that cannot be read only delays registration. */
  private async roster(context: TurnContext, teamId: string): Promise<RosterPerson[]> {
    const people: RosterPerson[] = [];
    try {
      let token: string | undefined;
      for (let page = 0; page < MAX_ROSTER_PAGES; page++) {
        const result = await TeamsInfo.getPagedTeamMembers(context, teamId, 500, token);
        for (const m of result.members) {
          people.push({ userId: m.id, aadObjectId: m.aadObjectId, name: m.name ?? '', guest: m.userRole === 'guest' });
        }
        token = result.continuationToken;
        if (!token) break;
      }
    } catch (error) {
      this.log.warn('could not read the team roster', { error, teamId });
    }
    return people;
  }

  /**
   * Universal Actions are answered here, whatever shape the value has: a malformed
   * action gets a card that explains, never an HTTP error. Invokes this app does not
   * offer are refused as the client's mistake (400), not as a server failure.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === 'adaptiveCard/action') {
      const value = context.activity.value as { action?: { verb?: unknown; data?: unknown } } | undefined;
      const action = value && typeof value === 'object' ? value.action : undefined;
      const data = action && typeof action.data === 'object' && action.data !== null ? { ...action.data, action: action.verb } : { action: action?.verb };
      return { status: 200, body: await this.answerCardAction(context, data) };
    }
    const response = await super.onInvokeActivity(context);
    return response.status === 501 ? { status: 400, body: { error: { code: 'NotSupported', message: 'Dagordning does not handle this invoke' } } } : response;
  }

  private async answerCardAction(context: TurnContext, data: unknown): Promise<AdaptiveCardInvokeResponse> {
    const outcome = await this.app.onCardAction(this.turnOf(context.activity), data);
    try {
      await this.send(context, outcome.followUps);
    } catch (error) {
      // The card itself is already answered; a lost follow-up must not turn it into an error.
      this.log.warn('follow-up after card action failed', { error });
    }
    return { statusCode: 200, type: CARD_CONTENT_TYPE, value: outcome.card as unknown as Record<string, unknown> };
  }
}
