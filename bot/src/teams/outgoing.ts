import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Outgoing } from '../app/turn';

export function toActivity(outgoing: Outgoing): Partial<Activity> {
  if (outgoing.type === 'text') return MessageFactory.text(outgoing.text);
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(outgoing.card));
  // Shown in notifications and by clients that cannot render the card.
  activity.summary = outgoing.summary;
  return activity;
}
