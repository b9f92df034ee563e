import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Outgoing } from '../app/turn';

export function toActivity(outgoing: Outgoing): Partial<Activity> {
  // Replies quote what people typed and the whole channel reads them: shown as plain
  // text, never as Markdown (no links, no formatting), as cards show user text.
  // https://learn.microsoft.com/en-us/microsoftteams/platform/resources/bot-v3/bots-text-formats
  if (outgoing.type === 'text') return { ...MessageFactory.text(outgoing.text), textFormat: 'plain' };
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(outgoing.card));
  // Shown in notifications and by clients that cannot render the card.
  activity.summary = outgoing.summary;
  return activity;
}
