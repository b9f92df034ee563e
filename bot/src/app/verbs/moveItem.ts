import { itemCard } from '../../cards/itemCard';
import { VERBS } from '../../cards/verbs';
import { DomainError } from '../../domain/errors';
import { formatDate } from '../../i18n/format';
import { messages } from '../../i18n';
import { readId, type CardVerb } from './cardVerb';
import { itemAction } from './itemAction';

/** "Flytta" on an item card: the item goes to the group's meeting on the chosen date (chair or secretary). */
interface MoveItem {
  itemId: string;
  /** As Input.Date sends it: YYYY-MM-DD. */
  date: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export const moveItem: CardVerb<MoveItem> = {
  verb: VERBS.moveItem,

  read: (data) => ({ itemId: readId(data.itemId), date: typeof data.date === 'string' ? data.date.slice(0, 10) : '' }),

  handle: (context, request) =>
    itemAction(context, request.itemId, VERBS.moveItem, async ({ item, meeting, actor, locale }) => {
      const day = ISO_DAY.exec(request.date);
      if (!day) throw new DomainError('dateInvalid', { value: request.date });
      const date = { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) };
      const target = await context.services.meetings.target(actor.group.id, date);
      const moved = await context.services.planChanges.moveItem(actor, item, meeting, target);
      const feedback = { kind: 'good' as const, lines: [messages(locale).item.moved(formatDate(target.startsAt, locale))] };
      return { card: itemCard({ item: moved, meeting: target, locale, feedback }), followUps: [] };
    }),

  retry: (request, locale) => ({
    data: { itemId: request.itemId },
    inputs: [{ type: 'Input.Date', id: 'date', label: messages(locale).item.moveTo, value: request.date }],
    button: { title: messages(locale).item.moveButton },
  }),
};
