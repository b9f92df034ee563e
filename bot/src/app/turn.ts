import type { AdaptiveCard } from '../cards/elements';
import type { TeamInfo } from '../domain/groups';
import type { Person } from '../domain/members';
import type { ConversationScope } from '../domain/model';
import type { Locale } from '../i18n';

/**
 * One user turn as the application sees it, whatever channel SDK delivered it.
 * The Teams edge builds these from activities and sends the Outgoing back.
 */
export interface TurnInput {
  actor: Person;
  conversation: { id: string; scope: ConversationScope; team?: TeamInfo };
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
