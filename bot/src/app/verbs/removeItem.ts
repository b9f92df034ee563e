import { itemGoneCard } from '../../cards/itemCard';
import { VERBS } from '../../cards/verbs';
import { formatDate } from '../../i18n/format';
import { messages } from '../../i18n';
import { readId, type CardVerb } from './cardVerb';
import { itemAction } from './itemAction';

/** "Ja, ta bort" on an item card: the chair or secretary strikes it, its submitter takes it back before the deadline. */
export const removeItem: CardVerb<{ itemId: string }> = {
  verb: VERBS.removeItem,

  read: (data) => ({ itemId: readId(data.itemId) }),

  handle: (context, request) =>
    itemAction(context, request.itemId, VERBS.removeItem, async ({ item, meeting, actor, locale }) => {
      const { withdrawn } = await context.services.planChanges.removeItem(actor, item, meeting);
      const t = messages(locale).item;
      const date = formatDate(meeting.startsAt, locale);
      return { card: itemGoneCard(locale, withdrawn ? t.withdrawn(item.title, date) : t.removed(item.title, date)), followUps: [] };
    }),

  retry: (request, locale) => ({ data: { itemId: request.itemId }, inputs: [], button: { title: messages(locale).item.removeButton } }),
};
