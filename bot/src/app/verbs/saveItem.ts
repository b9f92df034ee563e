import { itemCard, itemFormInputs } from '../../cards/itemCard';
import { VERBS } from '../../cards/verbs';
import { DomainError } from '../../domain/errors';
import { itemFormOf, readShownFields, typedText, type EditableFields, type ItemForm } from '../../domain/itemFields';
import type { AgendaItem } from '../../domain/model';
import { StoreUnavailableError } from '../../domain/storage';
import { formatTime } from '../../i18n/format';
import { messages } from '../../i18n';
import { ActorResolver } from '../actors';
import { together } from '../together';
import { failureLines } from '../failures';
import { replyLocale } from '../turn';
import { actorForGroup, optionalId, readAheadActor, readId, type CardVerb } from './cardVerb';

/** "Spara" on an item card: the edited fields, merged with anyone else's edit since the card was shown. */
interface SaveItem {
  itemId: string;
  /** Only a hint for reading ahead: what counts is the stored item's own meeting. */
  meetingId?: string;
  version: string;
  /** What the card showed, to merge with. */
  base?: Partial<EditableFields>;
  form: ItemForm;
}

export const saveItem: CardVerb<SaveItem> = {
  verb: VERBS.saveItem,

  read(data) {
    const base = data.base === undefined ? undefined : readShownFields(data.base);
    if (base instanceof DomainError) throw base;
    return { itemId: readId(data.itemId), meetingId: optionalId(data.meetingId), version: typeof data.v === 'string' ? data.v : '', base, form: itemFormOf(data) };
  },

  async handle(context, request) {
    const { services } = context;
    const { store } = services.deps;
    // The item, who acts, its meeting and (in a team) the group's members are read together.
    const teamGroupId = ActorResolver.teamGroupId(context.turn);
    const [readAhead, item, hinted, teamMembers] = await together([
      readAheadActor(context),
      store.items.get(request.itemId),
      request.meetingId ? store.meetings.get(request.meetingId) : undefined,
      teamGroupId ? store.members.listByGroup(teamGroupId) : undefined,
    ]);
    if (!item) throw new DomainError('itemGone');
    const actor = await actorForGroup(context, item.groupId, readAhead);
    const [meeting, members] = await together([
      hinted?.id === item.meetingId ? hinted : store.meetings.get(item.meetingId),
      teamMembers && teamGroupId === item.groupId ? teamMembers : store.members.listByGroup(item.groupId),
    ]);
    if (!meeting) throw new DomainError('badCardData');
    const locale = replyLocale(context.turn, actor.group);
    try {
      const saved = await services.agenda.editItem(actor, item, meeting, members, request.form, request.base);
      const feedback = { kind: 'good' as const, lines: [messages(locale).item.saved(formatTime(services.deps.now().toISOString(), locale))] };
      return { card: itemCard({ item: saved, meeting, locale, feedback }), followUps: [] };
    } catch (error) {
      // The person's input stays in the card; on a conflict the card shows the latest instead.
      if (error instanceof StoreUnavailableError) throw error;
      const lines = failureLines(error, locale, context.log, { verb: saveItem.verb, itemId: item.id });
      const latest: AgendaItem = (await store.items.get(item.id).catch(() => undefined)) ?? item;
      const conflict = error instanceof DomainError && error.code === 'concurrentEdit';
      const feedback = { kind: 'attention' as const, lines: [messages(locale).item.fix, ...lines] };
      return { card: itemCard({ item: latest, meeting, locale, feedback, values: conflict ? undefined : typedText(request.form) }), followUps: [] };
    }
  },

  retry(request, locale) {
    return {
      data: { itemId: request.itemId, ...(request.meetingId ? { meetingId: request.meetingId } : {}), v: request.version, base: request.base },
      inputs: itemFormInputs(locale, { title: '', section: 'information', presenters: '', minutes: '', description: '', link: '', ...typedText(request.form) }),
      button: { title: messages(locale).item.save, style: 'positive' },
    };
  },
};
