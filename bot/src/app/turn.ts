import type { AdaptiveCard } from '../cards/elements';
import type { TeamInfo } from '../domain/groups';
import type { Person } from '../domain/members';
import type { ConversationScope, Group } from '../domain/model';
import type { Locale } from '../i18n';

/**
 * One user turn as the application sees it, whatever channel SDK delivered it.
 * The Teams edge builds these from activities and sends the Outgoing back.
 */
export interface TurnInput {
  person: Person;
  conversation: { id: string; scope: ConversationScope; team?: TeamInfo; tenantId?: string };
  /** The person's own client language. */
  locale: Locale;
}

export type Outgoing = { type: 'text'; text: string } | { type: 'card'; card: AdaptiveCard; summary: string };

/** A card action answers with the card that replaces the one clicked, plus any new messages. */
export interface CardActionOutcome {
  card: AdaptiveCard;
  followUps: Outgoing[];
}

export const textReply = (text: string): Outgoing => ({ type: 'text', text });
export const cardReply = (card: AdaptiveCard, summary: string): Outgoing => ({ type: 'card', card, summary });

/**
 * What the answer speaks: in the team's channel everyone reads it, so the group's
 * language; in a personal chat, the person's own.
 */
export const replyLocale = (turn: TurnInput, group: Group | undefined): Locale =>
  turn.conversation.scope === 'team' && group ? group.language : turn.locale;
