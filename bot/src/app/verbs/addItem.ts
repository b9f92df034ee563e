import { itemCard } from '../../cards/itemCard';
import { VERBS } from '../../cards/verbs';
import { messages } from '../../i18n';
import { cardReply } from '../turn';
import { agendaAdditionVerb } from './addToAgenda';

/** "Lägg till punkt" on the agenda card: the item is added and its own card follows, to fill in the details. */
export const addItem = agendaAdditionVerb(VERBS.addItem, 'title', async ({ services }, actor, meeting, title, locale) => {
  const item = await services.agenda.addItem(meeting, actor.member, title);
  const line = messages(locale).agenda.itemAdded(item.title);
  const card = itemCard({ item, meeting, locale, feedback: { kind: 'good', lines: [line] } });
  return { line, followUps: [cardReply(card, line)] };
});
