import { itemCard } from '../../cards/itemCard';
import { DomainError } from '../../domain/errors';
import type { Actor, AgendaItem, Meeting } from '../../domain/model';
import { StoreUnavailableError } from '../../domain/storage';
import type { Locale } from '../../i18n';
import { failureLines } from '../failures';
import { together } from '../together';
import { replyLocale, type CardActionOutcome } from '../turn';
import { actorForGroup, readAheadActor, type VerbContext } from './cardVerb';

export interface ItemInContext {
  item: AgendaItem;
  meeting: Meeting;
  actor: Actor;
  locale: Locale;
}

/** The item a button on its card acts on, its meeting, and who acts; read together where the group is known. */
export async function loadItem(context: VerbContext, itemId: string): Promise<ItemInContext> {
  const { store } = context.services.deps;
  const [readAhead, item] = await together([readAheadActor(context), store.items.get(itemId)]);
  if (!item) throw new DomainError('itemGone');
  const [actor, meeting] = await together([actorForGroup(context, item.groupId, readAhead), store.meetings.get(item.meetingId)]);
  if (!meeting) throw new DomainError('badCardData');
  return { item, meeting, actor, locale: replyLocale(context.turn, actor.group) };
}

/** A refusal keeps the item's card as it was, with the reason on top. */
export async function itemAction(context: VerbContext, itemId: string, verb: string, act: (loaded: ItemInContext) => Promise<CardActionOutcome>): Promise<CardActionOutcome> {
  const loaded = await loadItem(context, itemId);
  try {
    return await act(loaded);
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw error;
    const lines = failureLines(error, loaded.locale, context.log, { verb, itemId });
    return { card: itemCard({ item: loaded.item, meeting: loaded.meeting, locale: loaded.locale, feedback: { kind: 'attention', lines } }), followUps: [] };
  }
}
