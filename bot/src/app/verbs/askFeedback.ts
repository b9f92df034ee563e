import { VERBS } from '../../cards/verbs';
import { DomainError } from '../../domain/errors';
import { messages } from '../../i18n';
import { feedbackForm } from '../feedback/form';
import { together } from '../together';
import { replyLocale } from '../turn';
import { actorForGroup, optionalId, readAheadActor, type CardVerb } from './cardVerb';
import { loadItem } from './itemAction';

/** "Be om synpunkter" on an item's card (that item) or on the agenda card (an item of that meeting, chosen in the form). */
interface AskFeedback {
  itemId?: string;
  meetingId?: string;
}

export const askFeedback: CardVerb<AskFeedback> = {
  verb: VERBS.askFeedback,

  read: (data) => {
    const request = { itemId: optionalId(data.itemId), meetingId: optionalId(data.meetingId) };
    if (!request.itemId && !request.meetingId) throw new DomainError('badCardData');
    return request;
  },

  async handle(context, input) {
    const { services } = context;
    if (input.itemId) {
      const { item, meeting, actor, locale } = await loadItem(context, input.itemId);
      services.feedback.assertMayAsk(actor.member);
      return { card: await feedbackForm(services, actor, locale, { item, meeting }), followUps: [] };
    }
    const [readAhead, meeting] = await together([readAheadActor(context), services.deps.store.meetings.get(input.meetingId!)]);
    if (!meeting) throw new DomainError('badCardData');
    const actor = await actorForGroup(context, meeting.groupId, readAhead);
    services.feedback.assertMayAsk(actor.member);
    return { card: await feedbackForm(services, actor, replyLocale(context.turn, actor.group), { meeting }), followUps: [] };
  },

  retry: (input, locale) => ({ data: { ...input }, inputs: [], button: { title: messages(locale).feedback.ask } }),
};
